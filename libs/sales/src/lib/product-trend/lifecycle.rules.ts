export enum LifeCycleStage { INTRODUCTION = 'INTRODUCTION', GROWTH = 'GROWTH', MATURITY = 'MATURITY', DECLINE = 'DECLINE' }

/** Change of the last quarter against the one before that counts as growth (or decline). */
export const TREND_THRESHOLD = 0.15;
/** Months of sales needed before a product can be judged past introduction. */
export const INTRODUCTION_MONTHS = 6;

/**
 * The life-cycle stage of a product from its monthly sales (oldest first, one value per calendar
 * month up to the last complete month, months without sales as 0).
 *
 * 1. No sales in the series at all: null (nothing to judge).
 * 2. Fewer than 6 months since the first sale: INTRODUCTION.
 * 3. recent = mean of the last 3 months, previous = mean of the 3 before,
 *    peak = the highest 3-month mean so far.
 * 4. recent ≥ previous × 1.15 (or previous is 0 and recent is not): GROWTH.
 * 5. recent ≤ previous × 0.85 and recent < peak × 0.85: DECLINE (a dip right after a record
 *    quarter that is still near the peak is not decline).
 * 6. Otherwise: MATURITY.
 * A product with sales long ago and none in the last 6 months falls under 5: DECLINE.
 * `earlierMonths`: months the product had already been selling before the series starts (a
 * window of a long history); they count towards its age, and no sales in the window is DECLINE.
 */
export function lifeCycleStage(monthly: readonly number[], earlierMonths = 0): LifeCycleStage | null {
  const first = monthly.findIndex((v) => v > 0);
  if (first < 0) return earlierMonths > 0 ? LifeCycleStage.DECLINE : null;
  const history = earlierMonths > 0 ? monthly : monthly.slice(first);
  if (earlierMonths + history.length < INTRODUCTION_MONTHS) return LifeCycleStage.INTRODUCTION;
  const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const recent = mean(history.slice(-3));
  const previous = mean(history.slice(-6, -3));
  let peak = 0;
  for (let i = 3; i <= history.length; i++) peak = Math.max(peak, mean(history.slice(i - 3, i)));
  if (previous === 0 ? recent > 0 : recent >= previous * (1 + TREND_THRESHOLD)) return LifeCycleStage.GROWTH;
  if (recent <= previous * (1 - TREND_THRESHOLD) && recent < peak * (1 - TREND_THRESHOLD)) return LifeCycleStage.DECLINE;
  return LifeCycleStage.MATURITY;
}
