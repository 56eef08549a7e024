import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, can, ConflictError, ForbiddenError, FieldProblem, isValidLocalDate, NotFoundError, POLICY, requirePermission, requireUuid, StaleVersionError, ValidationError } from '@crm/core';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { QUANTITY_SCALE, toScaled } from '../money/money.rules';
import { periodEnd, periodStartProblem } from './period.rules';
import { Plan, PlanSubject } from './plan.entity';
import { PlanFilter, SavePlanInput } from './plan.inputs';

/**
 * Sales plans (SAL-4). Whoever reads plans sees those whose subject is in their scope: admins all,
 * managers their team, its members and (with sales.departmentTotals) the department, reps their own.
 */
@Injectable()
export class PlanService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(actor: Actor, filter: PlanFilter): Promise<Plan[]> {
    requirePermission(actor, 'plan.read');
    const problems = (['from', 'to'] as const).filter((f) => !isValidLocalDate(filter[f])).map((field) => ({ field: `filter.${field}`, message: 'must be a real date written as YYYY-MM-DD' }));
    if (problems.length) throw new ValidationError(problems);
    const qb = this.visibleQuery(actor).andWhere('p.period_start BETWEEN :from AND :to', { from: filter.from, to: filter.to });
    if (filter.subject) qb.andWhere('p.subject = :subject', { subject: filter.subject });
    if (filter.period) qb.andWhere('p.period = :period', { period: filter.period });
    return qb.orderBy('p.period_start').addOrderBy('p.subject').addOrderBy('p.id').limit(2000).getMany();
  }

  async save(actor: Actor, input: SavePlanInput): Promise<Plan> {
    requirePermission(actor, 'plan.manage');
    const problems = planProblems(input);
    if (problems.length) throw new ValidationError(problems);
    return this.db.transaction(async (m) => {
      await this.requireReferences(m, input);
      const repo = m.getRepository(Plan);
      let plan: Plan;
      if (input.id) {
        const current = await this.visibleQuery(actor, m).andWhere('p.id = :id', { id: requireUuid(input.id, 'Plan') }).setLock('pessimistic_write').getOne();
        if (!current) throw new NotFoundError('Plan');
        if (input.expectedVersion == null) throw ValidationError.field('expectedVersion', 'is required when editing');
        if (current.version !== input.expectedVersion) throw new StaleVersionError('Plan', current.version);
        // Seeing a plan (the department's, for a manager) is not being allowed to change it.
        if (!(await this.canSet(actor, m, current))) throw new ForbiddenError('You may read this plan but not change it', 'PLAN_READ_ONLY');
        plan = current;
      } else {
        plan = repo.create({ createdBy: actor.userId });
      }
      Object.assign(plan, {
        subject: input.subject, userId: input.userId ?? null, teamId: input.teamId ?? null, productId: input.productId ?? null,
        period: input.period, periodStart: input.periodStart, periodEnd: periodEnd(input.period, input.periodStart),
        targetAmount: input.targetAmount ?? null, targetUnits: input.targetUnits ?? null,
      });
      await this.requireInScope(actor, m, plan);
      await this.requireFreePeriod(m, plan);
      return repo.save(plan);
    });
  }

  async delete(actor: Actor, id: string): Promise<string> {
    requirePermission(actor, 'plan.manage');
    const plan = await this.visibleQuery(actor).andWhere('p.id = :id', { id: requireUuid(id, 'Plan') }).getOne();
    if (!plan) throw new NotFoundError('Plan');
    if (!(await this.canSet(actor, this.db.manager, plan))) throw new ForbiddenError('You may read this plan but not change it', 'PLAN_READ_ONLY');
    await this.db.getRepository(Plan).delete({ id });
    return id;
  }

  private visibleQuery(actor: Actor, m: EntityManager = this.db.manager): SelectQueryBuilder<Plan> {
    const qb = m.getRepository(Plan).createQueryBuilder('p');
    switch (POLICY[actor.role].scope) {
      case 'all':
        return qb;
      case 'team': {
        const department = can(actor, 'sales.departmentTotals');
        return qb.where(
          `(p.subject = 'USER' AND p.user_id IN (SELECT id FROM core."user" WHERE team_id = :team) OR p.user_id = :me OR p.subject = 'TEAM' AND p.team_id = :team
            OR p.subject = 'DEPARTMENT' AND :department)`,
          { team: actor.teamId, me: actor.userId, department },
        );
      }
      default:
        return qb.where(`p.subject = 'USER' AND p.user_id = :me`, { me: actor.userId });
    }
  }

  /** Admins set any plan; a manager those of the team and its members — the department's only admins. */
  private async canSet(actor: Actor, m: EntityManager, plan: Plan): Promise<boolean> {
    if (POLICY[actor.role].scope === 'all') return true;
    const [row] = plan.userId ? await m.query(`SELECT team_id FROM core."user" WHERE id = $1`, [plan.userId]) : [null];
    return (
      (plan.subject === PlanSubject.USER && (plan.userId === actor.userId || (!!actor.teamId && row?.team_id === actor.teamId))) ||
      (plan.subject === PlanSubject.TEAM && !!actor.teamId && plan.teamId === actor.teamId)
    );
  }

  private async requireInScope(actor: Actor, m: EntityManager, plan: Plan) {
    if (!(await this.canSet(actor, m, plan))) {
      throw ValidationError.field(plan.subject === PlanSubject.TEAM ? 'teamId' : plan.subject === PlanSubject.USER ? 'userId' : 'subject', 'is outside your team');
    }
  }

  private async requireReferences(m: EntityManager, input: SavePlanInput) {
    if (input.userId && !(await m.query(`SELECT 1 FROM core."user" WHERE id = $1`, [input.userId])).length) throw ValidationError.field('userId', 'no such user');
    if (input.teamId && !(await m.query(`SELECT 1 FROM core.team WHERE id = $1`, [input.teamId])).length) throw ValidationError.field('teamId', 'no such team');
    if (input.productId && !(await m.query(`SELECT 1 FROM sales.product WHERE id = $1`, [input.productId])).length) throw ValidationError.field('productId', 'no such product');
  }

  private async requireFreePeriod(m: EntityManager, plan: Plan) {
    const clash = await m.getRepository(Plan).createQueryBuilder('p')
      .where('p.subject = :subject AND p.period = :period AND p.period_start = :start', { subject: plan.subject, period: plan.period, start: plan.periodStart })
      .andWhere('p.user_id IS NOT DISTINCT FROM :user AND p.team_id IS NOT DISTINCT FROM :team AND p.product_id IS NOT DISTINCT FROM :product', { user: plan.userId, team: plan.teamId, product: plan.productId })
      .getOne();
    if (clash && clash.id !== plan.id) {
      throw new ConflictError(`periodStart: a plan for this ${plan.period.toLowerCase()} already exists; edit it instead`, 'DUPLICATE_PLAN', { field: 'periodStart' });
    }
  }
}

