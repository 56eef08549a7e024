import { DuplicateQueue, JobQueue } from '@crm/core';
import { Caller, createTestContext, GraphQLResult, TestContext, TestUser } from '@crm/core/testing';
import { ContactModule } from '@crm/contact';
import { makeContact } from '@crm/contact/testing';
import { makeAccount } from '../../testing/index';
import { Account } from '../account/account.entity';
import { AccountModule } from '../account.module';
import { checkInn, checkRegistrationNumber } from '../requisites/requisites.rules';

const SBER = { inn: '7707083893', ogrn: '1027700132195' };
const GAZPROM = { inn: '7736050003', ogrn: '1027700070518' };
const ALFA = { inn: '7728168971', ogrn: '1027700067328' };

const MERGE = `mutation($i: MergeAccountsInput!) { mergeAccounts(input: $i) {
  loserCode
  account { id code version name legalName industry region inn ogrn kinds tags
    emails { address } phones { number }
    externalIds { system externalId }
    contracts { number accountId }
    metrics { metric period amount }
    contacts { contactId role isPrimary }
    children { id }
    customFields { key text } } } }`;
const CANDIDATES = 'query($p: AccountDuplicateProbe!) { accountDuplicateCandidates(probe: $p) { account { id } score reasons } }';
const PAIRS = `query($first: Int!, $after: String) { duplicatePairs(entityType: "account", first: $first, after: $after) {
  edges { node { id aId bId score reasons status a { __typename ... on Account { id name } } b { __typename ... on Account { id name } } } }
  pageInfo { hasNextPage endCursor } } }`;
const DISMISS = 'mutation($i: DismissDuplicateInput!) { dismissDuplicate(input: $i) { status aId bId } }';

/** The survivor as MERGE selects it. */
interface MergedAccount {
  id: string;
  code: string;
  version: number;
  name: string;
  legalName: string | null;
  industry: string | null;
  region: string | null;
  inn: string | null;
  ogrn: string | null;
  kinds: string[];
  tags: string[];
  emails: { address: string }[];
  phones: { number: string }[];
  externalIds: { system: string; externalId: string }[];
  contracts: { number: string; accountId: string }[];
  metrics: { metric: string; period: string; amount: number }[];
  contacts: { contactId: string; role: string | null; isPrimary: boolean }[];
  children: { id: string }[];
  customFields: { key: string; text: string | null }[];
}
type MergeResult = GraphQLResult<{ mergeAccounts: { loserCode: string; account: MergedAccount } }>;

interface PairNode {
  id: string;
  aId: string;
  bId: string;
  score: number;
  reasons: string[];
  status: string;
  a: { __typename: string; id: string; name: string } | null;
  b: { __typename: string; id: string; name: string } | null;
}

