import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate, PageInfo } from '@crm/core';
import { OrderDirection } from '@crm/contact';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsNumber, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ForecastCategory, StageKind } from '../pipeline/pipeline.entity';
import { Deal } from './deal.entity';

@InputType()
export class DealLineInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a product id' }) productId: string;
  @Field(() => Number, { description: 'More than 0, up to 4 decimals' }) @IsNumber() quantity: number;
  @Field(() => Number, { nullable: true, description: 'Minor units of the deal currency; the price list price when absent' }) @IsOptional() unitPrice?: number | null;
  @Field(() => Number, { nullable: true, description: '0–100, up to 2 decimals' }) @IsOptional() discountPercent?: number | null;
}

@InputType()
export class DealContactInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a contact id' }) contactId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) role?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isPrimary?: boolean | null;
}

@InputType({ isAbstract: true })
abstract class DealFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) title?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an account id' }) accountId?: string | null;
  @Field(() => [DealContactInput], { nullable: true, description: 'Replaces the contact list' })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => DealContactInput) @ArrayMaxSize(50) contacts?: DealContactInput[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a user id' }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) source?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000) description?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217; the reporting currency when absent on create' })
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO currency code such as RUB' }) currency?: string | null;
  @Field(() => Number, { nullable: true, description: 'Minor units; ignored (computed) when the deal has line items' }) @IsOptional() amount?: number | null;
  @Field(() => [DealLineInput], { nullable: true, description: 'Replaces the line items; [] removes them' })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => DealLineInput) @ArrayMaxSize(200) lines?: DealLineInput[] | null;
  @Field(() => ID, { nullable: true, description: 'Where unit prices come from; the first active list in the deal currency when absent' })
  @IsOptional() @IsUUID('all', { message: 'must be a price list id' }) priceListId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Overrides the stage\'s probability; null returns to it' }) @IsOptional() @IsInt() @Min(0) @Max(100) probability?: number | null;
  @Field(() => ForecastCategory, { nullable: true, description: 'Overrides the stage\'s category (open deals: PIPELINE, BEST_CASE, COMMIT, OMITTED); null returns to it' })
  @IsOptional() @IsEnum(ForecastCategory) forecastCategory?: ForecastCategory | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() expectedCloseOn?: string | null;
}

@InputType()
export class CreateDealInput extends DealFieldsInput {
  @Field(() => ID, { nullable: true, description: 'The default pipeline when absent' }) @IsOptional() @IsUUID('all', { message: 'must be a pipeline id' }) pipelineId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The pipeline\'s first stage when absent' }) @IsOptional() @IsUUID('all', { message: 'must be a stage id' }) stageId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required when created in a LOST stage (e.g. importing history)' })
  @IsOptional() @IsUUID('all', { message: 'must be a loss reason id' }) lossReasonId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) lossNote?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'When created won or lost; today when absent' }) @IsOptional() @IsString() closedOn?: string | null;
}

@InputType()
export class UpdateDealInput extends DealFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a deal id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class MoveDealInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a deal id' }) id: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a stage id' }) stageId: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => ID, { nullable: true, description: 'Required to move into a LOST stage' }) @IsOptional() @IsUUID('all', { message: 'must be a loss reason id' }) lossReasonId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) lossNote?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'When won or lost; today when absent' }) @IsOptional() @IsString() closedOn?: string | null;
}

@InputType()
export class ReopenDealInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a deal id' }) id: string;
  @Field(() => ID, { description: 'An open stage of the deal\'s pipeline' }) @IsUUID('all', { message: 'must be a stage id' }) stageId: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class DeleteDealInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a deal id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class DealFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() pipelineId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stageId?: string | null;
  @Field(() => [StageKind], { nullable: true }) @IsOptional() @IsEnum(StageKind, { each: true }) statuses?: StageKind[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) ownerIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Deals owned by members of the team' }) @IsOptional() @IsUUID() teamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() accountId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Deals with a line item of the product' }) @IsOptional() @IsUUID() productId?: string | null;
  @Field(() => String, { nullable: true, description: 'Title fragment or deal number' }) @IsOptional() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Period start: open deals by expected close, closed deals by close date' }) @IsOptional() @IsString() from?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Period end (inclusive)' }) @IsOptional() @IsString() to?: string | null;
}

export enum DealOrderField { UPDATED_AT = 'UPDATED_AT', CREATED_AT = 'CREATED_AT', EXPECTED_CLOSE = 'EXPECTED_CLOSE', AMOUNT = 'AMOUNT' }
registerEnumType(DealOrderField, { name: 'DealOrderField', description: 'AMOUNT sorts by the amount in the reporting currency' });

@InputType()
export class DealOrderBy {
  @Field(() => DealOrderField) @IsEnum(DealOrderField) field: DealOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC }) @IsEnum(OrderDirection) direction: OrderDirection;
}

@ObjectType()
export class DealEdge {
  @Field() cursor: string;
  @Field(() => Deal) node: Deal;
}

@ObjectType()
export class DealConnection {
  @Field(() => [DealEdge]) edges: DealEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount?: number;
}

@ObjectType()
export class DealPayload {
  @Field(() => Deal) deal: Deal;
}

@ObjectType()
export class DeleteDealPayload {
  @Field(() => ID) id: string;
}
