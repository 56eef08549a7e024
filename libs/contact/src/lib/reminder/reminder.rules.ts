import { localDate } from '@crm/core';

/**
 * When key-date reminders fire (CON-6): on the day of the occasion at the configured local hour
 * in the company's time zone. Birthdays and key dates recur every year; 29 February falls on
 * 28 February in other years.
 */
export interface Occasion {
  occasion: 'birthday' | 'keyDate';
  label: string | null;
  /** The date this year's occurrence falls on, YYYY-MM-DD. */
  on: string;
  fireAt: Date;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** This year's date of a recurring MM-DD, with 29 Feb moved to 28 Feb outside leap years. */
export function occurrenceIn(year: number, date: string): string {
  const md = date.slice(5);
  return `${year}-${md === '02-29' && !isLeap(year) ? '02-28' : md}`;
}

/** The UTC instant of a local wall-clock time in a time zone (DST-safe by one correction step). */
export function zonedTime(date: string, hour: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, hour);
  const offset = (at: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
        .formatToParts(new Date(at))
        .map((p) => [p.type, Number(p.value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - at;
  };
  const first = guess - offset(guess);
  return new Date(guess - offset(first));
}


/** The next `days` local dates starting today, as YYYY-MM-DD. */
export function nextLocalDates(now: Date, timeZone: string, days: number): string[] {
  // Calendar days, not 24-hour steps: a 25-hour day at the end of summer time would repeat a date.
  const [y, m, d] = localDate(now, timeZone).split('-').map(Number);
  return Array.from({ length: days }, (_, i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
}

/**
 * Occasions of one contact that fire from the start of today until `days` days ahead. Ones whose
 * time already passed today still count, so a worker that was down catches up the same day.
 */
export function upcomingOccasions(
  contact: { birthday: string | null; keyDates: { label: string; date: string }[] },
  now: Date,
  options: { timeZone: string; hour: number; days: number },
): Occasion[] {
  const dates = nextLocalDates(now, options.timeZone, options.days);
  const result: Occasion[] = [];
  const consider = (occasion: Occasion['occasion'], label: string | null, date: string) => {
    for (const day of dates) {
      if (occurrenceIn(Number(day.slice(0, 4)), date) === day && date <= day) {
        result.push({ occasion, label, on: day, fireAt: zonedTime(day, options.hour, options.timeZone) });
      }
    }
  };
  if (contact.birthday) consider('birthday', null, contact.birthday);
  for (const k of contact.keyDates) consider('keyDate', k.label, k.date);
  return result;
}

/** Whole years between a date and an occurrence (a birthday's age, an anniversary's count). */
export function yearsSince(date: string, on: string): number {
  return Number(on.slice(0, 4)) - Number(date.slice(0, 4));
}
