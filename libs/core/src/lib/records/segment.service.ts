import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requirePermission, scopeCondition, SqlCondition } from '../access/access';
import { Actor, can, hiddenFields } from '../access/actor';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotFoundError, requireUuid, StaleVersionError, ValidationError } from '../errors/errors';
import { EventLog } from '../events/event-log.service';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../database/keyset';
import { JobQueue } from '../jobs/job-queue.service';
import { OnJob } from '../jobs/on-job.decorator';
import { normalizePhone } from '../phone/phone.rules';
import { compileCriteria, Criteria, CriteriaCatalog } from './criteria';
import { CustomFieldService } from './custom-field.service';
import { CriteriaField, RecordTypes } from './record-types';
import { Segment, SegmentChange } from './segment.entity';

export interface SegmentDraft {
  entityType: string;
  name: string;
  description?: string | null;
  criteria: unknown;
}

export interface SegmentHistoryEntry {
  id: string;
  entityId: string;
  entered: boolean;
  at: Date;
}

/**
 * Segments and ad-hoc criteria: compiles criteria against the record types' catalogs (built-in,
 * custom, related and metric fields), counts and filters within the reader's record scope, and
 * refreshes saved member lists with their history in the background.
 */
@Injectable()
export class SegmentService {
  private readonly logger = new Logger(SegmentService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly types: RecordTypes,
    private readonly customFields: CustomFieldService,
    private readonly events: EventLog,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The fields criteria may use on a type: built-in, then custom ("custom.<key>"). Filtering on a
   * field is reading it ("how many have turnover > X"), so fields hidden from the actor are left out.
   */
  async fields(entityType: string, actor: Actor | null): Promise<CriteriaField[]> {
    const hidden = actor ? hiddenFields(actor, entityType) : [];
    const all = [...this.types.get(entityType).fields, ...(await this.customFields.criteriaFields(entityType))];
    return all.filter((f) => !hidden.includes(f.guardedBy ?? f.key));
  }

  /**
   * The SQL condition for criteria over records of `entityType` aliased `alias`. Relation tests
   * only look at related records the actor may see (null actor: the system, sees all).
   */
  async compile(actor: Actor | null, entityType: string, criteria: unknown, alias: string, prefix = 'cr', path = 'criteria'): Promise<SqlCondition> {
    if (!this.types.find(entityType)) throw ValidationError.field('entityType', `must be one of ${this.types.names().join(', ')}`);
    const fieldsByType = new Map<string, CriteriaField[]>();
    for (const name of this.types.names()) fieldsByType.set(name, await this.fields(name, actor));
    const catalog: CriteriaCatalog = {
      fields: (type) => fieldsByType.get(type) ?? [],
      relations: (type) => this.types.get(type).relations,
      table: (type) => this.types.get(type).table,
      scope: (type, a) => {
        const target = this.types.get(type);
        if (!actor) return { sql: 'TRUE', params: {} };
        return can(actor, target.readPermission) ? scopeCondition(actor, a, target.scope) : { sql: 'FALSE', params: {} };
      },
      normalisePhone: (text) => normalizePhone(text, this.config.locale.defaultPhoneRegion as never)?.e164 ?? null,
    };
    return compileCriteria(catalog, entityType, criteria, alias, prefix, path);
  }

  /** Live count of the records matching criteria that the actor may see (the builder's counter). */
  async count(actor: Actor, entityType: string, criteria: unknown): Promise<number> {
    const type = this.types.get(entityType);
    requirePermission(actor, type.readPermission);
    const where = await this.compile(actor, entityType, criteria, 't');
    const scope = scopeCondition(actor, 't', type.scope);
    const row = await this.db
      .createQueryBuilder()
      .select('count(*)::int', 'n')
      .from(type.table, 't')
      .where(scope.sql, scope.params)
      .andWhere(where.sql, where.params)
      .getRawOne<{ n: number }>();
    return row?.n ?? 0;
  }

  /** A saved segment's criteria as a list filter on `alias` (records of the segment's type only). */
  async condition(actor: Actor, segmentId: string, entityType: string, alias: string, path = 'filter.segmentId'): Promise<SqlCondition> {
    const segment = await this.db.getRepository(Segment).findOne({ where: { id: requireUuid(segmentId, 'Segment') } });
    if (!segment) throw ValidationError.field(path, 'no such segment');
    if (segment.entityType !== entityType) throw ValidationError.field(path, `is a segment of ${segment.entityType} records`);
    return this.compile(actor, entityType, segment.criteria, alias, 'seg');
  }

  list(actor: Actor, entityType?: string | null): Promise<Segment[]> {
    requirePermission(actor, 'segment.read');
    return this.db.getRepository(Segment).find({ where: entityType ? { entityType } : {}, order: { name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<Segment> {
    requirePermission(actor, 'segment.read');
    const segment = await this.db.getRepository(Segment).findOne({ where: { id: requireUuid(id, 'Segment') } });
    if (!segment) throw new NotFoundError('Segment');
    return segment;
  }

  async create(actor: Actor, draft: SegmentDraft): Promise<Segment> {
    requirePermission(actor, 'segment.manage');
    await this.compile(actor, draft.entityType, draft.criteria, 't');
    const segment = await this.db.transaction(async (m) => {
      const saved = await m.getRepository(Segment).save({
        entityType: draft.entityType, name: draft.name.trim(), description: draft.description?.trim() || null, criteria: draft.criteria as Criteria, createdBy: actor.userId,
      });
      await this.events.append(m, actor, { type: 'core.segment.created', entityType: 'segment', entityId: saved.id, data: { name: saved.name, criteria: saved.criteria } });
      return saved;
    });
    await this.planRefresh(segment.id);
    return segment;
  }

  async update(actor: Actor, input: { id: string; expectedVersion: number; name?: string | null; description?: string | null; criteria?: unknown }): Promise<Segment> {
    requirePermission(actor, 'segment.manage');
    const segment = await this.db.transaction(async (m) => {
      const current = await m.getRepository(Segment).findOne({ where: { id: requireUuid(input.id, 'Segment') }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Segment');
      if (current.version !== input.expectedVersion) throw new StaleVersionError('Segment', current.version);
      if (input.criteria != null) {
        await this.compile(actor, current.entityType, input.criteria, 't');
        current.criteria = input.criteria as Criteria;
      }
      if (input.name) current.name = input.name.trim();
      if (input.description !== undefined) current.description = input.description?.trim() || null;
      const saved = await m.getRepository(Segment).save(current);
      await this.events.append(m, actor, { type: 'core.segment.updated', entityType: 'segment', entityId: saved.id, data: { name: saved.name, criteria: saved.criteria } });
      return saved;
    });
    await this.planRefresh(segment.id);
    return segment;
  }

  async delete(actor: Actor, id: string): Promise<string> {
    requirePermission(actor, 'segment.manage');
    await this.db.transaction(async (m) => {
      const found = await m.getRepository(Segment).delete({ id: requireUuid(id, 'Segment') });
      if (!found.affected) throw new NotFoundError('Segment');
      await this.events.append(m, actor, { type: 'core.segment.deleted', entityType: 'segment', entityId: id });
    });
    return id;
  }

  /** Entries and exits, newest first, of the records the actor may see. */
  async history(actor: Actor, segment: Segment, first: number, after?: string | null) {
    const type = this.types.get(segment.entityType);
    requirePermission(actor, type.readPermission);
    const limit = pageSize(first);
    const scope = scopeCondition(actor, 't', type.scope);
    const qb = this.db
      .getRepository(SegmentChange)
      .createQueryBuilder('h')
      .where('h.segment_id = :segmentId', { segmentId: segment.id })
      .andWhere(`EXISTS (SELECT 1 FROM ${type.table} t WHERE t.id = h.entity_id AND ${scope.sql})`, scope.params)
      .orderBy('h.id', 'DESC')
      .limit(limit + 1);
    if (after) qb.andWhere('h.id < :afterId', { afterId: String(decodeCursor(after, 1)[0]) });
    const page = toPage(await qb.getMany(), limit);
    return { nodes: page.nodes.map((h) => ({ ...h, entityType: segment.entityType })), hasNextPage: page.hasNextPage, cursor: (h: SegmentHistoryEntry) => encodeCursor([h.id]) };
  }

  /** Refreshes after the caller's commit; a lost enqueue is caught by the periodic sweep. */
  private async planRefresh(segmentId: string) {
    await this.jobs
      .enqueue('core.segment.refresh', { segmentId }, { jobId: `segment-${segmentId}-${Date.now()}` })
      .catch((e: Error) => this.logger.warn({ segmentId, err: e.message }, 'segment refresh deferred to the sweep'));
  }

  /**
   * Recomputes the member list in one statement: new matches enter, non-matches leave, and each
   * entry or exit is recorded. Evaluated as the system (all records), like a report.
   */
  @OnJob('core.segment.refresh')
  async refresh({ segmentId }: { segmentId: string }): Promise<void> {
    await this.db.transaction(async (m) => {
      // One refresh of a segment at a time; a concurrent one waits and then sees the new state.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`segment-refresh:${segmentId}`]);
      const segment = await m.getRepository(Segment).findOne({ where: { id: segmentId } });
      if (!segment) return;
      await this.refreshIn(m, segment);
    });
  }

  @OnJob('core.segments.refreshAll')
  async refreshAll(): Promise<void> {
    const segments = await this.db.getRepository(Segment).find({ select: { id: true } });
    for (const s of segments) await this.refresh({ segmentId: s.id });
  }

  private async refreshIn(m: EntityManager, segment: Segment) {
    const type = this.types.get(segment.entityType);
    let where: SqlCondition;
    try {
      where = await this.compile(null, segment.entityType, segment.criteria, 't');
    } catch (e) {
      // A custom field archived after the segment was saved: keep the old members, report it.
      this.logger.warn({ segmentId: segment.id, err: (e as Error).message }, 'segment criteria no longer compile');
      return;
    }
    const [sql, params] = m.connection.driver.escapeQueryWithParameters(
      `WITH matches AS (SELECT t.id FROM ${type.table} t WHERE ${where.sql}),
       entered AS (
         INSERT INTO core.segment_member (segment_id, entity_id)
         SELECT CAST(:segmentId AS uuid), id FROM matches ON CONFLICT DO NOTHING RETURNING entity_id),
       exited AS (
         DELETE FROM core.segment_member sm WHERE sm.segment_id = :segmentId
           AND NOT EXISTS (SELECT 1 FROM matches x WHERE x.id = sm.entity_id) RETURNING entity_id)
       INSERT INTO core.segment_change (segment_id, entity_id, entered)
       SELECT CAST(:segmentId AS uuid), entity_id, true FROM entered UNION ALL SELECT CAST(:segmentId AS uuid), entity_id, false FROM exited`,
      { ...where.params, segmentId: segment.id },
    );
    await m.query(sql, params);
    await m.query('UPDATE core.segment SET refreshed_at = now() WHERE id = $1', [segment.id]);
  }
}
