import { INestApplicationContext } from '@nestjs/common';
import { Actor, CustomFieldService, CustomFieldType, DuplicateQueue, SegmentService, SYSTEM_ACTOR, User } from '@crm/core';
import { Contact, PhoneKind } from '@crm/contact';
import {
  Account, AccountKind, AccountMetric, AccountService, checkInn, checkRegistrationNumber, CompanySize, LinkService, MetricService,
} from '@crm/account';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dataFile = (name: string) => join(process.cwd(), 'tools/demo-data', name);

/** Rows of a small, quote-aware CSV (the Northwind export quotes names with commas). */
export function readCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(dataFile(name), 'utf8').trim().split('\n').map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
  return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/** A made-up but checksum-valid requisite: the last digit is whichever one the checker accepts. */
function withCheckDigit(body: string, check: (text: string) => { ok: boolean }): string {
  for (let d = 0; d <= 9; d++) if (check(`${body}${d}`).ok) return `${body}${d}`;
  throw new Error(`no check digit makes ${body} valid`);
}

const RUSSIAN_ACCOUNTS = [
  { name: 'Северный ветер', legal: 'ООО «Северный ветер»', industry: 'Логистика', region: 'Санкт-Петербург', size: CompanySize.SMALL },
  { name: 'Техносфера', legal: 'АО «Техносфера»', industry: 'ИТ', region: 'Москва', size: CompanySize.MEDIUM },
  { name: 'Уралсталь', legal: 'ПАО «Уралсталь»', industry: 'Металлургия', region: 'Свердловская область', size: CompanySize.ENTERPRISE },
  { name: 'Вектор', legal: 'ООО «Вектор»', industry: 'Оптовая торговля', region: 'Москва', size: CompanySize.SMALL },
  { name: 'Банк «Надёжный»', legal: 'АО Банк «Надёжный»', industry: 'Банки', region: 'Москва', size: CompanySize.LARGE },
  { name: 'Волга-Трейд', legal: 'ООО «Волга-Трейд»', industry: 'Розничная торговля', region: 'Республика Татарстан', size: CompanySize.MEDIUM },
  { name: 'Сибирские сети', legal: 'ООО «Сибирские сети»', industry: 'Телеком', region: 'Новосибирская область', size: CompanySize.MEDIUM },
];

/**
 * Demo portrait fields and accounts: Russian companies with checksum-valid requisites, the 91
 * Northwind customers with their monthly order volumes (moved to the last two years), a partner
 * account, and a second record of one company for the duplicates review queue.
 */
