import { isValidLocalDate } from '@crm/core';
import { PlanPeriod } from './plan.entity';

const MONTHS: Record<PlanPeriod, number> = { [PlanPeriod.MONTH]: 1, [PlanPeriod.QUARTER]: 3, [PlanPeriod.YEAR]: 12 };

/** Why a day cannot start a period of this kind, or null. Periods are calendar months, quarters and years. */
export function periodStartProblem(period: PlanPeriod, start: string): string | null {
  if (!isValidLocalDate(start)) return 'must be a real date written as YYYY-MM-DD';
  const [, month, day] = start.split('-').map(Number);
  if (day !== 1) return 'must be the first day of a month';
  if (period === PlanPeriod.QUARTER && (month - 1) % 3 !== 0) return 'must be the first day of a quarter (January, April, July or October)';
  if (period === PlanPeriod.YEAR && month !== 1) return 'must be 1 January';
  return null;
}

/** The last day of the period starting on `start`. */
export function periodEnd(period: PlanPeriod, start: string): string {
  return addDays(addMonths(start, MONTHS[period]), -1);
}

/** The start of the period of this kind that contains `day`. */
export function periodContaining(period: PlanPeriod, day: string): string {
  const [year, month] = day.split('-').map(Number);
  const startMonth = period === PlanPeriod.MONTH ? month : period === PlanPeriod.QUARTER ? month - ((month - 1) % 3) : 1;
  return `${year}-${String(startMonth).padStart(2, '0')}-01`;
}

/** Starts of consecutive periods from the one containing `from` to the one containing `to`. */
export function periodsBetween(period: PlanPeriod, from: string, to: string, limit = 120): string[] {
  const starts: string[] = [];
  for (let start = periodContaining(period, from); start <= to && starts.length < limit; start = addMonths(start, MONTHS[period])) starts.push(start);
  return starts;
}

export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const d = new Date(Date.UTC(year, month - 1 + months, date));
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
