import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, can, FieldProblem, ForbiddenError, isValidLocalDate, POLICY, requirePermission, scopeCondition, SqlCondition, ValidationError } from '@crm/core';
import { DataSource } from 'typeorm';
import { LINE_AMOUNT_BASE_SQL } from '../deal/deal.rules';
import { DEAL_SCOPE } from '../deal/deal.service';
import { ExchangeRateService } from '../money/exchange-rate.service';
import { addDays, periodContaining, periodEnd, periodsBetween } from '../plan/period.rules';
import { Plan, PlanSubject } from '../plan/plan.entity';
import { ForecastCategory, StageKind } from '../pipeline/pipeline.entity';
import { PipelineService } from '../pipeline/pipeline.service';
import { FigureScope, Funnel, FunnelInput, PlanReport, PlanReportInput, PlanReportRow, StatisticsGroup, StatisticsInput, StatisticsRow } from './analytics.graphql';
import { forecastFigures, OpenSums } from './forecast.rules';

const DAY_SECONDS = 86_400;
/** Longest period one report may cover: keeps every figure a bounded range scan. */
const MAX_REPORT_DAYS = 3 * 366;

/**
 * Sales figures (SAL-3..SAL-5, SAL-7) as set-based SQL over indexed columns; nothing is loaded
 * row by row. Access: figures sum only the deals the actor may see, except where a role holding
 * sales.departmentTotals asks for department-wide totals (never a breakdown by deal or by people
 * outside its scope). Plan reports sum a subject's deals only when that subject is within the
 * actor's scope.
 */
