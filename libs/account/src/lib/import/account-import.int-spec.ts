import { createTestContext, GraphQLResult, TestContext, TestUser } from '@crm/core/testing';
import { ContactModule } from '@crm/contact';
import { parse } from 'csv-parse/sync';
import { makeAccount } from '../../testing/index';
import { AccountModule } from '../account.module';

interface ImportData {
  id: string;
  entityType: string;
  status: string;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  rejectedCount: number;
  columns: { header: string; suggestedField: string | null }[];
}
const IMPORT = 'id entityType status createdCount updatedCount skippedCount rejectedCount columns { header suggestedField }';

// A 1C-style export: semicolons, Russian headers, requisites, one bad INN, one branch sharing an INN.
const CSV = [
  'Код;Наименование;ИНН;КПП;ОГРН;Тип контрагента;Город;Телефон;Сотрудников в ИТ',
  'K-001;ПАО Сбербанк;7707083893;773601001;1027700132195;Клиент; Москва;8 (495) 500-55-50;1 200',
  'K-002;Плохой ИНН;7707083894;;;Поставщик;Казань;;',
  'K-003;ООО Ромашка;;;;лид, партнёр;Тверь;;12',
  'K-004;Сбербанк (дубль);7707083893;773601001;;Клиент;Москва;;',
  'K-005;Неизвестный;;;;инопланетянин;;;',
  // Excel dropped the leading zero of an Adygea INN (0108003670) and KPP.
  'K-006;Адыгея Трейд;108003670;10801001;;Клиент;Майкоп;;',
].join('\r\n');