export function planProblems(input: SavePlanInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const start = periodStartProblem(input.period, input.periodStart);
  if (start) problems.push({ field: 'periodStart', message: start });
  if (input.subject === PlanSubject.USER && !input.userId) problems.push({ field: 'userId', message: 'a manager\'s plan names the manager' });
  if (input.subject === PlanSubject.TEAM && !input.teamId) problems.push({ field: 'teamId', message: 'a team plan names the team' });
  if (input.subject !== PlanSubject.USER && input.userId) problems.push({ field: 'userId', message: 'only for a manager\'s plan' });
  if (input.subject !== PlanSubject.TEAM && input.teamId) problems.push({ field: 'teamId', message: 'only for a team plan' });
  if (input.targetAmount == null && input.targetUnits == null) problems.push({ field: 'targetAmount', message: 'set a target in money, in units, or both' });
  if (input.targetAmount != null && (!Number.isSafeInteger(input.targetAmount) || input.targetAmount < 0)) {
    problems.push({ field: 'targetAmount', message: 'must be a whole, non-negative amount in minor units (kopecks, cents)' });
  }
  if (input.targetUnits != null) {
    const units = toScaled(input.targetUnits, QUANTITY_SCALE);
    if (units === null || units < 0n) problems.push({ field: 'targetUnits', message: `must be a non-negative number with at most ${QUANTITY_SCALE} decimals` });
  }
  return problems;
}