@Injectable()
export class AnalyticsService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly pipelines: PipelineService, private readonly rates: ExchangeRateService) {}

  async funnel(actor: Actor, input: FunnelInput): Promise<Funnel> {
    requirePermission(actor, 'sales.analytics');
    checkPeriod(input.from, input.to);
    const pipeline = await this.pipelines.get(actor, input.pipelineId);
    const stages = (await this.pipelines.stagesOf([pipeline.id])).filter((s) => !s.archived);
    const { where, scope } = this.figureScope(actor, input, 'd');
    const stayScope = this.figureScope(actor, input, 't');
    const period = { pipelineId: pipeline.id, from: input.from, until: addDays(input.to, 1) };
    // One scan of the cohort: how far each deal got and how it ended.
    const reachRows: { reached: number; status: StageKind; count: string; amount: string }[] = await this.query(
      `SELECT d.reached_position AS reached, d.status, count(*) AS count, sum(d.amount_base) AS amount
         FROM sales.deal d WHERE d.pipeline_id = :pipelineId AND d.created_at >= :from AND d.created_at < :until AND ${where.sql}
        GROUP BY 1, 2`,
      { ...period, ...where.params },
    );
    // Time in stage from the monthly sums (stays that began in the months the period touches).
    const stayRows: { stage_id: string; stays: string; seconds: string | null }[] = await this.query(
      `SELECT t.stage_id, sum(t.stays) AS stays, sum(t.seconds) AS seconds
         FROM sales.stage_time t
        WHERE t.pipeline_id = :pipelineId AND t.month >= date_trunc('month', CAST(:from AS date)) AND t.month < :until AND ${stayScope.where.sql}
        GROUP BY 1`,
      { ...period, ...stayScope.where.params },
    );
    const count = (test: (r: (typeof reachRows)[number]) => boolean) => reachRows.filter(test).reduce((s, r) => s + Number(r.count), 0);
    const won = count((r) => r.status === StageKind.WON);
    const lost = count((r) => r.status === StageKind.LOST);
    const open = stages.filter((s) => s.kind === StageKind.OPEN);
    let previous: number | null = null;
    return {
      pipelineId: pipeline.id,
      scope,
      entered: count(() => true),
      won,
      lost,
      winRate: won + lost ? won / (won + lost) : null,
      wonAmount: reachRows.filter((r) => r.status === StageKind.WON).reduce((s, r) => s + Number(r.amount), 0),
      stages: stages.map((stage) => {
        const reached = stage.kind === StageKind.OPEN ? count((r) => r.reached >= stage.position) : stage.kind === StageKind.WON ? won : lost;
        const isOpenStage = stage.kind === StageKind.OPEN;
        const next = open.find((s) => s.position > stage.position);
        const lostHere = isOpenStage ? count((r) => r.status === StageKind.LOST && r.reached >= stage.position && (!next || r.reached < next.position)) : 0;
        const stay = stayRows.find((r) => r.stage_id === stage.id);
        const conversion = stage.kind === StageKind.LOST ? null : previous === null ? null : previous ? reached / previous : null;
        if (stage.kind !== StageKind.LOST) previous = reached;
        return {
          stage, reached, conversion, lostHere, dropOff: isOpenStage && reached ? lostHere / reached : null,
          completedStays: Number(stay?.stays ?? 0),
          averageDays: stay && Number(stay.stays) ? Number(stay.seconds) / Number(stay.stays) / DAY_SECONDS : null,
        };
      }),
    };
  }

  /** Plan vs actual and the forecast per period (SAL-4, SAL-5) for one subject. */
  async planReport(actor: Actor, input: PlanReportInput): Promise<PlanReport> {
    requirePermission(actor, 'plan.read');
    checkPeriod(input.from, input.to);
    const subject = await this.authorisedSubject(actor, input);
    const periods = periodsBetween(input.period, input.from, input.to);
    const from = periods[0];
    const to = periodEnd(input.period, periods.at(-1)!);
    const owner = ownerCondition(subject);
    const product = input.productId ?? null;
    // With a product, amounts are that product's lines' share of each deal's base amount.
    const amountExpr = product ? LINE_AMOUNT_BASE_SQL : 'd.amount_base';
    const lines = product ? 'JOIN sales.deal_line l ON l.deal_id = d.id AND l.product_id = :product' : 'LEFT JOIN LATERAL (SELECT sum(quantity) AS quantity FROM sales.deal_line WHERE deal_id = d.id) l ON true';
    const params = { from, to, product, ...owner.params };
    const won: { month: string; amount: string | null; units: string | null; deals: string }[] = await this.query(
      `SELECT to_char(d.closed_on, 'YYYY-MM-01') AS month, sum(${amountExpr}) AS amount, sum(l.quantity) AS units, count(DISTINCT d.id) AS deals
         FROM sales.deal d ${lines}
        WHERE d.status = 'WON' AND d.closed_on BETWEEN :from AND :to AND ${owner.sql}
        GROUP BY 1`,
      params,
    );
    const open: { month: string; category: ForecastCategory; amount: string | null; weighted: string | null }[] = await this.query(
      `SELECT to_char(d.expected_close_on, 'YYYY-MM-01') AS month, d.forecast_category AS category,
              sum(${amountExpr}) AS amount, sum(round(${amountExpr} * d.probability / 100.0)) AS weighted
         FROM sales.deal d ${lines}
        WHERE d.status = 'OPEN' AND d.expected_close_on BETWEEN :from AND :to AND ${owner.sql}
        GROUP BY 1, 2`,
      params,
    );
    const plans = await this.db.getRepository(Plan).createQueryBuilder('p')
      .where('p.subject = :subject AND p.period = :period AND p.period_start BETWEEN :from AND :to', { subject: subject.subject, period: input.period, from, to })
      .andWhere(subject.subject === PlanSubject.USER ? 'p.user_id = :sid' : subject.subject === PlanSubject.TEAM ? 'p.team_id = :sid' : 'TRUE', { sid: subject.id })
      .andWhere(product ? 'p.product_id = :product' : 'p.product_id IS NULL', { product })
      .getMany();
    const inPeriod = (month: string, start: string) => periodContaining(input.period, month) === start;
    const rows = periods.map((start): PlanReportRow => {
      const plan = plans.find((p) => p.periodStart === start);
      const wonRows = won.filter((r) => inPeriod(r.month, start));
      const categories: Partial<Record<ForecastCategory, OpenSums>> = {};
      for (const r of open.filter((o) => inPeriod(o.month, start))) {
        const sums = (categories[r.category] ??= { amount: 0, weighted: 0 });
        sums.amount += Number(r.amount ?? 0);
        sums.weighted += Number(r.weighted ?? 0);
      }
      const actualAmount = wonRows.reduce((s, r) => s + Number(r.amount ?? 0), 0);
      return {
        periodStart: start,
        periodEnd: periodEnd(input.period, start),
        targetAmount: plan?.targetAmount ?? null,
        targetUnits: plan?.targetUnits ?? null,
        actualAmount,
        actualUnits: wonRows.reduce((s, r) => s + Number(r.units ?? 0), 0),
        wonDeals: wonRows.reduce((s, r) => s + Number(r.deals), 0),
        attainment: plan?.targetAmount ? actualAmount / plan.targetAmount : null,
        forecast: forecastFigures(actualAmount, categories),
      };
    });
    return { reportingCurrency: this.rates.reportingCurrency, rows, total: sumRows(rows, from, to) };
  }

  /** Won and lost deals closed in a period, grouped (SAL-7); only deals the actor may see. */
  async statistics(actor: Actor, input: StatisticsInput): Promise<StatisticsRow[]> {
    requirePermission(actor, 'sales.analytics');
    checkPeriod(input.from, input.to);
    const scope = scopeCondition(actor, 'd', DEAL_SCOPE);
    const group = GROUPS[input.groupBy];
    const month = input.byMonth ? `to_char(d.closed_on, 'YYYY-MM')` : 'NULL::text';
    const amount = input.groupBy === StatisticsGroup.PRODUCT ? LINE_AMOUNT_BASE_SQL : 'd.amount_base';
    const rows: { key: string | null; label: string | null; month: string | null; won: string; lost: string; amount: string | null }[] = await this.query(
      `SELECT ${group.key} AS key, min(${group.label}) AS label, ${month} AS month,
              count(DISTINCT d.id) FILTER (WHERE d.status = 'WON') AS won, count(DISTINCT d.id) FILTER (WHERE d.status = 'LOST') AS lost,
              sum(${amount}) FILTER (WHERE d.status = 'WON') AS amount
         FROM sales.deal d ${group.join}
        WHERE d.status <> 'OPEN' AND d.closed_on BETWEEN :from AND :to AND (CAST(:pipelineId AS uuid) IS NULL OR d.pipeline_id = :pipelineId) AND ${scope.sql}
        GROUP BY 1, 3
        ORDER BY 3 NULLS FIRST, amount DESC NULLS LAST
        LIMIT 1000`,
      { from: input.from, to: input.to, pipelineId: input.pipelineId ?? null, ...scope.params },
    );
    return rows.map((r) => {
      const won = Number(r.won);
      const lost = Number(r.lost);
      const wonAmount = Number(r.amount ?? 0);
      return { key: r.key, label: r.label ?? '—', month: r.month, won, lost, wonAmount, averageWon: won ? Math.round(wonAmount / won) : null, winRate: won + lost ? won / (won + lost) : null };
    });
  }

  /**
   * Which deals a funnel sums: the department as a whole for roles with sales.departmentTotals
   * (totals only), otherwise the visible deals, narrowed to a manager or a team when asked.
   */
  private figureScope(actor: Actor, input: { ownerId?: string | null; teamId?: string | null }, alias: string): { where: SqlCondition; scope: FigureScope } {
    const narrowed = input.ownerId || input.teamId;
    const all = POLICY[actor.role].scope === 'all' || (!narrowed && can(actor, 'sales.departmentTotals'));
    const base = all ? { sql: 'TRUE', params: {} } : scopeCondition(actor, alias, DEAL_SCOPE);
    const parts = [base.sql];
    if (input.ownerId) parts.push(`${alias}.owner_id = :figureOwnerId`);
    if (input.teamId) parts.push(`${alias}.owner_id IN (SELECT id FROM core."user" WHERE team_id = :figureTeamId)`);
    return { where: { sql: parts.join(' AND '), params: { ...base.params, figureOwnerId: input.ownerId, figureTeamId: input.teamId } }, scope: all ? FigureScope.ALL : FigureScope.VISIBLE };
  }

  /** Runs SQL written with :named parameters (as scopeCondition gives them) through the driver's own binding. */
  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [bound, values] = this.db.driver.escapeQueryWithParameters(sql, params);
    return this.db.query(bound, values);
  }

  /** The plan subject, if its deals are within the actor's scope (department: with sales.departmentTotals). */
  private async authorisedSubject(actor: Actor, input: PlanReportInput): Promise<{ subject: PlanSubject; id: string | null }> {
    const scope = POLICY[actor.role].scope;
    const refuse = () => new ForbiddenError('You may not see the sales figures of this subject', 'OUT_OF_SCOPE');
    switch (input.subject) {
      case PlanSubject.DEPARTMENT:
        if (scope !== 'all' && !can(actor, 'sales.departmentTotals')) throw refuse();
        return { subject: input.subject, id: null };
      case PlanSubject.TEAM: {
        const teamId = input.teamId ?? actor.teamId;
        if (!teamId) throw ValidationError.field('teamId', 'name a team (you are not in one)');
        if (scope !== 'all' && !(scope === 'team' && teamId === actor.teamId)) throw refuse();
        return { subject: input.subject, id: teamId };
      }
      case PlanSubject.USER: {
        const userId = input.userId ?? actor.userId;
        if (!userId) throw ValidationError.field('userId', 'name a manager');
        if (scope === 'all' || userId === actor.userId) return { subject: input.subject, id: userId };
        const [row] = await this.db.query(`SELECT team_id FROM core."user" WHERE id = $1`, [userId]);
        if (scope === 'team' && actor.teamId && row?.team_id === actor.teamId) return { subject: input.subject, id: userId };
        throw refuse();
      }
    }
  }
}

