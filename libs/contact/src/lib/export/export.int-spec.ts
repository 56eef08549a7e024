import { POLICY, Team } from '@crm/core';
import { Caller, createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeContact } from '../../testing/index';
import { ContactModule } from '../contact.module';

const EXPORT = 'mutation($i: ExportContactsInput!) { exportContacts(input: $i) { export { id status totalRows processedRows downloadUrl } } }';
const EXPORT_QUERY = 'query($id: String!) { contactExport(id: $id) { id status totalRows processedRows downloadUrl error } }';
const ALL_COLUMNS = ['code', 'lastName', 'firstName', 'middleName', 'phones', 'emails', 'birthday', 'position', 'company', 'preferredChannel', 'language', 'tags', 'description', 'createdAt'];

interface ExportData {
  id: string;
  status: string;
  totalRows: number | null;
  processedRows: number;
  downloadUrl: string | null;
  error: string | null;
}

describe('contact export (X-5)', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let team: Team;
  let manager: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule]);
    admin = await ctx.makeUser('admin');
    team = await ctx.team();
    manager = await ctx.makeUser('sales_manager', { team });
  });
  afterAll(() => ctx.close());

  const requestExport = async (who: TestUser, filter: Record<string, unknown> | null) => {
    const res = await ctx.gql<{ exportContacts: { export: ExportData } }>(who, EXPORT, { i: { filter } });
    expect(res.errors).toBeUndefined();
    return res.data.exportContacts.export;
  };

  const exportOf = async (who: TestUser, id: string) => (await ctx.gql<{ contactExport: ExportData }>(who, EXPORT_QUERY, { id })).data.contactExport;

  /** The file as raw bytes, so the BOM and the encoding are checked as sent. */
  const download = async (who: Caller, id: string) =>
    ctx
      .http()
      .get(`/api/contact-exports/${id}/file`)
      .set(await ctx.authHeaders(who))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  /** Header and rows of a downloaded export, keyed by column name. */
  async function downloadRows(who: TestUser, id: string): Promise<{ header: string[]; rows: Record<string, string>[] }> {
    const res = await download(who, id);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3))) as string[][];
    return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
  }

  const auditOf = (ids: string[]) =>
    ctx.db.query(`SELECT entity_id, actor_user_id, fields FROM core.read_audit WHERE operation = 'exportContacts' AND entity_id = ANY($1) ORDER BY entity_id`, [ids]);

  const exportFiles = () => (existsSync(join(ctx.config.files.dataDir, 'exports')) ? readdirSync(join(ctx.config.files.dataDir, 'exports')) : []);

  it('writes the filtered contacts as UTF-8 CSV with a BOM, escapes formulas, audits every person and notifies the requester', async () => {
    const tag = `export-${Date.now()}`;
    const tricky = await makeContact(ctx, manager.actor, {
      lastName: '=HYPERLINK("http://evil.example","click")', firstName: 'Eve', company: '@corp', position: '-lead', description: '+1 idea',
      phones: [{ number: '8 (916) 700-00-01' }], emails: [{ address: 'eve@export.test' }], birthday: '1985-03-07', tags: [tag],
    });
    const petrova = await makeContact(ctx, manager.actor, { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', phones: [], emails: [{ address: 'anna@export.test' }], tags: [tag, 'вип'] });
    const untagged = await makeContact(ctx, manager.actor, { lastName: 'Untagged' });

    const queued = await requestExport(manager, { tags: [tag] });
    expect(queued).toMatchObject({ status: 'QUEUED', downloadUrl: null });
    expect((await download(manager, queued.id)).status).toBe(404);
    await ctx.drainJobs();
    const done = await exportOf(manager, queued.id);
    expect(done).toEqual({ id: queued.id, status: 'COMPLETED', totalRows: 2, processedRows: 2, downloadUrl: `/api/contact-exports/${queued.id}/file`, error: null });

    const { header, rows } = await downloadRows(manager, queued.id);
    expect(header).toEqual(ALL_COLUMNS);
    expect(rows.map((r) => r.code).sort()).toEqual([petrova.code, tricky.code].sort());
    const row = (code: string) => rows.find((r) => r.code === code);
    expect(row(petrova.code)).toMatchObject({ lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', emails: 'anna@export.test', phones: '', tags: `${tag}, вип` });
    // Cells a spreadsheet would run as formulas start with an apostrophe.
    expect(row(tricky.code)).toMatchObject({
      lastName: `'=HYPERLINK("http://evil.example","click")`, firstName: 'Eve', company: "'@corp", position: "'-lead", description: "'+1 idea",
      phones: "'+79167000001", emails: 'eve@export.test', birthday: '1985-03-07',
    });

    const personal = ['lastName', 'firstName', 'middleName', 'phones', 'emails', 'birthday', 'description'];
    expect(await auditOf([tricky.id, petrova.id, untagged.id])).toEqual(
      [tricky.id, petrova.id].sort().map((id) => ({ entity_id: id, actor_user_id: manager.user.id, fields: personal })),
    );
    const notes = await ctx.gql<{ notifications: { edges: { node: { kind: string; title: string; body: string; link: string } }[] } }>(manager, '{ notifications { edges { node { kind title body link } } } }');
    expect(notes.data.notifications.edges.map((e) => e.node)).toContainEqual({ kind: 'contact.export.finished', title: 'Export of contacts is ready', body: '2 contacts', link: done.downloadUrl });
  });

  it('exports more than one batch without gaps or repeats, even when every name is the same', async () => {
    const tag = `bulk-export-${Date.now()}`;
    const ROWS = 1001;
    // Seeded in SQL: the export reads rows, and a thousand service calls would only slow the test.
    await ctx.db.query(
      `INSERT INTO contact.contact (code, first_name, last_name, full_name, sort_name, search_text, owner_id, tags, version)
       SELECT 'C-' || lpad((8000000 + i)::text, 7, '0') || '-0', 'Same', 'Name', 'Same Name', 'name same', 'same name', $1, ARRAY[$2], 1
       FROM generate_series(1, $3::int) AS i`,
      [manager.user.id, tag, ROWS],
    );
    const queued = await requestExport(manager, { tags: [tag] });
    await ctx.drainJobs();
    expect(await exportOf(manager, queued.id)).toMatchObject({ status: 'COMPLETED', totalRows: ROWS, processedRows: ROWS });
    const { rows } = await downloadRows(manager, queued.id);
    expect(new Set(rows.map((r) => r.code)).size).toBe(ROWS);
    const audited = await ctx.db.query(`SELECT count(DISTINCT a.entity_id) FROM core.read_audit a JOIN contact.contact c ON c.id = a.entity_id WHERE a.operation = 'exportContacts' AND $1 = ANY(c.tags)`, [tag]);
    expect(Number(audited[0].count)).toBe(ROWS);
  });

  it('exports only the records in the requester\'s scope', async () => {
    const tag = `scope-export-${Date.now()}`;
    const teammate = await ctx.makeUser('sales_rep', { team });
    const outsider = await ctx.makeUser('sales_rep', { team: await ctx.team() });
    const mine = await makeContact(ctx, admin.actor, { ownerId: teammate.user.id, tags: [tag] });
    await makeContact(ctx, admin.actor, { ownerId: outsider.user.id, tags: [tag] });
    const queued = await requestExport(manager, { tags: [tag] });
    await ctx.drainJobs();
    expect((await downloadRows(manager, queued.id)).rows.map((r) => r.code)).toEqual([mine.code]);
  });

  it('leaves the columns of fields hidden from the role out of the file and the audit', async () => {
    // No role that may export hides a field today (support_agent, who may not see birthdays, may not
    // export). Hide two fields from marketers for this test, so the file is shown to follow the policy.
    const original = POLICY.marketer.fields;
    POLICY.marketer.fields = { contact: { hidden: ['birthday', 'keyDates', 'description'] } };
    try {
      const territory = await ctx.territory();
      const marketer = await ctx.makeUser('marketer', { territory });
      const tag = `hidden-export-${Date.now()}`;
      const c = await makeContact(ctx, admin.actor, { territoryId: territory.id, tags: [tag], birthday: '1970-01-02', description: 'private note' });
      const queued = await requestExport(marketer, { tags: [tag] });
      await ctx.drainJobs();
      const { header, rows } = await downloadRows(marketer, queued.id);
      expect(header).toEqual(ALL_COLUMNS.filter((column) => column !== 'birthday' && column !== 'description'));
      expect(rows.map((r) => r.code)).toEqual([c.code]);
      const text = JSON.stringify(rows);
      expect(text).not.toContain('1970-01-02');
      expect(text).not.toContain('private note');
      expect(await auditOf([c.id])).toEqual([{ entity_id: c.id, actor_user_id: marketer.user.id, fields: ['lastName', 'firstName', 'middleName', 'phones', 'emails'] }]);
    } finally {
      POLICY.marketer.fields = original;
    }
  });

  it('is seen and downloaded only by the user who asked for it; roles without contact.export are refused', async () => {
    const queued = await requestExport(manager, null);
    await ctx.drainJobs();
    expect((await download(manager, queued.id)).status).toBe(200);
    const colleague = await ctx.makeUser('sales_manager', { team: await ctx.team() });
    for (const other of [colleague, admin]) {
      expect((await ctx.gql(other, EXPORT_QUERY, { id: queued.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
      const res = await download(other, queued.id);
      expect(res.status).toBe(404);
    }
    expect((await download(null, queued.id)).status).toBe(401);
    const support = await ctx.makeUser('support_agent');
    const refused = await ctx.gql(support, EXPORT, { i: { filter: null } });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await download(support, queued.id)).status).toBe(403);
  });

  it('fails without writing a file or audit rows when the requester may no longer export when it runs', async () => {
    const demoted = await ctx.makeUser('sales_manager', { team: await ctx.team() });
    await makeContact(ctx, admin.actor, { ownerId: demoted.user.id });
    const queued = await requestExport(demoted, null);
    const files = exportFiles();
    await ctx.db.query(`UPDATE core."user" SET role = 'support_agent' WHERE id = $1`, [demoted.user.id]);
    await ctx.drainJobs();
    const [row] = await ctx.db.query('SELECT status, error, finished_at FROM contact.export WHERE id = $1', [queued.id]);
    expect(row).toMatchObject({ status: 'FAILED', error: 'the user who asked for the export may no longer export contacts' });
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(exportFiles()).toEqual(files);
    expect(await ctx.db.query(`SELECT 1 FROM core.read_audit WHERE operation = 'exportContacts' AND actor_user_id = $1`, [demoted.user.id])).toEqual([]);
  });
});
