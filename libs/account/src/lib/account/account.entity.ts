import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContactAddress, ContactEmail, ContactPhone } from '@crm/contact';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** What the organisation is to us (ACC-1); an account may be several at once. */
export enum AccountKind {
  CUSTOMER = 'CUSTOMER',
  PROSPECT = 'PROSPECT',
  PARTNER = 'PARTNER',
  DEALER = 'DEALER',
  DISTRIBUTOR = 'DISTRIBUTOR',
  SUPPLIER = 'SUPPLIER',
  COMPETITOR = 'COMPETITOR',
  OTHER = 'OTHER',
}
registerEnumType(AccountKind, { name: 'AccountKind', description: 'CUSTOMER is an actual client, PROSPECT a potential one' });

/** Head count bands, as Russian statistics count them (микро ≤15, малое ≤100, среднее ≤250). */
export enum CompanySize { MICRO = 'MICRO', SMALL = 'SMALL', MEDIUM = 'MEDIUM', LARGE = 'LARGE', ENTERPRISE = 'ENTERPRISE' }
registerEnumType(CompanySize, { name: 'CompanySize', description: 'MICRO ≤15 staff, SMALL ≤100, MEDIUM ≤250, LARGE ≤1000, ENTERPRISE more' });

@ObjectType()
export class BankAccount {
  @Field({ description: 'Russian BIC (БИК), 9 digits' }) bik: string;
  @Field(() => String, { nullable: true }) bankName: string | null;
  @Field({ description: 'Settlement account (расчётный счёт), 20 digits, control key checked with the BIK' }) settlementAccount: string;
  @Field(() => String, { nullable: true, description: 'Correspondent account (корр. счёт)' }) correspondentAccount: string | null;
}

@ObjectType()
export class CompetitorPurchase {
  @Field(() => ID, { nullable: true, description: 'The competitor, an account of kind COMPETITOR' }) competitorId: string | null;
  @Field({ description: 'What they buy there' }) product: string;
  @Field(() => String, { nullable: true }) note: string | null;
}

