import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ForecastCategory, LossReason, Pipeline, StageKind } from './pipeline.entity';

@InputType()
export class StageInput {
  @Field(() => ID, { nullable: true, description: 'An existing stage to keep (renamed or moved); absent for a new one' })
  @IsOptional() @IsUUID('all', { message: 'must be a stage id' }) id?: string | null;
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => StageKind) @IsEnum(StageKind) kind: StageKind;
  @Field(() => Int, { nullable: true, description: '0–100; WON is always 100 and LOST 0' }) @IsOptional() @IsInt() @Min(0) @Max(100) probability?: number | null;
  @Field(() => ForecastCategory, { nullable: true, description: 'For open stages; PIPELINE when absent' }) @IsOptional() @IsEnum(ForecastCategory) forecastCategory?: ForecastCategory | null;
}

@InputType()
export class SavePipelineInput {
  @Field(() => ID, { nullable: true, description: 'Absent to create' }) @IsOptional() @IsUUID('all', { message: 'must be a pipeline id' }) id?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when editing' }) @IsOptional() @IsInt() @Min(1) expectedVersion?: number | null;
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isDefault?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() archived?: boolean | null;
  @Field(() => [StageInput], { description: 'All stages in order: open ones, then one WON and at least one LOST' })
  @ValidateNested({ each: true }) @Type(() => StageInput) @ArrayMinSize(3) @ArrayMaxSize(30) stages: StageInput[];
}

@InputType()
export class LossReasonInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a loss reason id' }) id?: string | null;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() archived?: boolean | null;
}

@ObjectType()
export class PipelinePayload {
  @Field(() => Pipeline) pipeline: Pipeline;
}

@ObjectType()
export class LossReasonPayload {
  @Field(() => LossReason) lossReason: LossReason;
}
