import { LoggerService, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, CoreModule, hashPassword, Role, SYSTEM_ACTOR, Team, Territory, User } from '@crm/core';
import { Contact, ContactModule, ContactService, CreateContactInput, PhoneKind } from '@crm/contact';
import { AccountModule } from '@crm/account';
import { SalesModule } from '@crm/sales';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { seedAccounts, seedRelationships } from './seed-accounts';
import { seedSales } from './seed-sales';

export const DEMO_PASSWORD = 'demo-crm-2026';

/** One demo user per role, so every access rule can be tried by signing in as someone else. */
export const DEMO_USERS: { email: string; name: string; role: Role; team?: string; territory?: string; locale: string }[] = [
  { email: 'admin@demo.crm', name: 'Анна Администратор', role: 'admin', locale: 'ru' },
  { email: 'manager@demo.crm', name: 'Михаил Руководитель', role: 'sales_manager', team: 'Отдел продаж Москва', territory: 'Центр', locale: 'ru' },
  { email: 'rep@demo.crm', name: 'Роман Продавец', role: 'sales_rep', team: 'Отдел продаж Москва', territory: 'Центр', locale: 'ru' },
  { email: 'rep2@demo.crm', name: 'Emily Seller', role: 'sales_rep', team: 'International sales', territory: 'Северо-Запад', locale: 'en' },
  { email: 'support@demo.crm', name: 'Светлана Поддержка', role: 'support_agent', locale: 'ru' },
  { email: 'marketer@demo.crm', name: 'Мария Маркетолог', role: 'marketer', territory: 'Центр', locale: 'ru' },
  { email: 'partner@demo.crm', name: 'Павел Партнёр', role: 'partner', locale: 'ru' },
];

const ENGLISH = {
  given: ['James', 'Olivia', 'William', 'Emma', 'Henry', 'Sophia', 'George', 'Charlotte', 'Thomas', 'Amelia', 'Daniel', 'Grace', 'Oliver', 'Lucy', 'Jack', 'Chloe'],
  family: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Walker', 'Wright', 'Robinson', 'Thompson', 'Hughes', 'Green', 'Hall', 'Clarke', 'Baker'],
};
const COMPANIES = ['ООО «Северный ветер»', 'АО «Техносфера»', 'ИП Кузнецов', 'ПАО «Уралсталь»', 'Acme Trading Ltd', 'Globex LLC', 'ООО «Вектор»', 'Brightwater plc'];
const POSITIONS = ['Генеральный директор', 'Коммерческий директор', 'Менеджер по закупкам', 'Главный бухгалтер', 'Head of Procurement', 'CFO', 'Office manager'];
const TAGS = ['vip', 'выставка-2026', 'опт', 'розница', 'newsletter', 'партнёр'];

/** A small deterministic PRNG (mulberry32): the same demo data on every machine. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Russian mobiles typed the way people type them. */
function russianPhone(n: number, style: number): string {
  const d = String(9_160_000_000 + n * 7919).padStart(10, '0');
  const [a, b, c, e] = [d.slice(0, 3), d.slice(3, 6), d.slice(6, 8), d.slice(8)];
  return [`8 (${a}) ${b}-${c}-${e}`, `+7 ${a} ${b} ${c} ${e}`, `8${d}`, `+7(${a})${b}${c}${e}`, `7-${a}-${b}-${c}-${e}`][style % 5];
}

@Module({})
class SeedModule {}

