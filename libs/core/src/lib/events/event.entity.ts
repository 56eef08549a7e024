import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';

export interface FieldChange {
  before: unknown;
  after: unknown;
}

/**
 * The event log: append-only (a trigger refuses UPDATE and DELETE), written in the same
 * transaction as the change it records. It is each customer's timeline (CON-3), the audit
 * trail and the outbox other modules react to.
 */
@Entity({ schema: 'core', name: 'event' })
@Index('event_subject_idx', ['subjectId', 'id'])
@Index('event_entity_idx', ['entityType', 'entityId', 'id'])
export class EventRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt: Date;
  /** "<module>.<aggregate>.<past-tense>", e.g. contact.contact.updated */
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'text' }) actorKind: 'user' | 'apiKey' | 'system';
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) actorApiKeyId: string | null;
  @Column({ type: 'text' }) entityType: string;
  @Column({ type: 'uuid' }) entityId: string;
  /** The customer whose timeline shows the event. */
  @Column({ type: 'uuid', nullable: true }) subjectId: string | null;
  @Column({ type: 'jsonb', nullable: true }) changes: Record<string, FieldChange> | null;
  @Column({ type: 'jsonb', nullable: true }) data: Record<string, unknown> | null;
  /** The acting user, when the query joined it (timelines do, to name actors without another query). */
  actorUser?: User | null;
}
