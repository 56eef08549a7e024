import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, ConflictError, CustomFieldService, CustomFieldType, ValidationError } from '@crm/core';
import { ContactImport, FORMULA_REASON, headerKey, ImportDuplicatePolicy, ImportOutcome, ImportTargets, isFormula } from '@crm/contact';
import { EntityManager } from 'typeorm';
import { Account, AccountKind } from '../account/account.entity';
import { CreateAccountInput } from '../account/account.inputs';
import { AccountService } from '../account/account.service';
import { checkInn, checkRegistrationNumber } from '../requisites/requisites.rules';

export const ACCOUNT_IMPORT_FIELDS = [
  'name', 'legalName', 'inn', 'kpp', 'ogrn', 'vatId', 'kinds', 'industry', 'region', 'city', 'street', 'postalCode', 'country', 'phone', 'email',
  'website', 'employees', 'tags', 'description', 'externalId',
] as const;
type AccountImportField = (typeof ACCOUNT_IMPORT_FIELDS)[number];

// Headers written by 1C, Excel users, amoCRM/Bitrix24 exports and English CRMs; compared by headerKey.
const HEADER_NAMES: Record<AccountImportField, string[]> = {
  name: ['Name', 'Company', 'Company Name', 'Account', 'Account Name', 'Organization', 'Наименование', 'Название', 'Название компании', 'Организация', 'Компания', 'Контрагент'],
  legalName: ['Legal Name', 'Full Name', 'Полное наименование', 'Юридическое название', 'Наименование полное'],
  inn: ['INN', 'TIN', 'Tax ID', 'ИНН'],
  kpp: ['KPP', 'КПП'],
  ogrn: ['OGRN', 'OGRNIP', 'ОГРН', 'ОГРНИП'],
  vatId: ['VAT', 'VAT ID', 'VAT Number', 'USt-IdNr'],
  kinds: ['Type', 'Account Type', 'Kind', 'Тип', 'Тип контрагента', 'Вид', 'Тип компании'],
  industry: ['Industry', 'Отрасль', 'Сфера деятельности', 'Вид деятельности'],
  region: ['Region', 'State', 'Регион', 'Область', 'Субъект'],
  city: ['City', 'Город'],
  street: ['Address', 'Street', 'Billing Street', 'Адрес', 'Юридический адрес', 'Фактический адрес', 'Улица'],
  postalCode: ['Postal Code', 'ZIP', 'Zip Code', 'Индекс', 'Почтовый индекс'],
  country: ['Country', 'Страна'],
  phone: ['Phone', 'Telephone', 'Phone Number', 'Телефон', 'Рабочий телефон', 'Тел.'],
  email: ['E-mail', 'Email', 'E-mail Address', 'Эл. почта', 'Электронная почта', 'Почта'],
  website: ['Website', 'Web', 'Site', 'URL', 'Сайт', 'Веб-сайт'],
  employees: ['Employees', 'Number of Employees', 'Headcount', 'Сотрудников', 'Численность', 'Количество сотрудников'],
  tags: ['Tags', 'Labels', 'Теги', 'Метки'],
  description: ['Description', 'Notes', 'Comment', 'Описание', 'Комментарий', 'Примечание'],
  externalId: ['ID', 'External ID', 'Код', 'Внешний ID', 'Идентификатор', 'Код 1С'],
};
const FIELD_BY_HEADER_KEY = new Map(ACCOUNT_IMPORT_FIELDS.flatMap((field) => HEADER_NAMES[field].map((name) => [headerKey(name), field] as const)));

// "Клиент; Поставщик", "customer, partner": words people use for the kinds.
const KIND_WORDS: Record<string, AccountKind> = {
  клиент: AccountKind.CUSTOMER, покупатель: AccountKind.CUSTOMER, customer: AccountKind.CUSTOMER, client: AccountKind.CUSTOMER,
  потенциальный: AccountKind.PROSPECT, 'потенциальный клиент': AccountKind.PROSPECT, лид: AccountKind.PROSPECT, prospect: AccountKind.PROSPECT,
  партнёр: AccountKind.PARTNER, партнер: AccountKind.PARTNER, partner: AccountKind.PARTNER, дилер: AccountKind.DEALER, dealer: AccountKind.DEALER,
  дистрибьютор: AccountKind.DISTRIBUTOR, дистрибутор: AccountKind.DISTRIBUTOR, distributor: AccountKind.DISTRIBUTOR,
  поставщик: AccountKind.SUPPLIER, supplier: AccountKind.SUPPLIER, vendor: AccountKind.SUPPLIER, конкурент: AccountKind.COMPETITOR, competitor: AccountKind.COMPETITOR,
  другое: AccountKind.OTHER, other: AccountKind.OTHER,
};

