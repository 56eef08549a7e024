import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { PlanPeriod, PlanSubject } from '../plan/plan.entity';
import { Stage } from '../pipeline/pipeline.entity';

export enum FigureScope { ALL = 'ALL', VISIBLE = 'VISIBLE' }
registerEnumType(FigureScope, {
  name: 'FigureScope',
  description: 'ALL: every deal of the subject (totals only); VISIBLE: only the deals you may see',
});

@InputType()
export class FunnelInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a pipeline id' }) pipelineId: string;
  @Field(() => LocalDate, { description: 'Deals that entered the pipeline from this day…' }) @IsString() from: string;
  @Field(() => LocalDate, { description: '…to this day, inclusive' }) @IsString() to: string;
  @Field(() => ID, { nullable: true, description: 'One manager' }) @IsOptional() @IsUUID() ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'One team; neither: the department' }) @IsOptional() @IsUUID() teamId?: string | null;
}

@ObjectType()
export class FunnelStage {
  @Field(() => Stage) stage: Stage;
  @Field(() => Int, { description: 'Deals of the cohort that got at least this far (for WON: that were won; for LOST: that were lost)' }) reached: number;
  @Field(() => Number, { nullable: true, description: 'reached / reached of the previous open stage, 0–1' }) conversion: number | null;
  @Field(() => Int, { description: 'Deals lost after getting this far but no further' }) lostHere: number;
  @Field(() => Number, { nullable: true, description: 'lostHere / reached, 0–1' }) dropOff: number | null;
  @Field(() => Number, { nullable: true, description: 'Mean days a deal spent in the stage (finished stays that began in the months of the period)' }) averageDays: number | null;
  @Field(() => Int, { description: 'Finished stays that began in the months of the period' }) completedStays: number;
}

@ObjectType()
export class Funnel {
  @Field(() => ID) pipelineId: string;
  @Field(() => FigureScope) scope: FigureScope;
  @Field(() => Int, { description: 'Deals that entered the pipeline in the period' }) entered: number;
  @Field(() => Int) won: number;
  @Field(() => Int) lost: number;
  @Field(() => Number, { nullable: true, description: 'won / (won + lost), 0–1' }) winRate: number | null;
  @Field(() => Number, { description: 'Σ amount of won deals, minor units of the reporting currency' }) wonAmount: number;
  @Field(() => [FunnelStage]) stages: FunnelStage[];
}

@InputType()
export class PlanReportInput {
  @Field(() => PlanPeriod) @IsEnum(PlanPeriod) period: PlanPeriod;
  @Field(() => LocalDate) @IsString() from: string;
  @Field(() => LocalDate) @IsString() to: string;
  @Field(() => PlanSubject) @IsEnum(PlanSubject) subject: PlanSubject;
  @Field(() => ID, { nullable: true, description: 'For USER; yourself when absent' }) @IsOptional() @IsUUID() userId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For TEAM; your team when absent' }) @IsOptional() @IsUUID() teamId?: string | null;
  @Field(() => ID, { nullable: true, description: 'One product\'s plan and sales' }) @IsOptional() @IsUUID() productId?: string | null;
}

@ObjectType({ description: 'Forecast of a period from open deals by expected close (SAL-5); minor units of the reporting currency' })
export class Forecast {
  @Field(() => Number) closed: number;
  @Field(() => Number) commit: number;
  @Field(() => Number) bestCase: number;
  @Field(() => Number) pipeline: number;
  @Field(() => Number) weighted: number;
  @Field(() => Number, { description: 'closed + weighted' }) expected: number;
}

@ObjectType()
export class PlanReportRow {
  @Field(() => LocalDate) periodStart: string;
  @Field(() => LocalDate) periodEnd: string;
  @Field(() => Number, { nullable: true }) targetAmount: number | null;
  @Field(() => Number, { nullable: true }) targetUnits: number | null;
  @Field(() => Number, { description: 'Won deals closed in the period' }) actualAmount: number;
  @Field(() => Number) actualUnits: number;
  @Field(() => Int) wonDeals: number;
  @Field(() => Number, { nullable: true, description: 'actualAmount / targetAmount, 0–1+' }) attainment: number | null;
  @Field(() => Forecast) forecast: Forecast;
}

@ObjectType()
export class PlanReport {
  @Field() reportingCurrency: string;
  @Field(() => [PlanReportRow]) rows: PlanReportRow[];
  @Field(() => PlanReportRow, { description: 'All periods together' }) total: PlanReportRow;
}

export enum StatisticsGroup { MANAGER = 'MANAGER', TERRITORY = 'TERRITORY', PRODUCT = 'PRODUCT', CUSTOMER = 'CUSTOMER' }
registerEnumType(StatisticsGroup, { name: 'StatisticsGroup' });

@InputType()
export class StatisticsInput {
  @Field(() => StatisticsGroup) @IsEnum(StatisticsGroup) groupBy: StatisticsGroup;
  @Field(() => LocalDate, { description: 'Deals closed from this day…' }) @IsString() from: string;
  @Field(() => LocalDate, { description: '…to this day, inclusive' }) @IsString() to: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() pipelineId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'One row per group and month (sales history)' }) @IsOptional() @IsBoolean() byMonth?: boolean | null;
}

@ObjectType()
export class StatisticsRow {
  @Field(() => ID, { nullable: true, description: 'Id of the manager, territory, product or account; null: none' }) key: string | null;
  @Field() label: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM when by month' }) month: string | null;
  @Field(() => Int) won: number;
  @Field(() => Int) lost: number;
  @Field(() => Number, { description: 'Minor units of the reporting currency' }) wonAmount: number;
  @Field(() => Number, { nullable: true }) averageWon: number | null;
  @Field(() => Number, { nullable: true, description: 'won / (won + lost), 0–1' }) winRate: number | null;
}
