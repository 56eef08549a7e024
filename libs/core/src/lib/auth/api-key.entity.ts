import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Permission } from '../access/policy';

/**
 * An integrator's key. It acts as its user, limited to its scopes. The secret is shown once;
 * only its SHA-256 is stored (the secret is 256 random bits, so a slow hash adds nothing).
 */
@ObjectType()
@Entity({ schema: 'core', name: 'api_key' })
export class ApiKey {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) name: string;
  /** Public part of the key ("crm_<prefix>_<secret>"), used to find the row. */
  @Field() @Column({ type: 'text', unique: true }) prefix: string;
  @Column({ type: 'text' }) secretHash: string;
  @Field(() => [String]) @Column({ type: 'text', array: true }) scopes: Permission[];
  @Index('api_key_user_id_idx') @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
