import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { PageInfo } from '../graphql/connection';
import { JsonValue, LocalDate } from '../graphql/scalars';
import { CRITERIA_OPS, OPS_BY_TYPE } from './criteria';
import { CustomField, CustomFieldType } from './custom-field.entity';
import { CustomValues } from './custom-field.rules';
import { CriteriaField, FieldOption } from './record-types';
import { Segment } from './segment.entity';

export const CRITERIA_DESCRIPTION = `Criteria tree (JSON). A node is one of:
{"and": [node, …]}, {"or": [node, …]}, {"not": node},
{"field": "<key from criteriaFields>", "op": "<one of the field's ops>", "value": …},
{"relation": "<key from criteriaFields.relations>", "op": "ANY"|"NONE", "where": node}.
Ops: ${CRITERIA_OPS.join(', ')}. BETWEEN takes [from, to]; IN, NOT_IN, CONTAINS_ANY, CONTAINS_ALL take lists;
MONEY values are minor units; DATE values YYYY-MM-DD.`;

/** A custom value as sent by clients: null clears it. */
@InputType()
export class CustomValueInput {
  @Field({ description: 'CustomField.key' }) @IsString() @Length(1, 40) key: string;
  @Field(() => JsonValue, { nullable: true, description: 'Text, number, minor units (MONEY), YYYY-MM-DD, boolean, option key or list of option keys' })
  @IsOptional() value?: unknown;
}

/** A custom value with its definition, typed for clients: exactly one value slot is set. */
@ObjectType()
export class CustomFieldValue {
  @Field() key: string;
  @Field(() => CustomField) field: CustomField;
  @Field(() => String, { nullable: true, description: 'TEXT, URL, EMAIL, PHONE (E.164) and SELECT (option key)' }) text: string | null;
  @Field(() => Number, { nullable: true, description: 'NUMBER, and MONEY in minor units of field.currency' }) number: number | null;
  @Field(() => LocalDate, { nullable: true }) date: string | null;
  @Field(() => Boolean, { nullable: true }) boolean: boolean | null;
  @Field(() => [String], { nullable: true, description: 'MULTI_SELECT option keys' }) options: string[] | null;
}

/** The typed values of a record, in form order; archived fields come last and say so in field.archivedAt. */
export function customFieldValues(fields: CustomField[], values: CustomValues | null | undefined): CustomFieldValue[] {
  const sorted = [...fields].sort((a, b) => Number(Boolean(a.archivedAt)) - Number(Boolean(b.archivedAt)));
  return sorted
    .filter((f) => values?.[f.key] !== undefined)
    .map((f) => {
      const v = values![f.key];
      const t = f.type;
      return {
        key: f.key,
        field: f,
        text: [CustomFieldType.TEXT, CustomFieldType.URL, CustomFieldType.EMAIL, CustomFieldType.PHONE, CustomFieldType.SELECT].includes(t) ? String(v) : null,
        number: t === CustomFieldType.NUMBER || t === CustomFieldType.MONEY ? Number(v) : null,
        date: t === CustomFieldType.DATE ? String(v) : null,
        boolean: t === CustomFieldType.BOOLEAN ? Boolean(v) : null,
        options: t === CustomFieldType.MULTI_SELECT ? (v as string[]) : null,
      };
    });
}

@InputType()
export class CustomFieldOptionInput {
  @Field() @IsString() @Length(1, 40) key: string;
  @Field() @IsString() @Length(1, 200) label: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() archived?: boolean | null;
}

@InputType()
export class CreateCustomFieldInput {
  @Field({ description: 'contact, account, …' }) @IsString() @Length(1, 40) entityType: string;
  @Field() @IsString() @Length(1, 40) key: string;
  @Field() @IsString() @Length(1, 200) label: string;
  @Field(() => CustomFieldType) @IsEnum(CustomFieldType) type: CustomFieldType;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() required?: boolean | null;
  @Field(() => [CustomFieldOptionInput], { nullable: true })
  @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CustomFieldOptionInput) options?: CustomFieldOptionInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) helpText?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) section?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO currency code such as RUB' }) currency?: string | null;
}

