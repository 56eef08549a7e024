import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notification for one user (reminders, finished imports…). */
@ObjectType()
@Entity({ schema: 'core', name: 'notification' })
@Index('notification_user_idx', ['userId', 'createdAt', 'id'])
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @Field() @Column({ type: 'text' }) kind: string;
  @Field() @Column({ type: 'text' }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) body: string | null;
  /** SPA path the notification opens. */
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) link: string | null;
  /** Makes delivery idempotent: a retried job cannot notify twice. */
  @Column({ type: 'text', nullable: true, unique: true }) dedupeKey: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
}