const FORMULA_CHECKED: AccountImportField[] = ['name', 'legalName', 'industry', 'region', 'city', 'street', 'description', 'externalId'];

type Cells = Partial<Record<AccountImportField, string>> & { custom: Record<string, string> };

export function suggestAccountField(header: string, customFields: { key: string; label: string }[]): string | null {
  const builtIn = FIELD_BY_HEADER_KEY.get(headerKey(header)) ?? FIELD_BY_HEADER_KEY.get(headerKey(header.replace(/\([^)]*\)/g, ' ')));
  if (builtIn) return builtIn;
  const custom = customFields.find((f) => [f.label, f.key, `custom.${f.key}`].some((name) => headerKey(name) === headerKey(header)));
  return custom ? `custom.${custom.key}` : null;
}

/**
 * Accounts as an import target: rows are validated like createAccount (requisite checksums
 * included); duplicates are matched by external id, INN (with KPP when given: branches share the
 * INN), OGRN, e-mail and phone among the accounts the importer may see.
 */
@Injectable()
export class AccountImportTarget implements OnModuleInit {
  constructor(private readonly targets: ImportTargets, private readonly accounts: AccountService, private readonly customFields: CustomFieldService) {}

  onModuleInit() {
    this.targets.register({
      entityType: 'account',
      permission: 'account.import',
      fields: ACCOUNT_IMPORT_FIELDS,
      identifying: { fields: ['name', 'legalName'], message: 'map the name column' },
      suggestField: suggestAccountField,
      importBatch: (actor, m, records, row) => this.importBatch(actor, m, records, row),
    });
  }

  private async importBatch(actor: Actor, m: EntityManager, records: { line: number; values: string[] }[], row: ContactImport): Promise<ImportOutcome[]> {
    const textFields = new Set((await this.customFields.list('account', false, m)).filter((f) => f.type === CustomFieldType.TEXT).map((f) => f.key));
    const outcomes: ImportOutcome[] = [];
    for (const record of records) {
      const cells: Cells = { custom: {} };
      for (const { column, field } of row.mapping ?? []) {
        const cell = record.values[column]?.trim();
        if (!cell) continue;
        if (field.startsWith('custom.')) cells.custom[field.slice(7)] ??= cell;
        else cells[field as AccountImportField] ??= cell;
      }
      outcomes.push(await this.importRow(actor, m, row, cells, textFields));
    }
    return outcomes;
  }

  private async importRow(actor: Actor, m: EntityManager, row: ContactImport, cells: Cells, textFields: Set<string>): Promise<ImportOutcome> {
    const { input, problems } = toInput(cells, textFields);
    if (problems.length) return { kind: 'rejected', problems };
    try {
      const duplicate = await this.findDuplicate(actor, m, input, cells.externalId);
      if (duplicate && row.onDuplicate === ImportDuplicatePolicy.SKIP) {
        return { kind: 'skipped', problems: [{ field: duplicate.by, reason: `duplicate of ${duplicate.account.code} (same ${duplicate.by})` }] };
      }
      if (duplicate) {
        const { externalIds: _ignored, ...fields } = input;
        const filled = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)));
        await this.accounts.update(actor, { ...filled, id: duplicate.account.id, expectedVersion: duplicate.account.version }, m, { fromText: true });
        return { kind: 'updated' };
      }
      await this.accounts.create(actor, input, m, { fromText: true });
      return { kind: 'created' };
    } catch (e) {
      // Validation happens before any write, so a refused row leaves nothing behind.
      if (e instanceof ValidationError) return { kind: 'rejected', problems: e.fields.map((f) => ({ field: f.field, reason: f.message })) };
      if (e instanceof ConflictError) return { kind: 'rejected', problems: [{ field: String(e.details.field ?? 'row'), reason: e.message }] };
      throw e;
    }
  }

  /** A visible account that is this row: same external id, INN (and KPP), OGRN, e-mail or phone. Earlier rows of the file count too. */
  private async findDuplicate(actor: Actor, m: EntityManager, input: CreateAccountInput, externalId?: string): Promise<{ account: Account; by: string } | null> {
    const inn = input.inn ? checkInn(input.inn) : null;
    const ogrn = input.ogrn ? checkRegistrationNumber(input.ogrn) : null;
    const tests: [string, string, Record<string, unknown>][] = [];
    if (externalId) tests.push(['externalId', `EXISTS (SELECT 1 FROM account.external_id x WHERE x.account_id = a.id AND x.system = 'import' AND x.external_id = :externalId)`, { externalId }]);
    if (inn?.ok) tests.push(['inn', input.kpp ? 'a.inn = :inn AND a.kpp = :kpp' : 'a.inn = :inn', { inn: inn.value, kpp: input.kpp?.toUpperCase() }]);
    if (ogrn?.ok) tests.push(['ogrn', 'a.ogrn = :ogrn', { ogrn: ogrn.value }]);
    const email = input.emails?.[0]?.address.trim().toLowerCase();
    if (email) tests.push(['email', 'a.email_addresses @> ARRAY[:email]::text[]', { email }]);
    const phone = input.phones?.[0] ? this.accounts.normalisePhone(input.phones[0].number) : null;
    if (phone) tests.push(['phone', 'a.phone_numbers @> ARRAY[:phone]::text[]', { phone }]);
    for (const [by, sql, params] of tests) {
      const account = await this.accounts.visibleQuery(actor, m).andWhere(sql, params).orderBy('a.created_at').getOne();
      if (account) return { account, by };
    }
    return null;
  }
}

