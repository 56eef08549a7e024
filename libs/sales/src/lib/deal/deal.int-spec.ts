import { SYSTEM_ACTOR } from '@crm/core';
import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { AccountModule } from '@crm/account';
import { makeAccount } from '@crm/account/testing';
import { ContactModule } from '@crm/contact';
import { makeContact } from '@crm/contact/testing';
import { makeDeal, makePipeline, makeProduct, TestPipeline } from '../../testing/index';
import { ExchangeRateService } from '../money/exchange-rate.service';
import { ProductService } from '../product/product.service';
import { SalesModule } from '../sales.module';

type Errors = { errors?: { extensions: { code: string; fields?: { field: string; message: string }[] } }[] };
const fieldsOf = (res: Errors) => res.errors?.[0].extensions.fields?.map((f) => f.field) ?? [];
const codeOf = (res: Errors) => res.errors?.[0].extensions.code;

const DEAL = `id title amount currency amountBase amountFromLines probability forecastCategory status closedOn version number
  stage { name kind } lines { quantity unitPrice discountPercent amount product { sku } } contacts { isPrimary contact { id } }`;
const CREATE = `mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { ${DEAL} } } }`;
const UPDATE = `mutation($i: UpdateDealInput!) { updateDeal(input: $i) { deal { ${DEAL} } } }`;
const MOVE = `mutation($i: MoveDealInput!) { moveDeal(input: $i) { deal { ${DEAL} } } }`;
const REOPEN = `mutation($i: ReopenDealInput!) { reopenDeal(input: $i) { deal { ${DEAL} } } }`;

interface DealResult {
  id: string; amount: number; amountBase: number; version: number; status: string; closedOn: string | null; probability: number; forecastCategory: string;
  stage: { name: string }; lines: { amount: number; unitPrice: number }[];
}

