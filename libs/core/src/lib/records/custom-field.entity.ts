import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';

export enum CustomFieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  MONEY = 'MONEY',
  DATE = 'DATE',
  BOOLEAN = 'BOOLEAN',
  SELECT = 'SELECT',
  MULTI_SELECT = 'MULTI_SELECT',
  URL = 'URL',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
}
registerEnumType(CustomFieldType, { name: 'CustomFieldType' });

@ObjectType()
export class CustomFieldOption {
  @Field({ description: 'Stable key stored in records, e.g. "fishing"' }) key: string;
  @Field() label: string;
  @Field({ description: 'Archived options stay readable on old records but cannot be chosen' }) archived: boolean;
}

/**
 * One field of the customer portrait (ACC-7), defined by an admin for a record type. Values live
 * in the record's `custom` JSONB under `key`; the key and type never change, so stored values
 * stay valid. Removing a field archives it: values are kept and come back if it is restored.
 */
@ObjectType()
@Entity({ schema: 'core', name: 'custom_field' })
@Unique('custom_field_entity_key_key', ['entityType', 'key'])
export class CustomField {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'Record type: contact, account, …' }) @Column({ type: 'text' }) entityType: string;
  @Field({ description: 'Stable key used in the API, imports and criteria (custom.<key>)' }) @Column({ type: 'text' }) key: string;
  @Field() @Column({ type: 'text' }) label: string;
  @Field(() => CustomFieldType) @Column({ type: 'text' }) type: CustomFieldType;
  @Field() @Column({ type: 'boolean', default: false }) required: boolean;
  @Field(() => [CustomFieldOption]) @Column({ type: 'jsonb', default: () => `'[]'` }) options: CustomFieldOption[];
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) helpText: string | null;
  @Field(() => String, { nullable: true, description: 'Form section the field appears in' }) @Column({ type: 'text', nullable: true }) section: string | null;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) position: number;
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of a MONEY field' }) @Column({ type: 'text', nullable: true }) currency: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}
