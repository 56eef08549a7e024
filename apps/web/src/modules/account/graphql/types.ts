import type { Connection } from '../../../ui/usePagedConnection';
import type { ContactAddress, ContactEmail, ContactListItem, ContactPhone, TimelineEvent } from '../../contact';
import type { CustomFieldValue, CustomValueInput, RecordOrderBy } from '../../custom-fields';

export const ACCOUNT_KINDS = [
  'CUSTOMER',
  'PROSPECT',
  'PARTNER',
  'DEALER',
  'DISTRIBUTOR',
  'SUPPLIER',
  'COMPETITOR',
  'OTHER',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** MICRO ≤15 staff, SMALL ≤100, MEDIUM ≤250, LARGE ≤1000, ENTERPRISE more. */
export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const CONTRACT_STATUSES = ['DRAFT', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'TERMINATED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** TURNOVER and ORDER_VOLUME add up over months; AVERAGE_BALANCE is a month's average. */
export const ACCOUNT_METRICS = ['TURNOVER', 'ORDER_VOLUME', 'AVERAGE_BALANCE'] as const;
export type AccountMetric = (typeof ACCOUNT_METRICS)[number];

export interface NamedRef {
  id: string;
  name: string;
}

export interface AccountRef {
  id: string;
  code: string;
  name: string;
}

export interface BankAccount {
  /** БИК, 9 digits. */
  bik: string;
  bankName: string | null;
  /** Расчётный счёт, 20 digits. */
  settlementAccount: string;
  /** Корр. счёт. */
  correspondentAccount: string | null;
}

export interface CompetitorPurchase {
  /** The competitor: an account of kind COMPETITOR. */
  competitorId: string | null;
  product: string;
  note: string | null;
}

export interface AccountListItem {
  id: string;
  code: string;
  name: string;
  legalName: string | null;
  kinds: AccountKind[];
  inn: string | null;
  industry: string | null;
  region: string | null;
  completeness: number;
  owner: NamedRef;
  /** Account field names this viewer may not read (their values come back empty). */
  hiddenFields: string[];
  customFields: CustomFieldValue[];
}

export interface AccountDetails extends AccountListItem {
  kpp: string | null;
  ogrn: string | null;
  vatId: string | null;
  bankAccounts: BankAccount[];
  size: CompanySize | null;
  employees: number | null;
  website: string | null;
  phones: ContactPhone[];
  emails: ContactEmail[];
  addresses: ContactAddress[];
  description: string | null;
  tags: string[];
  territory: NamedRef | null;
  parent: AccountRef | null;
  children: AccountRef[];
  competitorPurchases: CompetitorPurchase[];
  /** Account field names this viewer may not change. */
  readOnlyFields: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AccountFilter {
  search?: string;
  kinds?: AccountKind[];
  industry?: string;
  region?: string;
  completenessMin?: number;
  completenessMax?: number;
  segmentId?: string;
}

export type AccountOrderBy = RecordOrderBy;

export interface AccountsVariables {
  first: number;
  after?: string | null;
  filter: AccountFilter;
  orderBy: AccountOrderBy;
}

export interface AccountsData {
  accounts: Connection<AccountListItem> & { totalCount: number };
}

export interface AccountOptionsVariables {
  filter: AccountFilter;
}

export interface AccountOptionsData {
  accounts: { edges: { node: AccountRef }[] };
}

export interface IdVariables {
  id: string;
}

export interface AccountData {
  account: AccountDetails;
}

export interface AccountRefData {
  account: AccountRef;
}

/** Editable account fields, shared by CreateAccountInput and UpdateAccountInput. */
export interface AccountFieldsInput {
  name?: string | null;
  legalName?: string | null;
  kinds?: AccountKind[];
  parentId?: string | null;
  industry?: string | null;
  region?: string | null;
  size?: CompanySize | null;
  employees?: number | null;
  website?: string | null;
  phones?: { number: string; kind: ContactPhone['kind']; extension: string | null }[];
  emails?: ContactEmail[];
  addresses?: ContactAddress[];
  inn?: string | null;
  kpp?: string | null;
  ogrn?: string | null;
  vatId?: string | null;
  bankAccounts?: BankAccount[];
  competitorPurchases?: CompetitorPurchase[];
  description?: string | null;
  tags?: string[];
  ownerId?: string | null;
  territoryId?: string | null;
  customFields?: CustomValueInput[];
}

export interface CreateAccountVariables {
  input: AccountFieldsInput;
}

export interface CreateAccountData {
  createAccount: { account: AccountDetails };
}

export interface UpdateAccountVariables {
  input: AccountFieldsInput & { id: string; expectedVersion: number };
}

export interface UpdateAccountData {
  updateAccount: { account: AccountDetails };
}

export interface DeleteAccountVariables {
  input: { id: string; expectedVersion: number };
}

export interface DeleteAccountData {
  deleteAccount: { id: string };
}

// ---- linked contacts ----

export interface AccountContactLink {
  contactId: string;
  /** Role in the relationship, e.g. decision maker. */
  role: string | null;
  /** Job title in this account. */
  position: string | null;
  isPrimary: boolean;
  /** YYYY-MM-DD */
  since: string | null;
  contact: ContactListItem | null;
}

export interface AccountContactsData {
  account: { id: string; contacts: AccountContactLink[] };
}

/** A link seen from the contact's side. */
export interface ContactAccountLink {
  accountId: string;
  role: string | null;
  position: string | null;
  isPrimary: boolean;
  /** null when the viewer may not see the account. */
  account: AccountRef | null;
}

export interface ContactAccountsData {
  contact: { id: string; accounts: ContactAccountLink[] };
}

export interface LinkContactInput {
  accountId: string;
  contactId: string;
  role: string | null;
  position: string | null;
  isPrimary: boolean;
  since: string | null;
}

export interface LinkContactVariables {
  input: LinkContactInput;
}

export interface LinkContactData {
  linkContactToAccount: { link: { account: { id: string; contacts: AccountContactLink[] } | null } };
}

export interface UnlinkContactVariables {
  input: { accountId: string; contactId: string };
}

export interface UnlinkContactData {
  unlinkContactFromAccount: { accountId: string; contactId: string };
}

export interface ContactSearchVariables {
  query: string;
}

export interface ContactSearchData {
  searchContacts: { id: string; code: string; fullName: string; company: string | null }[];
}

// ---- contracts ----

export interface Contract {
  id: string;
  number: string;
  title: string | null;
  status: ContractStatus;
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** Minor units of `currency`. */
  amount: number | null;
  currency: string | null;
  /** The signed copy, uploaded over REST. */
  file: { fileName: string; size: number; downloadUrl: string } | null;
  version: number;
}

export interface AccountContractsData {
  account: { id: string; contracts: Contract[] };
}

export interface ContractFieldsInput {
  number: string;
  title: string | null;
  status: ContractStatus;
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  amount: number | null;
  currency: string | null;
}

export interface CreateContractVariables {
  input: ContractFieldsInput & { accountId: string };
}

export interface CreateContractData {
  createContract: { contract: Contract };
}

export interface UpdateContractVariables {
  input: ContractFieldsInput & { id: string; expectedVersion: number };
}

export interface UpdateContractData {
  updateContract: { contract: Contract };
}

export interface DeleteContractVariables {
  input: { id: string };
}

export interface DeleteContractData {
  deleteContract: { id: string };
}

// ---- metrics ----

export interface AccountMetricValue {
  id: string;
  metric: AccountMetric;
  /** First day of the month, YYYY-MM-DD. */
  period: string;
  /** Minor units of `currency` (the reporting currency). */
  amount: number;
  currency: string;
}

export interface AccountMetricsData {
  account: { id: string; metrics: AccountMetricValue[] };
}

export interface MetricValueInput {
  metric: AccountMetric;
  /** YYYY-MM */
  month: string;
  /** Minor units; null removes the month's value. */
  amount: number | null;
}

export interface RecordMetricsVariables {
  input: { accountId: string; values: MetricValueInput[] };
}

export interface RecordMetricsData {
  recordAccountMetrics: { values: AccountMetricValue[] };
}

// ---- timeline ----

export type AccountTimelineEvent = TimelineEvent & {
  /** The account, or the linked contact the event is about. */
  subjectId: string | null;
};

export interface AccountTimelineData {
  account: { id: string; timeline: Connection<AccountTimelineEvent> };
}
