import { ForecastCategory, Stage, StageKind } from '../pipeline/pipeline.entity';
import { dealAmount, lineProblems, moveProblems, priceLine, stageConsequences } from './deal.rules';

const stage = (over: Partial<Stage>): Stage => ({ id: 's', pipelineId: 'p1', name: 'S', position: 0, kind: StageKind.OPEN, probability: 20, forecastCategory: ForecastCategory.PIPELINE, archived: false, createdAt: new Date(), updatedAt: new Date(), version: 1, ...over });
const open1 = stage({ id: 'o1', position: 0, probability: 10 });
const open2 = stage({ id: 'o2', position: 1, probability: 60, forecastCategory: ForecastCategory.COMMIT });
const won = stage({ id: 'w', position: 2, kind: StageKind.WON, probability: 100, forecastCategory: ForecastCategory.CLOSED });
const lost = stage({ id: 'l', position: 3, kind: StageKind.LOST, probability: 0, forecastCategory: ForecastCategory.OMITTED });
const deal = { pipelineId: 'p1', stageId: 'o1', status: StageKind.OPEN, amount: 500_00, lossReasonId: null };

describe('deal rules', () => {
  it('names each bad line field', () => {
    expect(lineProblems({ productId: 'x', quantity: -1, unitPrice: -5, discountPercent: 120 }, 2).map((p) => p.field)).toEqual(['lines[2].quantity', 'lines[2].unitPrice', 'lines[2].discountPercent']);
    expect(lineProblems({ productId: 'x', quantity: 0 }, 0)[0].message).toBe('must be greater than zero');
    expect(lineProblems({ productId: 'x', quantity: 1.00001 }, 0)[0].field).toBe('lines[0].quantity');
    expect(lineProblems({ productId: 'x', quantity: 1, unitPrice: 1.5 }, 0)[0].field).toBe('lines[0].unitPrice');
    expect(lineProblems({ productId: 'x', quantity: 2.5, unitPrice: 100, discountPercent: 12.25 }, 0)).toEqual([]);
  });

  it('prices lines from the list unless the line has its own price, and sums them', () => {
    const a = priceLine({ productId: 'a', quantity: 2 }, 150_00);
    const b = priceLine({ productId: 'b', quantity: 1, unitPrice: 99_99, discountPercent: 10 }, 1);
    expect([a.unitPrice, a.amount, b.unitPrice, b.amount]).toEqual([150_00, 300_00, 99_99, 89_99]);
    expect(dealAmount([a, b], 1)).toEqual({ amount: 389_99, fromLines: true, problems: [] });
    expect(dealAmount([], 42_00)).toEqual({ amount: 42_00, fromLines: false, problems: [] });
    expect(dealAmount([], -1).problems[0].field).toBe('amount');
  });

  it('allows moves within the pipeline and checks what closing needs', () => {
    expect(moveProblems(deal, open2)).toEqual([]);
    expect(moveProblems(deal, stage({ id: 'x', pipelineId: 'p2' }))[0]).toEqual({ field: 'stageId', message: 'belongs to another pipeline than the deal' });
    expect(moveProblems({ ...deal, amount: 0 }, won)[0].field).toBe('amount');
    expect(moveProblems(deal, lost)[0].field).toBe('lossReasonId');
    expect(moveProblems({ ...deal, lossReasonId: 'r' }, lost)).toEqual([]);
    expect(moveProblems(deal, { ...open2, archived: true })[0].message).toBe('is archived');
  });

  it('refuses to move a closed deal unless it is reopened into an open stage', () => {
    const closed = { ...deal, stageId: 'w', status: StageKind.WON };
    expect(moveProblems(closed, open2)[0].message).toMatch(/won; reopen it/);
    expect(moveProblems(closed, lost)[0].field).toBe('stageId');
    expect(moveProblems(closed, open1, { reopen: true })).toEqual([]);
    expect(moveProblems(closed, lost, { reopen: true })[0].message).toBe('a reopened deal goes into an open stage');
    expect(moveProblems(deal, open1, { reopen: true })[0].field).toBe('id');
  });

  it('takes probability and category from the stage unless set on the deal, and remembers how far the deal got', () => {
    const fresh = { probability: 10, probabilityManual: false, forecastCategory: ForecastCategory.PIPELINE, forecastCategoryManual: false, reachedPosition: 0 };
    expect(stageConsequences(fresh, open2)).toEqual({ status: StageKind.OPEN, probability: 60, forecastCategory: ForecastCategory.COMMIT, reachedPosition: 1 });
    const manual = { ...fresh, probability: 35, probabilityManual: true, forecastCategory: ForecastCategory.BEST_CASE, forecastCategoryManual: true };
    expect(stageConsequences(manual, open2)).toMatchObject({ probability: 35, forecastCategory: ForecastCategory.BEST_CASE });
    expect(stageConsequences(manual, won)).toEqual({ status: StageKind.WON, probability: 100, forecastCategory: ForecastCategory.CLOSED, reachedPosition: 2 });
    // Losing keeps how far the deal had got; moving back does not undo it.
    expect(stageConsequences({ ...fresh, reachedPosition: 1 }, lost)).toMatchObject({ status: StageKind.LOST, probability: 0, reachedPosition: 1 });
    expect(stageConsequences({ ...fresh, reachedPosition: 1 }, open1).reachedPosition).toBe(1);
  });
});
