import { SegmentService } from '@crm/core';
import { createTestContext, GraphQLResult, TestContext, TestUser } from '@crm/core/testing';
import { ContactModule } from '@crm/contact';
import { makeContact } from '@crm/contact/testing';
import { makeAccount } from '../../testing/index';
import { AccountModule } from '../account.module';
import { LinkService } from '../link/link.service';
import { MetricService } from '../metric/metric.service';

const problems = (res: Pick<GraphQLResult, 'errors'>) => res.errors?.[0].extensions.fields;

const CREATE_FIELD = `mutation($i: CreateCustomFieldInput!) { createCustomField(input: $i) { field { id key type version options { key label archived } } } }`;
const COUNT = `query($t: String!, $c: JSON!) { criteriaCount(entityType: $t, criteria: $c) }`;

/** A field definition as CREATE_FIELD selects it. */
interface FieldData {
  id: string;
  key: string;
  type: string;
  version: number;
  options: { key: string; label: string; archived: boolean }[];
}
type CreatedField = { createCustomField: { field: FieldData } };
type CriteriaCount = { criteriaCount: number };
type ContactCount = { contacts: { totalCount: number } };

/** A contact as the typed-values test's createContact selects it. */
interface PortraitContact {
  id: string;
  completeness: number;
  customFields: { key: string; number: number | null; options: string[] | null; field: { label: string } }[];
}
type CreatedContact = { createContact: { contact: PortraitContact } };

/** An account's custom values with their field's archive state. */
type AccountCustomFields = { account: { customFields: { key: string; text: string | null; field: { archivedAt: string | null } }[] } };

/** A keyset page of account names. */
interface AccountNamePage {
  accounts: { edges: { node: { name: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

type CreatedSegment = { createSegment: { segment: { id: string; version: number; memberCount: number } } };

/**
 * The customer portrait (custom fields) and segments, end to end: definitions, typed values
 * validated like built-in fields, completeness, indexes, filters, sorting, segment counts and
 * membership history, over the real gateway and database.
 */
describe('customer portrait and segments', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let rep: TestUser;
  let employeesField: { id: string; version: number };

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule]);
    admin = await ctx.makeUser('admin');
    rep = await ctx.makeUser('sales_rep');
    employeesField = (await ctx.gql<CreatedField>(admin, CREATE_FIELD, { i: { entityType: 'account', key: 'it_staff', label: 'IT staff', type: 'NUMBER', section: 'Profile' } })).data.createCustomField.field;
    await ctx.gql(admin, CREATE_FIELD, {
      i: { entityType: 'contact', key: 'hobby', label: 'Hobby', type: 'MULTI_SELECT', options: [{ key: 'fishing', label: 'Рыбалка' }, { key: 'golf', label: 'Гольф' }] },
    });
    await ctx.gql(admin, CREATE_FIELD, { i: { entityType: 'contact', key: 'budget', label: 'Budget', type: 'MONEY', currency: 'RUB' } });
    await ctx.drainJobs();
  });
  afterAll(() => ctx.close());

