import type { ApolloCache } from '@apollo/client';
import type { CustomField } from '../custom-fields';
import type { CsvEncoding } from './graphql/types';

/** Contact fields a CSV column can be mapped to (ImportFieldMapping.field). */
export const CONTACT_IMPORT_FIELDS = [
  'firstName',
  'middleName',
  'lastName',
  'fullName',
  'phone',
  'mobilePhone',
  'workPhone',
  'homePhone',
  'email',
  'workEmail',
  'personalEmail',
  'birthday',
  'position',
  'company',
  'description',
  'tags',
  'language',
  'externalId',
] as const;

/** Select value for a column that is not imported. */
export const SKIP_COLUMN = 'skip';
/** An ImportFieldMapping.field (a built-in field or custom.<key>), or SKIP_COLUMN. */
export type ColumnTarget = string;

export interface ImportFieldOption {
  value: string;
  label: string;
}

/**
 * One kind of CSV import run by the shared wizard: contacts, accounts or account metrics. The
 * server treats them alike (startContactImport, contactImport polling, the rejected-rows report).
 */
export interface ImportTarget {
  /** ContactImport.entityType of the imports it starts. */
  entityType: string;
  /** The REST endpoint the CSV is posted to (multipart "file"). */
  uploadUrl: string;
  title: string;
  /** What the file should hold, if more than column names need saying. */
  hint?: string;
  /** The fields a column can be imported into, custom ones included. */
  fields: ImportFieldOption[];
  /** "When a … already exists"; left out where rows never collide (a metric month is corrected). */
  duplicatesLabel?: string;
  /** Where the user goes when the import has finished. */
  done: { path: string; label: string };
  /** Drops the cached data a completed import changes; must be a stable function. */
  evict: (cache: ApolloCache) => void;
}

/** Custom fields as targets: custom.<key>, named by their labels. */
export function customFieldOptions(fields: CustomField[]): ImportFieldOption[] {
  return fields.map((field) => ({ value: `custom.${field.key}`, label: field.label }));
}

/** Encoding names are the same in every language. */
export const ENCODING_LABELS: Record<CsvEncoding, string> = {
  UTF8: 'UTF-8',
  WINDOWS_1251: 'Windows-1251',
  UTF16LE: 'UTF-16 LE',
  UTF16BE: 'UTF-16 BE',
};

export const DELIMITERS = [
  { value: ',', labelKey: 'contact.import.delimiter.comma' },
  { value: ';', labelKey: 'contact.import.delimiter.semicolon' },
  { value: '\t', labelKey: 'contact.import.delimiter.tab' },
  { value: '|', labelKey: 'contact.import.delimiter.pipe' },
] as const;
