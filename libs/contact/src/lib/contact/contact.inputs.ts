import { Field, GraphQLISODateTime, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CustomValueInput, JsonValue, LocalDate } from '@crm/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsEmail, IsEnum, IsInt, IsObject, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { AddressKind, EmailKind, PhoneKind, PreferredChannel } from './contact.entity';

const NAME = 200;
const TEXT = 500;

@InputType()
export class ContactPhoneInput {
  @Field({ description: 'Any format a person types: "8 (916) 123-45-67", "+7 916 1234567 доб. 12"' })
  @IsString() @Length(1, 100) number: string;
  @Field(() => PhoneKind, { defaultValue: PhoneKind.MOBILE }) @IsOptional() @IsEnum(PhoneKind) kind?: PhoneKind;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{1,10}$/, { message: 'must be 1 to 10 digits' }) extension?: string | null;
}

@InputType()
export class ContactEmailInput {
  @Field() @IsEmail({}, { message: 'is not a valid e-mail address' }) @MaxLength(320) address: string;
  @Field(() => EmailKind, { defaultValue: EmailKind.WORK }) @IsOptional() @IsEnum(EmailKind) kind?: EmailKind;
}

@InputType()
export class ContactAddressInput {
  @Field(() => AddressKind, { defaultValue: AddressKind.WORK }) @IsOptional() @IsEnum(AddressKind) kind?: AddressKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) region?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) street?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20) postalCode?: string | null;
}

@InputType()
export class KeyDateInput {
  @Field() @IsString() @Length(1, 100) label: string;
  @Field(() => LocalDate) @IsString() date: string;
}

@InputType()
export class SocialProfileInput {
  @Field() @IsString() @Length(1, 50) network: string;
  @Field() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' }) @MaxLength(TEXT) url: string;
}

@InputType()
export class ExternalIdInput {
  @Field() @IsString() @Length(1, 50) @Matches(/^[\w.-]+$/, { message: 'may contain letters, digits, dot, dash and underscore' }) system: string;
  @Field() @IsString() @Length(1, 200) externalId: string;
}

/** The editable fields, shared by create, update and upsert. */
@InputType({ isAbstract: true })
abstract class ContactFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) firstName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) middleName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) lastName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) position?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) company?: string | null;
  @Field(() => [ContactPhoneInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ContactPhoneInput) phones?: ContactPhoneInput[] | null;
  @Field(() => [ContactEmailInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ContactEmailInput) emails?: ContactEmailInput[] | null;
  @Field(() => [ContactAddressInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => ContactAddressInput) addresses?: ContactAddressInput[] | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() birthday?: string | null;
  @Field(() => [KeyDateInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => KeyDateInput) keyDates?: KeyDateInput[] | null;
  @Field(() => [SocialProfileInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => SocialProfileInput) socialProfiles?: SocialProfileInput[] | null;
  @Field(() => PreferredChannel, { nullable: true }) @IsOptional() @IsEnum(PreferredChannel) preferredChannel?: PreferredChannel | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter ISO 639-1 code such as ru or en' }) language?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) description?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 50, { each: true }) tags?: string[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a user id' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a territory id' }) territoryId?: string | null;
  @Field(() => [CustomValueInput], { nullable: true, description: 'Custom field values; omitted keys stay, value null clears' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CustomValueInput) customFields?: CustomValueInput[] | null;
}

@InputType()
export class CreateContactInput extends ContactFieldsInput {
  @Field(() => [ExternalIdInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ExternalIdInput) externalIds?: ExternalIdInput[] | null;
}

/** Omitted fields stay unchanged; null clears a field. */
@InputType()
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a contact id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class UpsertContactByExternalIdInput {
  @Field() @IsString() @Length(1, 50) @Matches(/^[\w.-]+$/, { message: 'may contain letters, digits, dot, dash and underscore' }) system: string;
  @Field() @IsString() @Length(1, 200) externalId: string;
  @Field(() => CreateContactInput) @ValidateNested() @Type(() => CreateContactInput) contact: CreateContactInput;
}

@InputType()
export class DeleteContactInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a contact id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

export enum ContactOrderField { NAME = 'NAME', CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT', COMPLETENESS = 'COMPLETENESS', CUSTOM = 'CUSTOM' }
export enum OrderDirection { ASC = 'ASC', DESC = 'DESC' }
registerEnumType(ContactOrderField, { name: 'ContactOrderField' });
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType()
export class ContactOrderBy {
  @Field(() => ContactOrderField) @IsEnum(ContactOrderField) field: ContactOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) @IsOptional() @IsEnum(OrderDirection) direction?: OrderDirection;
  @Field(() => String, { nullable: true, description: 'The custom field key when field is CUSTOM' }) @IsOptional() @IsString() @MaxLength(40) customKey?: string | null;
}

/** Every filter here is backed by an index (see the contact migrations). */
@InputType()
export class ContactFilter {
  @Field(() => String, { nullable: true, description: 'Name, e-mail, phone fragment or customer code' })
  @IsOptional() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'must be user ids' }) ownerIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'must be territory ids' }) territoryIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Has any of these tags' }) @IsOptional() @ArrayMaxSize(50) @IsString({ each: true }) tags?: string[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a group id' }) groupId?: string | null;
  @Field(() => PreferredChannel, { nullable: true }) @IsOptional() @IsEnum(PreferredChannel) preferredChannel?: PreferredChannel | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter language code' }) language?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(12) birthdayMonth?: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() createdFrom?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() createdTo?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Portrait at least this complete (0–100)' }) @IsOptional() @IsInt() @Min(0) @Max(100) completenessMin?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) completenessMax?: number | null;
  @Field(() => ID, { nullable: true, description: 'Members of a contact segment (evaluated live)' }) @IsOptional() @IsUUID('all', { message: 'must be a segment id' }) segmentId?: string | null;
  @Field(() => JsonValue, { nullable: true, description: 'Ad-hoc criteria, same grammar as segments (see criteriaCatalog)' })
  @IsOptional() @IsObject({ message: 'must be a criteria object' }) criteria?: Record<string, unknown> | null;
}