const GROUPS: Record<StatisticsGroup, { key: string; label: string; join: string }> = {
  [StatisticsGroup.MANAGER]: { key: 'd.owner_id', label: 'u.name', join: 'JOIN core."user" u ON u.id = d.owner_id' },
  [StatisticsGroup.TERRITORY]: { key: 'd.territory_id', label: 't.name', join: 'LEFT JOIN core.territory t ON t.id = d.territory_id' },
  [StatisticsGroup.CUSTOMER]: { key: 'd.account_id', label: 'a.name', join: 'LEFT JOIN account.account a ON a.id = d.account_id' },
  [StatisticsGroup.PRODUCT]: { key: 'l.product_id', label: 'p.name', join: 'JOIN sales.deal_line l ON l.deal_id = d.id JOIN sales.product p ON p.id = l.product_id' },
};

function ownerCondition(subject: { subject: PlanSubject; id: string | null }): SqlCondition {
  switch (subject.subject) {
    case PlanSubject.USER:
      return { sql: 'd.owner_id = :subjectId', params: { subjectId: subject.id } };
    case PlanSubject.TEAM:
      return { sql: `d.owner_id IN (SELECT id FROM core."user" WHERE team_id = :subjectId)`, params: { subjectId: subject.id } };
    case PlanSubject.DEPARTMENT:
      return { sql: 'TRUE', params: {} };
  }
}

