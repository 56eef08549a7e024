import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { User } from '../auth/user.entity';
import { decodeCursor, encodeCursor, Page, toPage } from '../database/keyset';
import { EventRecord, FieldChange } from './event.entity';

export interface NewEvent {
  type: string;
  entityType: string;
  entityId: string;
  subjectId?: string | null;
  changes?: Record<string, FieldChange> | null;
  data?: Record<string, unknown> | null;
}

/** Empty text and empty lists read as "no value", so a new record logs only what was filled in. */
const normalise = (v: unknown) => (v === undefined || v === '' || (Array.isArray(v) && v.length === 0) ? null : v);

/** Field-by-field differences between two plain snapshots (deep equality via JSON). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]) {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    const a = normalise(before[field]);
    const b = normalise(after[field]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = { before: a, after: b };
  }
  return changes;
}

@Injectable()
export class EventLog {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends inside the caller's transaction: the events commit or roll back with the change (many in one statement). */
  async append(tx: EntityManager, actor: Actor, events: NewEvent | NewEvent[]): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    if (!list.length) return;
    await tx.insert(
      EventRecord,
      list.map((event) => ({
        type: event.type,
        actorKind: actor.kind,
        actorUserId: actor.userId,
        actorApiKeyId: actor.apiKeyId,
        entityType: event.entityType,
        entityId: event.entityId,
        subjectId: event.subjectId ?? null,
        changes: (event.changes ?? null) as never,
        data: (event.data ?? null) as never,
      })),
    );
  }

  /**
   * A customer's timeline, newest first: the events of one or more subjects (an account and its
   * contacts). The caller has already checked the actor may see every subject.
   */
  /**
   * The events of some customers and of every record merged into them, newest first, in one
   * statement: each subject walks event_subject_idx backwards for at most one page, and the
   * newest of those rows make the page, however long each history is.
   */
  async timeline(subjectIds: string | string[], first: number, after?: string | null): Promise<Page<EventRecord> & { cursor: (e: EventRecord) => string }> {
    const ids = Array.isArray(subjectIds) ? subjectIds : [subjectIds];
    const afterId = after ? String(decodeCursor(after, 1)[0]) : null;
    const qb = this.db
      .getRepository(EventRecord)
      .createQueryBuilder('e')
      .where(
        `e.id IN (
          SELECT page.id
            FROM (SELECT unnest(CAST(:ids AS uuid[])) UNION SELECT m.loser_id FROM core.merged_record m WHERE m.survivor_id = ANY(:ids)) AS s(id)
            CROSS JOIN LATERAL (
              SELECT x.id FROM core.event x WHERE x.subject_id = s.id AND (CAST(:afterId AS bigint) IS NULL OR x.id < CAST(:afterId AS bigint))
              ORDER BY x.id DESC LIMIT :limit) AS page)`,
        { ids, afterId, limit: first + 1 },
      )
      .leftJoinAndMapOne('e.actorUser', User, 'actor_user', 'actor_user.id = e.actor_user_id')
      .orderBy('e.id', 'DESC')
      .limit(first + 1);
    return { ...toPage(await qb.getMany(), first), cursor: (e) => encodeCursor([e.id]) };
  }
}
