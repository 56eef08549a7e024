import { hiddenFields, Permission, POLICY, readOnlyFields, Role, ROLES } from '@crm/core';
import { createTestContext, GraphQLResult, TestContext, TestUser } from '@crm/core/testing';
import { ContactModule } from '@crm/contact';
import { makeContact } from '@crm/contact/testing';
import { makeAccount } from '../../testing/index';
import { AccountModule } from '../account.module';
import { Account } from './account.entity';

const ALFA_INN = '7728168971';
const SECRET = 'Secret description';

/**
 * The authorization matrix for accounts, generated from the policy table: every role × every
 * account operation. Expected visibility is computed here from the role's scope, independently of
 * the SQL that enforces it; any difference is a leak (or a wrongly hidden record). After every
 * refused write the database is unchanged.
 */
describe('account authorization matrix', () => {
  let ctx: TestContext;
  const actors = {} as Record<Role, TestUser>;
  const records: { account: Account; ownerTeam: string; territory: string; partner: string | null }[] = [];
  const tag = `acc-matrix-${Date.now()}`;
  let world: { teamA: string; territoryA: string; partnerA: string; partnerB: string };
  /** A contact every role may see, for link tests. */
  let sharedContactId: string;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule]);
    const [teamA, teamB] = [await ctx.team(), await ctx.team()];
    const [territoryA, territoryB] = [await ctx.territory(), await ctx.territory()];
    const admin = await ctx.makeUser('admin');
    // Partners are real accounts (account.partner_account_id references account.account).
    const partnerA = await makeAccount(ctx, admin.actor, { name: 'Partner A', kinds: ['PARTNER' as never] });
    const partnerB = await makeAccount(ctx, admin.actor, { name: 'Partner B', kinds: ['PARTNER' as never] });
    world = { teamA: teamA.id, territoryA: territoryA.id, partnerA: partnerA.id, partnerB: partnerB.id };
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
      const account = await makeAccount(ctx, creator, {
        name: `Matrixson ${i}`, ownerId: owner.user.id, territoryId: territory.id, tags: [tag], description: SECRET, inn: ALFA_INN,
        externalIds: [{ system: 'matrix', externalId: `${tag}-${i}` }],
      });
      records.push({ account, ownerTeam: owner === repA ? teamA.id : teamB.id, territory: territory.id, partner });
    }
    // Hidden-field material on every record: a contract and a month of metrics.
    for (const { account } of records) {
      const contract = await ctx.gql(admin, 'mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } } }', {
        i: { accountId: account.id, number: `M-${account.code}`, amount: 1_000_000_00, currency: 'RUB' },
      });
      expect(contract.errors).toBeUndefined();
      const metrics = await ctx.gql(admin, 'mutation($i: RecordAccountMetricsInput!) { recordAccountMetrics(input: $i) { values { id } } }', {
        i: { accountId: account.id, values: [{ metric: 'TURNOVER', month: '2024-03', amount: 777_000_00 }] },
      });
      expect(metrics.errors).toBeUndefined();
    }
    // Records created with partner X carry partner_account_id X.
    expect((await ctx.db.query('SELECT partner_account_id FROM account.account WHERE id = ANY($1) ORDER BY name', [records.map((r) => r.account.id)])).map((r: { partner_account_id: string | null }) => r.partner_account_id))
      .toEqual(records.map((r) => r.partner));
    sharedContactId = (await makeContact(ctx, { ...admin.actor, partnerAccountId: partnerA.id }, { ownerId: repA.user.id, territoryId: territoryA.id })).id;
    actors.admin = admin;
    actors.sales_manager = await ctx.makeUser('sales_manager', { team: teamA, territory: territoryA });
    actors.sales_rep = repA;
    actors.support_agent = await ctx.makeUser('support_agent');
    actors.marketer = await ctx.makeUser('marketer', { territory: territoryA });
    actors.partner = await ctx.makeUser('partner', { partnerAccountId: partnerA.id });
  });
  afterAll(() => ctx.close());

  /** Which of the four records a role should see, from its scope alone. */
  function expectedVisible(role: Role): string[] {
    const actor = actors[role];
    return records
      .filter((r) => {
        switch (POLICY[role].scope) {
          case 'all': return true;
          case 'team': return r.ownerTeam === world.teamA;
          case 'territory': return r.territory === world.territoryA;
          case 'own': return r.account.ownerId === actor.user.id;
          case 'partner': return r.partner === world.partnerA;
        }
      })
      .map((r) => r.account.id)
      .sort();
  }
  const can = (role: Role, permission: Permission) => POLICY[role].permissions.includes(permission);
  const hidden = (role: Role) => POLICY[role].fields?.account?.hidden ?? [];
  const snapshot = async () =>
    (
      await ctx.db.query(`SELECT
        (SELECT md5(coalesce(string_agg(a::text, '' ORDER BY a.id), '')) FROM account.account a) AS accounts,
        (SELECT md5(coalesce(string_agg(k::text, '' ORDER BY k.id), '')) FROM account.contract k) AS contracts,
        (SELECT md5(coalesce(string_agg(v::text, '' ORDER BY v.id), '')) FROM account.metric_value v) AS metrics,
        (SELECT md5(coalesce(string_agg(l::text, '' ORDER BY l.account_id, l.contact_id), '')) FROM account.account_contact l) AS links,
        (SELECT md5(coalesce(string_agg(x::text, '' ORDER BY x.system, x.external_id), '')) FROM account.external_id x) AS external_ids,
        (SELECT md5(coalesce(string_agg(s::text, '' ORDER BY s.id), '')) FROM core.segment s) AS segments,
        (SELECT md5(coalesce(string_agg(f::text, '' ORDER BY f.id), '')) FROM core.custom_field f) AS custom_fields,
        (SELECT count(*) FROM core.event) AS events,
        (SELECT count(*) FROM core.merged_record) AS merged`)
    )[0];
  const code = (res: GraphQLResult) => res.errors?.[0].extensions.code;
  const versionOf = async (id: string) => (await ctx.db.query('SELECT version FROM account.account WHERE id = $1', [id]))[0].version as number;
  /** A fresh account every role may see (owned by repA, in territory A, shared with partner A). */
  const victim = (overrides: Record<string, unknown> = {}) =>
    makeAccount(ctx, { ...actors.admin.actor, partnerAccountId: world.partnerA }, { ownerId: actors.sales_rep.user.id, territoryId: world.territoryA, tags: [`${tag}-victim`], ...overrides });

  describe.each(ROLES)('%s', (role) => {
    const who = () => actors[role];
    const visible = () => expectedVisible(role);
    const readable = () => can(role, 'account.read');

    it('list and totalCount show exactly the records in scope', async () => {
      const res = await ctx.gql<{ accounts: { totalCount: number; edges: { node: { id: string } }[] } }>(
        who(), 'query($f: AccountFilter) { accounts(filter: $f) { totalCount edges { node { id } } } }', { f: { tags: [tag] } },
      );
      if (!readable()) return expect(code(res)).toBe('FORBIDDEN');
      expect(res.data.accounts.edges.map((e) => e.node.id).sort()).toEqual(visible());
      expect(res.data.accounts.totalCount).toBe(visible().length);
    });

    it('get, accountByExternalId and customerByCode answer NOT_FOUND outside the scope', async () => {
      for (const [i, { account }] of records.entries()) {
        const get = await ctx.gql<{ account: { id: string } }>(who(), 'query($id: String!) { account(id: $id) { id } }', { id: account.id });
        const byExternal = await ctx.gql<{ accountByExternalId: { id: string } }>(who(), 'query($x: String!) { accountByExternalId(system: "matrix", externalId: $x) { id } }', { x: `${tag}-${i}` });
        const byCode = await ctx.gql<{ customerByCode: { __typename: string; id: string } }>(who(), 'query($c: String!) { customerByCode(code: $c) { __typename ... on Account { id } } }', { c: account.code });
        if (!readable()) {
          for (const res of [get, byExternal]) expect(code(res)).toBe('FORBIDDEN');
          expect(code(byCode)).toBe('NOT_FOUND');
        } else if (visible().includes(account.id)) {
          expect(get.data.account.id).toBe(account.id);
          expect(byExternal.data.accountByExternalId.id).toBe(account.id);
          expect(byCode.data.customerByCode).toEqual({ __typename: 'Account', id: account.id });
        } else {
          for (const res of [get, byExternal, byCode]) expect(code(res)).toBe('NOT_FOUND');
        }
      }
    });

    it('hides the fields the role may not read (description, metrics, contracts), in get and in the list', async () => {
      const FIELDS = 'id description metrics { amount } contracts { number } hiddenFields readOnlyFields';
      type Shown = { id: string; description: string | null; metrics: unknown[]; contracts: unknown[]; hiddenFields: string[]; readOnlyFields: string[] };
      const list = await ctx.gql<{ accounts: { edges: { node: Shown }[] } }>(who(), `query($f: AccountFilter) { accounts(filter: $f) { edges { node { ${FIELDS} } } } }`, { f: { tags: [tag] } });
      const shown = [...list.data.accounts.edges.map((e) => e.node)];
      for (const id of visible()) shown.push((await ctx.gql<{ account: Shown }>(who(), `query($id: String!) { account(id: $id) { ${FIELDS} } }`, { id })).data.account);
      expect(shown).toHaveLength(visible().length * 2);
      for (const a of shown) {
        expect(a.hiddenFields).toEqual([...hidden(role)]);
        expect(a.readOnlyFields.sort()).toEqual([...new Set([...(POLICY[role].fields?.account?.readOnly ?? []), ...hidden(role)])].sort());
        expect(a.description).toBe(hidden(role).includes('description') ? null : SECRET);
        // Every record has at least the contract and the month of metrics made in beforeAll (earlier roles may have added more).
        expect(a.metrics.length > 0).toBe(!hidden(role).includes('metrics'));
        expect(a.contracts.length > 0).toBe(!hidden(role).includes('contracts'));
      }
    });

    it('the timeline does not reveal hidden contracts and metrics either', async () => {
      const visibleId = visible()[0];
      if (!visibleId || !hidden(role).length) return;
      const res = await ctx.gql<{ account: { timeline: { edges: { node: { type: string; summary: string | null; changes: { field: string; before: unknown; after: unknown }[] } }[] } } }>(
        who(), 'query($id: String!) { account(id: $id) { timeline(first: 200) { edges { node { type summary changes { field before after } } } } } }', { id: visibleId },
      );
      const text = JSON.stringify(res.data.account.timeline.edges);
      expect(text).toContain('account.metrics.recorded'); // the events are there…
      if (hidden(role).includes('description')) expect(text).not.toContain(SECRET); // …their hidden values are not
      if (hidden(role).includes('metrics')) expect(text).not.toContain('77700000');
      if (hidden(role).includes('contracts')) expect(text).not.toContain('100000000');
    });

    it('create is allowed only with account.create; the creator sees it and its partner account is stamped; a refusal writes nothing', async () => {
      const before = await snapshot();
      const res = await ctx.gql<{ createAccount: { account: { id: string } } }>(who(), 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }', { i: { name: `Created by ${role}` } });
      if (!can(role, 'account.create')) {
        expect(code(res)).toBe('FORBIDDEN');
        return expect(await snapshot()).toEqual(before);
      }
      const id = res.data.createAccount.account.id;
      expect((await ctx.gql(who(), 'query($id: String!) { account(id: $id) { id } }', { id })).errors).toBeUndefined();
      const [row] = await ctx.db.query('SELECT owner_id, partner_account_id FROM account.account WHERE id = $1', [id]);
      expect(row).toEqual({ owner_id: who().user.id, partner_account_id: who().actor.partnerAccountId });
    });

    it('upsertAccountByExternalId creates with account.create, updates only visible records; refusals write nothing', async () => {
      const before = await snapshot();
      const created = await ctx.gql<{ upsertAccountByExternalId: { created: boolean; account: { id: string } } }>(
        who(), 'mutation($i: UpsertAccountByExternalIdInput!) { upsertAccountByExternalId(input: $i) { created account { id } } }',
        { i: { system: 'matrix', externalId: `${tag}-new-${role}`, account: { name: `Upserted by ${role}` } } },
      );
      if (!can(role, 'account.create')) {
        expect(code(created)).toBe('FORBIDDEN');
        return expect(await snapshot()).toEqual(before);
      }
      expect(created.data.upsertAccountByExternalId.created).toBe(true);
      expect((await ctx.db.query('SELECT partner_account_id FROM account.account WHERE id = $1', [created.data.upsertAccountByExternalId.account.id]))[0].partner_account_id).toBe(who().actor.partnerAccountId);
      for (const [i, { account }] of records.entries()) {
        const snap = await snapshot();
        const res = await ctx.gql<{ upsertAccountByExternalId: { created: boolean; account: { id: string } } }>(
          who(), 'mutation($i: UpsertAccountByExternalIdInput!) { upsertAccountByExternalId(input: $i) { created account { id } } }',
          { i: { system: 'matrix', externalId: `${tag}-${i}`, account: { industry: `Upserted by ${role}` } } },
        );
        if (visible().includes(account.id)) expect(res.data.upsertAccountByExternalId).toEqual({ created: false, account: { id: account.id } });
        else {
          expect(code(res)).toBe('NOT_FOUND');
          expect(await snapshot()).toEqual(snap);
        }
      }
    });

    it('update is allowed only on visible records with account.update; refusals write nothing', async () => {
      for (const { account } of records) {
        const before = await snapshot();
        const res = await ctx.gql(who(), 'mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { id } } }', {
          i: { id: account.id, expectedVersion: await versionOf(account.id), region: `Edited by ${role}` },
        });
        if (!can(role, 'account.update')) expect(code(res)).toBe('FORBIDDEN');
        else if (!visible().includes(account.id)) expect(code(res)).toBe('NOT_FOUND');
        else {
          expect(res.errors).toBeUndefined();
          continue;
        }
        expect(await snapshot()).toEqual(before);
      }
    });

    it('read-only and hidden fields cannot be written, each refusal naming the field', async () => {
      if (!can(role, 'account.update')) return;
      const v = await victim();
      const before = await snapshot();
      const res = await ctx.gql(who(), 'mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { id } } }', {
        i: { id: v.id, expectedVersion: v.version, ownerId: actors.admin.user.id, description: 'Rewritten' },
      });
      const frozen = ['ownerId', 'description'].filter((f) => [...readOnlyFields(who().actor, 'account'), ...hiddenFields(who().actor, 'account')].includes(f));
      if (!frozen.length) return expect(res.errors).toBeUndefined();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FIELD_READ_ONLY' });
      expect(res.errors![0].extensions.fields!.map((f) => f.field).sort()).toEqual(frozen.sort());
      expect(await snapshot()).toEqual(before);
    });

    it('delete is allowed only with account.delete; a refusal writes nothing', async () => {
      const v = await victim();
      const before = await snapshot();
      const res = await ctx.gql(who(), 'mutation($i: DeleteAccountInput!) { deleteAccount(input: $i) { id } }', { i: { id: v.id, expectedVersion: v.version } });
      if (can(role, 'account.delete')) return expect(res.errors).toBeUndefined();
      expect(code(res)).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    });

    it('linkContactToAccount needs account.update and sight of the account; refusals write nothing', async () => {
      for (const { account } of records) {
        const before = await snapshot();
        const res = await ctx.gql(who(), 'mutation($i: LinkContactInput!) { linkContactToAccount(input: $i) { link { accountId } } }', { i: { accountId: account.id, contactId: sharedContactId, role: role } });
        if (!can(role, 'account.update')) expect(code(res)).toBe('FORBIDDEN');
        else if (!visible().includes(account.id)) expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'accountId', message: 'no such account' }] });
        else {
          expect(res.errors).toBeUndefined();
          continue;
        }
        expect(await snapshot()).toEqual(before);
      }
    });

    it('createContract and recordAccountMetrics need account.update, sight of the account and of the field; refusals write nothing', async () => {
      for (const { account } of records) {
        const cases = [
          { field: 'contracts', run: () => ctx.gql(who(), 'mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } } }', { i: { accountId: account.id, number: `${role}-${account.code}` } }) },
          { field: 'metrics', run: () => ctx.gql(who(), 'mutation($i: RecordAccountMetricsInput!) { recordAccountMetrics(input: $i) { values { id } } }', { i: { accountId: account.id, values: [{ metric: 'ORDER_VOLUME', month: '2024-04', amount: 5 }] } }) },
        ];
        for (const { field, run } of cases) {
          const before = await snapshot();
          const res = await run();
          if (!can(role, 'account.update')) expect(code(res)).toBe('FORBIDDEN');
          else if (!visible().includes(account.id) || hidden(role).includes(field)) {
            // A hidden field answers exactly like a hidden record: nothing to learn from the refusal.
            expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'accountId', message: 'no such account' }] });
          } else {
            expect(res.errors).toBeUndefined();
            continue;
          }
          expect(await snapshot()).toEqual(before);
        }
      }
    });

    it('mergeAccounts is allowed only with account.merge and only on visible records; refusals write nothing', async () => {
      const [s, l] = [await victim(), await victim()];
      const before = await snapshot();
      const res = await ctx.gql(who(), 'mutation($i: MergeAccountsInput!) { mergeAccounts(input: $i) { account { id } } }', { i: { survivorId: s.id, survivorVersion: s.version, loserId: l.id, loserVersion: l.version } });
      if (!can(role, 'account.merge')) {
        expect(code(res)).toBe('FORBIDDEN');
        return expect(await snapshot()).toEqual(before);
      }
      expect(res.errors).toBeUndefined();
      const invisible = records.find((r) => !visible().includes(r.account.id));
      if (!invisible) return;
      const snap = await snapshot();
      const hiddenLoser = await ctx.gql(who(), 'mutation($i: MergeAccountsInput!) { mergeAccounts(input: $i) { account { id } } }', {
        i: { survivorId: s.id, survivorVersion: await versionOf(s.id), loserId: invisible.account.id, loserVersion: await versionOf(invisible.account.id) },
      });
      expect(hiddenLoser.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'loserId', message: 'no such account' }] });
      expect(await snapshot()).toEqual(snap);
    });

    it('accountDuplicateCandidates offers only records in scope', async () => {
      const res = await ctx.gql<{ accountDuplicateCandidates: { account: { id: string; description: string | null } }[] }>(
        who(), 'query($p: AccountDuplicateProbe!) { accountDuplicateCandidates(probe: $p, first: 50) { account { id description } } }', { p: { inn: ALFA_INN } },
      );
      if (!readable()) return expect(code(res)).toBe('FORBIDDEN');
      expect(res.data.accountDuplicateCandidates.map((c) => c.account.id).sort()).toEqual(visible());
      for (const c of res.data.accountDuplicateCandidates) expect(c.account.description).toBe(hidden(role).includes('description') ? null : SECRET);
    });

    it("criteriaCount on 'account' needs segment.read and counts only records in scope", async () => {
      const res = await ctx.gql<{ criteriaCount: number }>(who(), 'query($c: JSON!) { criteriaCount(entityType: "account", criteria: $c) }', { c: { field: 'tags', op: 'EQ', value: tag } });
      if (!can(role, 'segment.read')) return expect(code(res)).toBe('FORBIDDEN');
      expect(res.data.criteriaCount).toBe(visible().length);
    });

    it('createSegment needs segment.manage; a refusal writes nothing', async () => {
      const before = await snapshot();
      const res = await ctx.gql<{ createSegment: { segment: { id: string; memberCount: number } } }>(
        who(), 'mutation($i: CreateSegmentInput!) { createSegment(input: $i) { segment { id memberCount } } }',
        { i: { entityType: 'account', name: `Segment by ${role}`, criteria: { field: 'tags', op: 'EQ', value: tag } } },
      );
      if (!can(role, 'segment.manage')) {
        expect(code(res)).toBe('FORBIDDEN');
        return expect(await snapshot()).toEqual(before);
      }
      expect(res.errors).toBeUndefined();
      // Its live count is the creator's view.
      expect(res.data.createSegment.segment.memberCount).toBe(visible().length);
    });

    it('createCustomField needs customField.manage; a refusal writes nothing', async () => {
      const before = await snapshot();
      const res = await ctx.gql(who(), 'mutation($i: CreateCustomFieldInput!) { createCustomField(input: $i) { field { id } } }', {
        i: { entityType: 'account', key: `by_${role}`, label: `Field by ${role}`, type: 'TEXT' },
      });
      if (!can(role, 'customField.manage')) {
        expect(code(res)).toBe('FORBIDDEN');
        return expect(await snapshot()).toEqual(before);
      }
      expect(res.errors).toBeUndefined();
    });
  });

  // Filtering on a hidden field is reading it: "how many have turnover > X" narrows the value down.
  describe.each(ROLES.filter((r) => (POLICY[r].fields?.account?.hidden ?? []).includes('metrics')))('%s (metrics hidden)', (role) => {
    it('criteria cannot test metrics, in criteriaCount or in the accounts filter', async () => {
      const criteria = { field: 'metrics.TURNOVER.latest', op: 'GT', value: 0 };
      if (can(role, 'segment.read')) {
        const count = await ctx.gql<{ criteriaCount: number }>(actors[role], 'query($c: JSON!) { criteriaCount(entityType: "account", criteria: $c) }', { c: criteria });
        expect(count.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      }
      const list = await ctx.gql(actors[role], 'query($f: AccountFilter) { accounts(filter: $f) { totalCount } }', { f: { criteria } });
      expect(list.errors?.[0].extensions.code).toMatch(/BAD_USER_INPUT|FORBIDDEN/);
    });
  });

  it('an API key is limited to its scopes even when its user may do more', async () => {
    const { apiKey } = await ctx.apiKey(actors.admin, ['account.read']);
    const before = await snapshot();
    for (const [query, variables] of [
      ['mutation { createAccount(input: { name: "Via key" }) { account { id } } }', {}],
      ['mutation($i: MergeAccountsInput!) { mergeAccounts(input: $i) { account { id } } }', { i: { survivorId: records[0].account.id, survivorVersion: 1, loserId: records[1].account.id, loserVersion: 1 } }],
    ] as const) {
      expect(code(await ctx.gql({ apiKey }, query, variables))).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);
    const list = await ctx.gql<{ accounts: { totalCount: number } }>({ apiKey }, 'query($f: AccountFilter) { accounts(filter: $f) { totalCount } }', { f: { tags: [tag] } });
    expect(list.data.accounts.totalCount).toBe(records.length);
  });

  it('anonymous callers get UNAUTHENTICATED for every account operation', async () => {
    for (const query of [
      '{ accounts { edges { node { id } } } }',
      `{ account(id: "${records[0].account.id}") { id } }`,
      '{ accountByExternalId(system: "matrix", externalId: "x") { id } }',
      `{ customerByCode(code: "${records[0].account.code}") { __typename } }`,
      '{ accountDuplicateCandidates(probe: { name: "Matrixson" }) { score } }',
      '{ duplicatePairs(entityType: "account") { edges { node { id } } } }',
      'mutation { createAccount(input: { name: "Anon" }) { account { id } } }',
    ]) {
      expect(code(await ctx.gql(null, query))).toBe('UNAUTHENTICATED');
    }
  });
});
