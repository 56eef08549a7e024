import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { decimal, minorUnits } from '../product/product.entity';

export enum PlanSubject { USER = 'USER', TEAM = 'TEAM', DEPARTMENT = 'DEPARTMENT' }
registerEnumType(PlanSubject, { name: 'PlanSubject', description: 'Whose target: one manager, a team, or the whole sales department' });

export enum PlanPeriod { MONTH = 'MONTH', QUARTER = 'QUARTER', YEAR = 'YEAR' }
registerEnumType(PlanPeriod, { name: 'PlanPeriod' });

/** A sales target (SAL-4) for a manager, team or the department, optionally for one product, over a calendar period. */
@ObjectType()
@Entity({ schema: 'sales', name: 'plan' })
@Index('plan_period_key', { synchronize: false })
@Index('plan_period_start_idx', ['periodStart'])
export class Plan {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => PlanSubject) @Column({ type: 'text' }) subject: PlanSubject;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) productId: string | null;
  @Field(() => PlanPeriod) @Column({ type: 'text' }) period: PlanPeriod;
  @Field(() => LocalDate) @Column({ type: 'date' }) periodStart: string;
  @Field(() => LocalDate, { description: 'Last day of the period' }) @Column({ type: 'date' }) periodEnd: string;
  @Field(() => Number, { nullable: true, description: 'Minor units of the reporting currency' }) @Column({ type: 'bigint', nullable: true, transformer: minorUnits }) targetAmount: number | null;
  @Field(() => Number, { nullable: true, description: 'Units of the product (or of all products)' })
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: decimal }) targetUnits: number | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}
