import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who read which personal-data fields of which record, through which operation. Never the values. */
@Entity({ schema: 'core', name: 'read_audit' })
@Index('read_audit_entity_idx', ['entityType', 'entityId', 'id'])
export class ReadAudit {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) readAt: Date;
  @Column({ type: 'text' }) actorKind: string;
  @Index('read_audit_actor_user_id_idx') @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) actorApiKeyId: string | null;
  @Column({ type: 'text' }) entityType: string;
  @Column({ type: 'uuid' }) entityId: string;
  @Column({ type: 'text', array: true }) fields: string[];
  @Column({ type: 'text' }) operation: string;
}
