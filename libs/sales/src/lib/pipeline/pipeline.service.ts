import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ConflictError, FieldProblem, NotFoundError, requirePermission, requireUuid, StaleVersionError, ValidationError } from '@crm/core';
import { cleanText } from '@crm/contact';
import { DataSource, EntityManager, In } from 'typeorm';
import { ForecastCategory, LossReason, Pipeline, Stage, StageKind } from './pipeline.entity';
import { LossReasonInput, SavePipelineInput, StageInput } from './pipeline.inputs';

/** Pipelines, their stages and the loss reasons (SAL-2): read by everyone in sales, edited by admins. */
@Injectable()
export class PipelineService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(actor: Actor, includeArchived = false): Promise<Pipeline[]> {
    requirePermission(actor, 'deal.read');
    return this.db.getRepository(Pipeline).find({ where: includeArchived ? {} : { archived: false }, order: { position: 'ASC', name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<Pipeline> {
    requirePermission(actor, 'deal.read');
    const pipeline = await this.db.getRepository(Pipeline).findOneBy({ id: requireUuid(id, 'Pipeline') });
    if (!pipeline) throw new NotFoundError('Pipeline');
    return pipeline;
  }

  /** The pipeline new deals go to when none is named. */
  async defaultPipeline(m: EntityManager): Promise<Pipeline | null> {
    return (await m.getRepository(Pipeline).findOne({ where: { isDefault: true, archived: false } })) ?? m.getRepository(Pipeline).findOne({ where: { archived: false }, order: { position: 'ASC' } });
  }

  stagesOf(pipelineIds: readonly string[]): Promise<Stage[]> {
    return this.db.getRepository(Stage).find({ where: { pipelineId: In([...pipelineIds]) }, order: { position: 'ASC' } });
  }

  stagesByIds(ids: readonly string[]): Promise<Stage[]> {
    return this.db.getRepository(Stage).findBy({ id: In([...ids]) });
  }

  stage(id: string, m: EntityManager = this.db.manager): Promise<Stage | null> {
    return m.getRepository(Stage).findOneBy({ id });
  }

  async save(actor: Actor, input: SavePipelineInput): Promise<Pipeline> {
    requirePermission(actor, 'pipeline.manage');
    const name = cleanText(input.name);
    const problems = [...(name ? [] : [{ field: 'name', message: 'must not be empty' }]), ...stageListProblems(input.stages)];
    if (problems.length) throw new ValidationError(problems);
    return this.db.transaction(async (m) => {
      const repo = m.getRepository(Pipeline);
      let pipeline: Pipeline;
      if (input.id) {
        const current = await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw new NotFoundError('Pipeline');
        if (input.expectedVersion == null) throw ValidationError.field('expectedVersion', 'is required when editing');
        if (current.version !== input.expectedVersion) throw new StaleVersionError('Pipeline', current.version);
        pipeline = current;
      } else {
        const [{ max }] = await m.query(`SELECT COALESCE(max(position), -1) + 1 AS max FROM sales.pipeline`);
        pipeline = repo.create({ position: Number(max) });
      }
      if (input.isDefault) await m.query(`UPDATE sales.pipeline SET is_default = false WHERE is_default AND id IS DISTINCT FROM $1`, [pipeline.id ?? null]);
      // updatedAt always changes, so the version goes up even when only the stages changed.
      Object.assign(pipeline, { name, isDefault: input.isDefault ?? pipeline.isDefault ?? false, archived: input.archived ?? pipeline.archived ?? false, updatedAt: new Date() });
      if (pipeline.isDefault && pipeline.archived) throw ValidationError.field('archived', 'the default pipeline cannot be archived');
      const saved = await repo.save(pipeline);
      await this.saveStages(m, saved.id, input.stages);
      return saved;
    });
  }

  /**
   * Replaces the stage list: listed stages are created, renamed or reordered; an unlisted stage is
   * deleted when no deal ever used it, archived when only closed deals or history refer to it, and
   * refused while open deals are in it.
   */
  private async saveStages(m: EntityManager, pipelineId: string, stages: StageInput[]) {
    const repo = m.getRepository(Stage);
    const existing = await repo.find({ where: { pipelineId } });
    for (const [i, s] of stages.entries()) {
      if (s.id && !existing.some((e) => e.id === s.id)) throw ValidationError.field(`stages[${i}].id`, 'is not a stage of this pipeline');
    }
    for (const gone of existing.filter((e) => !stages.some((s) => s.id === e.id))) {
      const [{ open, used }] = await m.query(
        `SELECT count(*) FILTER (WHERE status = 'OPEN')::int AS open, (count(*) > 0 OR EXISTS (SELECT 1 FROM sales.deal_stage_history h WHERE h.stage_id = $1)) AS used
           FROM sales.deal WHERE stage_id = $1`,
        [gone.id],
      );
      if (open > 0) throw new ConflictError(`stages: ${open} open deals are in stage "${gone.name}"; move them first`, 'STAGE_IN_USE', { field: 'stages' });
      if (used) await repo.update({ id: gone.id }, { archived: true, position: 1000 + gone.position });
      else await repo.delete({ id: gone.id });
    }
    for (const [position, s] of stages.entries()) {
      const values = {
        pipelineId, name: cleanText(s.name)!, kind: s.kind, position, archived: false,
        probability: s.kind === StageKind.WON ? 100 : s.kind === StageKind.LOST ? 0 : (s.probability ?? 10),
        forecastCategory: s.kind === StageKind.WON ? ForecastCategory.CLOSED : s.kind === StageKind.LOST ? ForecastCategory.OMITTED : (s.forecastCategory ?? ForecastCategory.PIPELINE),
      };
      const current = s.id ? existing.find((e) => e.id === s.id)! : null;
      if (current && current.kind !== s.kind && (await m.query(`SELECT EXISTS (SELECT 1 FROM sales.deal WHERE stage_id = $1) AS used`, [current.id]))[0].used) {
        throw ValidationError.field(`stages[${position}].kind`, 'cannot change: deals are in this stage');
      }
      await repo.save(current ? Object.assign(current, values) : repo.create(values));
    }
  }

  lossReasons(actor: Actor, includeArchived = false): Promise<LossReason[]> {
    requirePermission(actor, 'deal.read');
    return this.db.getRepository(LossReason).find({ where: includeArchived ? {} : { archived: false }, order: { position: 'ASC', name: 'ASC' } });
  }

  async saveLossReason(actor: Actor, input: LossReasonInput): Promise<LossReason> {
    requirePermission(actor, 'pipeline.manage');
    const name = cleanText(input.name);
    if (!name) throw ValidationError.field('name', 'must not be empty');
    return this.db.transaction(async (m) => {
      const repo = m.getRepository(LossReason);
      const reason = input.id ? await repo.findOneBy({ id: input.id }) : repo.create({ archived: false });
      if (!reason) throw new NotFoundError('LossReason');
      const clash = await repo.createQueryBuilder('r').where('lower(r.name) = lower(:name)', { name }).getOne();
      if (clash && clash.id !== reason.id) throw new ConflictError(`name: the reason "${name}" already exists`, 'DUPLICATE_LOSS_REASON', { field: 'name' });
      const position = input.position ?? reason.position ?? Number((await m.query(`SELECT COALESCE(max(position), -1) + 1 AS p FROM sales.loss_reason`))[0].p);
      return repo.save(Object.assign(reason, { name, position, archived: input.archived ?? reason.archived }));
    });
  }
}

/** A pipeline needs open stages, then exactly one WON stage and at least one LOST stage. */
export function stageListProblems(stages: StageInput[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const count = (kind: StageKind) => stages.filter((s) => s.kind === kind).length;
  if (!count(StageKind.OPEN)) problems.push({ field: 'stages', message: 'needs at least one open stage' });
  if (count(StageKind.WON) !== 1) problems.push({ field: 'stages', message: 'needs exactly one WON stage' });
  if (count(StageKind.LOST) < 1) problems.push({ field: 'stages', message: 'needs at least one LOST stage' });
  const firstClosed = stages.findIndex((s) => s.kind !== StageKind.OPEN);
  if (firstClosed >= 0 && stages.slice(firstClosed).some((s) => s.kind === StageKind.OPEN)) problems.push({ field: 'stages', message: 'open stages come before the WON and LOST stages' });
  stages.forEach((s, i) => {
    if (!cleanText(s.name)) problems.push({ field: `stages[${i}].name`, message: 'must not be empty' });
    if (s.kind !== StageKind.OPEN && s.forecastCategory) problems.push({ field: `stages[${i}].forecastCategory`, message: 'applies to open stages only' });
    if (s.forecastCategory === ForecastCategory.CLOSED) problems.push({ field: `stages[${i}].forecastCategory`, message: 'CLOSED is for won deals' });
  });
  const names = stages.map((s) => cleanText(s.name)?.toLowerCase());
  names.forEach((n, i) => {
    if (n && names.indexOf(n) !== i) problems.push({ field: `stages[${i}].name`, message: 'is used twice' });
  });
  return problems;
}
