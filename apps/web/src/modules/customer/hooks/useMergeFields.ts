import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/format';
import { usePhoneFormatter } from '../../../ui/usePhoneFormatter';
import { useAccountFieldLabel } from '../../account';
import type { AccountDetails } from '../../account';
import { useContactFieldLabel } from '../../contact';
import type { ContactAddress, ContactDetails, ContactEmail, ContactPhone } from '../../contact';
import { rawValuesByKey, useCustomValueText } from '../../custom-fields';
import type { CustomField, CustomFieldValue } from '../../custom-fields';
import type { MergeField } from '../merge-model';

// The fields the server merges (libs/contact and libs/account merge.service.ts), in card order.

function valueField<TRecord, TValue>(
  field: string,
  label: string,
  read: (record: TRecord) => TValue | null,
  show: (value: TValue) => string,
): MergeField<TRecord> {
  return {
    field,
    label,
    list: false,
    value: read,
    lines: (record) => {
      const value = read(record);
      return value === null || value === '' ? [] : [show(value)];
    },
  };
}

function listField<TRecord, TItem>(
  field: string,
  label: string,
  read: (record: TRecord) => TItem[],
  show: (item: TItem) => string,
): MergeField<TRecord> {
  return { field, label, list: true, value: read, lines: (record) => read(record).map(show) };
}

const same = (value: string) => value;

/** Texts of the values contacts and accounts share: phones, e-mails, addresses, custom fields. */
function useSharedTexts() {
  const { t } = useTranslation();
  const formatPhone = usePhoneFormatter();
  const customValueText = useCustomValueText();
  return {
    phone: (phone: ContactPhone) =>
      phone.extension ? `${formatPhone(phone.number)} ${t('contact.form.extension')} ${phone.extension}` : formatPhone(phone.number),
    email: (email: ContactEmail) => email.address,
    address: (address: ContactAddress) =>
      [address.postalCode, address.country, address.region, address.city, address.street].filter(Boolean).join(', '),
    /** custom.<key> rows, archived fields too (a record may still hold their values). */
    custom: <TRecord extends { customFields: CustomFieldValue[] }>(fields: CustomField[]): MergeField<TRecord>[] =>
      fields.map((definition) =>
        valueField<TRecord, unknown>(
          `custom.${definition.key}`,
          definition.label,
          (record) => rawValuesByKey(record.customFields).get(definition.key) ?? null,
          (value) => customValueText(definition, value),
        ),
      ),
  };
}

export function useContactMergeFields(customFields: CustomField[]): MergeField<ContactDetails>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const label = useContactFieldLabel();
  const texts = useSharedTexts();
  const text = (field: 'lastName' | 'firstName' | 'middleName' | 'company' | 'position' | 'description') =>
    valueField<ContactDetails, string>(field, label(field), (contact) => contact[field], same);

  return [
    text('lastName'),
    text('firstName'),
    text('middleName'),
    text('company'),
    text('position'),
    listField('phones', label('phones'), (contact) => contact.phones, texts.phone),
    listField('emails', label('emails'), (contact) => contact.emails, texts.email),
    listField('addresses', label('addresses'), (contact) => contact.addresses, texts.address),
    valueField('birthday', label('birthday'), (contact) => contact.birthday, format.date),
    listField('keyDates', label('keyDates'), (contact) => contact.keyDates, (keyDate) => `${keyDate.label}: ${format.date(keyDate.date)}`),
    listField('socialProfiles', label('socialProfiles'), (contact) => contact.socialProfiles, (profile) => `${profile.network}: ${profile.url}`),
    valueField('preferredChannel', label('preferredChannel'), (contact) => contact.preferredChannel, (channel) => t(`contact.channel.${channel}`)),
    valueField('language', label('language'), (contact) => contact.language, format.languageName),
    listField('tags', label('tags'), (contact) => contact.tags, same),
    valueField('ownerId', label('ownerId'), (contact) => contact.owner, (owner) => owner.name),
    valueField('territoryId', label('territoryId'), (contact) => contact.territory, (territory) => territory.name),
    text('description'),
    ...texts.custom<ContactDetails>(customFields),
  ];
}

type AccountTextField = 'name' | 'legalName' | 'industry' | 'region' | 'website' | 'inn' | 'kpp' | 'ogrn' | 'vatId' | 'description';

export function useAccountMergeFields(customFields: CustomField[]): MergeField<AccountDetails>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const label = useAccountFieldLabel();
  const texts = useSharedTexts();
  const text = (field: AccountTextField) => valueField<AccountDetails, string>(field, label(field), (account) => account[field], same);

  return [
    text('name'),
    text('legalName'),
    listField('kinds', label('kinds'), (account) => account.kinds, (kind) => t(`account.kind.${kind}`)),
    valueField('parentId', label('parentId'), (account) => account.parent, (parent) => `${parent.name} · ${parent.code}`),
    text('industry'),
    text('region'),
    valueField('size', label('size'), (account) => account.size, (size) => t(`account.size.${size}`)),
    valueField('employees', label('employees'), (account) => account.employees, format.number),
    text('website'),
    listField('phones', label('phones'), (account) => account.phones, texts.phone),
    listField('emails', label('emails'), (account) => account.emails, texts.email),
    listField('addresses', label('addresses'), (account) => account.addresses, texts.address),
    text('inn'),
    text('kpp'),
    text('ogrn'),
    text('vatId'),
    listField('bankAccounts', label('bankAccounts'), (account) => account.bankAccounts, (bank) =>
      t('account.bank.line', { bik: bank.bik, account: bank.settlementAccount }),
    ),
    listField('competitorPurchases', label('competitorPurchases'), (account) => account.competitorPurchases, (purchase) =>
      purchase.note ? `${purchase.product} — ${purchase.note}` : purchase.product,
    ),
    listField('tags', label('tags'), (account) => account.tags, same),
    valueField('ownerId', label('ownerId'), (account) => account.owner, (owner) => owner.name),
    valueField('territoryId', label('territoryId'), (account) => account.territory, (territory) => territory.name),
    text('description'),
    ...texts.custom<AccountDetails>(customFields),
  ];
}
