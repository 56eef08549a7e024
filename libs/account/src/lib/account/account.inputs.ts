import { Field, GraphQLISODateTime, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CustomValueInput, JsonValue } from '@crm/core';
import { ContactAddressInput, ContactEmailInput, ContactPhoneInput, ExternalIdInput, OrderDirection } from '@crm/contact';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsEnum, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { AccountKind, CompanySize } from './account.entity';

const NAME = 300;

@InputType()
export class BankAccountInput {
  @Field() @IsString() @MaxLength(20) bik: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) bankName?: string | null;
  @Field() @IsString() @MaxLength(30) settlementAccount: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) correspondentAccount?: string | null;
}

@InputType()
export class CompetitorPurchaseInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an account id' }) competitorId?: string | null;
  @Field() @IsString() @Length(1, 300) product: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
}

/** The editable fields, shared by create, update and upsert. */
@InputType({ isAbstract: true })
export abstract class AccountFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) legalName?: string | null;
  @Field(() => [AccountKind], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(8) @IsEnum(AccountKind, { each: true }) kinds?: AccountKind[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an account id' }) parentId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) industry?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) region?: string | null;
  @Field(() => CompanySize, { nullable: true }) @IsOptional() @IsEnum(CompanySize) size?: CompanySize | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000) employees?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) website?: string | null;
  @Field(() => [ContactPhoneInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ContactPhoneInput) phones?: ContactPhoneInput[] | null;
  @Field(() => [ContactEmailInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ContactEmailInput) emails?: ContactEmailInput[] | null;
  @Field(() => [ContactAddressInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => ContactAddressInput) addresses?: ContactAddressInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) description?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 50, { each: true }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'ИНН; spaces and dashes are ignored' }) @IsOptional() @IsString() @MaxLength(30) inn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) kpp?: string | null;
  @Field(() => String, { nullable: true, description: 'ОГРН or ОГРНИП' }) @IsOptional() @IsString() @MaxLength(30) ogrn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) vatId?: string | null;
  @Field(() => [BankAccountInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => BankAccountInput) bankAccounts?: BankAccountInput[] | null;
  @Field(() => [CompetitorPurchaseInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CompetitorPurchaseInput) competitorPurchases?: CompetitorPurchaseInput[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a user id' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a territory id' }) territoryId?: string | null;
  @Field(() => [CustomValueInput], { nullable: true, description: 'Custom field values; omitted keys stay, value null clears' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CustomValueInput) customFields?: CustomValueInput[] | null;
}

@InputType()
export class CreateAccountInput extends AccountFieldsInput {
  @Field(() => [ExternalIdInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ExternalIdInput) externalIds?: ExternalIdInput[] | null;
}

/** Omitted fields stay unchanged; null clears a field. */
@InputType()
export class UpdateAccountInput extends AccountFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an account id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class UpsertAccountByExternalIdInput {
  @Field() @IsString() @Length(1, 50) @Matches(/^[\w.-]+$/, { message: 'may contain letters, digits, dot, dash and underscore' }) system: string;
  @Field() @IsString() @Length(1, 200) externalId: string;
  @Field(() => CreateAccountInput) @ValidateNested() @Type(() => CreateAccountInput) account: CreateAccountInput;
}

@InputType()
export class DeleteAccountInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an account id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

export enum AccountOrderField { NAME = 'NAME', CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT', COMPLETENESS = 'COMPLETENESS', CUSTOM = 'CUSTOM' }
registerEnumType(AccountOrderField, { name: 'AccountOrderField' });

@InputType()
export class AccountOrderBy {
  @Field(() => AccountOrderField) @IsEnum(AccountOrderField) field: AccountOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) @IsOptional() @IsEnum(OrderDirection) direction?: OrderDirection;
  @Field(() => String, { nullable: true, description: 'The custom field key when field is CUSTOM' }) @IsOptional() @IsString() @MaxLength(40) customKey?: string | null;
}

/** Every filter here is backed by an index (see the account migration). */
@InputType()
export class AccountFilter {
  @Field(() => String, { nullable: true, description: 'Name, INN, OGRN, e-mail, phone fragment or customer code' })
  @IsOptional() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => [AccountKind], { nullable: true, description: 'Has any of these kinds' }) @IsOptional() @ArrayMaxSize(8) @IsEnum(AccountKind, { each: true }) kinds?: AccountKind[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'must be user ids' }) ownerIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'must be territory ids' }) territoryIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Direct children of this account' }) @IsOptional() @IsUUID('all', { message: 'must be an account id' }) parentId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) industry?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) region?: string | null;
  @Field(() => [String], { nullable: true, description: 'Has any of these tags' }) @IsOptional() @ArrayMaxSize(50) @IsString({ each: true }) tags?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) completenessMin?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) completenessMax?: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() createdFrom?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() createdTo?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Members of an account segment (evaluated live)' })
  @IsOptional() @IsUUID('all', { message: 'must be a segment id' }) segmentId?: string | null;
  @Field(() => JsonValue, { nullable: true, description: 'Ad-hoc criteria, same grammar as segments (see criteriaCatalog)' })
  @IsOptional() @IsObject({ message: 'must be a criteria object' }) criteria?: Record<string, unknown> | null;
}
