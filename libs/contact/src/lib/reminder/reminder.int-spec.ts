import { JobQueue } from '@crm/core';
import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { Job } from 'bullmq';
import { makeContact } from '../../testing/index';
import { ContactModule } from '../contact.module';
import { ReminderProcessor } from './reminder.processor';

const HOUR = 3_600_000;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const firstYearFrom = (year: number, test: (y: number) => boolean): number => (test(year) ? year : firstYearFrom(year + 1, test));
// Dates in the coming years: a delayed job stays delayed in real time too, whatever BullMQ measures it from.
const YEAR = new Date().getFullYear() + 1;
const NON_LEAP = firstYearFrom(YEAR, (y) => !isLeap(y));
const LEAP = firstYearFrom(YEAR, isLeap);

interface NotificationData {
  kind: string;
  title: string;
  body: string | null;
  link: string;
}

describe('key-date reminders (CON-6)', () => {
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule]);
    admin = await ctx.makeUser('admin');
  });
  afterAll(() => ctx.close());

  const queue = () => ctx.get(JobQueue).queue('reminders');
  const planner = () => ctx.get(ReminderProcessor);

  /** Jobs of one kind for one contact that have not run yet. */
  const pending = async (name: string, contactId: string): Promise<Job[]> =>
    (await queue().getJobs(['delayed', 'waiting', 'prioritized'])).filter((j) => j.name === name && j.data.contactId === contactId);

  const fireJobs = async (contactId: string) =>
    (await pending('contact.reminder.fire', contactId)).map((j) => ({ id: j.id, data: j.data, delay: j.opts.delay ?? 0 }));

  /** Runs the delayed fire jobs of these contacts now, through the real worker. */
  async function fireNow(...contactIds: string[]): Promise<Job[]> {
    const jobs = (await Promise.all(contactIds.map((id) => pending('contact.reminder.fire', id)))).flat();
    for (const job of jobs) await job.promote();
    await ctx.drainJobs();
    return Promise.all(jobs.map(async (j) => (await queue().getJob(j.id!))!));
  }

  const notificationsOf = async (who: TestUser) =>
    (await ctx.gql<{ notifications: { edges: { node: NotificationData }[] } }>(who, '{ notifications(first: 50) { edges { node { kind title body link } } } }')).data.notifications.edges.map(
      (e) => e.node,
    );

  it('creating a contact with a birthday, or changing its birthday or key dates, asks the planner to plan it', async () => {
    ctx.clock.set(`${YEAR}-03-01T09:00:00Z`);
    const CONTACT = 'id version';
    const created = await ctx.gql<{ createContact: { contact: { id: string; version: number } } }>(
      admin, `mutation($i: CreateContactInput!) { createContact(input: $i) { contact { ${CONTACT} } } }`, { i: { lastName: 'Planned', birthday: '1980-03-20' } },
    );
    const c = created.data.createContact.contact;
    const planJobs = async () => (await pending('contact.reminders.plan', c.id)).map((j) => j.data);
    expect(await planJobs()).toEqual([{ contactId: c.id }]);

    const update = (input: Record<string, unknown>) =>
      ctx.gql<{ updateContact: { contact: { version: number } } }>(admin, `mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { ${CONTACT} } } }`, { i: input });
    const v2 = (await update({ id: c.id, expectedVersion: c.version, position: 'Buyer' })).data.updateContact.contact.version;
    expect(await planJobs()).toHaveLength(1);
    const v3 = (await update({ id: c.id, expectedVersion: v2, birthday: '1980-03-02' })).data.updateContact.contact.version;
    expect(await planJobs()).toHaveLength(2);
    await update({ id: c.id, expectedVersion: v3, keyDates: [{ label: 'Anniversary', date: '2010-03-04' }] });
    expect(await planJobs()).toHaveLength(3);
    const plain = await makeContact(ctx, admin.actor, { lastName: 'NoDates' });
    expect(await pending('contact.reminders.plan', plain.id)).toEqual([]);

    // The plan jobs schedule the reminder for the new birthday, tomorrow (2 March) at 09:00 in Moscow.
    await ctx.drainJobs();
    expect(await fireJobs(c.id)).toEqual([{ id: `reminder-${c.id}-birthday-${YEAR}-03-02`, data: { contactId: c.id, occasion: 'birthday', on: `${YEAR}-03-02` }, delay: 21 * HOUR }]);
  });

  it('plans birthdays and key dates of today and tomorrow for 09:00 Moscow time, once', async () => {
    expect(ctx.config.locale).toMatchObject({ timezone: 'Europe/Moscow', reminderHour: 9 });
    ctx.clock.set(`${YEAR}-05-10T03:00:00Z`); // 06:00 in Moscow (UTC+3)
    const owner = await ctx.makeUser('sales_rep');
    const today = await makeContact(ctx, owner.actor, { birthday: '1980-05-10' });
    const tomorrow = await makeContact(ctx, owner.actor, { birthday: '1990-05-11' });
    const wedding = await makeContact(ctx, owner.actor, { keyDates: [{ label: 'Wedding', date: '2015-05-11' }] });
    const later = await makeContact(ctx, owner.actor, { birthday: '1985-05-12' });

    for (const c of [today, tomorrow, wedding, later]) await planner().plan({ contactId: c.id });
    for (const c of [today, tomorrow, wedding, later]) await planner().plan({ contactId: c.id });
    expect(await fireJobs(today.id)).toEqual([{ id: `reminder-${today.id}-birthday-${YEAR}-05-10`, data: { contactId: today.id, occasion: 'birthday', on: `${YEAR}-05-10` }, delay: 3 * HOUR }]);
    expect(await fireJobs(tomorrow.id)).toEqual([{ id: `reminder-${tomorrow.id}-birthday-${YEAR}-05-11`, data: { contactId: tomorrow.id, occasion: 'birthday', on: `${YEAR}-05-11` }, delay: 27 * HOUR }]);
    expect(await fireJobs(wedding.id)).toEqual([{ id: `reminder-${wedding.id}-keyDate-${YEAR}-05-11`, data: { contactId: wedding.id, occasion: 'keyDate', on: `${YEAR}-05-11` }, delay: 27 * HOUR }]);
    expect(await fireJobs(later.id)).toEqual([]);
  });

  it('schedules the fire job for exactly 09:00 Moscow time on the day (job.timestamp + delay)', async () => {
    ctx.clock.set(`${YEAR}-06-10T03:00:00Z`);
    const c = await makeContact(ctx, admin.actor, { birthday: '1980-06-11' });
    await planner().plan({ contactId: c.id });
    const [job] = await pending('contact.reminder.fire', c.id);
    expect(new Date(job.timestamp + (job.opts.delay ?? 0)).toISOString()).toBe(`${YEAR}-06-11T06:00:00.000Z`);
  });

  it('queues a reminder whose hour has already passed today to run at once', async () => {
    ctx.clock.set(`${YEAR}-05-20T10:00:00Z`); // 13:00 in Moscow
    const c = await makeContact(ctx, admin.actor, { birthday: '1980-05-20' });
    await planner().plan({ contactId: c.id });
    const [job] = await pending('contact.reminder.fire', c.id);
    expect(await job.getState()).toBe('waiting');
    expect(job.opts.delay ?? 0).toBe(0);
  });

  it('notifies the owner once, in the owner\'s language', async () => {
    ctx.clock.set(`${YEAR}-08-01T03:00:00Z`);
    const ru = await ctx.makeUser('sales_rep', { locale: 'ru' });
    const en = await ctx.makeUser('sales_rep', { locale: 'en' });
    const ivan = await makeContact(ctx, ru.actor, { firstName: 'Иван', lastName: 'Петров', birthday: '1980-08-01', keyDates: [{ label: 'Свадьба', date: '2016-08-01' }] });
    const john = await makeContact(ctx, en.actor, { firstName: 'John', lastName: 'Smith', birthday: '1990-08-01' });
    await planner().plan({ contactId: ivan.id });
    await planner().plan({ contactId: john.id });
    const fired = await fireNow(ivan.id, john.id);
    expect(fired.map((j) => j.returnvalue)).toEqual([{ notified: 1 }, { notified: 1 }, { notified: 1 }]);

    expect(await notificationsOf(ru)).toEqual(expect.arrayContaining([
      { kind: 'contact.key-date', title: 'День рождения: Петров Иван', body: `исполняется ${YEAR - 1980}`, link: `/contacts/${ivan.id}` },
      { kind: 'contact.key-date', title: 'Свадьба: Петров Иван', body: `${YEAR - 2016}-я годовщина`, link: `/contacts/${ivan.id}` },
    ]));
    expect(await notificationsOf(ru)).toHaveLength(2);
    expect(await notificationsOf(en)).toEqual([{ kind: 'contact.key-date', title: 'Birthday: John Smith', body: `turns ${YEAR - 1990}`, link: `/contacts/${john.id}` }]);

    // A retried or duplicated job, and planning again after the reminder went out, notify nobody twice.
    for (const job of fired) expect(await planner().fire(job.data)).toEqual({ notified: 0 });
    await planner().plan({ contactId: john.id });
    expect(await fireJobs(john.id)).toEqual([]);
    expect(await notificationsOf(en)).toHaveLength(1);
    expect(await notificationsOf(ru)).toHaveLength(2);
  });

  it('notifies nobody when the birthday was changed or the contact deleted before the reminder fires', async () => {
    ctx.clock.set(`${YEAR}-09-01T03:00:00Z`);
    const owner = await ctx.makeUser('sales_rep');
    const moved = await makeContact(ctx, owner.actor, { birthday: '1980-09-01' });
    const gone = await makeContact(ctx, owner.actor, { birthday: '1981-09-02' });
    await planner().plan({ contactId: moved.id });
    await planner().plan({ contactId: gone.id });
    const changed = await ctx.gql(owner, 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { id } } }', { i: { id: moved.id, expectedVersion: moved.version, birthday: '1980-10-01' } });
    expect(changed.errors).toBeUndefined();
    const deleted = await ctx.gql(admin, 'mutation($i: DeleteContactInput!) { deleteContact(input: $i) { id } }', { i: { id: gone.id, expectedVersion: gone.version } });
    expect(deleted.errors).toBeUndefined();
    const fired = await fireNow(moved.id, gone.id);
    expect(fired.map((j) => [j.data.contactId, j.returnvalue])).toEqual([[moved.id, { notified: 0 }], [gone.id, { notified: 0 }]]);
    expect(await notificationsOf(owner)).toEqual([]);
  });

  it('the hourly sweep plans every contact with an occasion today or tomorrow by the Moscow calendar', async () => {
    ctx.clock.set(`${YEAR}-07-14T21:30:00Z`); // 00:30 on 15 July in Moscow, still 14 July in UTC
    const yesterday = await makeContact(ctx, admin.actor, { birthday: '1970-07-14' });
    const today = await makeContact(ctx, admin.actor, { birthday: '1971-07-15' });
    const tomorrow = await makeContact(ctx, admin.actor, { keyDates: [{ label: 'Founded', date: '2000-07-16' }] });
    const afterTomorrow = await makeContact(ctx, admin.actor, { birthday: '1972-07-17' });
    const { planned } = await planner().plan({});
    expect(planned).toBeGreaterThanOrEqual(2);
    expect(await fireJobs(yesterday.id)).toEqual([]);
    expect(await fireJobs(today.id)).toEqual([{ id: `reminder-${today.id}-birthday-${YEAR}-07-15`, data: { contactId: today.id, occasion: 'birthday', on: `${YEAR}-07-15` }, delay: 8.5 * HOUR }]);
    expect(await fireJobs(tomorrow.id)).toEqual([{ id: `reminder-${tomorrow.id}-keyDate-${YEAR}-07-16`, data: { contactId: tomorrow.id, occasion: 'keyDate', on: `${YEAR}-07-16` }, delay: 32.5 * HOUR }]);
    expect(await fireJobs(afterTomorrow.id)).toEqual([]);
  });

  it('the sweep remembers 29 February birthdays on 28 February in other years, and on the 29th in leap years', async () => {
    const owner = await ctx.makeUser('sales_rep', { locale: 'en' });
    const leapling = await makeContact(ctx, owner.actor, { firstName: 'Leap', lastName: 'Ling', birthday: '1992-02-29' });
    ctx.clock.set(`${NON_LEAP}-02-28T03:00:00Z`);
    await planner().plan({});
    expect(await fireJobs(leapling.id)).toEqual([{ id: `reminder-${leapling.id}-birthday-${NON_LEAP}-02-28`, data: { contactId: leapling.id, occasion: 'birthday', on: `${NON_LEAP}-02-28` }, delay: 3 * HOUR }]);
    await fireNow(leapling.id);
    expect(await notificationsOf(owner)).toEqual([{ kind: 'contact.key-date', title: 'Birthday: Leap Ling', body: `turns ${NON_LEAP - 1992}`, link: `/contacts/${leapling.id}` }]);

    ctx.clock.set(`${LEAP}-02-28T03:00:00Z`);
    await planner().plan({});
    expect(await fireJobs(leapling.id)).toEqual([{ id: `reminder-${leapling.id}-birthday-${LEAP}-02-29`, data: { contactId: leapling.id, occasion: 'birthday', on: `${LEAP}-02-29` }, delay: 27 * HOUR }]);
  });
});
