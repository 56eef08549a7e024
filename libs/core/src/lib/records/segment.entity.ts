import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { JsonValue } from '../graphql/scalars';
import { Criteria } from './criteria';

/**
 * A saved set of records defined by criteria (ACC-5, CON-4). Lists, counts and exports evaluate
 * the criteria live; a background refresh keeps the member list and its history of entries and
 * exits, so "who joined or left, and when" can be reported.
 */
@ObjectType()
@Entity({ schema: 'core', name: 'segment' })
@Index('segment_entity_type_name_idx', ['entityType', 'name'])
export class Segment {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) entityType: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => JsonValue, { description: 'The criteria tree, as saved' }) @Column({ type: 'jsonb' }) criteria: Criteria;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the member list was last refreshed' })
  @Column({ type: 'timestamptz', nullable: true }) refreshedAt: Date | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}

/** Members as of the last refresh (all records, whatever the reader may see). */
@Entity({ schema: 'core', name: 'segment_member' })
@Index('segment_member_entity_id_idx', ['entityId'])
export class SegmentMember {
  @PrimaryColumn({ type: 'uuid' }) segmentId: string;
  @PrimaryColumn({ type: 'uuid' }) entityId: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) since: Date;
}

/** One entry into or exit from a segment. */
@Entity({ schema: 'core', name: 'segment_change' })
@Index('segment_change_segment_idx', ['segmentId', 'id'])
export class SegmentChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'uuid' }) segmentId: string;
  @Column({ type: 'uuid' }) entityId: string;
  @Column({ type: 'boolean' }) entered: boolean;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
}