describe('account merge and duplicates (ACC-6)', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let manager: TestUser;
  let repA: TestUser;
  let repB: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule]);
    const [teamA, teamB] = [await ctx.team(), await ctx.team()];
    admin = await ctx.makeUser('admin');
    manager = await ctx.makeUser('sales_manager', { team: teamA });
    repA = await ctx.makeUser('sales_rep', { team: teamA });
    repB = await ctx.makeUser('sales_rep', { team: teamB });
    const field = await ctx.gql(admin, 'mutation($i: CreateCustomFieldInput!) { createCustomField(input: $i) { field { id } } }', {
      i: { entityType: 'account', key: 'segment_code', label: 'Segment code', type: 'TEXT' },
    });
    expect(field.errors).toBeUndefined();
  });
  afterAll(() => ctx.close());

  const code = (res: GraphQLResult) => res.errors?.[0].extensions.code;
  const versionOf = async (id: string) => (await ctx.db.query('SELECT version FROM account.account WHERE id = $1', [id]))[0]?.version as number;
  const merge = (who: Caller, input: Record<string, unknown>): Promise<MergeResult> => ctx.gql(who, MERGE, { i: input });
  const ok = async <T>(res: Promise<GraphQLResult<T>>) => {
    const r = await res;
    expect(r.errors).toBeUndefined();
    return r.data;
  };

  it('uses real, valid tax ids', () => {
    for (const { inn, ogrn } of [SBER, GAZPROM, ALFA]) {
      expect(checkInn(inn)).toEqual({ ok: true, value: inn });
      expect(checkRegistrationNumber(ogrn)).toEqual({ ok: true, value: ogrn });
    }
  });

  describe('nothing related is lost', () => {
    let survivor: Account;
    let loser: Account;
    let child: Account;
    let buyer: Account;
    let shared: Account;
    let partnerUser: TestUser;
    let contactOnlyLoser: string;
    let contactBoth: string;
    let loserEventIds: string[];
    let result: MergeResult;

    beforeAll(async () => {
      survivor = await makeAccount(ctx, admin.actor, {
        name: 'Сбербанк', inn: SBER.inn, tags: ['bank'], emails: [{ address: 'info@sber.example' }], externalIds: [{ system: 'erp', externalId: 'A-S' }],
        customFields: [{ key: 'segment_code', value: 'S1' }],
      });
      loser = await makeAccount(ctx, admin.actor, {
        name: 'ПАО Сбербанк', legalName: 'ПАО «Сбербанк России»', industry: 'Banking', ogrn: SBER.ogrn, tags: ['vip'],
        emails: [{ address: 'info@sber.example' }, { address: 'press@sber.example' }],
        externalIds: [{ system: 'erp', externalId: 'A-L' }, { system: '1c', externalId: '000123' }],
        customFields: [{ key: 'segment_code', value: 'L1' }],
      });
      // The loser's history: an edit, contracts (one number clashing), metrics (one month clashing).
      await ok(ctx.gql(admin, 'mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { version } } }', { i: { id: loser.id, expectedVersion: loser.version, region: 'Москва' } }));
      const contract = (accountId: string, number: string) =>
        ok(ctx.gql(admin, 'mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } } }', { i: { accountId, number, amount: 100_00, currency: 'RUB' } }));
      await contract(survivor.id, 'Д-1');
      await contract(loser.id, 'Д-1');
      await contract(loser.id, 'Д-2');
      const metrics = (accountId: string, values: { metric: string; month: string; amount: number }[]) =>
        ok(ctx.gql(admin, 'mutation($i: RecordAccountMetricsInput!) { recordAccountMetrics(input: $i) { values { id } } }', { i: { accountId, values } }));
      await metrics(survivor.id, [{ metric: 'TURNOVER', month: '2024-01', amount: 100 }]);
      await metrics(loser.id, [{ metric: 'TURNOVER', month: '2024-01', amount: 999 }, { metric: 'TURNOVER', month: '2024-02', amount: 200 }]);
      // Contacts: one linked to the loser only (its primary), one linked to both.
      contactOnlyLoser = (await makeContact(ctx, admin.actor)).id;
      contactBoth = (await makeContact(ctx, admin.actor)).id;
      const link = (input: Record<string, unknown>) => ok(ctx.gql(admin, 'mutation($i: LinkContactInput!) { linkContactToAccount(input: $i) { link { accountId } } }', { i: input }));
      await link({ accountId: loser.id, contactId: contactOnlyLoser, role: 'accountant', isPrimary: true });
      await link({ accountId: survivor.id, contactId: contactBoth, role: 'CEO' });
      await link({ accountId: loser.id, contactId: contactBoth, role: 'other' });
      // A subsidiary of the loser, an account buying from the loser (as a competitor), a record shared with the loser as a partner.
      child = await makeAccount(ctx, admin.actor, { name: 'Сбер Лизинг', parentId: loser.id });
      buyer = await makeAccount(ctx, admin.actor, { name: 'Покупатель', competitorPurchases: [{ competitorId: loser.id, product: 'Эквайринг' }, { product: 'Кредиты', note: 'no id' }] });
      shared = await makeAccount(ctx, { ...admin.actor, partnerAccountId: loser.id }, { name: 'Через партнёра' });
      partnerUser = await ctx.makeUser('partner', { partnerAccountId: loser.id });

      loserEventIds = (await ctx.db.query('SELECT id FROM core.event WHERE subject_id = $1 ORDER BY id', [loser.id])).map((e: { id: string }) => String(e.id));
      expect(loserEventIds.length).toBe(5); // created, updated, two contracts, metrics (link events belong to the contacts)

      result = await merge(admin, {
        survivorId: survivor.id, survivorVersion: await versionOf(survivor.id), loserId: loser.id, loserVersion: await versionOf(loser.id),
        fields: [{ field: 'name', from: 'LOSER' }],
      });
    });

    it('succeeds and removes the loser row', async () => {
      expect(result.errors).toBeUndefined();
      expect(result.data.mergeAccounts.loserCode).toBe(loser.code);
      expect(result.data.mergeAccounts.account).toMatchObject({ id: survivor.id, code: survivor.code });
      expect(await ctx.db.query('SELECT id FROM account.account WHERE id = $1', [loser.id])).toEqual([]);
    });

    it('applies choices, fills gaps from the loser and joins lists', () => {
      const a = result.data.mergeAccounts.account;
      expect(a).toMatchObject({ name: 'ПАО Сбербанк', legalName: 'ПАО «Сбербанк России»', industry: 'Banking', region: 'Москва', inn: SBER.inn, ogrn: SBER.ogrn, tags: ['bank', 'vip'] });
      expect(a.emails.map((e) => e.address)).toEqual(['info@sber.example', 'press@sber.example']);
      expect(a.customFields).toEqual([{ key: 'segment_code', text: 'S1' }]);
    });

    it('moves contracts, marking a clashing number with the loser\'s code', async () => {
      const contracts = await ctx.db.query('SELECT number, account_id FROM account.contract WHERE account_id IN ($1, $2) ORDER BY number', [survivor.id, loser.id]);
      const numbers = ['Д-1', `Д-1 (${loser.code})`, 'Д-2'];
      expect(contracts.map((k: { number: string }) => k.number).sort()).toEqual(numbers);
      expect(contracts.every((k: { account_id: string }) => k.account_id === survivor.id)).toBe(true);
      expect(result.data.mergeAccounts.account.contracts.map((k) => k.number).sort()).toEqual(numbers);
    });

    it("moves metrics; a month both had keeps the survivor's value", async () => {
      const rows = await ctx.db.query(`SELECT account_id, period::text, amount::int FROM account.metric_value WHERE account_id IN ($1, $2) ORDER BY period`, [survivor.id, loser.id]);
      expect(rows).toEqual([
        { account_id: survivor.id, period: '2024-01-01', amount: 100 },
        { account_id: survivor.id, period: '2024-02-01', amount: 200 },
      ]);
    });

    it("moves contact links; where both had one, the survivor's stays", async () => {
      const links = await ctx.db.query('SELECT account_id, contact_id, role FROM account.account_contact WHERE account_id IN ($1, $2)', [survivor.id, loser.id]);
      const byContact = Object.fromEntries(links.map((l: { contact_id: string }) => [l.contact_id, l]));
      expect(byContact).toEqual({
        [contactOnlyLoser]: { account_id: survivor.id, contact_id: contactOnlyLoser, role: 'accountant' },
        [contactBoth]: { account_id: survivor.id, contact_id: contactBoth, role: 'CEO' },
      });
    });

    it('re-parents children, re-points competitor purchases and partner sharing', async () => {
      expect((await ctx.db.query('SELECT parent_id FROM account.account WHERE id = $1', [child.id]))[0].parent_id).toBe(survivor.id);
      expect(result.data.mergeAccounts.account.children.map((c) => c.id)).toEqual([child.id]);
      const [moved] = await ctx.db.query(`SELECT changes FROM core.event WHERE subject_id = $1 AND type = 'account.account.updated' ORDER BY id DESC LIMIT 1`, [child.id]);
      expect(moved.changes).toEqual({ parentId: { before: loser.id, after: survivor.id } });
      const [{ competitor_purchases }] = await ctx.db.query('SELECT competitor_purchases FROM account.account WHERE id = $1', [buyer.id]);
      expect(competitor_purchases).toEqual([{ competitorId: survivor.id, product: 'Эквайринг', note: null }, { competitorId: null, product: 'Кредиты', note: 'no id' }]);
      expect((await ctx.db.query('SELECT partner_account_id FROM account.account WHERE id = $1', [shared.id]))[0].partner_account_id).toBe(survivor.id);
      expect((await ctx.db.query('SELECT partner_account_id FROM core."user" WHERE id = $1', [partnerUser.user.id]))[0].partner_account_id).toBe(survivor.id);
    });

    it('moves external ids; accountByExternalId and customerByCode(loserCode) answer the survivor', async () => {
      expect(result.data.mergeAccounts.account.externalIds.map((x) => `${x.system}:${x.externalId}`).sort()).toEqual(['1c:000123', 'erp:A-L', 'erp:A-S']);
      const byExternal = await ok(ctx.gql<{ accountByExternalId: { id: string } }>(admin, '{ accountByExternalId(system: "erp", externalId: "A-L") { id } }'));
      expect(byExternal.accountByExternalId.id).toBe(survivor.id);
      const customer = await ok(ctx.gql<{ customerByCode: { __typename: string; id: string } }>(admin, 'query($c: String!) { customerByCode(code: $c) { __typename ... on Account { id } ... on Contact { id } } }', { c: loser.code }));
      expect(customer.customerByCode).toEqual({ __typename: 'Account', id: survivor.id });
    });

    it("shows the loser's events on the survivor's timeline, plus a merged event naming the loser and the choices", async () => {
      const res = await ok(ctx.gql<{ account: { timeline: { edges: { node: { id: string; type: string } }[] } } }>(admin, 'query($id: String!) { account(id: $id) { timeline(first: 200) { edges { node { id type } } } } }', { id: survivor.id }));
      const nodes = res.account.timeline.edges.map((e) => e.node);
      expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(loserEventIds));
      expect(nodes[0].type).toBe('account.account.merged');
      const [merged] = await ctx.db.query(`SELECT data, changes FROM core.event WHERE type = 'account.account.merged' AND entity_id = $1`, [survivor.id]);
      expect(merged.data).toEqual({ loserId: loser.id, loserCode: loser.code, choices: { name: 'LOSER' } });
      expect(merged.changes.name).toEqual({ before: 'Сбербанк', after: 'ПАО Сбербанк' });
    });
  });

  describe('edge cases', () => {
    it("a survivor whose parent was the loser loses the parent instead of becoming its own", async () => {
      const parent = await makeAccount(ctx, admin.actor, { name: 'Holding' });
      const sub = await makeAccount(ctx, admin.actor, { name: 'Subsidiary', parentId: parent.id });
      const res = await merge(admin, { survivorId: sub.id, survivorVersion: sub.version, loserId: parent.id, loserVersion: parent.version });
      expect(res.errors).toBeUndefined();
      expect((await ctx.db.query('SELECT parent_id FROM account.account WHERE id = $1', [sub.id]))[0].parent_id).toBeNull();
    });

    it('merging a third duplicate whose contract number clashes again keeps all three contracts under distinct numbers', async () => {
      const [s, l1, l2] = [await makeAccount(ctx, admin.actor), await makeAccount(ctx, admin.actor), await makeAccount(ctx, admin.actor)];
      for (const accountId of [s.id, l1.id, l2.id]) {
        await ok(ctx.gql(admin, 'mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } } }', { i: { accountId, number: '1' } }));
      }
      await ok(merge(admin, { survivorId: s.id, survivorVersion: s.version, loserId: l1.id, loserVersion: l1.version }));
      const res = await merge(admin, { survivorId: s.id, survivorVersion: await versionOf(s.id), loserId: l2.id, loserVersion: l2.version });
      expect(res.errors).toBeUndefined();
      const numbers = (await ctx.db.query('SELECT number FROM account.contract WHERE account_id = $1', [s.id])).map((k: { number: string }) => k.number);
      expect(numbers).toHaveLength(3);
      expect(new Set(numbers).size).toBe(3);
    });

    it('a survivor that listed the loser as a competitor keeps no reference to the removed account', async () => {
      const competitor = await makeAccount(ctx, admin.actor, { name: 'Конкурент' });
      const s = await makeAccount(ctx, admin.actor, { name: 'Клиент', competitorPurchases: [{ competitorId: competitor.id, product: 'Вклады' }] });
      const res = await merge(admin, { survivorId: s.id, survivorVersion: s.version, loserId: competitor.id, loserVersion: competitor.version });
      expect(res.errors).toBeUndefined();
      const [{ competitor_purchases }] = await ctx.db.query('SELECT competitor_purchases FROM account.account WHERE id = $1', [s.id]);
      expect(JSON.stringify(competitor_purchases)).not.toContain(competitor.id);
    });

    it('merging an account into one that is shared with it (its partner) leaves no reference to the removed account', async () => {
      const partnerAccount = await makeAccount(ctx, admin.actor, { name: 'Партнёр', kinds: ['PARTNER' as never] });
      const s = await makeAccount(ctx, { ...admin.actor, partnerAccountId: partnerAccount.id }, { name: 'Партнёр (дубль)' });
      const res = await merge(admin, { survivorId: s.id, survivorVersion: s.version, loserId: partnerAccount.id, loserVersion: partnerAccount.version });
      expect(res.errors).toBeUndefined();
      const [row] = await ctx.db.query('SELECT partner_account_id FROM account.account WHERE id = $1', [s.id]);
      expect(row.partner_account_id).not.toBe(partnerAccount.id);
    });
  });

  describe('bad input', () => {
    let s: Account;
    let l: Account;
    let hidden: Account;

    beforeAll(async () => {
      s = await makeAccount(ctx, admin.actor, { ownerId: repA.user.id });
      l = await makeAccount(ctx, admin.actor, { ownerId: repA.user.id });
      hidden = await makeAccount(ctx, admin.actor, { ownerId: repB.user.id });
    });
    const snapshot = async () =>
      (
        await ctx.db.query(`SELECT
          (SELECT md5(coalesce(string_agg(a::text, '' ORDER BY a.id), '')) FROM account.account a) AS accounts,
          (SELECT md5(coalesce(string_agg(k::text, '' ORDER BY k.id), '')) FROM account.contract k) AS contracts,
          (SELECT md5(coalesce(string_agg(l::text, '' ORDER BY l.account_id, l.contact_id), '')) FROM account.account_contact l) AS links,
          (SELECT count(*) FROM core.event) AS events, (SELECT count(*) FROM core.merged_record) AS merged`)
      )[0];
    const refused = async (who: TestUser, overrides: Record<string, unknown>) => {
      const before = await snapshot();
      const res = await merge(who, { survivorId: s.id, survivorVersion: s.version, loserId: l.id, loserVersion: l.version, ...overrides });
      expect(res.data?.mergeAccounts ?? null).toBeNull();
      expect(await snapshot()).toEqual(before);
      return res;
    };

    it('refuses itself, a hidden loser (without revealing it), a stale version, unknown fields and BOTH on a scalar', async () => {
      expect((await refused(manager, { loserId: s.id, loserVersion: s.version })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'loserId' }] });
      const hiddenRes = await refused(manager, { loserId: hidden.id, loserVersion: hidden.version });
      expect(hiddenRes.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'loserId', message: 'no such account' }] });
      const missing = await refused(manager, { loserId: '00000000-0000-4000-8000-0000000000ff', loserVersion: 1 });
      expect(missing.errors?.[0].extensions.fields).toEqual(hiddenRes.errors?.[0].extensions.fields);
      expect((await refused(manager, { loserVersion: l.version + 1 })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect((await refused(manager, { fields: [{ field: 'metrics', from: 'LOSER' }] })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fields.0.field' }] });
      expect((await refused(manager, { fields: [{ field: 'inn', from: 'BOTH' }] })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fields.0.from' }] });
    });

    it('a sales_rep (no account.merge) is FORBIDDEN', async () => {
      expect(code(await refused(repA, {}))).toBe('FORBIDDEN');
    });
  });

  describe('duplicate candidates', () => {
    const candidates = async (who: TestUser, probe: Record<string, unknown>) =>
      (await ok(ctx.gql<{ accountDuplicateCandidates: { account: { id: string }; score: number; reasons: string[] }[] }>(who, CANDIDATES, { p: probe }))).accountDuplicateCandidates;

    it('finds the same INN however it is typed, and the same OGRN', async () => {
      const gazprom = await makeAccount(ctx, admin.actor, { name: 'Газпром', inn: GAZPROM.inn, ogrn: GAZPROM.ogrn });
      const byInn = await candidates(admin, { inn: '77 3605-0003' });
      expect(byInn.find((c) => c.account.id === gazprom.id)).toMatchObject({ reasons: ['INN'], score: 0.95 });
      const byOgrn = await candidates(admin, { ogrn: GAZPROM.ogrn });
      expect(byOgrn.find((c) => c.account.id === gazprom.id)).toMatchObject({ reasons: ['OGRN'] });
      const both = await candidates(admin, { inn: GAZPROM.inn, ogrn: GAZPROM.ogrn });
      expect(both[0]).toMatchObject({ account: { id: gazprom.id }, reasons: ['INN', 'OGRN'] });
      expect(both[0].score).toBeGreaterThan(0.95);
      // An INN with a wrong check digit is not a signal at all.
      expect((await candidates(admin, { inn: '7736050004' })).map((c) => c.account.id)).not.toContain(gazprom.id);
    });

    it('finds a similar name, ignoring the legal form and quotes', async () => {
      const romashka = await makeAccount(ctx, admin.actor, { name: 'ООО «Ромашка-Трейд»' });
      const found = await candidates(admin, { name: 'Ромашка Трейд' });
      expect(found.find((c) => c.account.id === romashka.id)?.reasons).toEqual(['NAME']);
      expect((await candidates(admin, { name: 'Ромашка Трейд', excludeId: romashka.id })).map((c) => c.account.id)).not.toContain(romashka.id);
    });

    it('finds the same e-mail and the same phone typed differently', async () => {
      const a = await makeAccount(ctx, admin.actor, { name: 'Контактная', emails: [{ address: 'Office@Kontakt.example' }], phones: [{ number: '+7 495 123-45-67' }] });
      expect((await candidates(admin, { emails: ['office@kontakt.EXAMPLE'] })).find((c) => c.account.id === a.id)?.reasons).toEqual(['EMAIL']);
      expect((await candidates(admin, { phones: ['8 (495) 1234567'] })).find((c) => c.account.id === a.id)?.reasons).toEqual(['PHONE']);
    });

    it('never offers a sales_rep an account owned by someone else', async () => {
      const others = await makeAccount(ctx, admin.actor, { name: 'Альфа (чужой)', ownerId: repB.user.id, inn: ALFA.inn });
      const own = await makeAccount(ctx, admin.actor, { name: 'Альфа (свой)', ownerId: repA.user.id, inn: ALFA.inn });
      expect((await candidates(admin, { inn: ALFA.inn })).map((c) => c.account.id)).toEqual(expect.arrayContaining([others.id, own.id]));
      expect((await candidates(repA, { inn: ALFA.inn })).map((c) => c.account.id)).toEqual([own.id]);
    });
  });

  describe('the nightly scan and the review queue', () => {
    let x: Account;
    let y: Account;
    let hiddenPair: [Account, Account];

    const listPairs = async (who: TestUser, first = 200): Promise<PairNode[]> => {
      const nodes: PairNode[] = [];
      for (let after: string | null = null; ;) {
        const page: { duplicatePairs: { edges: { node: PairNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok(ctx.gql(who, PAIRS, { first, after }));
        nodes.push(...page.duplicatePairs.edges.map((e) => e.node));
        if (!page.duplicatePairs.pageInfo.hasNextPage) return nodes;
        after = page.duplicatePairs.pageInfo.endCursor;
      }
    };
    const pairOf = (nodes: PairNode[], p: Account, q: Account) => nodes.find((n) => [n.aId, n.bId].sort().join() === [p.id, q.id].sort().join());

    beforeAll(async () => {
      const kpp = { kpp: '773601001' };
      x = await makeAccount(ctx, admin.actor, { name: 'Газпром Скан', inn: GAZPROM.inn, ...kpp, ogrn: GAZPROM.ogrn, ownerId: repA.user.id });
      y = await makeAccount(ctx, admin.actor, { name: 'Газпром Скан', inn: GAZPROM.inn, ...kpp, ownerId: repA.user.id });
      hiddenPair = [
        await makeAccount(ctx, admin.actor, { name: 'Сканируемый Дубль', emails: [{ address: 'scan.dup@example.com' }], ownerId: repA.user.id }),
        await makeAccount(ctx, admin.actor, { name: 'Другое Имя', emails: [{ address: 'scan.dup@example.com' }], ownerId: repB.user.id }),
      ];
      // Through the queue, as the scheduler would.
      await ctx.get(JobQueue).enqueue('core.duplicates.scan', { entityType: 'account' });
      await ctx.drainJobs();
    });

    it('lists the pair with its reasons, strongest first, and resolves both sides as accounts', async () => {
      const nodes = await listPairs(admin);
      const pair = pairOf(nodes, x, y)!;
      expect(pair).toBeDefined();
      expect(pair.aId < pair.bId).toBe(true);
      expect(pair.reasons.sort()).toEqual(['INN', 'NAME']);
      expect(pair.status).toBe('OPEN');
      expect(pair.score).toBeGreaterThan(0.95);
      expect([pair.a, pair.b].map((r) => r?.__typename)).toEqual(['Account', 'Account']);
      expect([pair.a!.id, pair.b!.id]).toEqual([pair.aId, pair.bId]);
      expect(pair.a!.name).toBe('Газпром Скан');
      const scores = nodes.map((n) => n.score);
      expect(scores).toEqual([...scores].sort((p, q) => q - p));
      expect(pairOf(nodes, hiddenPair[0], hiddenPair[1])?.reasons).toEqual(['EMAIL']);
    });

    it('pages through the queue without repeats or gaps, and refuses an unknown record type', async () => {
      const all = await listPairs(admin);
      expect(all.length).toBeGreaterThanOrEqual(2);
      expect((await listPairs(admin, 1)).map((n) => n.id)).toEqual(all.map((n) => n.id));
      const bogus = await ctx.gql(admin, '{ duplicatePairs(entityType: "bogus") { edges { node { id } } } }');
      expect(bogus.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'entityType' }] });
      const bogusDismiss = await ctx.gql(admin, DISMISS, { i: { entityType: 'bogus', aId: x.id, bId: y.id } });
      expect(bogusDismiss.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'entityType' }] });
    });

    it('a sales_rep sees only pairs whose both records they may see', async () => {
      const nodes = await listPairs(repA);
      expect(pairOf(nodes, x, y)).toBeDefined();
      expect(pairOf(nodes, hiddenPair[0], hiddenPair[1])).toBeUndefined();
      expect((await listPairs(repB)).every((n) => n.a && n.b)).toBe(true);
      // Nor can they dismiss it: the pair does not exist for them.
      const dismiss = await ctx.gql(repA, DISMISS, { i: { entityType: 'account', aId: hiddenPair[0].id, bId: hiddenPair[1].id } });
      expect(code(dismiss)).toBe('NOT_FOUND');
    });

    it('dismissing removes the pair, and a re-scan keeps it dismissed', async () => {
      // Either order of ids names the same pair.
      const res = await ok(ctx.gql<{ dismissDuplicate: { status: string } }>(repA, DISMISS, { i: { entityType: 'account', aId: y.id > x.id ? y.id : x.id, bId: y.id > x.id ? x.id : y.id } }));
      expect(res.dismissDuplicate.status).toBe('DISMISSED');
      expect(pairOf(await listPairs(admin), x, y)).toBeUndefined();
      await ctx.get(DuplicateQueue).scan({ entityType: 'account' });
      expect(pairOf(await listPairs(admin), x, y)).toBeUndefined();
      const [row] = await ctx.db.query(`SELECT status, resolved_by FROM core.duplicate_pair WHERE entity_type = 'account' AND a_id = $1 AND b_id = $2`, [[x.id, y.id].sort()[0], [x.id, y.id].sort()[1]]);
      expect(row).toEqual({ status: 'DISMISSED', resolved_by: repA.user.id });
    });

    it('merging one side of an open pair closes it', async () => {
      const [p, q] = hiddenPair;
      const res = await merge(admin, { survivorId: p.id, survivorVersion: p.version, loserId: q.id, loserVersion: q.version });
      expect(res.errors).toBeUndefined();
      expect(pairOf(await listPairs(admin), p, q)).toBeUndefined();
      await ctx.get(DuplicateQueue).scan({ entityType: 'account' });
      const [row] = await ctx.db.query(`SELECT status FROM core.duplicate_pair WHERE entity_type = 'account' AND $1 IN (a_id, b_id) AND $2 IN (a_id, b_id)`, [p.id, q.id]);
      expect(row.status).toBe('MERGED');
    });
  });
});
