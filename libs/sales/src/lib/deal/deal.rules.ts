import { FieldProblem } from '@crm/core';
import { DISCOUNT_SCALE, lineAmount, QUANTITY_SCALE, toScaled } from '../money/money.rules';
import { ForecastCategory, Stage, StageKind } from '../pipeline/pipeline.entity';

/**
 * SQL: a line's share of its deal's amount in the reporting currency (aliases l and d). Numeric
 * before multiplying: two bigint amounts multiplied overflow from about 30 million roubles.
 */
export const LINE_AMOUNT_BASE_SQL = 'round(l.amount::numeric * d.amount_base / NULLIF(d.amount, 0))';

/** A line item as typed, before prices are looked up. */
export interface LineDraft {
  productId: string;
  quantity: number;
  unitPrice?: number | null;
  discountPercent?: number | null;
}

export interface PricedLine {
  productId: string;
  quantity: number;
  unitPrice: number;
  discountPercent: number;
  amount: number;
}

const MAX_MINOR = Number.MAX_SAFE_INTEGER;

/** Problems of one line, named lines[i].field. */
export function lineProblems(line: LineDraft, index: number): FieldProblem[] {
  const at = (field: string) => `lines[${index}].${field}`;
  const problems: FieldProblem[] = [];
  const quantity = toScaled(line.quantity, QUANTITY_SCALE);
  if (quantity === null) problems.push({ field: at('quantity'), message: `must be a number with at most ${QUANTITY_SCALE} decimals` });
  else if (quantity <= 0n) problems.push({ field: at('quantity'), message: 'must be greater than zero' });
  if (line.unitPrice != null && (!Number.isSafeInteger(line.unitPrice) || line.unitPrice < 0)) {
    problems.push({ field: at('unitPrice'), message: 'must be a whole, non-negative amount in minor units (kopecks, cents)' });
  }
  if (line.discountPercent != null) {
    const discount = toScaled(line.discountPercent, DISCOUNT_SCALE);
    if (discount === null || discount < 0n || discount > 100n * 100n) problems.push({ field: at('discountPercent'), message: 'must be between 0 and 100 with at most 2 decimals' });
  }
  return problems;
}

/** Prices checked lines; the unit price comes from the line or else from the price list. */
export function priceLine(line: LineDraft, listPrice: number): PricedLine {
  const unitPrice = line.unitPrice ?? listPrice;
  const discountPercent = line.discountPercent ?? 0;
  return { productId: line.productId, quantity: line.quantity, unitPrice, discountPercent, amount: lineAmount({ quantity: line.quantity, unitPrice, discountPercent }) };
}

/** The deal amount: the sum of its lines when it has any, otherwise the amount entered. */
export function dealAmount(lines: readonly PricedLine[], entered: number | null | undefined): { amount: number; fromLines: boolean; problems: FieldProblem[] } {
  if (lines.length) {
    const amount = lines.reduce((sum, l) => sum + l.amount, 0);
    return { amount, fromLines: true, problems: amount > MAX_MINOR ? [{ field: 'lines', message: 'the total is too large' }] : [] };
  }
  const amount = entered ?? 0;
  if (!Number.isSafeInteger(amount) || amount < 0) return { amount: 0, fromLines: false, problems: [{ field: 'amount', message: 'must be a whole, non-negative amount in minor units (kopecks, cents)' }] };
  return { amount, fromLines: false, problems: [] };
}

export interface DealState {
  pipelineId: string;
  stageId: string;
  status: StageKind;
  amount: number;
  lossReasonId: string | null;
}

/**
 * Whether a deal may move to a stage. Closed deals move only when reopened (into an open stage);
 * won needs an amount, lost needs a reason; the stage must belong to the deal's pipeline.
 */
export function moveProblems(deal: DealState, to: Stage, options: { reopen?: boolean } = {}): FieldProblem[] {
  if (to.pipelineId !== deal.pipelineId) return [{ field: 'stageId', message: 'belongs to another pipeline than the deal' }];
  if (to.archived && to.id !== deal.stageId) return [{ field: 'stageId', message: 'is archived' }];
  if (options.reopen) {
    if (deal.status === StageKind.OPEN) return [{ field: 'id', message: 'the deal is open; there is nothing to reopen' }];
    if (to.kind !== StageKind.OPEN) return [{ field: 'stageId', message: 'a reopened deal goes into an open stage' }];
    return [];
  }
  if (deal.status !== StageKind.OPEN && to.id !== deal.stageId) {
    return [{ field: 'stageId', message: `the deal is ${deal.status === StageKind.WON ? 'won' : 'lost'}; reopen it before moving it` }];
  }
  const problems: FieldProblem[] = [];
  if (to.kind === StageKind.WON && deal.amount <= 0) problems.push({ field: 'amount', message: 'a won deal needs an amount above zero' });
  if (to.kind === StageKind.LOST && !deal.lossReasonId) problems.push({ field: 'lossReasonId', message: 'say why the deal was lost' });
  return problems;
}

/** What follows from being in a stage: status, probability, forecast category, how far the deal got. */
export function stageConsequences(
  deal: { probability: number; probabilityManual: boolean; forecastCategory: ForecastCategory; forecastCategoryManual: boolean; reachedPosition: number },
  to: Stage,
): { status: StageKind; probability: number; forecastCategory: ForecastCategory; reachedPosition: number } {
  switch (to.kind) {
    case StageKind.WON:
      return { status: to.kind, probability: 100, forecastCategory: ForecastCategory.CLOSED, reachedPosition: Math.max(deal.reachedPosition, to.position) };
    case StageKind.LOST:
      return { status: to.kind, probability: 0, forecastCategory: ForecastCategory.OMITTED, reachedPosition: deal.reachedPosition };
    case StageKind.OPEN:
      return {
        status: to.kind,
        probability: deal.probabilityManual ? deal.probability : to.probability,
        forecastCategory: deal.forecastCategoryManual && isOpenCategory(deal.forecastCategory) ? deal.forecastCategory : to.forecastCategory,
        reachedPosition: Math.max(deal.reachedPosition, to.position),
      };
  }
}

export function isOpenCategory(category: ForecastCategory): boolean {
  return category === ForecastCategory.PIPELINE || category === ForecastCategory.BEST_CASE || category === ForecastCategory.COMMIT || category === ForecastCategory.OMITTED;
}
