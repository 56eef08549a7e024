import dayjs from 'dayjs';
import type { PlanPeriod } from '../../graphql/types';

/** "2025-04-01" as a month ("Apr 2025"), a quarter ("Q2 2025") or a year ("2025"). */
export function periodLabel(period: PlanPeriod, start: string, yearMonth: (isoDate: string) => string): string {
  const year = start.slice(0, 4);
  if (period === 'YEAR') return year;
  if (period === 'QUARTER') return `Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1} ${year}`;
  return yearMonth(start);
}

export function startOfYear(): string {
  return `${new Date().getFullYear()}-01-01`;
}

export function endOfYear(): string {
  return `${new Date().getFullYear()}-12-31`;
}

/** Today in the user's time zone (toISOString would give the UTC date: yesterday in Moscow before 03:00). */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}
