import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { ContactModule } from '@crm/contact';
import { makeContact } from '@crm/contact/testing';
import { AccountModule } from '../account.module';

const SBERBANK = { inn: '7707083893', kpp: '773601001', ogrn: '1027700132195' };
const SBER_BANK_ACCOUNT = { bik: '044525225', settlementAccount: '40702810938000000001', correspondentAccount: '30101810400000000225' };

const ACCOUNT = `id code name legalName kinds inn kpp ogrn vatId version completeness
  bankAccounts { bik settlementAccount correspondentAccount }
  owner { id } parent { id name } children { id }`;

/** An account as ACCOUNT selects it. */
interface AccountData {
  id: string;
  code: string;
  name: string;
  legalName: string | null;
  kinds: string[];
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  vatId: string | null;
  version: number;
  completeness: number;
  bankAccounts: { bik: string; settlementAccount: string; correspondentAccount: string | null }[];
  owner: { id: string };
  parent: { id: string; name: string } | null;
  children: { id: string }[];
}

/** The accounts list query: a page of names. */
interface AccountPage {
  accounts: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** A timeline field change; before and after are JSON values. */
interface ChangeData {
  field: string;
  before: unknown;
  after: unknown;
}

type UpdatedAccount = { updateAccount: { account: { id: string } } };
type CreatedContract = { createContract: { contract: { id: string; number: string; status: string; amount: number | null; currency: string | null; version: number } } };
type RecordedMetrics = { recordAccountMetrics: { values: { metric: string; period: string; amount: number; currency: string; source: string }[] } };

type Errors = { errors?: { extensions: { code: string; fields?: { field: string; message: string }[] } }[] };
const fieldsOf = (res: Errors) => res.errors?.[0].extensions.fields?.map((f) => f.field) ?? [];
const codeOf = (res: Errors) => res.errors?.[0].extensions.code;

describe('accounts over GraphQL', () => {
  let ctx: TestContext;
  let manager: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule]);
    manager = await ctx.makeUser('sales_manager', { team: await ctx.team() });
  });
  afterAll(() => ctx.close());

  const create = (input: Record<string, unknown>, caller: TestUser = manager) =>
    ctx.gql<{ createAccount: { account: AccountData } }>(caller, `mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { ${ACCOUNT} } } }`, { i: input });

  it('creates an organisation with checked requisites, normalised as typed', async () => {
    const res = await create({
      name: 'Сбербанк', legalName: 'ПАО «Сбербанк России»', kinds: ['CUSTOMER', 'SUPPLIER'],
      inn: '7707 083 893', kpp: SBERBANK.kpp, ogrn: '1-027700-132195', vatId: 'de 136 695 976', bankAccounts: [SBER_BANK_ACCOUNT],
    });
    expect(res.errors).toBeUndefined();
    const account = res.data.createAccount.account;
    expect(account).toMatchObject({ ...SBERBANK, vatId: 'DE136695976', kinds: ['CUSTOMER', 'SUPPLIER'], bankAccounts: [SBER_BANK_ACCOUNT], owner: { id: manager.user.id }, version: 1 });
    expect(account.code).toMatch(/^C-\d{7}-\d$/);
    expect(account.completeness).toBeGreaterThan(0);
  });

  it('refuses wrong checksums and inconsistent requisites, naming each field, and writes nothing', async () => {
    const before = await ctx.db.query('SELECT count(*)::int AS n FROM account.account');
    const res = await create({
      name: 'Broken', inn: '7707083894', ogrn: '1027700132196', kpp: '77360', vatId: 'ZZ123',
      bankAccounts: [{ bik: '044525225', settlementAccount: '40702810938000000002' }, { bik: '12345', settlementAccount: '40702810938000000001' }],
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res).sort()).toEqual(['bankAccounts.0.settlementAccount', 'bankAccounts.1.bik', 'inn', 'kpp', 'ogrn', 'vatId']);
    const messages = Object.fromEntries(res.errors![0].extensions.fields!.map((f) => [f.field, f.message]));
    expect(messages.inn).toMatch(/check digit/);
    // An individual entrepreneur (12-digit INN) has no KPP and a 15-digit OGRNIP.
    const ip = await create({ name: 'ИП Петров', inn: '500100732259', kpp: '773601001', ogrn: '1027700132195' });
    expect(fieldsOf(ip).sort()).toEqual(['kpp', 'ogrn']);
    expect(await ctx.db.query('SELECT count(*)::int AS n FROM account.account')).toEqual(before);
  });

  it('draws the customer code from the same sequence as contacts; customerByCode finds either', async () => {
    const contact = await makeContact(ctx, manager.actor);
    const account = (await create({ name: 'Code Test LLC' })).data.createAccount.account;
    const number = (code: string) => Number(code.slice(2, 9));
    expect(number(account.code)).toBeGreaterThan(number(contact.code));
    const q = `query($c: String!) { customerByCode(code: $c) { __typename ... on Account { id } ... on Contact { id } } }`;
    const typed = account.code.replace('C-', 'с ').replace(/-/g, ' ');
    expect((await ctx.gql<{ customerByCode: { __typename: 'Account' | 'Contact'; id: string } }>(manager, q, { c: typed })).data.customerByCode).toEqual({ __typename: 'Account', id: account.id });
    expect((await ctx.gql<{ customerByCode: { __typename: 'Account' | 'Contact'; id: string } }>(manager, q, { c: contact.code })).data.customerByCode).toEqual({ __typename: 'Contact', id: contact.id });
    const wrongDigit = `${account.code.slice(0, -1)}${(Number(account.code.at(-1)) + 1) % 10}`;
    expect(fieldsOf(await ctx.gql<{ customerByCode: { __typename: 'Account' | 'Contact'; id: string } }>(manager, q, { c: wrongDigit }))).toEqual(['code']);
  });

  it('upserts by external id idempotently and finds by it', async () => {
    const upsert = `mutation($i: UpsertAccountByExternalIdInput!) { upsertAccountByExternalId(input: $i) { created account { id name version } } }`;
    const first = await ctx.gql<{ upsertAccountByExternalId: { created: boolean; account: { id: string; name: string; version: number } } }>(manager, upsert, { i: { system: '1c', externalId: 'K-0042', account: { name: 'Ромашка' } } });
    const again = await ctx.gql<{ upsertAccountByExternalId: { created: boolean; account: { id: string; name: string; version: number } } }>(manager, upsert, { i: { system: '1c', externalId: 'K-0042', account: { name: 'ООО «Ромашка»' } } });
    expect(first.data.upsertAccountByExternalId.created).toBe(true);
    expect(again.data.upsertAccountByExternalId).toMatchObject({ created: false, account: { id: first.data.upsertAccountByExternalId.account.id, name: 'ООО «Ромашка»', version: 2 } });
    const found = await ctx.gql<{ accountByExternalId: { id: string; externalIds: { system: string; externalId: string }[] } }>(manager, `{ accountByExternalId(system: "1c", externalId: "K-0042") { id externalIds { system externalId } } }`);
    expect(found.data.accountByExternalId.externalIds).toEqual([{ system: '1c', externalId: 'K-0042' }]);
  });

  it('keeps the hierarchy acyclic', async () => {
    const holding = (await create({ name: 'Holding' })).data.createAccount.account;
    const branch = (await create({ name: 'Branch', parentId: holding.id })).data.createAccount.account;
    expect(branch.parent).toEqual({ id: holding.id, name: 'Holding' });
    const update = `mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { id } } }`;
    const cycle = await ctx.gql<UpdatedAccount>(manager, update, { i: { id: holding.id, expectedVersion: holding.version, parentId: branch.id } });
    expect(cycle.errors![0].extensions.fields).toEqual([{ field: 'parentId', message: 'would make the account its own ancestor' }]);
    const children = await ctx.gql<{ account: { children: { id: string }[] } }>(manager, `query($id: String!) { account(id: $id) { children { id } } }`, { id: holding.id });
    expect(children.data.account.children).toEqual([{ id: branch.id }]);
    const stale = await ctx.gql<UpdatedAccount>(manager, update, { i: { id: branch.id, expectedVersion: branch.version + 1, name: 'Late' } });
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('links contacts with their role; both sides list the link; the account timeline shows the contact\'s events', async () => {
    const account = (await create({ name: 'Timeline Corp' })).data.createAccount.account;
    const contact = await makeContact(ctx, manager.actor, { lastName: 'Связной' });
    const link = await ctx.gql<{
      linkContactToAccount: {
        link: { role: string | null; position: string | null; isPrimary: boolean; contact: { id: string; lastName: string | null } | null; account: { id: string } | null };
      };
    }>(
      manager,
      `mutation($i: LinkContactInput!) { linkContactToAccount(input: $i) { link { role position isPrimary contact { id lastName } account { id } } } }`,
      { i: { accountId: account.id, contactId: contact.id, role: 'Decision maker', position: 'CFO', isPrimary: true } },
    );
    expect(link.data.linkContactToAccount.link).toEqual({ role: 'Decision maker', position: 'CFO', isPrimary: true, contact: { id: contact.id, lastName: 'Связной' }, account: { id: account.id } });
    const note = await ctx.gql<{ addContactNote: { note: { id: string } } }>(manager, `mutation($i: AddContactNoteInput!) { addContactNote(input: $i) { note { id } } }`, { i: { contactId: contact.id, body: 'Called about the renewal' } });
    expect(note.errors).toBeUndefined();
    const read = await ctx.gql<{
      account: { contacts: { role: string | null; contact: { id: string } | null }[]; timeline: { edges: { node: { type: string; subjectId: string | null } }[] } };
      contact: { accounts: { role: string | null; account: { id: string; name: string } | null }[] };
    }>(
      manager,
      `query($id: String!, $c: String!) {
        account(id: $id) { contacts { role contact { id } } timeline { edges { node { type subjectId } } } }
        contact(id: $c) { accounts { role account { id name } } } }`,
      { id: account.id, c: contact.id },
    );
    expect(read.data.contact.accounts).toEqual([{ role: 'Decision maker', account: { id: account.id, name: 'Timeline Corp' } }]);
    expect(read.data.account.contacts).toEqual([{ role: 'Decision maker', contact: { id: contact.id } }]);
    const types = read.data.account.timeline.edges.map((e) => `${e.node.type}@${e.node.subjectId === account.id ? 'account' : 'contact'}`);
    expect(types).toEqual(expect.arrayContaining(['account.account.created@account', 'account.contact.linked@contact', 'contact.note.added@contact']));
  });

  it('keeps contracts and monthly metrics with their history', async () => {
    const account = (await create({ name: 'Finance Ltd' })).data.createAccount.account;
    const contract = `mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id number status amount currency version } } }`;
    const ok = await ctx.gql<CreatedContract>(manager, contract, { i: { accountId: account.id, number: 'Д-2025/17', status: 'ACTIVE', startsOn: '2025-01-01', endsOn: '2025-12-31', amount: 1_250_000_00, currency: 'RUB' } });
    expect(ok.data.createContract.contract).toMatchObject({ number: 'Д-2025/17', amount: 125000000, currency: 'RUB' });
    const dup = await ctx.gql<CreatedContract>(manager, contract, { i: { accountId: account.id, number: 'Д-2025/17' } });
    expect(codeOf(dup)).toBe('CONFLICT');
    const bad = await ctx.gql<CreatedContract>(manager, contract, { i: { accountId: account.id, number: 'X', amount: 10.5, startsOn: '2025-05-01', endsOn: '2025-04-01' } });
    expect(fieldsOf(bad).sort()).toEqual(['amount', 'currency', 'endsOn']);

    const record = `mutation($i: RecordAccountMetricsInput!) { recordAccountMetrics(input: $i) { values { metric period amount currency source } } }`;
    const set = await ctx.gql<RecordedMetrics>(manager, record, {
      i: { accountId: account.id, values: [{ metric: 'TURNOVER', month: '2025-01', amount: 500_000_00 }, { metric: 'TURNOVER', month: '2025-02', amount: 700_000_00 }] },
    });
    expect(set.data.recordAccountMetrics.values).toEqual([
      { metric: 'TURNOVER', period: '2025-01-01', amount: 50000000, currency: 'RUB', source: 'MANUAL' },
      { metric: 'TURNOVER', period: '2025-02-01', amount: 70000000, currency: 'RUB', source: 'MANUAL' },
    ]);
    await ctx.gql<RecordedMetrics>(manager, record, { i: { accountId: account.id, values: [{ metric: 'TURNOVER', month: '2025-02', amount: 650_000_00 }] } });
    const wrongCurrency = await ctx.gql<RecordedMetrics>(manager, record, { i: { accountId: account.id, currency: 'USD', values: [{ metric: 'TURNOVER', month: '2025-03', amount: 1 }] } });
    expect(fieldsOf(wrongCurrency)).toEqual(['currency']);
    const read = await ctx.gql<{
      account: { metrics: { period: string; amount: number }[]; contracts: { number: string }[]; timeline: { edges: { node: { type: string; changes: ChangeData[] } }[] } };
    }>(manager, `query($id: String!) { account(id: $id) { metrics { period amount } contracts { number } timeline { edges { node { type changes { field before after } } } } } }`, { id: account.id });
    expect(read.data.account.metrics.map((m) => m.amount)).toEqual([50000000, 65000000]);
    expect(read.data.account.contracts).toEqual([{ number: 'Д-2025/17' }]);
    const correction = read.data.account.timeline.edges.find((e) => e.node.type === 'account.metrics.recorded' && e.node.changes.some((c) => c.before !== null));
    expect(correction!.node.changes).toEqual([{ field: 'TURNOVER.2025-02', before: 70000000, after: 65000000 }]);
  });

  it('stores a contract\'s signed copy; only those who may read contracts download it', async () => {
    const account = (await create({ name: 'Scan Ltd' })).data.createAccount.account;
    const made = await ctx.gql<{ createContract: { contract: { id: string } } }>(manager, `mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } } }`, {
      i: { accountId: account.id, number: 'S-1' },
    });
    const id = made.data.createContract.contract.id;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const refused = await ctx.http().post(`/api/contracts/${id}/file`).set(await ctx.authHeaders(manager)).attach('file', Buffer.from('<script>alert(1)</script>'), 'contract.pdf');
    expect(refused.status).toBe(400);
    const uploaded = await ctx.http().post(`/api/contracts/${id}/file`).set(await ctx.authHeaders(manager)).attach('file', pdf, 'Договор №1.pdf');
    expect(uploaded.status).toBe(201);
    const read = await ctx.gql<{ account: { contracts: { file: { fileName: string; size: number; downloadUrl: string } | null }[] } }>(
      manager, `query($id: String!) { account(id: $id) { contracts { file { fileName size downloadUrl } } } }`, { id: account.id },
    );
    expect(read.data.account.contracts[0].file).toEqual({ fileName: 'Договор №1.pdf', size: pdf.length, downloadUrl: `/api/contracts/${id}/file` });
    const download = await ctx.http().get(`/api/contracts/${id}/file`).set(await ctx.authHeaders(manager)).buffer(true);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    // Support agents see the account but not its contracts: the file is "not found" for them.
    const support = await ctx.makeUser('support_agent');
    expect((await ctx.http().get(`/api/contracts/${id}/file`).set(await ctx.authHeaders(support))).status).toBe(404);
  });

  it('finds accounts for pickers by name with a typo, INN or code, and names the input of a conflict', async () => {
    const search = (query: string) =>
      ctx.gql<{ searchAccounts: { name: string }[] }>(manager, 'query($q: String!) { searchAccounts(query: $q) { name } }', { q: query });
    expect((await search('Сбербнк')).data.searchAccounts.map((a) => a.name)).toContain('Сбербанк');
    expect((await search('7707083893')).data.searchAccounts.map((a) => a.name)).toEqual(['Сбербанк']);
    const settings = await ctx.gql<{ appSettings: { reportingCurrency: string } }>(manager, '{ appSettings { reportingCurrency } }');
    expect(settings.data.appSettings.reportingCurrency).toBe('RUB');
    const upsert = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }`;
    await ctx.gql(manager, upsert, { i: { name: 'Ext 1', externalIds: [{ system: 'crm1', externalId: 'X-1' }] } });
    const taken = await ctx.gql(manager, upsert, { i: { name: 'Ext 2', externalIds: [{ system: 'crm1', externalId: 'X-1' }] } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'externalIds.0', message: 'this crm1 id is already linked to an account' }] });
  });

  it('edits and deletes contracts with their version; hidden or unknown ones are not found', async () => {
    const account = (await create({ name: 'Edit Contracts Ltd' })).data.createAccount.account;
    const made = await ctx.gql<{ createContract: { contract: { id: string; version: number } } }>(manager, `mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id version } } }`, {
      i: { accountId: account.id, number: 'E-1' },
    });
    const { id, version } = made.data.createContract.contract;
    const update = `mutation($i: UpdateContractInput!) { updateContract(input: $i) { contract { status version } } }`;
    const ok = await ctx.gql<{ updateContract: { contract: { status: string; version: number } } }>(manager, update, { i: { id, expectedVersion: version, status: 'ACTIVE' } });
    expect(ok.data.updateContract.contract).toEqual({ status: 'ACTIVE', version: version + 1 });
    expect(codeOf(await ctx.gql(manager, update, { i: { id, expectedVersion: version, status: 'EXPIRED' } }))).toBe('CONFLICT');
    // Support agents see the account but not its contracts: editing one is "not found", not a leak.
    const support = await ctx.makeUser('support_agent');
    expect(codeOf(await ctx.gql(support, update, { i: { id, expectedVersion: version + 1, status: 'EXPIRED' } }))).toBe('FORBIDDEN');
    const other = await ctx.makeUser('sales_manager', { team: await ctx.team() });
    expect(codeOf(await ctx.gql(other, update, { i: { id, expectedVersion: version + 1, status: 'EXPIRED' } }))).toBe('NOT_FOUND');
    const remove = `mutation($i: DeleteContractInput!) { deleteContract(input: $i) { id } }`;
    expect(codeOf(await ctx.gql(other, remove, { i: { id } }))).toBe('NOT_FOUND');
    expect((await ctx.gql<{ deleteContract: { id: string } }>(manager, remove, { i: { id } })).data.deleteContract.id).toBe(id);
    expect(codeOf(await ctx.gql(manager, remove, { i: { id } }))).toBe('NOT_FOUND');
  });

  it('links only visible contacts and unlinks only existing links', async () => {
    const account = (await create({ name: 'Link Rules Ltd' })).data.createAccount.account;
    const stranger = await ctx.makeUser('sales_manager', { team: await ctx.team() });
    const hidden = await makeContact(ctx, stranger.actor);
    const link = `mutation($i: LinkContactInput!) { linkContactToAccount(input: $i) { link { role } } }`;
    expect(fieldsOf(await ctx.gql(manager, link, { i: { accountId: account.id, contactId: hidden.id } }))).toEqual(['contactId']);
    const mine = await makeContact(ctx, manager.actor);
    expect(fieldsOf(await ctx.gql(manager, link, { i: { accountId: account.id, contactId: mine.id, since: '2025-02-30' } }))).toEqual(['since']);
    const unlink = `mutation($i: UnlinkContactInput!) { unlinkContactFromAccount(input: $i) { contactId } }`;
    expect(codeOf(await ctx.gql(manager, unlink, { i: { accountId: account.id, contactId: mine.id } }))).toBe('NOT_FOUND');
    await ctx.gql(manager, link, { i: { accountId: account.id, contactId: mine.id } });
    const done = await ctx.gql<{ unlinkContactFromAccount: { contactId: string } }>(manager, unlink, { i: { accountId: account.id, contactId: mine.id } });
    expect(done.data.unlinkContactFromAccount.contactId).toBe(mine.id);
  });

  it('lists with keyset pages, filters and sorts', async () => {
    const tag = `list-${Date.now()}`;
    for (const [name, kinds] of [['Альфа', ['PARTNER']], ['Бета', ['CUSTOMER']], ['Гамма', ['CUSTOMER', 'DEALER']]] as const) {
      await create({ name, kinds, tags: [tag], region: 'Москва' });
    }
    const q = `query($f: AccountFilter, $after: String) { accounts(first: 2, after: $after, filter: $f) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = await ctx.gql<AccountPage>(manager, q, { f: { tags: [tag] } });
    expect(page1.data.accounts.totalCount).toBe(3);
    expect(page1.data.accounts.edges.map((e) => e.node.name)).toEqual(['Альфа', 'Бета']);
    const page2 = await ctx.gql<AccountPage>(manager, q, { f: { tags: [tag] }, after: page1.data.accounts.pageInfo.endCursor });
    expect(page2.data.accounts.edges.map((e) => e.node.name)).toEqual(['Гамма']);
    const customers = await ctx.gql<AccountPage>(manager, q, { f: { tags: [tag], kinds: ['CUSTOMER'], region: 'москва' } });
    expect(customers.data.accounts.totalCount).toBe(2);
    const byInn = await ctx.gql<AccountPage>(manager, q, { f: { search: '7707083893' } });
    expect(byInn.data.accounts.edges.map((e) => e.node.name)).toContain('Сбербанк');
  });
});
