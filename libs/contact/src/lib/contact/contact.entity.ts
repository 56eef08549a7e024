import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export enum PhoneKind { MOBILE = 'MOBILE', WORK = 'WORK', HOME = 'HOME', FAX = 'FAX', OTHER = 'OTHER' }
export enum EmailKind { WORK = 'WORK', PERSONAL = 'PERSONAL', OTHER = 'OTHER' }
export enum AddressKind { WORK = 'WORK', HOME = 'HOME', POSTAL = 'POSTAL', OTHER = 'OTHER' }
export enum PreferredChannel { EMAIL = 'EMAIL', PHONE = 'PHONE', SMS = 'SMS', MESSENGER = 'MESSENGER', MAIL = 'MAIL', NONE = 'NONE' }
registerEnumType(PhoneKind, { name: 'PhoneKind' });
registerEnumType(EmailKind, { name: 'EmailKind' });
registerEnumType(AddressKind, { name: 'AddressKind' });
registerEnumType(PreferredChannel, { name: 'PreferredChannel' });

@ObjectType()
export class ContactPhone {
  @Field({ description: 'E.164, e.g. +79161234567' }) number: string;
  @Field(() => PhoneKind) kind: PhoneKind;
  @Field(() => String, { nullable: true }) extension: string | null;
}

@ObjectType()
export class ContactEmail {
  @Field() address: string;
  @Field(() => EmailKind) kind: EmailKind;
}

@ObjectType()
export class ContactAddress {
  @Field(() => AddressKind) kind: AddressKind;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
}

@ObjectType()
export class KeyDate {
  @Field() label: string;
  @Field(() => LocalDate) date: string;
}

@ObjectType()
export class SocialProfile {
  @Field() network: string;
  @Field() url: string;
}

/** A person the company deals with (CON-1). Only ContactService writes this table. */
@ObjectType()
@Entity({ schema: 'contact', name: 'contact' })
@Index('contact_sort_name_idx', ['sortName', 'id'])
@Index('contact_owner_sort_idx', ['ownerId', 'sortName', 'id'])
@Index('contact_territory_sort_idx', ['territoryId', 'sortName', 'id'])
@Index('contact_created_at_idx', ['createdAt', 'id'])
@Index('contact_updated_at_idx', ['updatedAt', 'id'])
// GIN, trigram, expression and partial indexes live in the migration; TypeORM only knows their names.
@Index('contact_phone_numbers_idx', { synchronize: false })
@Index('contact_email_addresses_idx', { synchronize: false })
@Index('contact_tags_idx', { synchronize: false })
@Index('contact_search_trgm_idx', { synchronize: false })
@Index('contact_birthday_md_idx', { synchronize: false })
@Index('contact_key_dates_idx', { synchronize: false })
@Index('contact_preferred_channel_idx', { synchronize: false })
@Index('contact_language_idx', { synchronize: false })
@Index('contact_custom_idx', { synchronize: false })
@Index('contact_completeness_idx', { synchronize: false })
@Index('contact_sort_name_trgm_idx', { synchronize: false })
export class Contact {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'Universal customer code (CON-2), e.g. C-0001234-5' }) @Column({ type: 'text', unique: true }) code: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) firstName: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) middleName: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) lastName: string | null;
  @Field() @Column({ type: 'text' }) fullName: string;
  /** Lower-case "last first middle": the name sort key. */
  @Column({ type: 'text' }) sortName: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) position: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) company: string | null;
  @Field(() => [ContactPhone]) @Column({ type: 'jsonb', default: () => `'[]'` }) phones: ContactPhone[];
  /** E.164 numbers of `phones`, GIN-indexed for the screen pop (CON-7). */
  @Column({ type: 'text', array: true, default: () => `'{}'` }) phoneNumbers: string[];
  @Field(() => [ContactEmail]) @Column({ type: 'jsonb', default: () => `'[]'` }) emails: ContactEmail[];
  /** Lower-case addresses of `emails`, GIN-indexed for duplicate checks. */
  @Column({ type: 'text', array: true, default: () => `'{}'` }) emailAddresses: string[];
  @Field(() => [ContactAddress]) @Column({ type: 'jsonb', default: () => `'[]'` }) addresses: ContactAddress[];
  @Field(() => LocalDate, { nullable: true }) @Column({ type: 'date', nullable: true }) birthday: string | null;
  @Field(() => [KeyDate]) @Column({ type: 'jsonb', default: () => `'[]'` }) keyDates: KeyDate[];
  @Field(() => [SocialProfile]) @Column({ type: 'jsonb', default: () => `'[]'` }) socialProfiles: SocialProfile[];
  @Field(() => PreferredChannel, { nullable: true }) @Column({ type: 'text', nullable: true }) preferredChannel: PreferredChannel | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1, e.g. ru, en' }) @Column({ type: 'text', nullable: true }) language: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => [String]) @Column({ type: 'text', array: true, default: () => `'{}'` }) tags: string[];
  @Index('contact_owner_id_idx') @Column({ type: 'uuid' }) ownerId: string;
  @Column({ type: 'uuid', nullable: true }) territoryId: string | null;
  /** The partner account this contact is shared with (partners see only these). */
  @Index('contact_partner_account_id_idx') @Column({ type: 'uuid', nullable: true }) partnerAccountId: string | null;
  /** Custom field values by key (ACC-7), validated against core.custom_field; read through customFields. */
  @Column({ type: 'jsonb', default: () => `'{}'` }) custom: Record<string, unknown>;
  @Field(() => Int, { description: 'How much of the customer portrait is filled, 0–100' })
  @Column({ type: 'smallint', default: 0 }) completeness: number;
  /** Lower-case names, e-mails, phone digits and code: what global search matches (pg_trgm). */
  @Column({ type: 'text' }) searchText: string;
  /** Millisecond precision, so keyset cursors round-trip exactly through JavaScript dates. */
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int, { description: 'Send it back as expectedVersion when editing' }) @VersionColumn() version: number;
}

/** System + id in another system (ERP, accounting, web shop) mapped to the contact (CON-2). */
@ObjectType('ExternalId')
@Entity({ schema: 'contact', name: 'external_id' })
export class ContactExternalId {
  @Field() @Column({ type: 'text', primary: true }) system: string;
  @Field() @Column({ type: 'text', primary: true }) externalId: string;
  @Index('external_id_contact_id_idx') @Column({ type: 'uuid' }) contactId: string;
}

/** The personal-data fields whose reads are audited (the timeline, notes and files carry such data too). */
export const CONTACT_PERSONAL_FIELDS = [
  'firstName', 'middleName', 'lastName', 'fullName', 'phones', 'emails', 'addresses', 'birthday', 'keyDates', 'socialProfiles', 'description',
  'timeline', 'notes', 'attachments',
] as const;

/** Fields recorded in the event log when they change. */
export const CONTACT_TRACKED_FIELDS = [
  'firstName', 'middleName', 'lastName', 'position', 'company', 'phones', 'emails', 'addresses', 'birthday', 'keyDates',
  'socialProfiles', 'preferredChannel', 'language', 'description', 'tags', 'ownerId', 'territoryId', 'partnerAccountId',
] as const;
// Custom values are tracked too, as "custom.<key>".