/** The row as an API input; values are checked by the same rules as createAccount, so only shape problems are found here. */
function toInput(cells: Cells, textFields: Set<string>): { input: CreateAccountInput; problems: { field: string; reason: string }[] } {
  const problems: { field: string; reason: string }[] = [];
  for (const field of FORMULA_CHECKED) if (cells[field] && isFormula(cells[field]!)) problems.push({ field, reason: FORMULA_REASON });
  for (const [key, value] of Object.entries(cells.custom)) if (textFields.has(key) && isFormula(value)) problems.push({ field: `customFields.${key}`, reason: FORMULA_REASON });
  const kinds = (cells.kinds ?? '').split(/[;,/]/).map((w) => w.trim().toLowerCase()).filter(Boolean);
  const unknownKind = kinds.find((w) => !KIND_WORDS[w] && !(w.toUpperCase() in AccountKind));
  if (unknownKind) problems.push({ field: 'kinds', reason: `"${unknownKind}" is not a kind (customer, prospect, partner, dealer, distributor, supplier, competitor, other)` });
  const employees = cells.employees ? Number(cells.employees.replace(/\s/g, '')) : undefined;
  if (employees !== undefined && !Number.isInteger(employees)) problems.push({ field: 'employees', reason: 'must be a whole number' });
  const address = cells.city || cells.street || cells.postalCode || cells.country || cells.region;
  const input: CreateAccountInput = {
    name: cells.name ?? cells.legalName, legalName: cells.legalName, inn: restoreLeadingZero(cells.inn, [10, 12], checkInn), kpp: restoreLeadingZero(cells.kpp, [9]), ogrn: cells.ogrn, vatId: cells.vatId,
    kinds: [...new Set(kinds.map((w) => KIND_WORDS[w] ?? (w.toUpperCase() as AccountKind)))], industry: cells.industry, region: cells.region,
    employees, website: cells.website, description: cells.description,
    tags: (cells.tags ?? '').split(/[,;]/).map((t) => t.trim()).filter(Boolean),
    phones: cells.phone ? [{ number: cells.phone }] : undefined,
    emails: cells.email ? [{ address: cells.email }] : undefined,
    addresses: address ? [{ city: cells.city, street: cells.street, postalCode: cells.postalCode, country: cells.country, region: cells.region }] : undefined,
    externalIds: cells.externalId ? [{ system: 'import', externalId: cells.externalId }] : undefined,
    customFields: Object.entries(cells.custom).map(([key, value]) => ({ key, value })),
  };
  if (cells.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cells.email)) problems.push({ field: 'emails.0.address', reason: 'is not a valid e-mail address' });
  return { input, problems };
}

/**
 * Spreadsheets store INNs and KPPs as numbers and drop a leading zero (regions 01–09: "0108003670"
 * becomes 108003670). A value one digit short gets it back when the result is valid.
 */
function restoreLeadingZero(value: string | undefined, lengths: number[], check?: (text: string) => { ok: boolean }): string | undefined {
  const digits = value?.replace(/[\s-]/g, '');
  if (!digits || !/^\d+$/.test(digits) || !lengths.includes(digits.length + 1)) return value;
  const padded = `0${digits}`;
  return !check || check(padded).ok ? padded : value;
}
