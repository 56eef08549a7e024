import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, JobPayloads, JobQueue, NotificationService, OnJob, User } from '@crm/core';
import { DataSource } from 'typeorm';
import { Contact } from '../contact/contact.entity';
import { nextLocalDates, upcomingOccasions, yearsSince } from './reminder.rules';

/** How far ahead the planner looks; the hourly sweep re-plans, so a day and a bit is enough. */
const HORIZON_DAYS = 2;
const BATCH = 1000;

const TEXT = {
  ru: { birthday: 'День рождения', turns: (n: number) => `исполняется ${n}`, years: (n: number) => `${n}-я годовщина` },
  en: { birthday: 'Birthday', turns: (n: number) => `turns ${n}`, years: (n: number) => `${n} years` },
};

/**
 * Key-date reminders (CON-6). The planner schedules one delayed job per occasion (idempotent job
 * id); the firing job re-reads the contact, so an edited or deleted date fires nothing, and the
 * notification's dedupe key makes a retried or duplicated job harmless.
 */
@Injectable()
export class ReminderProcessor {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @OnJob('contact.reminders.plan')
  async plan(payload: JobPayloads['contact.reminders.plan']): Promise<{ planned: number }> {
    if (payload.contactId) {
      const contact = await this.db.getRepository(Contact).findOne({ where: { id: payload.contactId } });
      return { planned: contact ? await this.planFor([contact]) : 0 };
    }
    // The sweep: contacts with an occasion in the horizon, found through the month-day index.
    const monthDays = nextLocalDates(this.clock.now(), this.config.locale.timezone, HORIZON_DAYS).map((d) => Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10)));
    if (monthDays.includes(228)) monthDays.push(229); // 29 Feb birthdays are remembered on 28 Feb
    let planned = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.db
        .getRepository(Contact)
        .createQueryBuilder('c')
        .select(['c.id', 'c.birthday', 'c.keyDates'])
        .where('c.id > :after', { after })
        .andWhere(
          `((EXTRACT(MONTH FROM c.birthday) * 100 + EXTRACT(DAY FROM c.birthday)) = ANY(:monthDays)
            OR (c.key_dates <> '[]'::jsonb AND EXISTS (SELECT 1 FROM jsonb_array_elements(c.key_dates) k
                WHERE (substr(k->>'date', 6, 2)::int * 100 + substr(k->>'date', 9, 2)::int) = ANY(:monthDays))))`,
          { monthDays },
        )
        .orderBy('c.id')
        .limit(BATCH)
        .getMany();
      if (!batch.length) return { planned };
      planned += await this.planFor(batch);
      after = batch[batch.length - 1].id;
    }
  }

  private async planFor(contacts: Pick<Contact, 'id' | 'birthday' | 'keyDates'>[]): Promise<number> {
    const now = this.clock.now();
    let planned = 0;
    for (const contact of contacts) {
      const occasions = upcomingOccasions(contact, now, { timeZone: this.config.locale.timezone, hour: this.config.locale.reminderHour, days: HORIZON_DAYS });
      for (const o of occasions) {
        await this.jobs.enqueue(
          'contact.reminder.fire',
          { contactId: contact.id, occasion: o.occasion, on: o.on },
          { jobId: `reminder-${contact.id}-${o.occasion}-${o.on}`, runAt: o.fireAt },
        );
        planned++;
      }
    }
    return planned;
  }

  @OnJob('contact.reminder.fire')
  async fire(payload: JobPayloads['contact.reminder.fire']): Promise<{ notified: number }> {
    const contact = await this.db.getRepository(Contact).findOne({ where: { id: payload.contactId } });
    if (!contact) return { notified: 0 };
    const owner = await this.db.getRepository(User).findOne({ where: { id: contact.ownerId, active: true } });
    if (!owner) return { notified: 0 };
    const due = upcomingOccasions(contact, new Date(`${payload.on}T12:00:00Z`), { timeZone: 'UTC', hour: 0, days: 1 }).filter(
      (o) => o.occasion === payload.occasion && o.on === payload.on,
    );
    const text = TEXT[owner.locale === 'en' ? 'en' : 'ru'];
    let notified = 0;
    for (const o of due) {
      const source = o.occasion === 'birthday' ? contact.birthday! : contact.keyDates.find((k) => k.label === o.label)!.date;
      const years = yearsSince(source, o.on);
      const title = o.occasion === 'birthday' ? `${text.birthday}: ${contact.fullName}` : `${o.label}: ${contact.fullName}`;
      const body = years > 0 ? (o.occasion === 'birthday' ? text.turns(years) : text.years(years)) : null;
      const delivered = await this.notifications.notify({
        userId: owner.id,
        kind: 'contact.key-date',
        title,
        body,
        link: `/contacts/${contact.id}`,
        dedupeKey: `reminder:${contact.id}:${o.occasion}:${o.label ?? ''}:${o.on}`,
      });
      if (delivered) notified++;
    }
    return { notified };
  }
}
