import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { FieldPath } from '../../ui/form-errors';
import { isCustomFieldInput, toCustomFormValues } from '../custom-fields';
import type { CustomField, CustomFormValues } from '../custom-fields';
import type {
  AddressKind,
  ContactDetails,
  ContactFieldsInput,
  EmailKind,
  PhoneKind,
  PreferredChannel,
} from './graphql/types';

/** Date scalar format used by the API. */
const API_DATE_FORMAT = 'YYYY-MM-DD';

export interface PhoneRow {
  number?: string;
  kind: PhoneKind;
  extension?: string;
}

export interface EmailRow {
  address?: string;
  kind: EmailKind;
}

export interface AddressRow {
  kind: AddressKind;
  country?: string;
  region?: string;
  city?: string;
  street?: string;
  postalCode?: string;
}

export interface KeyDateRow {
  label?: string;
  date?: Dayjs | null;
}

export interface SocialProfileRow {
  network?: string;
  url?: string;
}

export interface ContactFormValues {
  firstName?: string;
  middleName?: string;
  lastName?: string;
  position?: string;
  company?: string;
  phones: PhoneRow[];
  emails: EmailRow[];
  addresses: AddressRow[];
  birthday?: Dayjs | null;
  keyDates: KeyDateRow[];
  socialProfiles: SocialProfileRow[];
  preferredChannel?: PreferredChannel | null;
  language?: string | null;
  description?: string;
  tags: string[];
  ownerId?: string;
  territoryId?: string | null;
  customFields: CustomFormValues;
}

/** Form.List fields and the inputs each of their rows has (matches the API input paths). */
const REPEATED_FIELDS = {
  phones: ['number', 'kind', 'extension'],
  emails: ['address', 'kind'],
  addresses: ['kind', 'country', 'region', 'city', 'street', 'postalCode'],
  keyDates: ['label', 'date'],
  socialProfiles: ['network', 'url'],
} as const;
export type RepeatedFieldName = keyof typeof REPEATED_FIELDS;

const SINGLE_FIELDS = new Set<string>([
  'firstName',
  'middleName',
  'lastName',
  'position',
  'company',
  'birthday',
  'preferredChannel',
  'language',
  'description',
  'tags',
  'ownerId',
  'territoryId',
]);

export const NEW_PHONE_ROW: PhoneRow = { kind: 'MOBILE' };
export const NEW_EMAIL_ROW: EmailRow = { kind: 'WORK' };
export const NEW_ADDRESS_ROW: AddressRow = { kind: 'WORK' };

/** A new contact starts with one phone and one e-mail row; rows left blank are dropped on save. */
export const NEW_CONTACT_VALUES: ContactFormValues = {
  phones: [NEW_PHONE_ROW],
  emails: [NEW_EMAIL_ROW],
  addresses: [],
  keyDates: [],
  socialProfiles: [],
  tags: [],
  customFields: {},
};

/** `customFields` are the definitions (archived ones too) the contact's values belong to. */
export function toFormValues(contact: ContactDetails, customFields: CustomField[]): ContactFormValues {
  const text = (value: string | null) => value ?? undefined;
  return {
    firstName: text(contact.firstName),
    middleName: text(contact.middleName),
    lastName: text(contact.lastName),
    position: text(contact.position),
    company: text(contact.company),
    phones: contact.phones.map((phone) => ({
      number: phone.number,
      kind: phone.kind,
      extension: text(phone.extension),
    })),
    emails: contact.emails.map((email) => ({ address: email.address, kind: email.kind })),
    addresses: contact.addresses.map((address) => ({
      kind: address.kind,
      country: text(address.country),
      region: text(address.region),
      city: text(address.city),
      street: text(address.street),
      postalCode: text(address.postalCode),
    })),
    birthday: contact.birthday ? dayjs(contact.birthday) : null,
    keyDates: contact.keyDates.map((keyDate) => ({ label: keyDate.label, date: dayjs(keyDate.date) })),
    socialProfiles: contact.socialProfiles.map((profile) => ({ network: profile.network, url: profile.url })),
    preferredChannel: contact.preferredChannel,
    language: contact.language,
    description: text(contact.description),
    tags: contact.tags,
    ownerId: contact.owner.id,
    territoryId: contact.territory?.id ?? null,
    customFields: toCustomFormValues(customFields, contact.customFields),
  };
}