function checkPeriod(from: string, to: string) {
  const problems: FieldProblem[] = [];
  if (!isValidLocalDate(from)) problems.push({ field: 'from', message: 'must be a real date written as YYYY-MM-DD' });
  if (!isValidLocalDate(to)) problems.push({ field: 'to', message: 'must be a real date written as YYYY-MM-DD' });
  else if (!problems.length && to < from) problems.push({ field: 'to', message: 'must not be before from' });
  else if (!problems.length && to > addDays(from, MAX_REPORT_DAYS)) problems.push({ field: 'to', message: 'a report covers at most three years' });
  if (problems.length) throw new ValidationError(problems);
}

function sumRows(rows: PlanReportRow[], from: string, to: string): PlanReportRow {
  const sum = (pick: (r: PlanReportRow) => number | null) => rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
  const anyTarget = (pick: (r: PlanReportRow) => number | null) => (rows.some((r) => pick(r) !== null) ? sum(pick) : null);
  const targetAmount = anyTarget((r) => r.targetAmount);
  const actualAmount = sum((r) => r.actualAmount);
  return {
    periodStart: from, periodEnd: to, targetAmount, targetUnits: anyTarget((r) => r.targetUnits), actualAmount,
    actualUnits: sum((r) => r.actualUnits), wonDeals: sum((r) => r.wonDeals), attainment: targetAmount ? actualAmount / targetAmount : null,
    forecast: {
      closed: sum((r) => r.forecast.closed), commit: sum((r) => r.forecast.commit), bestCase: sum((r) => r.forecast.bestCase),
      pipeline: sum((r) => r.forecast.pipeline), weighted: sum((r) => r.forecast.weighted), expected: sum((r) => r.forecast.expected),
    },
  };
}
