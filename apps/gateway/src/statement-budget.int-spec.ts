import { countStatements, createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { makeContact } from '@crm/contact/testing';
import { LinkService } from '@crm/account';
import { makeAccount } from '@crm/account/testing';
import { DealService } from '@crm/sales';
import { makeDeal, makePipeline, makeProduct } from '@crm/sales/testing';
import { DOMAIN_MODULES } from '@crm/modules';

/**
 * SQL statements per request, counted: deterministic where timings are not. A request pays one
 * statement to authenticate; the rest is what the page costs. Lists must not grow with their
 * rows (no N+1): a list of N rows with K relation fields costs at most 1 + K statements.
 */
describe('statement budgets', () => {
  let ctx: TestContext;
  let manager: TestUser;
  let contactId: string;
  const AUTHENTICATION = 1;

  const statementsOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const warm = await ctx.gql(manager, query, variables);
    expect(warm.errors).toBeUndefined();
    const { count, statements } = await countStatements(() => ctx.gql(manager, query, variables));
    return { count: count - AUTHENTICATION, statements };
  };

  beforeAll(async () => {
    ctx = await createTestContext(DOMAIN_MODULES);
    const team = await ctx.team();
    manager = await ctx.makeUser('sales_manager', { team, territory: await ctx.territory() });
    const colleague = await ctx.makeUser('sales_rep', { team });
    const p = await makePipeline(ctx, 'Budget', true);
    const product = await makeProduct(ctx, 10_00);
    const account = await makeAccount(ctx, manager.actor, { name: 'Budget Ltd' });
    const contact = await makeContact(ctx, manager.actor, { lastName: 'Budgetova' });
    contactId = contact.id;
    // A merged-in duplicate brings its own history; deals in several stages, by two people.
    const duplicate = await makeContact(ctx, colleague.actor, { lastName: 'Budgetova', ownerId: colleague.user.id });
    const merged = await ctx.gql(manager, `mutation($i: MergeContactsInput!) { mergeContacts(input: $i) { contact { id } } }`, {
      i: { survivorId: contact.id, survivorVersion: contact.version, loserId: duplicate.id, loserVersion: duplicate.version },
    });
    expect(merged.errors).toBeUndefined();
    for (let i = 0; i < 60; i++) {
      const owner = i % 2 ? manager : colleague;
      const deal = await makeDeal(ctx, manager.actor, { accountId: account.id, ownerId: owner.user.id, contacts: [{ contactId }], lines: [{ productId: product.id, quantity: 1 + i }] });
      if (i % 3 === 0) await ctx.get(DealService).move(manager.actor, { id: deal.id, expectedVersion: deal.version, stageId: p.open[1 + (i % 2)].id });
    }
    await ctx.get(LinkService).link(manager.actor, { accountId: account.id, contactId });
  });
  afterAll(() => ctx.close());

  // Authentication, the contact, its read audit, the timeline (merged records included), the users
  // named on the page, the deals with their stages.
  it('a record page — contact card, its last 50 timeline events and its deals — takes at most 6 statements', async () => {
    const { count, statements } = await statementsOf(
      `query($id: String!) { contact(id: $id) {
        id fullName code phones { number } emails { address } owner { name }
        timeline(first: 50) { edges { node { type occurredAt actorName changes { field } } } }
        deals { id title amount currency stage { name kind } } } }`,
      { id: contactId },
    );
    // On failure the statements themselves are the useful message.
    expect(count + AUTHENTICATION <= 6 ? 'within budget' : statements).toBe('within budget');
  });

  it('a list of deals with K relation fields costs at most 1 + K statements, whatever its length', async () => {
    // K = 4: owner, account, lines, lines.product (the stage is joined into the list query).
    const list = (first: number) =>
      statementsOf(`query($n: Int!) { deals(first: $n) { edges { node { title stage { name } owner { name } account { name } lines { quantity product { name } } } } } }`, { n: first });
    const [few, many] = [await list(5), await list(50)];
    expect(many.count).toBe(few.count);
    expect(many.count).toBeLessThanOrEqual(1 + 4);
  });

  it('a list of contacts with K relation fields costs at most 1 + K statements plus the read audit, whatever its length', async () => {
    // K = 4: owner, territory, accounts, accounts.account. Reading personal data is audited in one insert.
    const list = (first: number) =>
      statementsOf(`query($n: Int!) { contacts(first: $n) { edges { node { fullName owner { name } territory { name } accounts { account { name } } } } } }`, { n: first });
    const [few, many] = [await list(1), await list(50)];
    expect(many.count).toBe(few.count);
    expect(many.count).toBeLessThanOrEqual(1 + 4 + 1);
  });

  it('a board column page costs one statement for its cards and one for its count', async () => {
    const [pipeline] = (await ctx.gql<{ pipelines: { stages: { id: string }[] }[] }>(manager, `query { pipelines { stages { id } } }`)).data!.pipelines;
    const column = (first: number) =>
      statementsOf(`query($s: ID!, $n: Int!) { boardColumnDeals(stageId: $s, first: $n) { totalCount edges { node { title amount stage { name } } } } }`, { s: pipeline.stages[0].id, n: first });
    const [few, many] = [await column(2), await column(40)];
    expect(many.count).toBe(few.count);
    // The stage lookup (to know the pipeline) twice, the cards, the count.
    expect(many.count).toBeLessThanOrEqual(4);
  });
});
