/** Record types that have a customer portrait. */
export const ENTITY_TYPES = ['contact', 'account'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return (ENTITY_TYPES as readonly unknown[]).includes(value);
}

export const CUSTOM_FIELD_TYPES = [
  'TEXT',
  'NUMBER',
  'MONEY',
  'DATE',
  'BOOLEAN',
  'SELECT',
  'MULTI_SELECT',
  'URL',
  'EMAIL',
  'PHONE',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomFieldOption {
  /** Stable key stored in records. */
  key: string;
  label: string;
  /** Archived options stay readable on old records but cannot be chosen. */
  archived: boolean;
}

export interface CustomField {
  id: string;
  entityType: string;
  /** Stable key used in the API and criteria (custom.<key>). */
  key: string;
  label: string;
  type: CustomFieldType;
  required: boolean;
  options: CustomFieldOption[];
  helpText: string | null;
  section: string | null;
  position: number;
  /** ISO 4217 currency of a MONEY field. */
  currency: string | null;
  archivedAt: string | null;
  version: number;
}

/** A record's value of one custom field: exactly one slot is set, by the field's type. */
export interface CustomFieldValue {
  key: string;
  /** TEXT, URL, EMAIL, PHONE (E.164) and SELECT (option key). */
  text: string | null;
  /** NUMBER, and MONEY in minor units. */
  number: number | null;
  /** YYYY-MM-DD */
  date: string | null;
  boolean: boolean | null;
  /** MULTI_SELECT option keys. */
  options: string[] | null;
}

/** null clears the value. */
export interface CustomValueInput {
  key: string;
  value: string | number | boolean | string[] | null;
}

export interface CustomFieldsData {
  customFields: CustomField[];
}

export interface CustomFieldsVariables {
  entityType: string;
}

export interface CustomFieldOptionInput {
  key: string;
  label: string;
  archived: boolean;
}

/** What the portrait editor sets; type, key and entity type are fixed once created. */
export interface CustomFieldChanges {
  label: string;
  required: boolean;
  helpText: string | null;
  section: string | null;
  currency?: string | null;
  options?: CustomFieldOptionInput[];
}

export interface CreateCustomFieldVariables {
  input: CustomFieldChanges & { entityType: string; key: string; type: CustomFieldType };
}

export interface UpdateCustomFieldVariables {
  input: Partial<CustomFieldChanges> & { id: string; expectedVersion: number; position?: number };
}

export interface ArchiveCustomFieldVariables {
  input: { id: string; expectedVersion: number; archived: boolean };
}

export interface CreateCustomFieldData {
  createCustomField: { field: CustomField };
}

export interface UpdateCustomFieldData {
  updateCustomField: { field: CustomField };
}

export interface ArchiveCustomFieldData {
  archiveCustomField: { field: CustomField };
}
