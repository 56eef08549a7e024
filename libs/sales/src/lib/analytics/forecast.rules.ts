import { ForecastCategory } from '../pipeline/pipeline.entity';

/** Sums of a period's open deals in one forecast category (reporting currency, minor units). */
export interface OpenSums {
  amount: number;
  /** Σ amount × probability / 100, each deal rounded */
  weighted: number;
}

export interface ForecastFigures {
  /** Won in the period. */
  closed: number;
  /** Closed + open deals the reps commit to. */
  commit: number;
  /** Commit + deals that could close. */
  bestCase: number;
  /** Every open deal expected in the period, omitted ones left out. */
  pipeline: number;
  /** Open deals weighted by probability (omitted ones left out). */
  weighted: number;
  /** What the period will likely bring: closed + weighted. */
  expected: number;
}

/**
 * The forecast of one period from won sums and open sums per category. Categories nest:
 * closed ⊂ commit ⊂ best case; the pipeline and the weighted figure cover all open deals not omitted.
 */
export function forecastFigures(closed: number, open: Partial<Record<ForecastCategory, OpenSums>>): ForecastFigures {
  const sum = (c: ForecastCategory, k: keyof OpenSums) => open[c]?.[k] ?? 0;
  const forecastable = [ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT];
  const commit = closed + sum(ForecastCategory.COMMIT, 'amount');
  const weighted = forecastable.reduce((s, c) => s + sum(c, 'weighted'), 0);
  return {
    closed,
    commit,
    bestCase: commit + sum(ForecastCategory.BEST_CASE, 'amount'),
    pipeline: forecastable.reduce((s, c) => s + sum(c, 'amount'), 0),
    weighted,
    expected: closed + weighted,
  };
}
