import { nextLocalDates, occurrenceIn, upcomingOccasions, zonedTime } from './reminder.rules';

const MOSCOW = 'Europe/Moscow';

describe('key-date reminder rules', () => {
  it('fires at the configured local hour in the company time zone', () => {
    expect(zonedTime('2026-11-22', 9, MOSCOW).toISOString()).toBe('2026-11-22T06:00:00.000Z');
    // Across a DST change (Berlin, last Sunday of March): 09:00 local is 07:00 UTC after the switch.
    expect(zonedTime('2026-03-29', 9, 'Europe/Berlin').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(zonedTime('2026-03-28', 9, 'Europe/Berlin').toISOString()).toBe('2026-03-28T08:00:00.000Z');
  });

  it('counts calendar days, also across the 25-hour day at the end of summer time', () => {
    // 00:30 in Berlin on 25 October 2026, the day clocks go back: 24 hours later it is still the 25th.
    expect(nextLocalDates(new Date('2026-10-24T22:30:00Z'), 'Europe/Berlin', 2)).toEqual(['2026-10-25', '2026-10-26']);
    expect(nextLocalDates(new Date('2026-12-31T21:30:00Z'), MOSCOW, 2)).toEqual(['2027-01-01', '2027-01-02']);
  });

  it('moves 29 February to 28 February outside leap years', () => {
    expect(occurrenceIn(2027, '1992-02-29')).toBe('2027-02-28');
    expect(occurrenceIn(2028, '1992-02-29')).toBe('2028-02-29');
  });

  it('lists birthdays and key dates from today for the horizon, including ones due earlier today', () => {
    const now = new Date('2026-11-22T10:00:00Z'); // 13:00 in Moscow, after the 09:00 reminder time
    const occasions = upcomingOccasions(
      { birthday: '1980-11-22', keyDates: [{ label: 'Wedding', date: '2010-11-23' }, { label: 'Far', date: '2010-12-30' }] },
      now,
      { timeZone: MOSCOW, hour: 9, days: 2 },
    );
    expect(occasions.map((o) => [o.occasion, o.label, o.on])).toEqual([
      ['birthday', null, '2026-11-22'],
      ['keyDate', 'Wedding', '2026-11-23'],
    ]);
    expect(occasions[0].fireAt.getTime()).toBeLessThan(now.getTime());
  });

  it('does not remind of a key date before it first happens', () => {
    const now = new Date('2026-11-22T05:00:00Z');
    expect(upcomingOccasions({ birthday: null, keyDates: [{ label: 'Launch', date: '2027-11-22' }] }, now, { timeZone: MOSCOW, hour: 9, days: 1 })).toEqual([]);
  });
});