  it('lets only portrait editors define fields, and checks the definition', async () => {
    const denied = await ctx.gql<CreatedField>(rep, CREATE_FIELD, { i: { entityType: 'account', key: 'x', label: 'X', type: 'TEXT' } });
    expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(problems(await ctx.gql<CreatedField>(admin, CREATE_FIELD, { i: { entityType: 'deal', key: 'x', label: 'X', type: 'TEXT' } }))).toEqual([
      { field: 'entityType', message: 'must be one of contact, account' },
    ]);
    expect(problems(await ctx.gql<CreatedField>(admin, CREATE_FIELD, { i: { entityType: 'account', key: 'Bad Key', label: 'X', type: 'TEXT' } }))![0].field).toBe('key');
    expect(problems(await ctx.gql<CreatedField>(admin, CREATE_FIELD, { i: { entityType: 'account', key: 'pick', label: 'X', type: 'SELECT' } }))).toEqual([
      { field: 'options', message: 'a select field needs at least one option' },
    ]);
    const taken = await ctx.gql<CreatedField>(admin, CREATE_FIELD, { i: { entityType: 'account', key: 'it_staff', label: 'Again', type: 'TEXT' } });
    expect(taken.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('builds an expression index for a filterable field in the background', async () => {
    const [index] = await ctx.db.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'account' AND indexname = 'cf_account_it_staff_idx'`);
    expect(index.indexdef).toContain(`((custom ->> 'it_staff'::text))::numeric`);
  });

  it('stores typed values, refuses wrong types and unknown options naming the field, and scores completeness', async () => {
    const create = `mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id completeness customFields { key number options field { label } } } } }`;
    const wrong = await ctx.gql<CreatedContact>(admin, create, {
      i: { lastName: 'Typed', customFields: [{ key: 'hobby', value: ['chess'] }, { key: 'budget', value: 'a lot' }, { key: 'shoe_size', value: 42 }] },
    });
    expect(problems(wrong)).toEqual([
      { field: 'customFields.hobby', message: 'no such option "chess"' },
      { field: 'customFields.budget', message: 'must be a whole amount in minor units (kopecks, cents)' },
      { field: 'customFields.shoe_size', message: 'no such custom field' },
    ]);
    const plain = (await ctx.gql<CreatedContact>(admin, create, { i: { lastName: 'Plain' } })).data.createContact.contact;
    const rich = (await ctx.gql<CreatedContact>(admin, create, {
      i: { lastName: 'Rich', emails: [{ address: 'rich@example.com' }], customFields: [{ key: 'hobby', value: ['fishing', 'golf'] }, { key: 'budget', value: 150_000_00 }] },
    })).data.createContact.contact;
    expect(rich.customFields).toEqual([
      { key: 'hobby', number: null, options: ['fishing', 'golf'], field: { label: 'Hobby' } },
      { key: 'budget', number: 15000000, options: null, field: { label: 'Budget' } },
    ]);
    expect(rich.completeness).toBeGreaterThan(plain.completeness);
    const filtered = await ctx.gql<ContactCount>(admin, `query($f: ContactFilter) { contacts(filter: $f) { totalCount } }`, { f: { completenessMin: rich.completeness } });
    expect(filtered.data.contacts.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('archives a field without losing its values, and restores it', async () => {
    const field = (await ctx.gql<CreatedField>(admin, CREATE_FIELD, { i: { entityType: 'account', key: 'legacy_rating', label: 'Rating', type: 'TEXT' } })).data.createCustomField.field;
    const account = await makeAccount(ctx, admin.actor, { customFields: [{ key: 'legacy_rating', value: 'A+' }] });
    const archive = `mutation($i: ArchiveCustomFieldInput!) { archiveCustomField(input: $i) { field { version archivedAt } } }`;
    const archived = (await ctx.gql<{ archiveCustomField: { field: { version: number; archivedAt: string | null } } }>(admin, archive, { i: { id: field.id, expectedVersion: field.version, archived: true } })).data.archiveCustomField.field;
    const read = `query($id: String!) { account(id: $id) { customFields { key text field { archivedAt } } } }`;
    expect((await ctx.gql<AccountCustomFields>(admin, read, { id: account.id })).data.account.customFields).toEqual([
      { key: 'legacy_rating', text: 'A+', field: { archivedAt: expect.any(String) } },
    ]);
    const write = await ctx.gql<{ updateAccount: { account: { id: string } } }>(admin, `mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { id } } }`, {
      i: { id: account.id, expectedVersion: account.version, customFields: [{ key: 'legacy_rating', value: 'B' }] },
    });
    expect(problems(write)).toEqual([{ field: 'customFields.legacy_rating', message: 'this field is archived' }]);
    await ctx.gql(admin, archive, { i: { id: field.id, expectedVersion: archived.version, archived: false } });
    expect((await ctx.gql<AccountCustomFields>(admin, read, { id: account.id })).data.account.customFields[0]).toEqual({ key: 'legacy_rating', text: 'A+', field: { archivedAt: null } });
  });

  it('sorts by a custom field across keyset pages, records without a value last', async () => {
    const tag = `sort-${Date.now()}`;
    for (const [name, staff] of [['S1', 50], ['S2', null], ['S3', 5], ['S4', 500], ['S5', null]] as const) {
      await makeAccount(ctx, admin.actor, { name, tags: [tag], customFields: staff === null ? [] : [{ key: 'it_staff', value: staff }] });
    }
    const q = `query($after: String, $f: AccountFilter, $o: AccountOrderBy) { accounts(first: 2, after: $after, filter: $f, orderBy: $o) { edges { node { name } } pageInfo { endCursor hasNextPage } } }`;
    const names: string[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const res: GraphQLResult<AccountNamePage> = await ctx.gql(admin, q, { after, f: { tags: [tag] }, o: { field: 'CUSTOM', customKey: 'it_staff', direction: 'DESC' } });
      names.push(...res.data.accounts.edges.map((e) => e.node.name));
      after = res.data.accounts.pageInfo.endCursor;
      more = res.data.accounts.pageInfo.hasNextPage;
    }
    expect(names.slice(0, 3)).toEqual(['S4', 'S1', 'S3']);
    expect(names.slice(3).sort()).toEqual(['S2', 'S5']);
    const bad = await ctx.gql<AccountNamePage>(admin, q, { o: { field: 'CUSTOM', customKey: 'nope' } });
    expect(problems(bad)).toEqual([{ field: 'orderBy.customKey', message: 'must be the key of a custom field that can be sorted' }]);
  });

  it('counts segment members live over custom, related and metric fields, within the reader\'s scope', async () => {
    const moscow = await makeAccount(ctx, admin.actor, { name: 'Moscow Bank', region: 'Москва', customFields: [{ key: 'it_staff', value: 120 }] });
    const kazan = await makeAccount(ctx, admin.actor, { name: 'Kazan Trade', region: 'Казань', customFields: [{ key: 'it_staff', value: 3 }] });
    const fisher = await makeContact(ctx, admin.actor, { lastName: 'Рыбаков', customFields: [{ key: 'hobby', value: ['fishing'] }] });
    const golfer = await makeContact(ctx, rep.actor, { lastName: 'Гольфов', customFields: [{ key: 'hobby', value: ['golf'] }] });
    await ctx.get(LinkService).link(admin.actor, { accountId: moscow.id, contactId: fisher.id });
    await ctx.get(LinkService).link(admin.actor, { accountId: kazan.id, contactId: golfer.id });
    const lastMonth = new Date(Date.now() - 32 * 24 * 3600 * 1000).toISOString().slice(0, 7);
    await ctx.get(MetricService).record(admin.actor, { accountId: moscow.id, values: [{ metric: 'TURNOVER' as never, month: lastMonth, amount: 9_000_000_00 }] });

    const count = async (caller: TestUser, type: string, criteria: unknown) => (await ctx.gql<CriteriaCount>(caller, COUNT, { t: type, c: criteria })).data?.criteriaCount;
    const inMoscow = { relation: 'accounts', op: 'ANY', where: { field: 'region', op: 'EQ', value: 'Москва' } };
    expect(await count(admin, 'account', { and: [{ field: 'custom.it_staff', op: 'GT', value: 100 }, { field: 'region', op: 'EQ', value: 'Москва' }] })).toBe(1);
    expect(await count(admin, 'contact', { and: [inMoscow, { field: 'custom.hobby', op: 'CONTAINS_ANY', value: ['fishing'] }] })).toBe(1);
    expect(await count(admin, 'account', { field: 'metrics.TURNOVER.last12Months', op: 'GT', value: 1_000_000_00 })).toBe(1);
    expect(await count(admin, 'contact', { or: [{ field: 'lastName', op: 'EQ', value: 'Рыбаков' }, { field: 'lastName', op: 'EQ', value: 'Гольфов' }] })).toBe(2);
    // The rep owns only the golfer: counts never include records the reader may not see.
    expect(await count(rep, 'contact', { or: [{ field: 'lastName', op: 'EQ', value: 'Рыбаков' }, { field: 'lastName', op: 'EQ', value: 'Гольфов' }] })).toBe(1);

    const unknown = await ctx.gql<CriteriaCount>(admin, COUNT, { t: 'contact', c: { field: 'custom.shoe_size', op: 'EQ', value: 1 } });
    expect(problems(unknown)).toEqual([{ field: 'criteria.field', message: 'unknown field "custom.shoe_size"' }]);
    const hostile = await ctx.gql<CriteriaCount>(admin, COUNT, { t: 'contact', c: { field: 'lastName', op: 'EQ', value: `'; DELETE FROM contact.contact; --` } });
    expect(hostile.data.criteriaCount).toBe(0);
    expect((await ctx.db.query('SELECT count(*)::int AS n FROM contact.contact'))[0].n).toBeGreaterThan(0);
  });

  it('saves segments, filters lists by them and records who entered and left', async () => {
    const create = `mutation($i: CreateSegmentInput!) { createSegment(input: $i) { segment { id version memberCount } } }`;
    const bad = await ctx.gql<CreatedSegment>(admin, create, { i: { entityType: 'account', name: 'Bad', criteria: { field: 'it_staff', op: 'GT', value: 1 } } });
    expect(problems(bad)).toEqual([{ field: 'criteria.field', message: 'unknown field "it_staff"' }]);
    const denied = await ctx.gql<CreatedSegment>(rep, create, { i: { entityType: 'account', name: 'Rep', criteria: { field: 'name', op: 'EQ', value: 'x' } } });
    expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');

    const big = await makeAccount(ctx, admin.actor, { name: 'Big IT', customFields: [{ key: 'it_staff', value: 1000 }] });
    const res = await ctx.gql<CreatedSegment>(admin, create, { i: { entityType: 'account', name: 'Large IT teams', criteria: { field: 'custom.it_staff', op: 'GTE', value: 1000 } } });
    const segment = res.data.createSegment.segment;
    expect(segment.memberCount).toBe(1);
    await ctx.drainJobs();
    const list = await ctx.gql<{ accounts: { edges: { node: { id: string } }[] } }>(admin, `query($f: AccountFilter) { accounts(filter: $f) { edges { node { id } } } }`, { f: { segmentId: segment.id } });
    expect(list.data.accounts.edges).toEqual([{ node: { id: big.id } }]);
    const wrongType = await ctx.gql<ContactCount>(admin, `query($f: ContactFilter) { contacts(filter: $f) { totalCount } }`, { f: { segmentId: segment.id } });
    expect(problems(wrongType)).toEqual([{ field: 'filter.segmentId', message: 'is a segment of account records' }]);

    // Big IT shrinks and leaves; another grows and enters. Each refresh records the changes.
    await ctx.gql(admin, `mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { id } } }`, {
      i: { id: big.id, expectedVersion: big.version, customFields: [{ key: 'it_staff', value: 10 }] },
    });
    const grower = await makeAccount(ctx, admin.actor, { name: 'Grower', customFields: [{ key: 'it_staff', value: 2000 }] });
    await ctx.get(SegmentService).refresh({ segmentId: segment.id });
    const history = await ctx.gql<{ segment: { memberCount: number; history: { edges: { node: { entityId: string; entered: boolean } }[] } } }>(admin, `query($id: String!) { segment(id: $id) { memberCount history { edges { node { entityId entered } } } } }`, { id: segment.id });
    expect(history.errors).toBeUndefined();
    expect(history.data.segment.memberCount).toBe(1);
    expect(history.data.segment.history.edges.map((e) => e.node)).toEqual([
      { entityId: expect.any(String), entered: expect.any(Boolean) },
      { entityId: expect.any(String), entered: expect.any(Boolean) },
      { entityId: big.id, entered: true },
    ]);
    const latest = history.data.segment.history.edges.slice(0, 2).map((e) => e.node);
    expect(latest).toEqual(expect.arrayContaining([{ entityId: big.id, entered: false }, { entityId: grower.id, entered: true }]));
    const named = await ctx.gql<{ segment: { history: { edges: { node: { record: { __typename: string; name: string } | null } }[] } } }>(
      admin, `query($id: String!) { segment(id: $id) { history(first: 1) { edges { node { record { __typename ... on Account { name } } } } } } }`, { id: segment.id },
    );
    expect(named.data.segment.history.edges[0].node.record).toEqual({ __typename: 'Account', name: expect.stringMatching(/^(Big IT|Grower)$/) });
    // The rep sees neither account, so neither their count nor the history shows them.
    const repView = await ctx.gql<{ segment: { memberCount: number; history: { edges: { node: { entityId: string } }[] } } }>(rep, `query($id: String!) { segment(id: $id) { memberCount history { edges { node { entityId } } } } }`, { id: segment.id });
    expect(repView.data.segment).toEqual({ memberCount: 0, history: { edges: [] } });
  });

  it('updates segments with their version, refuses bad criteria and deletes them', async () => {
    const created = await ctx.gql<CreatedSegment>(admin, `mutation($i: CreateSegmentInput!) { createSegment(input: $i) { segment { id version memberCount } } }`, {
      i: { entityType: 'contact', name: 'Golfers', criteria: { field: 'custom.hobby', op: 'CONTAINS_ANY', value: ['golf'] } },
    });
    const { id, version } = created.data.createSegment.segment;
    const update = `mutation($i: UpdateSegmentInput!) { updateSegment(input: $i) { segment { name version } } }`;
    const renamed = await ctx.gql<{ updateSegment: { segment: { name: string; version: number } } }>(admin, update, { i: { id, expectedVersion: version, name: 'Golf lovers' } });
    expect(renamed.data.updateSegment.segment).toEqual({ name: 'Golf lovers', version: version + 1 });
    expect((await ctx.gql(admin, update, { i: { id, expectedVersion: version, name: 'Late' } })).errors?.[0].extensions.code).toBe('CONFLICT');
    const bad = await ctx.gql(admin, update, { i: { id, expectedVersion: version + 1, criteria: { field: 'custom.hobby', op: 'EQ', value: 'golf' } } });
    expect(problems(bad)).toEqual([{ field: 'criteria.op', message: 'must be one of CONTAINS_ANY, CONTAINS_ALL, IS_EMPTY, IS_NOT_EMPTY for custom.hobby' }]);
    const remove = `mutation($i: DeleteSegmentInput!) { deleteSegment(input: $i) { id } }`;
    expect((await ctx.gql(rep, remove, { i: { id } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await ctx.gql<{ deleteSegment: { id: string } }>(admin, remove, { i: { id } })).data.deleteSegment.id).toBe(id);
    expect((await ctx.gql(admin, remove, { i: { id } })).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('exposes the criteria catalog with custom and metric fields and relations', async () => {
    const res = await ctx.gql<{
      criteriaCatalog: {
        fields: { key: string; type: string | null; ops: string[]; custom: boolean; options: { key: string }[] }[];
        relations: { key: string; target: string }[];
      };
    }>(rep, `{ criteriaCatalog(entityType: "contact") { fields { key type ops custom options { key } } relations { key target } } }`);
    const keys = res.data.criteriaCatalog.fields.map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['lastName', 'email', 'age', 'custom.hobby', 'custom.budget']));
    expect(res.data.criteriaCatalog.fields.find((f) => f.key === 'custom.hobby')).toEqual({
      key: 'custom.hobby', type: 'MULTI_SELECT', ops: ['CONTAINS_ANY', 'CONTAINS_ALL', 'IS_EMPTY', 'IS_NOT_EMPTY'], custom: true, options: [{ key: 'fishing' }, { key: 'golf' }],
    });
    expect(res.data.criteriaCatalog.relations).toEqual([{ key: 'accounts', target: 'account' }]);
    const accountFields = (await ctx.gql<{ criteriaCatalog: { fields: { key: string }[] } }>(rep, `{ criteriaCatalog(entityType: "account") { fields { key } } }`)).data.criteriaCatalog.fields.map((f) => f.key);
    expect(accountFields).toEqual(expect.arrayContaining(['inn', 'kinds', 'metrics.TURNOVER.last12Months', 'custom.it_staff', 'custom.source', 'custom.loyalty_reasons']));
  });

  it('keeps the field definition version for concurrent edits', async () => {
    const update = `mutation($i: UpdateCustomFieldInput!) { updateCustomField(input: $i) { field { label version } } }`;
    const ok = await ctx.gql<{ updateCustomField: { field: { label: string; version: number } } }>(admin, update, { i: { id: employeesField.id, expectedVersion: employeesField.version, label: 'IT headcount' } });
    expect(ok.data.updateCustomField.field).toEqual({ label: 'IT headcount', version: employeesField.version + 1 });
    const stale = await ctx.gql<{ updateCustomField: { field: { label: string; version: number } } }>(admin, update, { i: { id: employeesField.id, expectedVersion: employeesField.version, label: 'Late' } });
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');
  });
});
