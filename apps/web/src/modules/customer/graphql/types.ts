import type { Connection } from '../../../ui/usePagedConnection';
import type { AccountDetails, AccountListItem } from '../../account';
import type { ContactDetails, ContactEmail, ContactListItem, ContactPhone } from '../../contact';

// ---- the review queue ----

/** The records of a pair are the union Customer; __typename tells which. */
export type ContactSummary = ContactListItem & { __typename: 'Contact'; position: string | null };
export type AccountSummary = AccountListItem & {
  __typename: 'Account';
  kpp: string | null;
  ogrn: string | null;
  phones: ContactPhone[];
  emails: ContactEmail[];
};
export type CustomerSummary = ContactSummary | AccountSummary;

export interface DuplicatePair {
  id: string;
  entityType: string;
  aId: string;
  bId: string;
  /** null when the record is gone or hidden since the scan. */
  a: CustomerSummary | null;
  b: CustomerSummary | null;
  /** EMAIL, PHONE, NAME, INN, OGRN */
  reasons: string[];
  /** 0–1 */
  score: number;
  foundAt: string;
}

export interface DuplicatePairsData {
  duplicatePairs: Connection<DuplicatePair>;
}

export interface DuplicatePairsVariables {
  entityType: string;
  first: number;
  after?: string | null;
}

export interface DismissDuplicateVariables {
  input: { entityType: string; aId: string; bId: string };
}

export interface DismissDuplicateData {
  dismissDuplicate: { id: string; status: string };
}

// ---- candidates before saving ----

export interface ContactDuplicateProbe {
  firstName?: string;
  lastName?: string;
  middleName?: string;
  emails?: string[];
  phones?: string[];
}

export interface AccountDuplicateProbe {
  name?: string;
  inn?: string;
  ogrn?: string;
  emails?: string[];
  phones?: string[];
}

interface Candidate {
  reasons: string[];
  score: number;
}

export interface ContactDuplicateCandidatesData {
  contactDuplicateCandidates: (Candidate & { contact: { id: string; code: string; fullName: string; company: string | null } })[];
}

export interface AccountDuplicateCandidatesData {
  accountDuplicateCandidates: (Candidate & { account: { id: string; code: string; name: string; inn: string | null } })[];
}

export interface ProbeVariables<TProbe> {
  probe: TProbe;
}

// ---- merge ----

/** Which record's value survives; BOTH joins list fields. */
export type MergeSource = 'SURVIVOR' | 'LOSER' | 'BOTH';

export interface MergeFieldChoice {
  /** A field name (phones, birthday…) or custom.<key>. */
  field: string;
  from: MergeSource;
}

export interface MergeInput {
  survivorId: string;
  survivorVersion: number;
  loserId: string;
  loserVersion: number;
  fields: MergeFieldChoice[];
}

export interface MergeVariables {
  input: MergeInput;
}

export interface MergeSidesVariables {
  survivorId: string;
  loserId: string;
}

export interface ContactMergeSidesData {
  survivor: ContactDetails;
  loser: ContactDetails;
}

export interface AccountMergeSidesData {
  survivor: AccountDetails;
  loser: AccountDetails;
}

export interface MergeContactsData {
  mergeContacts: { contact: ContactDetails; loserCode: string };
}

export interface MergeAccountsData {
  mergeAccounts: { account: AccountDetails; loserCode: string };
}

export interface ContactSearchData {
  searchContacts: { id: string; code: string; fullName: string; company: string | null }[];
}

export interface SearchVariables {
  query: string;
}

// ---- customer code ----

export interface CustomerByCodeData {
  customerByCode: { __typename: 'Contact' | 'Account'; id: string };
}

export interface CodeVariables {
  code: string;
}
