import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { Plan, PlanPeriod, PlanSubject } from './plan.entity';

@InputType()
export class SavePlanInput {
  @Field(() => ID, { nullable: true, description: 'Absent to create' }) @IsOptional() @IsUUID('all', { message: 'must be a plan id' }) id?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when editing' }) @IsOptional() @IsInt() @Min(1) expectedVersion?: number | null;
  @Field(() => PlanSubject) @IsEnum(PlanSubject) subject: PlanSubject;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a user id' }) userId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a team id' }) teamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a product id' }) productId?: string | null;
  @Field(() => PlanPeriod) @IsEnum(PlanPeriod) period: PlanPeriod;
  @Field(() => LocalDate, { description: 'First day of the month, quarter or year' }) @IsString() periodStart: string;
  @Field(() => Number, { nullable: true, description: 'Minor units of the reporting currency' }) @IsOptional() targetAmount?: number | null;
  @Field(() => Number, { nullable: true }) @IsOptional() targetUnits?: number | null;
}

@InputType()
export class PlanFilter {
  @Field(() => LocalDate) @IsString() from: string;
  @Field(() => LocalDate) @IsString() to: string;
  @Field(() => PlanSubject, { nullable: true }) @IsOptional() @IsEnum(PlanSubject) subject?: PlanSubject | null;
  @Field(() => PlanPeriod, { nullable: true }) @IsOptional() @IsEnum(PlanPeriod) period?: PlanPeriod | null;
}

@ObjectType()
export class PlanPayload {
  @Field(() => Plan) plan: Plan;
}
