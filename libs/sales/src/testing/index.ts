import { Actor, SYSTEM_ACTOR } from '@crm/core';
import { TestContext } from '@crm/core/testing';
import { Deal } from '../lib/deal/deal.entity';
import { CreateDealInput } from '../lib/deal/deal.inputs';
import { DealService } from '../lib/deal/deal.service';
import { ForecastCategory, LossReason, Pipeline, Stage, StageKind } from '../lib/pipeline/pipeline.entity';
import { PipelineService } from '../lib/pipeline/pipeline.service';
import { Product } from '../lib/product/product.entity';
import { ProductService } from '../lib/product/product.service';

let counter = 0;

export interface TestPipeline {
  pipeline: Pipeline;
  /** Open stages in order, then won and lost. */
  open: Stage[];
  won: Stage;
  lost: Stage;
  reason: LossReason;
}

/** A pipeline Qualify (10 %) → Proposal (50 %, best case) → Negotiate (80 %, commit) → Won / Lost, and a loss reason. */
export async function makePipeline(ctx: TestContext, name = `Pipeline ${++counter}`, isDefault = false): Promise<TestPipeline> {
  const service = ctx.get(PipelineService);
  const pipeline = await service.save(SYSTEM_ACTOR, {
    name, isDefault,
    stages: [
      { name: 'Qualify', kind: StageKind.OPEN, probability: 10 },
      { name: 'Proposal', kind: StageKind.OPEN, probability: 50, forecastCategory: ForecastCategory.BEST_CASE },
      { name: 'Negotiate', kind: StageKind.OPEN, probability: 80, forecastCategory: ForecastCategory.COMMIT },
      { name: 'Won', kind: StageKind.WON },
      { name: 'Lost', kind: StageKind.LOST },
    ],
  });
  const stages = await service.stagesOf([pipeline.id]);
  const reasons = await service.lossReasons(SYSTEM_ACTOR);
  const reason = reasons[0] ?? (await service.saveLossReason(SYSTEM_ACTOR, { name: 'Price' }));
  return { pipeline, open: stages.filter((s) => s.kind === StageKind.OPEN), won: stages.find((s) => s.kind === StageKind.WON)!, lost: stages.find((s) => s.kind === StageKind.LOST)!, reason };
}

/** A product with a RUB price of `price` minor units from 2020 on. */
export async function makeProduct(ctx: TestContext, price = 100_00, overrides: Partial<Product> = {}): Promise<Product> {
  const products = ctx.get(ProductService);
  const product = await products.create(SYSTEM_ACTOR, { sku: `SKU-${Date.now()}-${++counter}`, name: `Product ${counter}`, unit: 'pcs', ...overrides });
  let [list] = (await products.priceLists(SYSTEM_ACTOR)).filter((l) => l.currency === 'RUB');
  list ??= await products.savePriceList(SYSTEM_ACTOR, { name: 'Base RUB', currency: 'RUB' });
  await products.setPrice(SYSTEM_ACTOR, { priceListId: list.id, productId: product.id, validFrom: '2020-01-01', unitPrice: price });
  return product;
}

/** A deal created through the real service (rules, history and events included). */
export function makeDeal(ctx: TestContext, actor: Actor, input: Partial<CreateDealInput> & { accountId?: string | null }): Promise<Deal> {
  counter++;
  return ctx.get(DealService).create(actor, { title: `Deal ${counter}`, amount: 1000_00, ...input });
}
