import { Injectable } from '@nestjs/common';

/** The current time, injectable so tests can set it instead of faking global timers. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** The calendar day (YYYY-MM-DD) at an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