@InputType()
export class UpdateCustomFieldInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a custom field id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) label?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() required?: boolean | null;
  @Field(() => [CustomFieldOptionInput], { nullable: true, description: 'The full list; options left out are archived, not deleted' })
  @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CustomFieldOptionInput) options?: CustomFieldOptionInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) helpText?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) section?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO currency code such as RUB' }) currency?: string | null;
}

@InputType()
export class ArchiveCustomFieldInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a custom field id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field({ defaultValue: true, description: 'false restores an archived field' }) @IsBoolean() archived: boolean;
}

@ObjectType()
export class CustomFieldPayload {
  @Field(() => CustomField) field: CustomField;
}

@ObjectType('CriteriaFieldOption')
export class CriteriaFieldOptionType implements FieldOption {
  @Field() key: string;
  @Field() label: string;
}

@ObjectType()
export class CriteriaFieldInfo {
  @Field() key: string;
  @Field() label: string;
  @Field(() => CustomFieldType, { nullable: true, description: 'null for ID fields' }) type: string | null;
  @Field(() => [String]) ops: string[];
  @Field(() => [CriteriaFieldOptionType]) options: FieldOption[];
  @Field({ description: 'Defined by an admin (custom.<key>)' }) custom: boolean;
  @Field(() => String, { nullable: true, description: 'MONEY: ISO currency of the minor units' }) currency: string | null;
  @Field(() => String, { nullable: true, description: 'ID fields: what the id points at (user, territory, account)' }) refersTo: string | null;
}

export function criteriaFieldInfo(f: CriteriaField): CriteriaFieldInfo {
  return {
    key: f.key, label: f.label, type: f.type === 'ID' ? null : f.type, ops: [...OPS_BY_TYPE[f.type]], options: f.options ?? [], custom: Boolean(f.customKey),
    currency: f.currency ?? null, refersTo: f.refersTo ?? null,
  };
}

@ObjectType()
export class CriteriaRelationInfo {
  @Field() key: string;
  @Field() label: string;
  @Field({ description: 'Record type the nested criteria apply to' }) target: string;
}

@ObjectType()
export class CriteriaCatalogInfo {
  @Field() entityType: string;
  @Field(() => [CriteriaFieldInfo]) fields: CriteriaFieldInfo[];
  @Field(() => [CriteriaRelationInfo]) relations: CriteriaRelationInfo[];
}

@InputType()
export class CreateSegmentInput {
  @Field() @IsString() @Length(1, 40) entityType: string;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field(() => JsonValue, { description: CRITERIA_DESCRIPTION }) @IsObject({ message: 'must be a criteria object' }) criteria: Record<string, unknown>;
}

@InputType()
export class UpdateSegmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a segment id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field(() => JsonValue, { nullable: true, description: CRITERIA_DESCRIPTION }) @IsOptional() @IsObject({ message: 'must be a criteria object' }) criteria?: Record<string, unknown> | null;
}

@InputType()
export class DeleteSegmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a segment id' }) id: string;
}

@ObjectType()
export class SegmentPayload {
  @Field(() => Segment) segment: Segment;
}

@ObjectType()
export class DeleteSegmentPayload {
  @Field(() => ID) id: string;
}

@ObjectType()
export class SegmentChangeNode {
  @Field(() => ID) id: string;
  @Field({ description: 'contact, account, …' }) entityType: string;
  @Field(() => ID, { description: 'The contact or account that entered or left' }) entityId: string;
  @Field() entered: boolean;
  @Field(() => GraphQLISODateTime) at: Date;
}

@ObjectType()
class SegmentChangeEdge {
  @Field() cursor: string;
  @Field(() => SegmentChangeNode) node: SegmentChangeNode;
}

@ObjectType()
export class SegmentChangeConnection {
  @Field(() => [SegmentChangeEdge]) edges: SegmentChangeEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
