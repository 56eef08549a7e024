import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ForecastCategory, Stage, StageKind } from '../pipeline/pipeline.entity';
import { decimal, minorUnits } from '../product/product.entity';

/** An opportunity (SAL-2): who buys what, for how much, when, and how far it has come. */
@ObjectType()
@Entity({ schema: 'sales', name: 'deal' })
@Index('deal_board_idx', { synchronize: false })
@Index('deal_pipeline_created_idx', ['pipelineId', 'createdAt'])
@Index('deal_owner_status_idx', ['ownerId', 'status'])
@Index('deal_account_idx', { synchronize: false })
@Index('deal_updated_idx', { synchronize: false })
@Index('deal_won_idx', { synchronize: false })
@Index('deal_closed_idx', { synchronize: false })
@Index('deal_open_expected_idx', { synchronize: false })
@Index('deal_title_trgm_idx', { synchronize: false })
export class Deal {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => Int, { description: 'Human-readable deal number' })
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'BY DEFAULT', unique: true, transformer: minorUnits, insert: false, update: false })
  number: number;
  @Field() @Column({ type: 'text' }) title: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  @Field(() => ID) @Column({ type: 'uuid' }) ownerId: string;
  @Field(() => ID, { nullable: true }) @Index('deal_territory_id_idx') @Column({ type: 'uuid', nullable: true }) territoryId: string | null;
  @Index('deal_partner_account_id_idx') @Column({ type: 'uuid', nullable: true }) partnerAccountId: string | null;
  @Field(() => ID) @Column({ type: 'uuid' }) pipelineId: string;
  @Field(() => ID) @Column({ type: 'uuid' }) stageId: string;
  @Field(() => StageKind, { description: 'OPEN, WON or LOST: the kind of the current stage' }) @Column({ type: 'text' }) status: StageKind;
  @Field(() => String, { nullable: true, description: 'Where the deal came from: referral, website, exhibition…' }) @Column({ type: 'text', nullable: true }) source: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field({ description: 'ISO 4217' }) @Column({ type: 'text' }) currency: string;
  @Field(() => Number, { description: 'Minor units of currency; the sum of the line items when there are any' }) @Column({ type: 'bigint', transformer: minorUnits }) amount: number;
  @Field({ description: 'True when the amount is computed from line items' }) @Column({ type: 'boolean' }) amountFromLines: boolean;
  @Field(() => Number, { description: 'The amount in minor units of the reporting currency, at the rate of the close (or expected close) date' })
  @Column({ type: 'bigint', transformer: minorUnits }) amountBase: number;
  @Field(() => Int, { description: '0–100; from the stage unless set on the deal' }) @Column({ type: 'smallint' }) probability: number;
  @Field() @Column({ type: 'boolean', default: false }) probabilityManual: boolean;
  @Field(() => ForecastCategory) @Column({ type: 'text' }) forecastCategory: ForecastCategory;
  @Field() @Column({ type: 'boolean', default: false }) forecastCategoryManual: boolean;
  @Field(() => LocalDate, { nullable: true }) @Column({ type: 'date', nullable: true }) expectedCloseOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The day the deal was won or lost' }) @Column({ type: 'date', nullable: true }) closedOn: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) lossReasonId: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) lossNote: string | null;
  /** The furthest position reached in the pipeline (funnel conversion counts deals that got at least this far). */
  @Column({ type: 'integer' }) reachedPosition: number;
  @Field(() => GraphQLISODateTime) @Column({ type: 'timestamptz', precision: 3 }) stageEnteredAt: Date;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
  /** The current stage, when the query joined it (reads do; saves and locks do not). */
  stageRow?: Stage;
}

@ObjectType()
@Entity({ schema: 'sales', name: 'deal_line' })
@Index('deal_line_deal_idx', ['dealId', 'position'])
export class DealLine {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) dealId: string;
  @Field(() => Int) @Column({ type: 'integer' }) position: number;
  @Field(() => ID) @Index('deal_line_product_idx') @Column({ type: 'uuid' }) productId: string;
  @Field(() => Number, { description: 'Up to 4 decimals' }) @Column({ type: 'numeric', precision: 18, scale: 4, transformer: decimal }) quantity: number;
  @Field(() => Number, { description: 'Minor units of the deal currency' }) @Column({ type: 'bigint', transformer: minorUnits }) unitPrice: number;
  @Field(() => Number, { description: '0–100, up to 2 decimals' }) @Column({ type: 'numeric', precision: 5, scale: 2, default: 0, transformer: decimal }) discountPercent: number;
  @Field(() => Number, { description: 'quantity × unitPrice less the discount, minor units' }) @Column({ type: 'bigint', transformer: minorUnits }) amount: number;
}

@ObjectType()
@Entity({ schema: 'sales', name: 'deal_contact' })
@Index('deal_contact_contact_idx', ['contactId'])
export class DealContact {
  @PrimaryColumn({ type: 'uuid' }) dealId: string;
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) contactId: string;
  @Field(() => String, { nullable: true, description: 'Decision maker, user, economic buyer…' }) @Column({ type: 'text', nullable: true }) role: string | null;
  @Field() @Column({ type: 'boolean', default: false }) isPrimary: boolean;
}

/** One stay of a deal in a stage: entered, and left (null while it is still there). */
@ObjectType()
@Entity({ schema: 'sales', name: 'deal_stage_history' })
@Index('deal_stage_history_deal_idx', ['dealId', 'enteredAt'])
@Index('deal_stage_history_stage_idx', ['stageId'])
export class DealStageStay {
  @Field(() => ID) @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'uuid' }) dealId: string;
  @Column({ type: 'uuid' }) pipelineId: string;
  @Field(() => ID) @Column({ type: 'uuid' }) stageId: string;
  @Field(() => GraphQLISODateTime) @Column({ type: 'timestamptz', precision: 3 }) enteredAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', precision: 3, nullable: true }) leftAt: Date | null;
}