describe('deals', () => {
  let ctx: TestContext;
  let manager: TestUser;
  let p: TestPipeline;
  let other: TestPipeline;
  let accountId: string;
  let productA: string;
  let productB: string;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule, SalesModule]);
    manager = await ctx.makeUser('sales_manager', { team: await ctx.team() });
    p = await makePipeline(ctx, 'Main', true);
    other = await makePipeline(ctx, 'Projects');
    accountId = (await makeAccount(ctx, manager.actor, { name: 'ООО «Ромашка»' })).id;
    productA = (await makeProduct(ctx, 1500_00, { name: 'Licence' })).id;
    productB = (await makeProduct(ctx, 99_99, { name: 'Support hour', unit: 'h' })).id;
    await ctx.get(ExchangeRateService).set(SYSTEM_ACTOR, { currency: 'USD', validOn: '2020-01-01', rate: 90 });
    await ctx.get(ExchangeRateService).set(SYSTEM_ACTOR, { currency: 'USD', validOn: '2026-01-01', rate: 100 });
  });
  afterAll(() => ctx.close());

  const create = async (input: Record<string, unknown>) => ctx.gql<{ createDeal: { deal: DealResult } }>(manager, CREATE, { i: { title: 'Deal', accountId, ...input } });

  it('computes the amount from line items priced from the price list or the line', async () => {
    const res = await create({
      title: 'Licences for Romashka',
      lines: [{ productId: productA, quantity: 3 }, { productId: productB, quantity: 2.5, unitPrice: 120_00, discountPercent: 10 }],
      amount: 1, // ignored: lines decide
    });
    expect(res.errors).toBeUndefined();
    const deal = res.data!.createDeal.deal;
    expect(deal.lines.map((l) => [l.unitPrice, l.amount])).toEqual([[1500_00, 4500_00], [120_00, 270_00]]);
    expect(deal).toMatchObject({ amount: 4770_00, amountBase: 4770_00, amountFromLines: true, stage: { name: 'Qualify' }, probability: 10, forecastCategory: 'PIPELINE', status: 'OPEN' });
  });

  it('converts foreign amounts at the rate of the expected close date', async () => {
    const early = await create({ currency: 'USD', amount: 10_00, expectedCloseOn: '2025-06-30' });
    const late = await create({ currency: 'USD', amount: 10_00, expectedCloseOn: '2026-03-31' });
    expect([early.data!.createDeal.deal.amountBase, late.data!.createDeal.deal.amountBase]).toEqual([900_00, 1000_00]);
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const before = await ctx.db.query(`SELECT (SELECT count(*) FROM sales.deal) d, (SELECT count(*) FROM sales.deal_line) l, (SELECT count(*) FROM core.event) e`);
    const bad = await create({
      currency: 'EUR',
      lines: [{ productId: productA, quantity: -2 }, { productId: productB, quantity: 1, discountPercent: 120 }, { productId: productB, quantity: 1, unitPrice: -5 }],
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad).sort()).toEqual(['currency', 'lines[0].quantity', 'lines[0].unitPrice', 'lines[1].discountPercent', 'lines[1].unitPrice', 'lines[2].unitPrice'].sort());
    expect(bad.errors![0].extensions.fields!.find((f) => f.field === 'currency')!.message).toMatch(/no exchange rate to RUB is set for EUR/);
    expect(fieldsOf(await create({ currency: 'XYZ', amount: 1 }))).toEqual(['currency']);
    expect(fieldsOf(await create({ expectedCloseOn: '2026-02-30' }))).toEqual(['expectedCloseOn']);
    expect(fieldsOf(await create({ stageId: other.open[1].id }))).toEqual(['stageId']);
    expect(fieldsOf(await create({ accountId: null }))).toEqual(['accountId']);
    expect(fieldsOf(await create({ stageId: p.won.id, amount: 0 }))).toEqual(['amount']);
    expect(await ctx.db.query(`SELECT (SELECT count(*) FROM sales.deal) d, (SELECT count(*) FROM sales.deal_line) l, (SELECT count(*) FROM core.event) e`)).toEqual(before);
  });

  it('takes no new lines of a product that is no longer sold, and needs a price when the list has none', async () => {
    const retired = await makeProduct(ctx, 10_00, { name: 'Old box' });
    await ctx.get(ProductService).update(SYSTEM_ACTOR, { id: retired.id, expectedVersion: retired.version, active: false });
    const res = await create({ lines: [{ productId: retired.id, quantity: 1 }] });
    expect(res.errors![0].extensions.fields).toEqual([{ field: 'lines[0].productId', message: 'Old box is no longer sold' }]);
    const usd = await create({ currency: 'USD', lines: [{ productId: productA, quantity: 1 }] });
    expect(fieldsOf(usd)).toEqual(['lines[0].unitPrice']);
  });

  it('moves through stages, wins with an amount and a close date, refuses moving a closed deal until reopened', async () => {
    ctx.clock.set('2026-03-02T09:00:00Z');
    const deal = (await create({ amount: 0 })).data!.createDeal.deal;
    ctx.clock.set('2026-03-05T09:00:00Z');
    const moved = await ctx.gql<{ moveDeal: { deal: DealResult } }>(manager, MOVE, { i: { id: deal.id, stageId: p.open[2].id, expectedVersion: deal.version } });
    expect(moved.data!.moveDeal.deal).toMatchObject({ stage: { name: 'Negotiate' }, probability: 80, forecastCategory: 'COMMIT' });
    const v = moved.data!.moveDeal.deal.version;
    const noAmount = await ctx.gql(manager, MOVE, { i: { id: deal.id, stageId: p.won.id, expectedVersion: v } });
    expect(noAmount.errors![0].extensions.fields).toEqual([{ field: 'amount', message: 'a won deal needs an amount above zero' }]);
    const stale = await ctx.gql(manager, MOVE, { i: { id: deal.id, stageId: p.open[0].id, expectedVersion: v - 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const priced = await ctx.gql<{ updateDeal: { deal: DealResult } }>(manager, UPDATE, { i: { id: deal.id, expectedVersion: v, amount: 250_000_00 } });
    ctx.clock.set('2026-03-10T09:00:00Z');
    const won = await ctx.gql<{ moveDeal: { deal: DealResult } }>(manager, MOVE, { i: { id: deal.id, stageId: p.won.id, expectedVersion: priced.data!.updateDeal.deal.version } });
    expect(won.data!.moveDeal.deal).toMatchObject({ status: 'WON', probability: 100, forecastCategory: 'CLOSED' });
    expect(won.data!.moveDeal.deal.closedOn).toMatch(/^2026-03-1[01]$/);
    const wv = won.data!.moveDeal.deal.version;
    const closed = await ctx.gql(manager, MOVE, { i: { id: deal.id, stageId: p.open[1].id, expectedVersion: wv } });
    expect(closed.errors![0].extensions.fields).toEqual([{ field: 'stageId', message: 'the deal is won; reopen it before moving it' }]);
    const lostNoReason = await ctx.gql(manager, MOVE, { i: { id: deal.id, stageId: p.lost.id, expectedVersion: wv } });
    expect(fieldsOf(lostNoReason)).toEqual(['stageId']);
    const reopened = await ctx.gql<{ reopenDeal: { deal: DealResult } }>(manager, REOPEN, { i: { id: deal.id, stageId: p.open[1].id, expectedVersion: wv } });
    expect(reopened.data!.reopenDeal.deal).toMatchObject({ status: 'OPEN', closedOn: null, stage: { name: 'Proposal' }, probability: 50 });
    const rv = reopened.data!.reopenDeal.deal.version;
    expect(fieldsOf(await ctx.gql(manager, MOVE, { i: { id: deal.id, stageId: p.lost.id, expectedVersion: rv } }))).toEqual(['lossReasonId']);
    const lost = await ctx.gql<{ moveDeal: { deal: DealResult } }>(manager, MOVE, { i: { id: deal.id, stageId: p.lost.id, expectedVersion: rv, lossReasonId: p.reason.id, lossNote: 'went with a competitor' } });
    expect(lost.data!.moveDeal.deal).toMatchObject({ status: 'LOST', probability: 0, forecastCategory: 'OMITTED' });

    const history = await ctx.gql<{ deal: { stageHistory: { stage: { name: string }; enteredAt: string; leftAt: string | null }[] } }>(
      manager, `query($id: ID!) { deal(id: $id) { stageHistory { stage { name } enteredAt leftAt } } }`, { id: deal.id },
    );
    expect(history.data!.deal.stageHistory.map((s) => [s.stage.name, s.leftAt === null])).toEqual([
      ['Qualify', false], ['Negotiate', false], ['Won', false], ['Proposal', false], ['Lost', true],
    ]);
    const events = await ctx.db.query(`SELECT type FROM core.event WHERE entity_id = $1 ORDER BY id`, [deal.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'sales.deal.created', 'sales.deal.stageChanged', 'sales.deal.updated', 'sales.deal.won', 'sales.deal.reopened', 'sales.deal.lost',
    ]);
    ctx.clock.set(null);
  });

  it('shows deals on the account and contact cards and their events on the account timeline', async () => {
    const [buyer, user] = [await makeContact(ctx, manager.actor, {}), await makeContact(ctx, manager.actor, {})];
    const deal = await makeDeal(ctx, manager.actor, { accountId, contacts: [{ contactId: buyer.id, role: 'Decision maker' }, { contactId: user.id }] });
    type Card = { deals: { id: string }[] };
    const res = await ctx.gql<{ account: Card & { timeline: { edges: { node: { type: string } }[] } }; buyer: Card; user: Card }>(
      manager,
      `query($a: String!, $b: String!, $u: String!) { account(id: $a) { deals { id } timeline(first: 50) { edges { node { type } } } }
        buyer: contact(id: $b) { deals { id } } user: contact(id: $u) { deals { id } } }`,
      { a: accountId, b: buyer.id, u: user.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.account.deals.map((d) => d.id)).toContain(deal.id);
    // One request, two contacts of the same deal: each card lists it.
    expect([res.data!.buyer.deals, res.data!.user.deals]).toEqual([[{ id: deal.id }], [{ id: deal.id }]]);
    expect(res.data!.account.timeline.edges.map((e) => e.node.type)).toContain('sales.deal.created');
  });

  it('refuses edits that break the rules, naming the field, and counts an edit of contacts alone as a new version', async () => {
    const [first, second] = [await makeContact(ctx, manager.actor, {}), await makeContact(ctx, manager.actor, {})];
    const deal = (await create({ contacts: [{ contactId: first.id }], amount: 100_00 })).data!.createDeal.deal;
    const stale = await ctx.gql(manager, UPDATE, { i: { id: deal.id, expectedVersion: deal.version + 1, title: 'x' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const contactsOnly = await ctx.gql<{ updateDeal: { deal: DealResult } }>(manager, UPDATE, { i: { id: deal.id, expectedVersion: deal.version, contacts: [{ contactId: second.id }] } });
    expect(contactsOnly.data!.updateDeal.deal.version).toBe(deal.version + 1);
    const v = contactsOnly.data!.updateDeal.deal.version;
    // The old version can no longer overwrite that change.
    expect(codeOf(await ctx.gql(manager, UPDATE, { i: { id: deal.id, expectedVersion: deal.version, contacts: [] } }))).toBe('CONFLICT');
    expect(fieldsOf(await ctx.gql(manager, UPDATE, { i: { id: deal.id, expectedVersion: v, accountId: null, contacts: [] } }))).toEqual(['contacts']);
    expect(fieldsOf(await ctx.gql(manager, UPDATE, { i: { id: deal.id, expectedVersion: v, contacts: [{ contactId: first.id, isPrimary: true }, { contactId: second.id, isPrimary: true }] } }))).toEqual(['contacts']);
    const won = await ctx.gql<{ moveDeal: { deal: DealResult } }>(manager, MOVE, { i: { id: deal.id, stageId: p.won.id, expectedVersion: v } });
    const wv = won.data!.moveDeal.deal.version;
    expect(fieldsOf(await ctx.gql(manager, UPDATE, { i: { id: deal.id, expectedVersion: wv, probability: 40 } }))).toEqual(['probability']);
    expect(fieldsOf(await ctx.gql(manager, UPDATE, { i: { id: deal.id, expectedVersion: wv, amount: 0 } }))).toEqual(['amount']);
    expect(fieldsOf(await ctx.gql(manager, REOPEN, { i: { id: deal.id, stageId: p.lost.id, expectedVersion: wv } }))).toEqual(['stageId']);
    // A rep may not hand a deal to someone else.
    const rep = await ctx.makeUser('sales_rep');
    const own = await makeDeal(ctx, rep.actor, { contacts: [{ contactId: (await makeContact(ctx, rep.actor, {})).id }] });
    const handOver = await ctx.gql(rep, UPDATE, { i: { id: own.id, expectedVersion: own.version, ownerId: manager.user.id } });
    expect(handOver.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ownerId', message: 'you may not change this field' }] });
  });

  it('shows a deal\'s contacts only to those who may see them, and refuses a tampered cursor', async () => {
    // A rep of the manager's team: the manager sees the rep's deals, the rep not the manager's contacts.
    const rep = await ctx.makeUser('sales_rep', { team: { id: manager.actor.teamId!, name: '' } });
    const hidden = await makeContact(ctx, manager.actor, {});
    // The manager gives the rep a deal with a contact the rep cannot see.
    const deal = await makeDeal(ctx, manager.actor, { accountId, ownerId: rep.user.id, contacts: [{ contactId: hidden.id, role: 'Secret advisor' }] });
    const query = `query($id: ID!) { deal(id: $id) { contacts { contactId role } } }`;
    expect((await ctx.gql<{ deal: { contacts: unknown[] } }>(rep, query, { id: deal.id })).data!.deal.contacts).toEqual([]);
    expect((await ctx.gql<{ deal: { contacts: unknown[] } }>(manager, query, { id: deal.id })).data!.deal.contacts).toEqual([{ contactId: hidden.id, role: 'Secret advisor' }]);
    const cursor = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', "x' OR 1=1"])).toString('base64url');
    expect(fieldsOf(await ctx.gql(manager, `query($a: String) { deals(after: $a) { edges { node { id } } } }`, { a: cursor }))).toEqual(['after']);
  });

  it('reprices foreign deals in the background when a rate changes', async () => {
    const deal = (await create({ currency: 'USD', amount: 50_00, expectedCloseOn: '2026-06-01' })).data!.createDeal.deal;
    expect(deal.amountBase).toBe(5000_00);
    const admin = await ctx.makeUser('admin');
    const set = await ctx.gql(admin, `mutation { setExchangeRate(input: { currency: "USD", validOn: "2026-05-01", rate: 80.5 }) { rate } }`);
    expect(set.errors).toBeUndefined();
    await ctx.drainJobs();
    const [row] = await ctx.db.query(`SELECT amount_base FROM sales.deal WHERE id = $1`, [deal.id]);
    expect(Number(row.amount_base)).toBe(4025_00);
    expect(fieldsOf(await ctx.gql(admin, `mutation { setExchangeRate(input: { currency: "RUB", validOn: "2026-05-01", rate: 2 }) { id } }`))).toEqual(['currency']);
    expect(fieldsOf(await ctx.gql(admin, `mutation { setExchangeRate(input: { currency: "USD", validOn: "2026-05-01", rate: -1 }) { id } }`))).toEqual(['rate']);
  });
});
