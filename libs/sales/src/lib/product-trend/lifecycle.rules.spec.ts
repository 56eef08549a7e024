import { LifeCycleStage, lifeCycleStage } from './lifecycle.rules';

describe('product life-cycle rule', () => {
  it('has nothing to say about a product that never sold', () => {
    expect(lifeCycleStage([0, 0, 0, 0, 0, 0, 0])).toBeNull();
  });

  it('calls the first five months after the first sale introduction', () => {
    expect(lifeCycleStage([0, 0, 0, 5, 9, 30, 80, 200])).toBe(LifeCycleStage.INTRODUCTION);
  });

  it('sees growth when the last quarter beats the one before by 15 % or more', () => {
    expect(lifeCycleStage([10, 12, 11, 15, 20, 30, 40, 55, 70])).toBe(LifeCycleStage.GROWTH);
    // previous quarter empty, something sold since
    expect(lifeCycleStage([5, 5, 5, 0, 0, 0, 1, 2, 3], 0)).toBe(LifeCycleStage.GROWTH);
  });

  it('sees maturity in a flat trend, within ±15 %', () => {
    expect(lifeCycleStage([100, 104, 98, 101, 99, 103, 100, 97, 102, 99, 101, 100])).toBe(LifeCycleStage.MATURITY);
    expect(lifeCycleStage([100, 100, 100, 100, 100, 100, 110, 112, 110])).toBe(LifeCycleStage.MATURITY);
  });

  it('sees decline only when below the previous quarter and well off the peak', () => {
    expect(lifeCycleStage([100, 120, 130, 125, 110, 90, 70, 60, 50])).toBe(LifeCycleStage.DECLINE);
    // A dip right after a record quarter, still near the peak: not decline.
    expect(lifeCycleStage([50, 50, 50, 100, 100, 100, 200, 200, 200, 170, 170, 170])).toBe(LifeCycleStage.MATURITY);
  });

  it('judges a long history by its window: earlier months count towards age, an empty window is decline', () => {
    expect(lifeCycleStage([0, 0, 0, 40, 50, 60], 24)).toBe(LifeCycleStage.GROWTH);
    expect(lifeCycleStage([0, 0, 0, 0, 0, 0], 24)).toBe(LifeCycleStage.DECLINE);
  });
});
