import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { AccountModule } from '@crm/account';
import { makeAccount } from '@crm/account/testing';
import { ContactModule } from '@crm/contact';
import { makeDeal, makePipeline, makeProduct, TestPipeline } from '../../testing/index';
import { Deal } from '../deal/deal.entity';
import { DealService } from '../deal/deal.service';
import { SalesModule } from '../sales.module';

type Errors = { errors?: { extensions: { code: string; fields?: { field: string; message: string }[] } }[] };
const codeOf = (res: Errors) => res.errors?.[0].extensions.code;
const fieldsOf = (res: Errors) => res.errors?.[0].extensions.fields?.map((f) => f.field) ?? [];

/**
 * Board, funnel, plan vs actual, forecast, product trends and statistics over a small, fully
 * known set of deals, so every figure can be computed by hand.
 */
describe('sales figures', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let rep: TestUser;
  let p: TestPipeline;
  let accountId: string;
  let productId: string;
  const deals = () => ctx.get(DealService);

  /** A deal created at `at`, moved through `path` a day apart. */
  async function dealThrough(title: string, at: string, path: { stageId: string; lossReasonId?: string }[], extra: Record<string, unknown> = {}): Promise<Deal> {
    ctx.clock.set(at);
    let deal = await makeDeal(ctx, rep.actor, { title, accountId, pipelineId: p.pipeline.id, ...extra });
    let t = new Date(at).getTime();
    for (const step of path) {
      t += 86_400_000;
      ctx.clock.set(new Date(t));
      deal = await deals().move(rep.actor, { id: deal.id, expectedVersion: deal.version, ...step });
    }
    return deal;
  }

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule, SalesModule]);
    const team = await ctx.team();
    admin = await ctx.makeUser('admin');
    rep = await ctx.makeUser('sales_rep', { team });
    p = await makePipeline(ctx, 'Figures');
    accountId = (await makeAccount(ctx, rep.actor, { name: 'Figures Ltd' })).id;
    productId = (await makeProduct(ctx, 100_00)).id;
    const [, proposal, negotiate] = p.open;
    // Cohort of March 2026: 5 deals.
    await dealThrough('A stays', '2026-03-01T10:00:00Z', []);
    await dealThrough('B proposal', '2026-03-02T10:00:00Z', [{ stageId: proposal.id }]);
    await dealThrough('C lost at proposal', '2026-03-03T10:00:00Z', [{ stageId: proposal.id }, { stageId: p.lost.id, lossReasonId: p.reason.id }]);
    await dealThrough('D won', '2026-03-04T10:00:00Z', [{ stageId: proposal.id }, { stageId: negotiate.id }, { stageId: p.won.id }], {
      lines: [{ productId, quantity: 30 }], expectedCloseOn: '2026-03-31',
    });
    await dealThrough('E straight to won', '2026-03-05T10:00:00Z', [{ stageId: p.won.id }], { amount: 500_00, expectedCloseOn: '2026-03-31' });
    // Open deals expected in April: commit (negotiate, 80 %) and pipeline (qualify, 10 %).
    await dealThrough('F commit', '2026-03-06T10:00:00Z', [{ stageId: negotiate.id }], { amount: 1000_00, expectedCloseOn: '2026-04-15' });
    await dealThrough('G early', '2026-03-07T10:00:00Z', [], { amount: 2000_00, expectedCloseOn: '2026-04-20' });
    ctx.clock.set('2026-04-02T10:00:00Z');
  });
  afterAll(() => ctx.close());

  it('board columns count and sum the deals in each stage; cards page per column', async () => {
    const board = await ctx.gql<{ salesBoard: { columns: { stage: { name: string }; count: number; amount: number }[] } }>(
      rep, `query($p: ID!) { salesBoard(pipelineId: $p, filter: { from: "2026-01-01", to: "2026-12-31" }) { columns { stage { name } count amount } } }`, { p: p.pipeline.id },
    );
    expect(board.errors).toBeUndefined();
    expect(board.data!.salesBoard.columns.map((c) => [c.stage.name, c.count, c.amount])).toEqual([
      ['Qualify', 1, 2000_00], ['Proposal', 0, 0], ['Negotiate', 1, 1000_00], ['Won', 2, 3500_00], ['Lost', 1, 1000_00],
    ]);
    // Deals without an expected close date (A, B) fall outside a period; without one they show.
    const all = await ctx.gql<{ salesBoard: { columns: { count: number }[] } }>(rep, `query($p: ID!) { salesBoard(pipelineId: $p) { columns { count } } }`, { p: p.pipeline.id });
    expect(all.data!.salesBoard.columns.map((c) => c.count)).toEqual([2, 1, 1, 2, 1]);
    const page = `query($s: ID!, $after: String) { boardColumnDeals(stageId: $s, first: 1, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { boardColumnDeals: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await ctx.gql<Page>(rep, page, { s: p.open[0].id });
    const second = await ctx.gql<Page>(rep, page, { s: p.open[0].id, after: first.data!.boardColumnDeals.pageInfo.endCursor });
    expect([first.data!.boardColumnDeals.edges[0].node.title, second.data!.boardColumnDeals.edges[0].node.title]).toEqual(['G early', 'A stays']);
    expect([first.data!.boardColumnDeals.pageInfo.hasNextPage, second.data!.boardColumnDeals.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('funnel: how far the cohort got, where it dropped off, and how long each stage took', async () => {
    const res = await ctx.gql<{ salesFunnel: { entered: number; won: number; lost: number; winRate: number; wonAmount: number; scope: string;
      stages: { stage: { name: string }; reached: number; conversion: number | null; lostHere: number; averageDays: number | null; completedStays: number }[] } }>(
      rep, `query($i: FunnelInput!) { salesFunnel(input: $i) { entered won lost winRate wonAmount scope stages { stage { name } reached conversion lostHere averageDays completedStays } } }`,
      { i: { pipelineId: p.pipeline.id, from: '2026-03-01', to: '2026-03-31' } },
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.salesFunnel;
    expect([f.entered, f.won, f.lost, f.winRate, f.wonAmount, f.scope]).toEqual([7, 2, 1, 2 / 3, 3500_00, 'VISIBLE']);
    expect(f.stages.map((s) => [s.stage.name, s.reached, s.conversion, s.lostHere])).toEqual([
      ['Qualify', 7, null, 0],
      ['Proposal', 5, 5 / 7, 1],
      ['Negotiate', 3, 3 / 5, 0],
      ['Won', 2, 2 / 3, 0],
      ['Lost', 1, null, 0],
    ]);
    // Every finished stay lasted exactly one day.
    expect(f.stages.map((s) => [s.completedStays, s.averageDays])).toEqual([[5, 1], [2, 1], [1, 1], [0, null], [0, null]]);
  });

  it('plan vs actual and the forecast per month, and one plan per subject and period', async () => {
    const save = `mutation($i: SavePlanInput!) { savePlan(input: $i) { plan { id periodEnd } } }`;
    const plan = { subject: 'USER', userId: rep.user.id, period: 'MONTH', targetAmount: 5000_00 };
    const march = await ctx.gql<{ savePlan: { plan: { periodEnd: string } } }>(admin, save, { i: { ...plan, periodStart: '2026-03-01' } });
    expect(march.data!.savePlan.plan.periodEnd).toBe('2026-03-31');
    await ctx.gql(admin, save, { i: { ...plan, periodStart: '2026-04-01', targetAmount: 4000_00 } });
    const twice = await ctx.gql(admin, save, { i: { ...plan, periodStart: '2026-03-01' } });
    expect([codeOf(twice), twice.errors![0].extensions.fields]).toEqual(['CONFLICT', [{ field: 'periodStart', message: 'a plan for this month already exists; edit it instead' }]]);
    expect(fieldsOf(await ctx.gql(admin, save, { i: { ...plan, periodStart: '2026-03-15' } }))).toEqual(['periodStart']);
    expect(fieldsOf(await ctx.gql(admin, save, { i: { ...plan, periodStart: '2026-05-01', targetAmount: -1 } }))).toEqual(['targetAmount']);

    type Report = { salesPlanReport: { rows: { periodStart: string; targetAmount: number; actualAmount: number; wonDeals: number; attainment: number;
      forecast: { closed: number; commit: number; bestCase: number; pipeline: number; weighted: number; expected: number } }[]; total: { actualAmount: number; targetAmount: number } } };
    const report = await ctx.gql<Report>(rep, `query($i: PlanReportInput!) { salesPlanReport(input: $i) {
      rows { periodStart targetAmount actualAmount wonDeals attainment forecast { closed commit bestCase pipeline weighted expected } } total { actualAmount targetAmount } } }`,
    { i: { period: 'MONTH', from: '2026-03-01', to: '2026-04-30', subject: 'USER' } });
    expect(report.errors).toBeUndefined();
    const [m, a] = report.data!.salesPlanReport.rows;
    expect([m.periodStart, m.targetAmount, m.actualAmount, m.wonDeals, m.attainment]).toEqual(['2026-03-01', 5000_00, 3500_00, 2, 0.7]);
    expect(a.forecast).toEqual({ closed: 0, commit: 1000_00, bestCase: 1000_00, pipeline: 3000_00, weighted: 800_00 + 200_00, expected: 1000_00 });
    expect(report.data!.salesPlanReport.total).toEqual({ actualAmount: 3500_00, targetAmount: 9000_00 });
    // Per product: deal D sold 30 units at 100.00.
    const product = await ctx.gql<Report & { salesPlanReport: { rows: { actualUnits: number }[] } }>(rep, `query($i: PlanReportInput!) { salesPlanReport(input: $i) { rows { actualAmount actualUnits } } }`,
      { i: { period: 'QUARTER', from: '2026-01-01', to: '2026-03-31', subject: 'USER', productId } });
    expect(product.data!.salesPlanReport.rows).toEqual([{ actualAmount: 3000_00, actualUnits: 30 }]);
    // A rep sees neither the department nor a colleague.
    expect(codeOf(await ctx.gql(rep, `query { salesPlanReport(input: { period: MONTH, from: "2026-03-01", to: "2026-03-31", subject: DEPARTMENT }) { total { actualAmount } } }`))).toBe('FORBIDDEN');
    expect(codeOf(await ctx.gql(rep, `query($u: ID!) { salesPlanReport(input: { period: MONTH, from: "2026-03-01", to: "2026-03-31", subject: USER, userId: $u }) { total { actualAmount } } }`, { u: admin.user.id }))).toBe('FORBIDDEN');
  });

  it('product trends come from the pre-aggregated table the worker rebuilds', async () => {
    await ctx.drainJobs();
    const res = await ctx.gql<{ productTrends: { productId: string; totalAmount: number; totalUnits: number; stage: string; months: { month: string; amount: number }[] }[] }>(
      admin, `query($ids: [String!]) { productTrends(months: 6, until: "2026-03", productIds: $ids) { productId totalAmount totalUnits stage months { month amount } } }`, { ids: [productId] },
    );
    expect(res.errors).toBeUndefined();
    const [trend] = res.data!.productTrends;
    expect([trend.productId, trend.totalAmount, trend.totalUnits, trend.stage]).toEqual([productId, 3000_00, 30, 'INTRODUCTION']);
    expect(trend.months.at(-1)).toEqual({ month: '2026-03', amount: 3000_00 });
    expect(codeOf(await ctx.gql(rep, `query { productTrends { productId } }`))).toBe('FORBIDDEN');
    expect(fieldsOf(await ctx.gql(admin, `query { productTrends(productIds: ["x"]) { productId } }`))).toEqual(['productIds']);
    expect(fieldsOf(await ctx.gql(admin, `query { productTrends(until: "2026-13") { productId } }`))).toEqual(['until']);
    expect(codeOf(await ctx.gql(admin, `query { salesBoard(pipelineId: "nope") { pipelineId } }`))).toBe('NOT_FOUND');
    expect(codeOf(await ctx.gql(admin, `query { boardColumnDeals(stageId: "nope") { totalCount } }`))).toBe('NOT_FOUND');
  });

  it('statistics group won and lost deals by manager, product and customer', async () => {
    const query = `query($g: StatisticsGroup!) { salesStatistics(input: { groupBy: $g, from: "2026-03-01", to: "2026-03-31" }) { key label won lost wonAmount averageWon winRate } }`;
    const byManager = await ctx.gql<{ salesStatistics: { key: string; won: number; lost: number; wonAmount: number; averageWon: number; winRate: number }[] }>(rep, query, { g: 'MANAGER' });
    expect(byManager.data!.salesStatistics).toEqual([expect.objectContaining({ key: rep.user.id, won: 2, lost: 1, wonAmount: 3500_00, averageWon: 1750_00, winRate: 2 / 3 })]);
    const byProduct = await ctx.gql<{ salesStatistics: { key: string; wonAmount: number }[] }>(rep, query, { g: 'PRODUCT' });
    expect(byProduct.data!.salesStatistics).toEqual([expect.objectContaining({ key: productId, wonAmount: 3000_00 })]);
    const byCustomer = await ctx.gql<{ salesStatistics: { label: string; won: number }[] }>(rep, query, { g: 'CUSTOMER' });
    expect(byCustomer.data!.salesStatistics).toEqual([expect.objectContaining({ label: 'Figures Ltd', won: 2 })]);
    // Another rep's statistics do not include these deals.
    const stranger = await ctx.makeUser('sales_rep');
    expect((await ctx.gql<{ salesStatistics: unknown[] }>(stranger, query, { g: 'MANAGER' })).data!.salesStatistics).toEqual([]);
    expect(fieldsOf(await ctx.gql(rep, `query { salesStatistics(input: { groupBy: MANAGER, from: "2026-03-31", to: "2026-03-01" }) { key } }`))).toEqual(['to']);
  });

  it('managers read the department plan but may not change it; an edit needs the version', async () => {
    const team = await ctx.team();
    const manager = await ctx.makeUser('sales_manager', { team });
    const save = `mutation($i: SavePlanInput!) { savePlan(input: $i) { plan { id version } } }`;
    const department = await ctx.gql<{ savePlan: { plan: { id: string; version: number } } }>(admin, save, { i: { subject: 'DEPARTMENT', period: 'YEAR', periodStart: '2027-01-01', targetAmount: 1_000_000_00 } });
    const { id, version } = department.data!.savePlan.plan;
    expect((await ctx.gql<{ salesPlans: { id: string }[] }>(manager, `query { salesPlans(filter: { from: "2027-01-01", to: "2027-12-31" }) { id } }`)).data!.salesPlans).toEqual([{ id }]);
    expect(codeOf(await ctx.gql(manager, save, { i: { id, expectedVersion: version, subject: 'TEAM', teamId: team.id, period: 'YEAR', periodStart: '2027-01-01', targetAmount: 1 } }))).toBe('FORBIDDEN');
    expect(codeOf(await ctx.gql(manager, `mutation($id: ID!) { deletePlan(id: $id) { id } }`, { id }))).toBe('FORBIDDEN');
    expect(fieldsOf(await ctx.gql(admin, save, { i: { id, subject: 'DEPARTMENT', period: 'YEAR', periodStart: '2027-01-01', targetAmount: 2 } }))).toEqual(['expectedVersion']);
    expect(codeOf(await ctx.gql(admin, `mutation($id: ID!) { deletePlan(id: $id) { id } }`, { id }))).toBeUndefined();
  });

  it('sums very large deals per product without overflowing', async () => {
    // 50 million roubles: its minor units squared are far beyond bigint.
    const big = await makeProduct(ctx, 50_000_000_00, { name: 'Data centre' });
    ctx.clock.set('2026-05-10T10:00:00Z');
    const deal = await makeDeal(ctx, rep.actor, { accountId, pipelineId: p.pipeline.id, lines: [{ productId: big.id, quantity: 2 }] });
    await deals().move(rep.actor, { id: deal.id, expectedVersion: deal.version, stageId: p.won.id });
    const statistics = await ctx.gql<{ salesStatistics: { key: string; wonAmount: number }[] }>(
      rep, `query { salesStatistics(input: { groupBy: PRODUCT, from: "2026-05-01", to: "2026-05-31" }) { key wonAmount } }`,
    );
    expect(statistics.data!.salesStatistics).toEqual([{ key: big.id, wonAmount: 100_000_000_00 }]);
    const report = await ctx.gql<{ salesPlanReport: { total: { actualAmount: number } } }>(
      rep, `query($p: ID!) { salesPlanReport(input: { period: MONTH, from: "2026-05-01", to: "2026-05-31", subject: USER, productId: $p }) { total { actualAmount } } }`, { p: big.id },
    );
    expect(report.data!.salesPlanReport.total.actualAmount).toBe(100_000_000_00);
    await ctx.drainJobs();
    const trend = await ctx.gql<{ productTrends: { totalAmount: number }[] }>(admin, `query($ids: [String!]) { productTrends(months: 6, until: "2026-05", productIds: $ids) { totalAmount } }`, { ids: [big.id] });
    expect(trend.data!.productTrends).toEqual([{ totalAmount: 100_000_000_00 }]);
  });
});