export async function seedDemoData(config: AppConfig, logger: LoggerService): Promise<void> {
  const app = await NestFactory.createApplicationContext(
    { module: SeedModule, imports: [CoreModule.forRoot(config, { http: false }), ContactModule, AccountModule, SalesModule] },
    { logger },
  );
  try {
    const db = app.get(DataSource);
    if ((await db.getRepository(User).count()) > 0) {
      logger.log('The database already has users: demo data not loaded');
      return;
    }
    const contacts = app.get(ContactService);
    const random = prng(20261122);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];

    const hash = await hashPassword(DEMO_PASSWORD);
    const teams = new Map<string, Team>();
    const territories = new Map<string, Territory>();
    for (const name of new Set(DEMO_USERS.flatMap((u) => (u.team ? [u.team] : [])))) teams.set(name, await db.getRepository(Team).save({ name }));
    for (const name of new Set(DEMO_USERS.flatMap((u) => (u.territory ? [u.territory] : [])))) territories.set(name, await db.getRepository(Territory).save({ name }));
    const users: User[] = [];
    for (const u of DEMO_USERS) {
      users.push(
        await db.getRepository(User).save({
          email: u.email, name: u.name, role: u.role, locale: u.locale, passwordHash: hash,
          teamId: u.team ? teams.get(u.team)!.id : null, territoryId: u.territory ? territories.get(u.territory)!.id : null,
        }),
      );
    }
    const { partner, accounts, northwind } = await seedAccounts(app, users, random);
    const partnerAccountId = partner.id;
    await db.getRepository(User).update({ role: 'partner' }, { partnerAccountId });
    const owners = users.filter((u) => ['sales_manager', 'sales_rep', 'admin'].includes(u.role));
    const ru = readFileSync(join(process.cwd(), 'tools/demo-data/ru-names.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const patronymics = { male: ru.filter((r) => r[0] === 'male').map((r) => r[3]), female: ru.filter((r) => r[0] === 'female').map((r) => r[3]) };
    const today = new Date();
    const hobbies = ['fishing', 'hunting', 'golf', 'theatre', 'travel'];
    const seeded: Contact[] = [];
    for (let i = 0; i < 300; i++) {
      const russian = i % 4 !== 3;
      const owner = owners[i % owners.length];
      const input: CreateContactInput = { ownerId: owner.id, phones: [], emails: [], tags: [] };
      if (russian) {
        const [gender, given, surname] = ru[i % ru.length];
        Object.assign(input, { firstName: given, lastName: surname, middleName: pick(patronymics[gender as 'male' | 'female']), language: 'ru' });
        input.phones!.push({ number: russianPhone(i, i), kind: PhoneKind.MOBILE });
        if (i % 3 === 0) input.phones!.push({ number: `8 (495) ${String(100 + i).padStart(3, '0')}-${String(i % 100).padStart(2, '0')}-0${i % 10} доб. ${100 + i}`, kind: PhoneKind.WORK });
      } else {
        const given = pick(ENGLISH.given);
        const family = pick(ENGLISH.family);
        Object.assign(input, { firstName: given, lastName: family, language: 'en' });
        input.phones!.push(i % 2 ? { number: `+44 20 7946 0${String(i % 1000).padStart(3, '0')}`, kind: PhoneKind.WORK } : { number: `+1 (212) 555-01${String(i % 100).padStart(2, '0')}`, kind: PhoneKind.WORK });
      }
      input.emails!.push({ address: `contact${i}@example.${russian ? 'ru' : 'com'}` });
      if (random() < 0.7) {
        const birthday = new Date(Date.UTC(1960 + Math.floor(random() * 40), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
        // A few birthdays today and tomorrow, so reminders show up in the demo.
        if (i % 50 === 0) birthday.setUTCMonth(today.getUTCMonth(), today.getUTCDate() + (i % 100 === 0 ? 0 : 1));
        input.birthday = birthday.toISOString().slice(0, 10);
      }
      if (random() < 0.6) input.company = pick(COMPANIES);
      if (random() < 0.6) input.position = pick(POSITIONS);
      if (random() < 0.5) input.tags = [pick(TAGS)];
      if (random() < 0.4) input.customFields = [{ key: 'hobby', value: [...new Set([pick(hobbies), pick(hobbies)])] }];
      if (i % 25 === 0) input.keyDates = [{ label: russian ? 'Годовщина сотрудничества' : 'Partnership anniversary', date: `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}-15` }];
      // Every tenth contact is shared with the demo partner's account.
      seeded.push(await contacts.create(i % 10 === 0 ? { ...SYSTEM_ACTOR, partnerAccountId } : SYSTEM_ACTOR, input));
    }
    // Two people entered twice, as happens: the duplicates review queue has something to merge.
    for (const original of [seeded[1], seeded[2]]) {
      await contacts.create(SYSTEM_ACTOR, {
        firstName: original.firstName, lastName: original.lastName, ownerId: original.ownerId, emails: original.emails.map((e) => ({ address: e.address })), position: 'Уточнить',
      });
    }
    await seedRelationships(app, accounts, seeded);
    const sales = await seedSales(app, users, accounts, northwind, seeded, random);
    logger.log(`Demo data loaded: ${users.length} users, ${seeded.length + 2} contacts, ${accounts.length} accounts, ${sales.deals} deals`);
  } finally {
    await app.close();
  }
}
