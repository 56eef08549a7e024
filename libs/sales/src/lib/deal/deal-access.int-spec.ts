import { Permission, POLICY, Role, ROLES } from '@crm/core';
import { createTestContext, GraphQLResult, TestContext, TestUser } from '@crm/core/testing';
import { AccountModule } from '@crm/account';
import { makeAccount } from '@crm/account/testing';
import { ContactModule } from '@crm/contact';
import { makeContact } from '@crm/contact/testing';
import { makeDeal, makePipeline, TestPipeline } from '../../testing/index';
import { Deal } from './deal.entity';
import { DealService } from './deal.service';
import { SalesModule } from '../sales.module';

/**
 * The authorization matrix for sales, generated from the policy table: every role × every sales
 * operation, including board counts and sums, funnel, statistics and plan figures. Which deals a
 * role should see is computed here from its scope, independently of the SQL that enforces it.
 * Department totals are the one documented exception: roles holding sales.departmentTotals get
 * the department's funnel over all deals (totals only). Refused writes leave the database as it was.
 */
describe('sales authorization matrix', () => {
  let ctx: TestContext;
  const actors = {} as Record<Role, TestUser>;
  const records: { deal: Deal; ownerTeam: string; territory: string; partner: string | null }[] = [];
  let world: { teamA: string; territoryA: string; partnerA: string };
  let p: TestPipeline;
  /** Where deals created by the matrix go, so they do not change the counts of p. */
  let sandbox: TestPipeline;
  let contactId: string;
  const SECRET_AMOUNT = 987_654_32;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule, SalesModule]);
    const [teamA, teamB] = [await ctx.team(), await ctx.team()];
    const [territoryA, territoryB] = [await ctx.territory(), await ctx.territory()];
    const admin = await ctx.makeUser('admin');
    const partnerA = await makeAccount(ctx, admin.actor, { name: 'Partner A', kinds: ['PARTNER' as never] });
    const partnerB = await makeAccount(ctx, admin.actor, { name: 'Partner B', kinds: ['PARTNER' as never] });
    world = { teamA: teamA.id, territoryA: territoryA.id, partnerA: partnerA.id };
    p = await makePipeline(ctx, 'Matrix', true);
    sandbox = await makePipeline(ctx, 'Sandbox');
    const repA = await ctx.makeUser('sales_rep', { team: teamA, territory: territoryA });
    const repB = await ctx.makeUser('sales_rep', { team: teamB, territory: territoryB });
    const placement: [TestUser, typeof territoryA, string | null][] = [
      [repA, territoryA, partnerA.id],
      [repA, territoryB, null],
      [repB, territoryB, partnerB.id],
      [repB, territoryA, null],
    ];
    for (const [i, [owner, territory, partner]] of placement.entries()) {
      const creator = partner ? { ...admin.actor, partnerAccountId: partner } : admin.actor;
      const account = await makeAccount(ctx, creator, { name: `Matrix buyer ${i}`, ownerId: owner.user.id, territoryId: territory.id });
      const deal = await makeDeal(ctx, creator, { title: `Matrix deal ${i}`, accountId: account.id, ownerId: owner.user.id, amount: SECRET_AMOUNT, expectedCloseOn: '2026-05-15' });
      records.push({ deal, ownerTeam: owner === repA ? teamA.id : teamB.id, territory: territory.id, partner });
    }
    contactId = (await makeContact(ctx, { ...admin.actor, partnerAccountId: partnerA.id }, { ownerId: repA.user.id, territoryId: territoryA.id })).id;
    actors.admin = admin;
    actors.sales_manager = await ctx.makeUser('sales_manager', { team: teamA, territory: territoryA });
    actors.sales_rep = repA;
    actors.support_agent = await ctx.makeUser('support_agent');
    actors.marketer = await ctx.makeUser('marketer', { territory: territoryA });
    actors.partner = await ctx.makeUser('partner', { partnerAccountId: partnerA.id });
  });
  afterAll(() => ctx.close());

  function expectedVisible(role: Role): string[] {
    const actor = actors[role];
    return records
      .filter((r) => {
        switch (POLICY[role].scope) {
          case 'all': return true;
          case 'team': return r.ownerTeam === world.teamA;
          case 'territory': return r.territory === world.territoryA;
          case 'own': return r.deal.ownerId === actor.user.id;
          case 'partner': return r.partner === world.partnerA;
        }
      })
      .map((r) => r.deal.id)
      .sort();
  }
  const can = (role: Role, permission: Permission) => POLICY[role].permissions.includes(permission);
  const code = (res: GraphQLResult) => res.errors?.[0].extensions.code;
  const snapshot = async () =>
    (
      await ctx.db.query(`SELECT
        (SELECT md5(coalesce(string_agg(d::text, '' ORDER BY d.id), '')) FROM sales.deal d) AS deals,
        (SELECT md5(coalesce(string_agg(l::text, '' ORDER BY l.id), '')) FROM sales.deal_line l) AS lines,
        (SELECT count(*) FROM sales.deal_stage_history) AS stays,
        (SELECT md5(coalesce(string_agg(x::text, '' ORDER BY x.id), '')) FROM sales.product x) AS products,
        (SELECT md5(coalesce(string_agg(x::text, '' ORDER BY x.id), '')) FROM sales.pipeline x) AS pipelines,
        (SELECT md5(coalesce(string_agg(x::text, '' ORDER BY x.id), '')) FROM sales.plan x) AS plans,
        (SELECT md5(coalesce(string_agg(x::text, '' ORDER BY x.id), '')) FROM sales.exchange_rate x) AS rates,
        (SELECT count(*) FROM core.event) AS events`)
    )[0];
  const tagged = (ids: string[]) => ids.filter((id) => records.some((r) => r.deal.id === id)).sort();

  describe.each(ROLES)('%s', (role) => {
    const who = () => actors[role];
    const visible = () => expectedVisible(role);
    const readable = () => can(role, 'deal.read');

    it('deals list, totalCount and get show exactly the deals in scope', async () => {
      const res = await ctx.gql<{ deals: { totalCount: number; edges: { node: { id: string } }[] } }>(who(), `query { deals(first: 200, filter: { search: "Matrix deal" }) { totalCount edges { node { id } } } }`);
      if (!readable()) return expect(code(res)).toBe('FORBIDDEN');
      expect(tagged(res.data.deals.edges.map((e) => e.node.id))).toEqual(visible());
      expect(res.data.deals.totalCount).toBe(visible().length);
      for (const { deal } of records) {
        const get = await ctx.gql(who(), `query($id: ID!) { deal(id: $id) { id } }`, { id: deal.id });
        expect(get.errors ? code(get) : 'OK').toBe(visible().includes(deal.id) ? 'OK' : 'NOT_FOUND');
      }
    });

    it('board column counts, sums and cards include only visible deals', async () => {
      const board = await ctx.gql<{ salesBoard: { columns: { stage: { id: string }; count: number; amount: number }[] } }>(
        who(), `query($p: ID!) { salesBoard(pipelineId: $p) { columns { stage { id } count amount } } }`, { p: p.pipeline.id },
      );
      const cards = await ctx.gql<{ boardColumnDeals: { totalCount: number; edges: { node: { id: string } }[] } }>(
        who(), `query($s: ID!) { boardColumnDeals(stageId: $s, first: 200) { totalCount edges { node { id } } } }`, { s: p.open[0].id },
      );
      if (!readable()) return [board, cards].forEach((r) => expect(code(r)).toBe('FORBIDDEN'));
      const first = board.data.salesBoard.columns[0];
      expect([first.count, first.amount]).toEqual([visible().length, visible().length * SECRET_AMOUNT]);
      expect(tagged(cards.data.boardColumnDeals.edges.map((e) => e.node.id))).toEqual(visible());
      expect(cards.data.boardColumnDeals.totalCount).toBe(visible().length);
    });

    it('funnel and statistics sum visible deals; department totals only with sales.departmentTotals', async () => {
      const funnel = await ctx.gql<{ salesFunnel: { entered: number; scope: string } }>(
        who(), `query($p: ID!) { salesFunnel(input: { pipelineId: $p, from: "2000-01-01", to: "2002-12-31" }) { entered scope } }`, { p: p.pipeline.id },
      );
      // The matrix's deals were created just now (the real clock); a day either side covers any time zone.
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const cohort = await ctx.gql<{ salesFunnel: { entered: number; scope: string } }>(
        who(), `query($p: ID!, $f: Date!, $t: Date!) { salesFunnel(input: { pipelineId: $p, from: $f, to: $t }) { entered scope } }`, { p: p.pipeline.id, f: day(-1), t: day(1) },
      );
      if (!can(role, 'sales.analytics')) return [funnel, cohort].forEach((r) => expect(code(r)).toBe('FORBIDDEN'));
      expect(funnel.data.salesFunnel.entered).toBe(0);
      const department = POLICY[role].scope === 'all' || can(role, 'sales.departmentTotals');
      expect(cohort.data.salesFunnel).toEqual({ entered: department ? records.length : visible().length, scope: department ? 'ALL' : 'VISIBLE' });
      // Narrowed to one manager, a role without that manager in scope gets nothing from totals.
      const narrowed = await ctx.gql<{ salesFunnel: { entered: number } }>(
        who(), `query($p: ID!, $o: ID!, $f: Date!, $t: Date!) { salesFunnel(input: { pipelineId: $p, from: $f, to: $t, ownerId: $o }) { entered } }`, { p: p.pipeline.id, o: records[2].deal.ownerId, f: day(-1), t: day(1) },
      );
      expect(narrowed.data.salesFunnel.entered).toBe(visible().filter((id) => records.find((r) => r.deal.id === id)!.deal.ownerId === records[2].deal.ownerId).length);
    });

    it('plan reports and product trends only for subjects within scope', async () => {
      const dept = await ctx.gql(who(), `query { salesPlanReport(input: { period: MONTH, from: "2026-05-01", to: "2026-05-31", subject: DEPARTMENT }) { total { forecast { pipeline } } } }`);
      const trends = await ctx.gql(who(), `query { productTrends { productId } }`);
      if (!can(role, 'plan.read')) expect(code(dept)).toBe('FORBIDDEN');
      else if (POLICY[role].scope === 'all' || can(role, 'sales.departmentTotals')) {
        expect((dept.data as { salesPlanReport: { total: { forecast: { pipeline: number } } } }).salesPlanReport.total.forecast.pipeline).toBe(records.length * SECRET_AMOUNT);
      } else expect(code(dept)).toBe('FORBIDDEN');
      expect(trends.errors ? code(trends) : 'OK').toBe(can(role, 'sales.departmentTotals') ? 'OK' : 'FORBIDDEN');
    });

    it('account and contact cards list deals only for roles that may read them; the timeline hides their values otherwise', async () => {
      const accountId = records[0].deal.accountId!;
      const res = await ctx.gql<{ account: { deals: { id: string }[]; timeline: { edges: { node: { type: string; changes: unknown[] } }[] } } | null }>(
        who(), `query($a: String!) { account(id: $a) { deals { id amount } timeline(first: 100) { edges { node { type changes { field after } } } } } }`, { a: accountId },
      );
      if (!can(role, 'account.read') || res.errors) return expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(res));
      const shows = readable() && !POLICY[role].fields?.account?.hidden?.includes('deals');
      expect(res.data.account!.deals.map((d) => d.id)).toEqual(shows && visible().includes(records[0].deal.id) ? [records[0].deal.id] : []);
      const text = JSON.stringify(res.data.account!.timeline.edges);
      expect(text).toContain('sales.deal.created');
      if (!shows) expect(text).not.toContain(String(SECRET_AMOUNT));
    });

    it('creating, editing, moving and deleting deals follow the permissions and the scope; refusals write nothing', async () => {
      const before = await snapshot();
      const created = await ctx.gql<{ createDeal: { deal: { id: string; version: number } } }>(
        who(), `mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id version } } }`, { i: { title: `By ${role}`, pipelineId: sandbox.pipeline.id, contacts: [{ contactId }], amount: 10_00 } },
      );
      if (!can(role, 'deal.create')) {
        expect(code(created)).toBe('FORBIDDEN');
        expect(await snapshot()).toEqual(before);
      } else {
        expect(created.errors).toBeUndefined();
      }
      for (const { deal } of records) {
        const current = await ctx.get(DealService).get(actors.admin.actor, deal.id);
        const snap = await snapshot();
        const update = await ctx.gql(who(), `mutation($i: UpdateDealInput!) { updateDeal(input: $i) { deal { id } } }`, { i: { id: deal.id, expectedVersion: current.version, description: `edited by ${role}` } });
        const move = await ctx.gql(who(), `mutation($i: MoveDealInput!) { moveDeal(input: $i) { deal { id } } }`, { i: { id: deal.id, expectedVersion: current.version, stageId: p.open[0].id } });
        const del = await ctx.gql(who(), `mutation($i: DeleteDealInput!) { deleteDeal(input: $i) { id } }`, { i: { id: deal.id, expectedVersion: current.version + 99 } });
        if (!can(role, 'deal.update')) expect([code(update), code(move)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
        else if (!visible().includes(deal.id)) expect([code(update), code(move)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
        else expect(update.errors).toBeUndefined();
        // Delete with a wrong version: FORBIDDEN without the permission, NOT_FOUND out of scope, CONFLICT otherwise.
        expect(code(del)).toBe(!can(role, 'deal.delete') ? 'FORBIDDEN' : visible().includes(deal.id) ? 'CONFLICT' : 'NOT_FOUND');
        if (code(update)) expect((await snapshot()).deals).toEqual(snap.deals);
      }
    });

    it('catalogue, pipelines, rates and plans are edited only with their permissions', async () => {
      const before = await snapshot();
      const product = await ctx.gql(who(), `mutation { createProduct(input: { sku: "M-${role}", name: "Matrix ${role}", unit: "pcs" }) { product { id } } }`);
      const pipeline = await ctx.gql(who(), `mutation { savePipeline(input: { name: "P ${role}", stages: [{ name: "A", kind: OPEN }, { name: "W", kind: WON }, { name: "L", kind: LOST }] }) { pipeline { id } } }`);
      const rate = await ctx.gql(who(), `mutation { setExchangeRate(input: { currency: "CNY", validOn: "2026-01-01", rate: 12.5 }) { id } }`);
      const plan = await ctx.gql(who(), `mutation($u: ID!) { savePlan(input: { subject: USER, userId: $u, period: YEAR, periodStart: "2031-01-01", targetAmount: 100 }) { plan { id } } }`, { u: actors.sales_rep.user.id });
      const products = await ctx.gql(who(), `query { products(first: 5) { edges { node { id } } } }`);
      expect(product.errors ? code(product) : 'OK').toBe(can(role, 'product.manage') ? 'OK' : 'FORBIDDEN');
      expect(rate.errors ? code(rate) : 'OK').toBe(can(role, 'product.manage') ? 'OK' : 'FORBIDDEN');
      expect(pipeline.errors ? code(pipeline) : 'OK').toBe(can(role, 'pipeline.manage') ? 'OK' : 'FORBIDDEN');
      // A manager plans for the team's members; repA is one.
      expect(plan.errors ? code(plan) : 'OK').toBe(can(role, 'plan.manage') ? 'OK' : 'FORBIDDEN');
      expect(products.errors ? code(products) : 'OK').toBe(can(role, 'product.read') ? 'OK' : 'FORBIDDEN');
      if (![product, pipeline, rate, plan].some((r) => !r.errors)) expect(await snapshot()).toEqual(before);
      if (plan.data) await ctx.db.query(`DELETE FROM sales.plan WHERE period_start = '2031-01-01'`);
      if (rate.data) await ctx.db.query(`DELETE FROM sales.exchange_rate WHERE currency = 'CNY'`);
    });
  });
});