describe('account CSV import', () => {
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule]);
    admin = await ctx.makeUser('admin');
    await ctx.gql(admin, 'mutation($i: CreateCustomFieldInput!) { createCustomField(input: $i) { field { id } } }', {
      i: { entityType: 'account', key: 'it_staff', label: 'Сотрудников в ИТ', type: 'NUMBER' },
    });
  });
  afterAll(() => ctx.close());

  it('suggests the mapping, imports valid rows, reports bad ones by field and skips duplicates by INN and KPP', async () => {
    const existing = await makeAccount(ctx, admin.actor, { name: 'Сбер старый', inn: '7707083893', kpp: '773601001' });
    const uploaded = await ctx.http().post('/api/account-imports').set(await ctx.authHeaders(admin)).attach('file', Buffer.from(CSV), 'accounts.csv');
    expect(uploaded.status).toBe(201);
    const columns: ImportData['columns'] = uploaded.body.import.columns;
    expect(columns.map((c) => c.suggestedField)).toEqual(['externalId', 'name', 'inn', 'kpp', 'ogrn', 'kinds', 'city', 'phone', 'custom.it_staff']);
    const started = await ctx.gql<{ startContactImport: { import: ImportData } }>(admin, `mutation($i: StartContactImportInput!) { startContactImport(input: $i) { import { ${IMPORT} } } }`, {
      i: { id: uploaded.body.import.id, mapping: columns.map((c, column) => ({ column, field: c.suggestedField })), onDuplicate: 'SKIP' },
    });
    expect(started.errors).toBeUndefined();
    await ctx.drainJobs();
    const done = await ctx.gql<{ contactImport: ImportData }>(admin, `query($id: String!) { contactImport(id: $id) { ${IMPORT} } }`, { id: uploaded.body.import.id });
    expect(done.data.contactImport).toMatchObject({ entityType: 'account', status: 'COMPLETED', createdCount: 2, skippedCount: 2, rejectedCount: 2 });

    const report = await ctx.http().get(`/api/contact-imports/${uploaded.body.import.id}/problems.csv`).set(await ctx.authHeaders(admin)).buffer(true);
    const [, ...problems] = parse(String(report.text).replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    expect(problems.map(([line, field, reason]) => [line, field, reason])).toEqual([
      ['2', 'inn', `duplicate of ${existing.code} (same inn)`],
      ['3', 'inn', 'has a wrong check digit'],
      ['5', 'inn', `duplicate of ${existing.code} (same inn)`],
      ['6', 'kinds', '"инопланетянин" is not a kind (customer, prospect, partner, dealer, distributor, supplier, competitor, other)'],
    ]);

    const adygea = await ctx.gql<{ accounts: { edges: { node: { inn: string; kpp: string } }[] } }>(admin, '{ accounts(filter: { search: "адыгея" }) { edges { node { inn kpp } } } }');
    expect(adygea.data.accounts.edges[0].node).toEqual({ inn: '0108003670', kpp: '010801001' });
    const romashka = await ctx.gql<{ accounts: { edges: { node: { kinds: string[]; customFields: { number: number | null }[]; externalIds: { externalId: string }[] } }[] } }>(
      admin, '{ accounts(filter: { search: "ромашка" }) { edges { node { kinds customFields { number } externalIds { externalId } } } } }',
    );
    expect(romashka.data.accounts.edges[0].node).toEqual({ kinds: ['PROSPECT', 'PARTNER'], customFields: [{ number: 12 }], externalIds: [{ externalId: 'K-003' }] });
  });

  it('refuses an accounts upload without account.import, and a mapping without a name', async () => {
    const support = await ctx.makeUser('support_agent');
    const refused = await ctx.http().post('/api/account-imports').set(await ctx.authHeaders(support)).attach('file', Buffer.from(CSV), 'accounts.csv');
    expect(refused.status).toBe(403);
    const uploaded = await ctx.http().post('/api/account-imports').set(await ctx.authHeaders(admin)).attach('file', Buffer.from(CSV), 'accounts.csv');
    const res: GraphQLResult<unknown> = await ctx.gql(admin, 'mutation($i: StartContactImportInput!) { startContactImport(input: $i) { import { id } } }', {
      i: { id: uploaded.body.import.id, mapping: [{ column: 2, field: 'inn' }, { column: 1, field: 'lastName' }], onDuplicate: 'SKIP' },
    });
    expect(res.errors?.[0].extensions.fields).toEqual([
      { field: 'mapping.1.field', message: 'unknown field "lastName"' },
      { field: 'mapping', message: 'map the name column' },
    ]);
  });

  it('imports monthly metrics by customer code or INN; a month recorded again is corrected, with history', async () => {
    const bank = await makeAccount(ctx, admin.actor, { name: 'Metric Bank', inn: '7736050003' });
    const shop = await makeAccount(ctx, admin.actor, { name: 'Metric Shop' });
    const csv = [
      'Клиент;Месяц;Оборот;Средний остаток',
      `${bank.inn};01.2025;1 500 000,50;300000`,
      `${shop.code};2025-01;250000;`,
      `${bank.inn};2025-01-31;1 600 000;`,
      'C-9999999-9;2025-01;1;',
      `${shop.code};13.2025;1;`,
    ].join('\n');
    const uploaded = await ctx.http().post('/api/account-metric-imports').set(await ctx.authHeaders(admin)).attach('file', Buffer.from(csv), 'metrics.csv');
    expect(uploaded.status).toBe(201);
    const columns: ImportData['columns'] = uploaded.body.import.columns;
    expect(columns.map((c) => c.suggestedField)).toEqual(['account', 'month', 'turnover', 'averageBalance']);
    await ctx.gql(admin, 'mutation($i: StartContactImportInput!) { startContactImport(input: $i) { import { id } } }', {
      i: { id: uploaded.body.import.id, mapping: columns.map((c, column) => ({ column, field: c.suggestedField })), onDuplicate: 'UPDATE' },
    });
    await ctx.drainJobs();
    const done = await ctx.gql<{ contactImport: ImportData }>(admin, `query($id: String!) { contactImport(id: $id) { ${IMPORT} } }`, { id: uploaded.body.import.id });
    expect(done.data.contactImport).toMatchObject({ entityType: 'account_metric', status: 'COMPLETED', createdCount: 2, updatedCount: 1, rejectedCount: 2 });
    const rows = await ctx.db.query(
      `SELECT a.name, v.metric, v.period::text, v.amount::bigint::text AS amount, v.source FROM account.metric_value v JOIN account.account a ON a.id = v.account_id
       WHERE a.id = ANY($1) ORDER BY a.name, v.metric`,
      [[bank.id, shop.id]],
    );
    expect(rows).toEqual([
      { name: 'Metric Bank', metric: 'AVERAGE_BALANCE', period: '2025-01-01', amount: '30000000', source: 'IMPORT' },
      { name: 'Metric Bank', metric: 'TURNOVER', period: '2025-01-01', amount: '160000000', source: 'IMPORT' },
      { name: 'Metric Shop', metric: 'TURNOVER', period: '2025-01-01', amount: '25000000', source: 'IMPORT' },
    ]);
    const [correction] = await ctx.db.query(`SELECT changes FROM core.event WHERE type = 'account.metrics.recorded' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [bank.id]);
    expect(correction.changes).toEqual({ 'TURNOVER.2025-01': { before: 150000050, after: 160000000 } });
  });

  it('exports the accounts of a segment as a CSV the account import reads back', async () => {
    const tag = `export-${Date.now()}`;
    await makeAccount(ctx, admin.actor, { name: 'Export Big', tags: [tag], inn: '7728168971', customFields: [{ key: 'it_staff', value: 500 }] });
    await makeAccount(ctx, admin.actor, { name: 'Export Small', tags: [tag], customFields: [{ key: 'it_staff', value: 5 }] });
    const segment = await ctx.gql<{ createSegment: { segment: { id: string } } }>(admin, 'mutation($i: CreateSegmentInput!) { createSegment(input: $i) { segment { id } } }', {
      i: { entityType: 'account', name: 'Big IT', criteria: { and: [{ field: 'custom.it_staff', op: 'GTE', value: 100 }, { field: 'tags', op: 'EQ', value: tag }] } },
    });
    const started = await ctx.gql<{ exportAccounts: { export: { id: string; entityType: string } } }>(admin, 'mutation($i: ExportAccountsInput!) { exportAccounts(input: $i) { export { id entityType } } }', {
      i: { filter: { segmentId: segment.data.createSegment.segment.id } },
    });
    expect(started.data.exportAccounts.export.entityType).toBe('account');
    await ctx.drainJobs();
    const file = await ctx.http().get(`/api/contact-exports/${started.data.exportAccounts.export.id}/file`).set(await ctx.authHeaders(admin)).buffer(true);
    expect(file.headers['content-disposition']).toMatch(/filename="accounts-\d{4}-\d{2}-\d{2}\.csv"/);
    const [header, ...rows] = parse(String(file.text).replace(/^\uFEFF/, '')) as string[][];
    expect(rows.map((r) => r[header.indexOf('Name')])).toEqual(['Export Big']);
    expect(rows[0][header.indexOf('Сотрудников в ИТ')]).toBe('500');
    const reimport = await ctx.http().post('/api/account-imports').set(await ctx.authHeaders(admin)).attach('file', Buffer.from(file.text), 'accounts.csv');
    const suggested = (reimport.body.import.columns as ImportData['columns']).map((c) => c.suggestedField);
    expect(suggested).toEqual([
      null, 'name', 'legalName', 'kinds', 'inn', 'kpp', 'ogrn', 'vatId', 'industry', 'region', 'city', 'employees', 'phone', 'email', 'website', 'tags', 'description', null, null,
      'custom.it_staff', 'custom.source', 'custom.loyalty_reasons', 'custom.product_interests',
    ]);
  });
});
