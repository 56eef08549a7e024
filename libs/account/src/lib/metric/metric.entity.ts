import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { minorUnits } from '../contract/contract.entity';

/** Financial metrics kept per month (ACC-3, ACC-5): banks segment by turnover and balances, trade by order volume. */
export enum AccountMetric { TURNOVER = 'TURNOVER', AVERAGE_BALANCE = 'AVERAGE_BALANCE', ORDER_VOLUME = 'ORDER_VOLUME' }
registerEnumType(AccountMetric, { name: 'AccountMetric', description: 'TURNOVER and ORDER_VOLUME add up over months; AVERAGE_BALANCE is the month\'s average balance' });

export enum MetricSource { MANUAL = 'MANUAL', IMPORT = 'IMPORT', COMPUTED = 'COMPUTED' }
registerEnumType(MetricSource, { name: 'MetricSource' });

/** One month's value of a metric; a correction replaces it and the event log keeps the old value. */
@ObjectType()
@Entity({ schema: 'account', name: 'metric_value' })
@Unique('metric_value_account_metric_period_key', ['accountId', 'metric', 'period'])
export class AccountMetricValue {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) accountId: string;
  @Field(() => AccountMetric) @Column({ type: 'text' }) metric: AccountMetric;
  @Field(() => LocalDate, { description: 'First day of the month the value is for' }) @Column({ type: 'date' }) period: string;
  @Field(() => Number, { description: 'Minor units of currency' }) @Column({ type: 'bigint', transformer: minorUnits }) amount: number;
  @Field({ description: 'The reporting currency (REPORTING_CURRENCY)' }) @Column({ type: 'text' }) currency: string;
  @Field(() => MetricSource) @Column({ type: 'text' }) source: MetricSource;
  @Column({ type: 'uuid', nullable: true }) recordedBy: string | null;
  @Field(() => GraphQLISODateTime) @Column({ type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}