export async function seedAccounts(app: INestApplicationContext, users: User[], random: () => number): Promise<{ partner: Account; accounts: Account[]; northwind: Map<string, Account> }> {
  const accountService = app.get(AccountService);
  const metrics = app.get(MetricService);
  const customFields = app.get(CustomFieldService);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const byRole = (role: string) => users.filter((u) => u.role === role);
  const system: Actor = SYSTEM_ACTOR;

  await customFields.create(system, { entityType: 'account', key: 'annual_budget', label: 'Годовой бюджет на закупки', type: CustomFieldType.MONEY, currency: 'RUB', section: 'Профиль' });
  await customFields.create(system, { entityType: 'account', key: 'it_staff', label: 'Сотрудников в ИТ', type: CustomFieldType.NUMBER, section: 'Профиль' });
  await customFields.create(system, {
    entityType: 'contact', key: 'hobby', label: 'Хобби', type: CustomFieldType.MULTI_SELECT, section: 'Портрет',
    options: [{ key: 'fishing', label: 'Рыбалка' }, { key: 'hunting', label: 'Охота' }, { key: 'golf', label: 'Гольф' }, { key: 'theatre', label: 'Театр' }, { key: 'travel', label: 'Путешествия' }],
  });
  const relationship = (await customFields.list('account')).filter((f) => f.options.length);
  const optionsOf = (key: string) => relationship.find((f) => f.key === key)!.options.map((o) => o.key);

  const partner = await accountService.create(system, { name: 'Партнёр-Сервис', legalName: 'ООО «Партнёр-Сервис»', kinds: [AccountKind.PARTNER], region: 'Москва', ownerId: byRole('admin')[0].id });
  const created: Account[] = [partner];
  for (const [i, a] of RUSSIAN_ACCOUNTS.entries()) {
    const inn = withCheckDigit(`77${String(1_000_000 + i * 7331)}`, checkInn);
    created.push(
      await accountService.create(system, {
        name: a.name, legalName: a.legal, industry: a.industry, region: a.region, size: a.size, inn, kpp: `${inn.slice(0, 4)}01001`,
        ogrn: withCheckDigit(`10277${String(1_000_000 + i * 4271)}`, checkRegistrationNumber),
        kinds: [i % 3 === 0 ? AccountKind.PROSPECT : AccountKind.CUSTOMER, ...(i === 3 ? [AccountKind.DISTRIBUTOR] : [])],
        phones: [{ number: `8 (495) 7${String(100 + i * 13).padStart(2, '0')}-00-${String(10 + i).padStart(2, '0')}`, kind: PhoneKind.WORK }],
        emails: [{ address: `info@${['sever', 'technosphere', 'uralsteel', 'vector', 'nadezhny', 'volgatrade', 'sibnet'][i]}.example.ru` }],
        addresses: [{ city: a.region === 'Москва' || a.region === 'Санкт-Петербург' ? a.region : null, region: a.region, country: 'Россия' }],
        ownerId: pick([...byRole('sales_manager'), ...byRole('sales_rep')]).id,
        customFields: [
          { key: 'source', value: pick(optionsOf('source')) },
          { key: 'loyalty_reasons', value: [pick(optionsOf('loyalty_reasons')), pick(optionsOf('loyalty_reasons'))] },
          { key: 'annual_budget', value: Math.round(random() * 50_000) * 1_000_00 },
        ],
      }),
    );
  }
  // A second record of "Вектор" typed by someone else: same INN, so the nightly scan offers a merge.
  const vector = created.find((a) => a.name === 'Вектор')!;
  created.push(await accountService.create(system, { name: 'ООО Вектор', inn: vector.inn, ownerId: byRole('sales_rep')[0].id, kinds: [AccountKind.CUSTOMER] }));

  // Northwind's customers are the international clients, owned by the international rep.
  const international = users.find((u) => u.email === 'rep2@demo.crm')!;
  const byNorthwindId = new Map<string, Account>();
  for (const c of readCsv('northwind/customers.csv')) {
    const account = await accountService.create(system, {
      name: c.company_name, kinds: [AccountKind.CUSTOMER], region: c.region || c.country, ownerId: international.id, externalIds: [{ system: 'northwind', externalId: c.customer_id }],
      addresses: [{ street: c.address, city: c.city, postalCode: c.postal_code, country: c.country }],
      customFields: [{ key: 'source', value: pick(optionsOf('source')) }],
    });
    byNorthwindId.set(c.customer_id, account);
    created.push(account);
  }
  // Monthly order volume, 1996-07…1998-05 moved to end last month; dollars at a fixed 90 ₽ for the demo.
  const volumes = readCsv('northwind/order_volume.csv');
  const lastMonth = new Date();
  lastMonth.setUTCDate(1);
  lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
  const shift = (month: string) => {
    const [y, m] = month.split('-').map(Number);
    const monthsBeforeEnd = (1998 - y) * 12 + (5 - m);
    const d = new Date(Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() - monthsBeforeEnd, 1));
    return d.toISOString().slice(0, 7);
  };
  for (const [customerId, account] of byNorthwindId) {
    const rows = volumes.filter((v) => v.customer_id === customerId);
    if (!rows.length) continue;
    await metrics.record(system, {
      accountId: account.id,
      values: rows.flatMap((r) => [
        { metric: AccountMetric.ORDER_VOLUME, month: shift(r.month), amount: Number(r.amount_cents) * 90 },
        { metric: AccountMetric.TURNOVER, month: shift(r.month), amount: Math.round(Number(r.amount_cents) * 90 * 1.3) },
      ]),
    });
  }

  return { partner, accounts: created, northwind: byNorthwindId };
}

/** Contacts join the Russian accounts named as their company; two segments; the duplicate scan fills the review queue. */
export async function seedRelationships(app: INestApplicationContext, accounts: Account[], contacts: Contact[]): Promise<void> {
  const system: Actor = SYSTEM_ACTOR;
  const russian = new Map(accounts.filter((a) => a.legalName).map((a) => [a.legalName!, a]));
  for (const contact of contacts) {
    const account = contact.company ? russian.get(contact.company) : undefined;
    if (account) await app.get(LinkService).link(system, { accountId: account.id, contactId: contact.id, position: contact.position, role: contact.position?.includes('директор') ? 'ЛПР' : null });
  }
  const segments = app.get(SegmentService);
  await segments.create(system, {
    entityType: 'account', name: 'Крупные клиенты: объём заказов за 12 месяцев больше 1 млн ₽',
    criteria: { field: 'metrics.ORDER_VOLUME.last12Months', op: 'GT', value: 1_000_000_00 },
  });
  await segments.create(system, {
    entityType: 'contact', name: 'Рыбаки из московских компаний',
    criteria: { and: [{ field: 'custom.hobby', op: 'CONTAINS_ANY', value: ['fishing'] }, { relation: 'accounts', op: 'ANY', where: { field: 'region', op: 'EQ', value: 'Москва' } }] },
  });
  await app.get(DuplicateQueue).scan({});
}
