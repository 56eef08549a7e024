import type { CsvEncoding } from './graphql/types';

/** Contact fields a CSV column can be mapped to (ImportFieldMapping.field). */
export const IMPORT_FIELDS = [
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
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Select value for a column that is not imported. */
export const SKIP_COLUMN = 'skip';
export type ColumnTarget = ImportField | typeof SKIP_COLUMN;

export function isImportField(value: string | null): value is ImportField {
  return (IMPORT_FIELDS as readonly (string | null)[]).includes(value);
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
