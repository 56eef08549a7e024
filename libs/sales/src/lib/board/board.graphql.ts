import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Stage } from '../pipeline/pipeline.entity';

@InputType({ description: 'Narrows a board: owners or a team, a period (open deals by expected close, closed ones by close date), a title search' })
export class BoardFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) ownerIds?: string[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() teamId?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() from?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() to?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string | null;
}

@ObjectType({ description: 'A board column: the stage with the count and sums of the deals in it that you may see' })
export class BoardColumn {
  @Field(() => Stage) stage: Stage;
  @Field(() => Int) count: number;
  @Field(() => Number, { description: 'Σ amount in minor units of the reporting currency' }) amount: number;
  @Field(() => Number, { description: 'Σ amount × probability, minor units of the reporting currency' }) weightedAmount: number;
}

@ObjectType()
export class Board {
  @Field(() => ID) pipelineId: string;
  @Field() reportingCurrency: string;
  @Field(() => [BoardColumn]) columns: BoardColumn[];
  @Field({ description: 'Closed columns show deals closed since this day when the filter has no period' }) closedSince: string;
}
