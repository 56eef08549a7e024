import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { AccountMetric, AccountMetricValue } from './metric.entity';

@InputType()
export class MetricValueInput {
  @Field(() => AccountMetric) @IsEnum(AccountMetric) metric: AccountMetric;
  @Field({ description: 'Month, YYYY-MM' }) @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written as YYYY-MM' }) month: string;
  @Field(() => Number, { nullable: true, description: 'Minor units (kopecks); null removes the month\'s value' }) @IsOptional() amount?: number | null;
}

@InputType()
export class RecordAccountMetricsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an account id' }) accountId: string;
  @Field(() => [MetricValueInput]) @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => MetricValueInput) values: MetricValueInput[];
  @Field(() => String, { nullable: true, description: 'Must equal the reporting currency when given' }) @IsOptional() @IsString() currency?: string | null;
}

@ObjectType()
export class RecordAccountMetricsPayload {
  @Field(() => [AccountMetricValue]) values: AccountMetricValue[];
}
