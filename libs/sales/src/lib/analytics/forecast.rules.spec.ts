import { ForecastCategory } from '../pipeline/pipeline.entity';
import { forecastFigures } from './forecast.rules';

describe('forecast maths', () => {
  it('nests closed ⊂ commit ⊂ best case and weights the open pipeline', () => {
    const figures = forecastFigures(1000, {
      [ForecastCategory.COMMIT]: { amount: 500, weighted: 400 },
      [ForecastCategory.BEST_CASE]: { amount: 300, weighted: 150 },
      [ForecastCategory.PIPELINE]: { amount: 200, weighted: 20 },
      [ForecastCategory.OMITTED]: { amount: 999, weighted: 99 },
    });
    expect(figures).toEqual({ closed: 1000, commit: 1500, bestCase: 1800, pipeline: 1000, weighted: 570, expected: 1570 });
  });

  it('is the closed figure alone when nothing is open', () => {
    expect(forecastFigures(250, {})).toEqual({ closed: 250, commit: 250, bestCase: 250, pipeline: 0, weighted: 0, expected: 250 });
  });
});