function text(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Every editable built-in field as the API expects it; empty inputs become null ("cleared").
 * Custom values are converted separately (see custom-fields), since only changed ones are sent.
 */
export function toContactInput(values: ContactFormValues): ContactFieldsInput {
  return {
    firstName: text(values.firstName),
    middleName: text(values.middleName),
    lastName: text(values.lastName),
    position: text(values.position),
    company: text(values.company),
    phones: values.phones.map((phone) => ({
      number: phone.number?.trim() ?? '',
      kind: phone.kind,
      extension: text(phone.extension),
    })),
    emails: values.emails.map((email) => ({ address: email.address?.trim() ?? '', kind: email.kind })),
    addresses: values.addresses.map((address) => ({
      kind: address.kind,
      country: text(address.country),
      region: text(address.region),
      city: text(address.city),
      street: text(address.street),
      postalCode: text(address.postalCode),
    })),
    birthday: values.birthday ? values.birthday.format(API_DATE_FORMAT) : null,
    keyDates: values.keyDates.map((keyDate) => ({
      label: keyDate.label?.trim() ?? '',
      date: keyDate.date?.format(API_DATE_FORMAT) ?? '',
    })),
    socialProfiles: values.socialProfiles.map((profile) => ({
      network: profile.network?.trim() ?? '',
      url: profile.url?.trim() ?? '',
    })),
    preferredChannel: values.preferredChannel ?? null,
    language: text(values.language),
    description: text(values.description),
    tags: values.tags,
    ownerId: values.ownerId ?? null,
    territoryId: values.territoryId ?? null,
  };
}

/** For creating: unset fields are left out so the server applies its defaults (e.g. owner). */
export function withoutEmptyFields<TInput extends object>(input: TInput): Partial<TInput> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<TInput>;
}

/**
 * For updating: only fields that differ from what was loaded, so that fields the viewer cannot
 * see or edit are never sent ("omitted = unchanged").
 */
export function changedFields<TInput extends object>(
  loaded: TInput,
  edited: TInput,
  lockedFields: ReadonlySet<string>,
): Partial<TInput> {
  return Object.fromEntries(
    Object.entries(edited).filter(
      ([field, value]) =>
        !lockedFields.has(field) && JSON.stringify(value) !== JSON.stringify(loaded[field as keyof TInput]),
    ),
  ) as Partial<TInput>;
}

export function isBlankRow(row: object | undefined): boolean {
  if (!row) return true;
  return Object.entries(row).every(
    ([key, value]) => key === 'kind' || value === undefined || value === null || String(value).trim() === '',
  );
}

/** Rows the user added but left empty are not worth an error; they are removed before saving. */
export function withoutBlankRows(values: ContactFormValues): ContactFormValues {
  return {
    ...values,
    phones: values.phones.filter((row) => !isBlankRow(row)),
    emails: values.emails.filter((row) => !isBlankRow(row)),
    addresses: values.addresses.filter((row) => !isBlankRow(row)),
    keyDates: values.keyDates.filter((row) => !isBlankRow(row)),
    socialProfiles: values.socialProfiles.filter((row) => !isBlankRow(row)),
  };
}

/** Whether the contact form has an input for a server error path like `phones.0.number`. */
export function hasContactFormInput(values: ContactFormValues, activeCustomFields: CustomField[], path: FieldPath): boolean {
  if (isCustomFieldInput(activeCustomFields, path)) return true;
  const [field, index, subField] = path;
  if (path.length === 1) return typeof field === 'string' && SINGLE_FIELDS.has(field);
  if (path.length !== 3 || typeof index !== 'number' || !(field in REPEATED_FIELDS)) return false;
  const name = field as RepeatedFieldName;
  return index < values[name].length && (REPEATED_FIELDS[name] as readonly (string | number)[]).includes(subField);
}

export type FieldAccess = 'editable' | 'readOnly' | 'hidden';

/**
 * hiddenFields / readOnlyFields use the input field names ("ownerId", "territoryId", "tags",
 * "birthday", ...). The card shows some of them under the Contact field name (owner, territory).
 */
const INPUT_FIELD_BY_CONTACT_FIELD: Record<string, string> = { owner: 'ownerId', territory: 'territoryId' };

/** Whether `field` (an input name, or the Contact field shown for it) is in hiddenFields / readOnlyFields. */
export function listsField(fields: readonly string[], field: string): boolean {
  return fields.includes(field) || fields.includes(INPUT_FIELD_BY_CONTACT_FIELD[field] ?? field);
}

export function contactFieldAccess(
  contact: Pick<ContactDetails, 'hiddenFields' | 'readOnlyFields'>,
): (inputField: string) => FieldAccess {
  return (inputField) => {
    if (listsField(contact.hiddenFields, inputField)) return 'hidden';
    return listsField(contact.readOnlyFields, inputField) ? 'readOnly' : 'editable';
  };
}

export const ALL_FIELDS_EDITABLE = (): FieldAccess => 'editable';
