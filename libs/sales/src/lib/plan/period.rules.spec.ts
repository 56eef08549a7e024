import { periodContaining, periodEnd, periodsBetween, periodStartProblem } from './period.rules';
import { PlanPeriod } from './plan.entity';

describe('plan periods', () => {
  it('accepts only calendar period starts', () => {
    expect(periodStartProblem(PlanPeriod.MONTH, '2026-02-01')).toBeNull();
    expect(periodStartProblem(PlanPeriod.MONTH, '2026-02-02')).toMatch(/first day of a month/);
    expect(periodStartProblem(PlanPeriod.QUARTER, '2026-04-01')).toBeNull();
    expect(periodStartProblem(PlanPeriod.QUARTER, '2026-05-01')).toMatch(/quarter/);
    expect(periodStartProblem(PlanPeriod.YEAR, '2026-03-01')).toMatch(/1 January/);
    expect(periodStartProblem(PlanPeriod.YEAR, '2026-02-30')).toMatch(/real date/);
  });

  it('knows where periods end, including leap years', () => {
    expect(periodEnd(PlanPeriod.MONTH, '2024-02-01')).toBe('2024-02-29');
    expect(periodEnd(PlanPeriod.MONTH, '2026-12-01')).toBe('2026-12-31');
    expect(periodEnd(PlanPeriod.QUARTER, '2026-10-01')).toBe('2026-12-31');
    expect(periodEnd(PlanPeriod.YEAR, '2026-01-01')).toBe('2026-12-31');
  });

  it('lists the periods a range touches', () => {
    expect(periodContaining(PlanPeriod.QUARTER, '2026-08-17')).toBe('2026-07-01');
    expect(periodsBetween(PlanPeriod.QUARTER, '2026-02-10', '2026-07-01')).toEqual(['2026-01-01', '2026-04-01', '2026-07-01']);
    expect(periodsBetween(PlanPeriod.MONTH, '2025-11-15', '2026-01-31')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01']);
  });
});
