import type { CustomFieldValue, CustomValueInput, RecordOrderBy } from '../../custom-fields';

export const PHONE_KINDS = ['MOBILE', 'WORK', 'HOME', 'FAX', 'OTHER'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export const EMAIL_KINDS = ['WORK', 'PERSONAL', 'OTHER'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const ADDRESS_KINDS = ['WORK', 'HOME', 'POSTAL', 'OTHER'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

export const PREFERRED_CHANNELS = ['EMAIL', 'PHONE', 'SMS', 'MESSENGER', 'MAIL', 'NONE'] as const;
export type PreferredChannel = (typeof PREFERRED_CHANNELS)[number];

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
}

export interface NamedRef {
  id: string;
  name: string;
}

/** E.164 number as stored by the server. */
export interface ContactPhone {
  number: string;
  kind: PhoneKind;
  extension: string | null;
}

export interface ContactEmail {
  address: string;
  kind: EmailKind;
}

export interface ContactAddress {
  kind: AddressKind;
  country: string | null;
  region: string | null;
  city: string | null;
  street: string | null;
  postalCode: string | null;
}

export interface KeyDate {
  label: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface SocialProfile {
  network: string;
  url: string;
}

export interface ExternalId {
  system: string;
  externalId: string;
}

export interface ContactListItem {
  id: string;
  code: string;
  fullName: string;
  company: string | null;
  tags: string[];
  phones: ContactPhone[];
  emails: ContactEmail[];
  owner: NamedRef;
  /** Contact field names this viewer may not read (their values come back empty). */
  hiddenFields: string[];
  customFields: CustomFieldValue[];
}

export interface ContactDetails extends ContactListItem {
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  position: string | null;
  addresses: ContactAddress[];
  birthday: string | null;
  keyDates: KeyDate[];
  socialProfiles: SocialProfile[];
  preferredChannel: PreferredChannel | null;
  language: string | null;
  description: string | null;
  territory: NamedRef | null;
  externalIds: ExternalId[];
  groups: { id: string; name: string; kind: ContactGroupKind }[];
  /** Contact field names this viewer may not change. */
  readOnlyFields: string[];
  /** How much of the customer portrait is filled, 0–100. */
  completeness: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ContactFilter {
  search?: string;
  ownerIds?: string[];
  tags?: string[];
  groupId?: string;
  preferredChannel?: PreferredChannel;
  birthdayMonth?: number;
  /** Members of a contact segment. */
  segmentId?: string;
}

export type ContactOrderBy = RecordOrderBy;

export interface ContactsVariables {
  first: number;
  after?: string | null;
  filter: ContactFilter;
  orderBy: ContactOrderBy;
}

export interface ContactsData {
  contacts: Connection<ContactListItem>;
}

export interface ContactCountData {
  contactCount: number;
}

export interface ContactCountVariables {
  filter: ContactFilter;
}

export interface ContactData {
  contact: ContactDetails | null;
}

export interface IdVariables {
  id: string;
}

/** Editable contact fields, shared by CreateContactInput and UpdateContactInput. */
export interface ContactFieldsInput {
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
  position?: string | null;
  company?: string | null;
  phones?: { number: string; kind: PhoneKind; extension: string | null }[];
  emails?: { address: string; kind: EmailKind }[];
  addresses?: ContactAddress[];
  birthday?: string | null;
  keyDates?: KeyDate[];
  socialProfiles?: SocialProfile[];
  preferredChannel?: PreferredChannel | null;
  language?: string | null;
  description?: string | null;
  tags?: string[];
  ownerId?: string | null;
  territoryId?: string | null;
  customFields?: CustomValueInput[];
}

export interface CreateContactVariables {
  input: ContactFieldsInput;
}

export interface CreateContactData {
  createContact: { contact: ContactDetails };
}

export interface UpdateContactVariables {
  input: ContactFieldsInput & { id: string; expectedVersion: number };
}

export interface UpdateContactData {
  updateContact: { contact: ContactDetails };
}

export interface DeleteContactVariables {
  input: { id: string; expectedVersion: number };
}

export interface DeleteContactData {
  deleteContact: { id: string };
}

// ---- history: timeline, notes, attachments ----

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface TimelineEvent {
  id: string;
  /** e.g. "contact.contact.updated" */
  type: string;
  occurredAt: string;
  /** "System", "API key: ERP sync" or the user's name */
  actorName: string;
  changes: FieldChange[];
  summary: string | null;
}

export interface ContactTimelineData {
  contact: { id: string; timeline: Connection<TimelineEvent> } | null;
}

export interface PageVariables {
  id: string;
  first: number;
  after?: string | null;
}

export interface ContactNote {
  id: string;
  body: string;
  author: NamedRef | null;
  createdAt: string;
}

export interface ContactNotesData {
  contact: { id: string; notes: Connection<ContactNote> } | null;
}

export interface AddContactNoteVariables {
  input: { contactId: string; body: string };
}

export interface AddContactNoteData {
  addContactNote: { note: ContactNote };
}

export interface ContactAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedBy: NamedRef | null;
  createdAt: string;
  downloadUrl: string;
}

export interface ContactAttachmentsData {
  contact: { id: string; attachments: ContactAttachment[] } | null;
}

export interface DeleteContactAttachmentVariables {
  input: { id: string };
}

export interface DeleteContactAttachmentData {
  deleteContactAttachment: { id: string };
}

// ---- groups ----

export type ContactGroupKind = 'STATIC' | 'DYNAMIC';

export interface ContactGroup {
  id: string;
  name: string;
  kind: ContactGroupKind;
  memberCount: number;
}

export interface ContactGroupsData {
  contactGroups: ContactGroup[];
}

export interface CreateContactGroupVariables {
  input: { name: string; kind: ContactGroupKind; criteria?: ContactFilter };
}

export interface CreateContactGroupData {
  createContactGroup: { group: ContactGroup };
}

export interface DeleteContactGroupVariables {
  input: { id: string };
}

export interface DeleteContactGroupData {
  deleteContactGroup: { id: string };
}

export interface AddContactsToGroupVariables {
  input: { groupId: string; contactIds: string[] };
}

export interface AddContactsToGroupData {
  addContactsToGroup: { group: ContactGroup };
}

// ---- import / export ----

export type ImportStatus = 'UPLOADED' | 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';
export type ImportDuplicatePolicy = 'SKIP' | 'UPDATE';
export const CSV_ENCODINGS = ['UTF8', 'WINDOWS_1251', 'UTF16LE', 'UTF16BE'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface ImportColumn {
  index: number;
  header: string;
  sample: string[];
  suggestedField: string | null;
}

/** An import of contacts, accounts or account metrics (the API calls them all ContactImport). */
export interface ContactImport {
  id: string;
  /** contact, account or account_metric */
  entityType: string;
  fileName: string;
  status: ImportStatus;
  encoding: CsvEncoding;
  delimiter: string;
  columns: ImportColumn[];
  totalRows: number | null;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  rejectedCount: number;
  error: string | null;
  /** CSV of rejected rows: line, field, reason, original row */
  rejectedReportUrl: string | null;
}

export interface ContactImportData {
  contactImport: ContactImport | null;
}

export interface StartContactImportVariables {
  input: {
    id: string;
    mapping: { column: number; field: string }[];
    encoding?: CsvEncoding;
    delimiter?: string;
    onDuplicate: ImportDuplicatePolicy;
  };
}

export interface StartContactImportData {
  startContactImport: { import: ContactImport };
}

export type ExportStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';

export interface ContactExport {
  id: string;
  status: ExportStatus;
  totalRows: number | null;
  processedRows: number;
  downloadUrl: string | null;
  error: string | null;
}

export interface ContactExportData {
  contactExport: ContactExport | null;
}

export interface ExportContactsVariables {
  input: { filter: ContactFilter };
}

export interface ExportContactsData {
  exportContacts: { export: ContactExport };
}
