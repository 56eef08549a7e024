import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A dated exchange rate into the reporting currency; it applies from validOn until the next one. */
@ObjectType()
@Entity({ schema: 'sales', name: 'exchange_rate' })
@Unique('exchange_rate_dated_key', ['currency', 'validOn'])
export class ExchangeRate {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'ISO 4217 code of the foreign currency' }) @Column({ type: 'text' }) currency: string;
  @Field(() => LocalDate) @Column({ type: 'date' }) validOn: string;
  @Field({ description: 'Units of the reporting currency for one unit of currency, as a decimal string' }) @Column({ type: 'numeric', precision: 24, scale: 10 }) rate: string;
  /** The rate for minor units (what amounts are multiplied by). */
  @Column({ type: 'numeric', precision: 30, scale: 12 }) minorFactor: string;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
