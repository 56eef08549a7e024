import type { FieldPath } from '../../ui/form-errors';
import { isBlankRow, NEW_EMAIL_ROW, NEW_PHONE_ROW } from '../contact';
import type { AddressRow, EmailRow, FieldAccess, PhoneRow } from '../contact';
import { isCustomFieldInput, toCustomFormValues } from '../custom-fields';
import type { CustomField, CustomFormValues } from '../custom-fields';
import type { AccountDetails, AccountFieldsInput, AccountKind, CompanySize } from './graphql/types';

export interface BankAccountRow {
  bik?: string;
  bankName?: string;
  settlementAccount?: string;
  correspondentAccount?: string;
}

export interface CompetitorRow {
  competitorId?: string | null;
  product?: string;
  note?: string;
}

export interface AccountFormValues {
  name?: string;
  legalName?: string;
  kinds: AccountKind[];
  parentId?: string | null;
  industry?: string;
  region?: string;
  size?: CompanySize | null;
  employees?: number | null;
  website?: string;
  phones: PhoneRow[];
  emails: EmailRow[];
  addresses: AddressRow[];
  inn?: string;
  kpp?: string;
  ogrn?: string;
  vatId?: string;
  bankAccounts: BankAccountRow[];
  competitorPurchases: CompetitorRow[];
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
  bankAccounts: ['bik', 'bankName', 'settlementAccount', 'correspondentAccount'],
  competitorPurchases: ['competitorId', 'product', 'note'],
} as const;
type RepeatedFieldName = keyof typeof REPEATED_FIELDS;

const SINGLE_FIELDS = new Set<string>([
  'name',
  'legalName',
  'kinds',
  'parentId',
  'industry',
  'region',
  'size',
  'employees',
  'website',
  'inn',
  'kpp',
  'ogrn',
  'vatId',
  'description',
  'tags',
  'ownerId',
  'territoryId',
]);

/** A new account starts with one phone and one e-mail row; rows left blank are dropped on save. */
export const NEW_ACCOUNT_VALUES: AccountFormValues = {
  kinds: ['CUSTOMER'],
  phones: [NEW_PHONE_ROW],
  emails: [NEW_EMAIL_ROW],
  addresses: [],
  bankAccounts: [],
  competitorPurchases: [],
  tags: [],
  customFields: {},
};

/** `customFields` are the definitions (archived ones too) the account's values belong to. */
export function toFormValues(account: AccountDetails, customFields: CustomField[]): AccountFormValues {
  const text = (value: string | null) => value ?? undefined;
  return {
    name: account.name,
    legalName: text(account.legalName),
    kinds: account.kinds,
    parentId: account.parent?.id ?? null,
    industry: text(account.industry),
    region: text(account.region),
    size: account.size,
    employees: account.employees,
    website: text(account.website),
    phones: account.phones.map((phone) => ({ number: phone.number, kind: phone.kind, extension: text(phone.extension) })),
    emails: account.emails.map((email) => ({ address: email.address, kind: email.kind })),
    addresses: account.addresses.map((address) => ({
      kind: address.kind,
      country: text(address.country),
      region: text(address.region),
      city: text(address.city),
      street: text(address.street),
      postalCode: text(address.postalCode),
    })),
    inn: text(account.inn),
    kpp: text(account.kpp),
    ogrn: text(account.ogrn),
    vatId: text(account.vatId),
    bankAccounts: account.bankAccounts.map((bank) => ({
      bik: bank.bik,
      bankName: text(bank.bankName),
      settlementAccount: bank.settlementAccount,
      correspondentAccount: text(bank.correspondentAccount),
    })),
    competitorPurchases: account.competitorPurchases.map((purchase) => ({
      competitorId: purchase.competitorId,
      product: purchase.product,
      note: text(purchase.note),
    })),
    description: text(account.description),
    tags: account.tags,
    ownerId: account.owner.id,
    territoryId: account.territory?.id ?? null,
    customFields: toCustomFormValues(customFields, account.customFields),
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
export function toAccountInput(values: AccountFormValues): AccountFieldsInput {
  return {
    name: text(values.name),
    legalName: text(values.legalName),
    kinds: values.kinds,
    parentId: values.parentId ?? null,
    industry: text(values.industry),
    region: text(values.region),
    size: values.size ?? null,
    employees: values.employees ?? null,
    website: text(values.website),
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
    inn: text(values.inn),
    kpp: text(values.kpp),
    ogrn: text(values.ogrn),
    vatId: text(values.vatId),
    bankAccounts: values.bankAccounts.map((bank) => ({
      bik: bank.bik?.trim() ?? '',
      bankName: text(bank.bankName),
      settlementAccount: bank.settlementAccount?.trim() ?? '',
      correspondentAccount: text(bank.correspondentAccount),
    })),
    competitorPurchases: values.competitorPurchases.map((purchase) => ({
      competitorId: purchase.competitorId ?? null,
      product: purchase.product?.trim() ?? '',
      note: text(purchase.note),
    })),
    description: text(values.description),
    tags: values.tags,
    ownerId: values.ownerId ?? null,
    territoryId: values.territoryId ?? null,
  };
}

/** Rows the user added but left empty are not worth an error; they are removed before saving. */
export function withoutBlankRows(values: AccountFormValues): AccountFormValues {
  return {
    ...values,
    phones: values.phones.filter((row) => !isBlankRow(row)),
    emails: values.emails.filter((row) => !isBlankRow(row)),
    addresses: values.addresses.filter((row) => !isBlankRow(row)),
    bankAccounts: values.bankAccounts.filter((row) => !isBlankRow(row)),
    competitorPurchases: values.competitorPurchases.filter((row) => !isBlankRow(row)),
  };
}

/** Whether the account form has an input for a server error path like `bankAccounts.0.bik`. */
export function hasAccountFormInput(values: AccountFormValues, activeCustomFields: CustomField[], path: FieldPath): boolean {
  if (isCustomFieldInput(activeCustomFields, path)) return true;
  const [field, index, subField] = path;
  if (path.length === 1) return typeof field === 'string' && SINGLE_FIELDS.has(field);
  if (path.length !== 3 || typeof index !== 'number' || !(field in REPEATED_FIELDS)) return false;
  const name = field as RepeatedFieldName;
  return index < values[name].length && (REPEATED_FIELDS[name] as readonly (string | number)[]).includes(subField);
}

/** hiddenFields / readOnlyFields use the input field names ("ownerId", "description", "metrics"…). */
export function accountFieldAccess(account: Pick<AccountDetails, 'hiddenFields' | 'readOnlyFields'>) {
  return (field: string): FieldAccess => {
    if (account.hiddenFields.includes(field)) return 'hidden';
    return account.readOnlyFields.includes(field) ? 'readOnly' : 'editable';
  };
}