/** An organisation the company deals with (ACC-1..ACC-4). Only AccountService writes this table. */
@ObjectType()
@Entity({ schema: 'account', name: 'account' })
@Index('account_sort_name_idx', ['sortName', 'id'])
@Index('account_owner_sort_idx', ['ownerId', 'sortName', 'id'])
@Index('account_territory_sort_idx', ['territoryId', 'sortName', 'id'])
@Index('account_created_at_idx', ['createdAt', 'id'])
@Index('account_updated_at_idx', ['updatedAt', 'id'])
@Index('account_completeness_idx', ['completeness', 'id'])
// GIN, trigram, partial and expression indexes live in the migration; TypeORM only knows their names.
@Index('account_kinds_idx', { synchronize: false })
@Index('account_tags_idx', { synchronize: false })
@Index('account_phone_numbers_idx', { synchronize: false })
@Index('account_email_addresses_idx', { synchronize: false })
@Index('account_search_trgm_idx', { synchronize: false })
@Index('account_sort_name_trgm_idx', { synchronize: false })
@Index('account_custom_idx', { synchronize: false })
@Index('account_inn_idx', { synchronize: false })
@Index('account_ogrn_idx', { synchronize: false })
@Index('account_industry_idx', { synchronize: false })
@Index('account_region_idx', { synchronize: false })
@Index('account_competitor_purchases_idx', { synchronize: false })
export class Account {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'Universal customer code (CON-2), shared with contacts, e.g. C-0001234-5' }) @Column({ type: 'text', unique: true }) code: string;
  @Field({ description: 'Name used day to day, e.g. "Сбербанк"' }) @Column({ type: 'text' }) name: string;
  @Field(() => String, { nullable: true, description: 'Full legal name, e.g. ПАО «Сбербанк России»' }) @Column({ type: 'text', nullable: true }) legalName: string | null;
  /** Lower-case name: the sort key. */
  @Column({ type: 'text' }) sortName: string;
  @Field(() => [AccountKind]) @Column({ type: 'text', array: true, default: () => `'{}'` }) kinds: AccountKind[];
  @Index('account_parent_id_idx') @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) industry: string | null;
  @Field(() => String, { nullable: true, description: 'Region (субъект РФ or country region)' }) @Column({ type: 'text', nullable: true }) region: string | null;
  @Field(() => CompanySize, { nullable: true }) @Column({ type: 'text', nullable: true }) size: CompanySize | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'integer', nullable: true }) employees: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) website: string | null;
  @Field(() => [ContactPhone]) @Column({ type: 'jsonb', default: () => `'[]'` }) phones: ContactPhone[];
  @Column({ type: 'text', array: true, default: () => `'{}'` }) phoneNumbers: string[];
  @Field(() => [ContactEmail]) @Column({ type: 'jsonb', default: () => `'[]'` }) emails: ContactEmail[];
  @Column({ type: 'text', array: true, default: () => `'{}'` }) emailAddresses: string[];
  @Field(() => [ContactAddress]) @Column({ type: 'jsonb', default: () => `'[]'` }) addresses: ContactAddress[];
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => [String]) @Column({ type: 'text', array: true, default: () => `'{}'` }) tags: string[];
  // Requisites (ACC-2), validated with their checksums.
  @Field(() => String, { nullable: true, description: 'ИНН: 10 digits (organisation) or 12 (individual entrepreneur)' }) @Column({ type: 'text', nullable: true }) inn: string | null;
  @Field(() => String, { nullable: true, description: 'КПП, 9 characters' }) @Column({ type: 'text', nullable: true }) kpp: string | null;
  @Field(() => String, { nullable: true, description: 'ОГРН (13 digits) or ОГРНИП (15)' }) @Column({ type: 'text', nullable: true }) ogrn: string | null;
  @Field(() => String, { nullable: true, description: 'EU/UK/CH/NO VAT number, e.g. DE136695976' }) @Column({ type: 'text', nullable: true }) vatId: string | null;
  @Field(() => [BankAccount]) @Column({ type: 'jsonb', default: () => `'[]'` }) bankAccounts: BankAccount[];
  @Field(() => [CompetitorPurchase], { description: 'What they buy from competitors (ACC-4)' })
  @Column({ type: 'jsonb', default: () => `'[]'` }) competitorPurchases: CompetitorPurchase[];
  @Index('account_owner_id_idx') @Column({ type: 'uuid' }) ownerId: string;
  @Column({ type: 'uuid', nullable: true }) territoryId: string | null;
  /** The partner account this account is shared with (partners see only these). */
  @Index('account_partner_account_id_idx') @Column({ type: 'uuid', nullable: true }) partnerAccountId: string | null;
  /** Custom field values by key (ACC-7); read through customFields. */
  @Column({ type: 'jsonb', default: () => `'{}'` }) custom: Record<string, unknown>;
  @Field(() => Int, { description: 'How much of the customer portrait is filled, 0–100' }) @Column({ type: 'smallint', default: 0 }) completeness: number;
  @Column({ type: 'text' }) searchText: string;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int, { description: 'Send it back as expectedVersion when editing' }) @VersionColumn() version: number;
}

@ObjectType('AccountExternalId')
@Entity({ schema: 'account', name: 'external_id' })
export class AccountExternalId {
  @Field() @Column({ type: 'text', primary: true }) system: string;
  @Field() @Column({ type: 'text', primary: true }) externalId: string;
  @Index('external_id_account_id_idx') @Column({ type: 'uuid' }) accountId: string;
}

/** Fields recorded in the event log when they change. */
export const ACCOUNT_TRACKED_FIELDS = [
  'name', 'legalName', 'kinds', 'parentId', 'industry', 'region', 'size', 'employees', 'website', 'phones', 'emails', 'addresses', 'description', 'tags',
  'inn', 'kpp', 'ogrn', 'vatId', 'bankAccounts', 'competitorPurchases', 'ownerId', 'territoryId',
] as const;
