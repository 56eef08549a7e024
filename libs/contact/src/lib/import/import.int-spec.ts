import { JobQueue } from '@crm/core';
import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeContact } from '../../testing/index';
import { ContactModule } from '../contact.module';

const fixture = (name: string) => readFileSync(join(__dirname, '__fixtures__', name));

const IMPORT_FIELDS = 'id status fileName encoding delimiter totalRows processedRows createdCount updatedCount skippedCount rejectedCount error rejectedReportUrl';
const START = `mutation($i: StartContactImportInput!) { startContactImport(input: $i) { import { ${IMPORT_FIELDS} } } }`;

interface ImportData {
  id: string;
  status: string;
  encoding: string;
  totalRows: number | null;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  rejectedCount: number;
  rejectedReportUrl: string | null;
}

interface ContactData {
  id: string;
  code: string;
  version: number;
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  fullName: string;
  position: string | null;
  company: string | null;
  birthday: string | null;
  description: string | null;
  tags: string[];
  phones: { number: string }[];
  emails: { address: string }[];
}

/** A custom value as the custom-field test selects it. */
interface CustomValueData {
  key: string;
  number: number | null;
  options: string[] | null;
  boolean: boolean | null;
}
const CONTACT_FIELDS = 'id code version firstName middleName lastName fullName position company birthday description tags phones { number } emails { address }';

type Mapping = [column: number, field: string][];

describe('contact import (X-5)', () => {
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule]);
    admin = await ctx.makeUser('admin');
  });
  afterAll(() => ctx.close());

  const upload = async (who: TestUser, content: string | Buffer, name = 'contacts.csv') =>
    ctx.http().post('/api/contact-imports').set(await ctx.authHeaders(who)).attach('file', Buffer.from(content), name);

  const start = (who: TestUser, id: string, mapping: Mapping, extra: Record<string, unknown> = {}) =>
    ctx.gql<{ startContactImport: { import: ImportData } }>(who, START, { i: { id, mapping: mapping.map(([column, field]) => ({ column, field })), onDuplicate: 'SKIP', ...extra } });

  const importOf = async (who: TestUser, id: string) =>
    (await ctx.gql<{ contactImport: ImportData }>(who, `query($id: String!) { contactImport(id: $id) { ${IMPORT_FIELDS} } }`, { id })).data.contactImport;

  /** Upload, start with the mapping, run the real job, and read the finished import back. */
  async function runImport(who: TestUser, content: string | Buffer, mapping: Mapping, onDuplicate = 'SKIP'): Promise<ImportData> {
    const uploaded = await upload(who, content);
    expect(uploaded.status).toBe(201);
    const started = await start(who, uploaded.body.import.id, mapping, { onDuplicate });
    expect(started.errors).toBeUndefined();
    await ctx.drainJobs();
    return importOf(who, uploaded.body.import.id);
  }

  /** The rejected-rows report as [line, field, reason, ...values] rows, header excluded. */
  async function problems(who: TestUser, id: string): Promise<string[][]> {
    const res = await ctx.http().get(`/api/contact-imports/${id}/problems.csv`).set(await ctx.authHeaders(who));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text.startsWith('\uFEFFline,field,reason,values\n')).toBe(true);
    return parse(res.text.slice(1), { relax_column_count: true, from_line: 2 });
  }

  const contactsOf = async (who: TestUser, filter: Record<string, unknown>) =>
    (await ctx.gql<{ contacts: { edges: { node: ContactData }[] } }>(who, `query($f: ContactFilter) { contacts(first: 100, filter: $f) { edges { node { ${CONTACT_FIELDS} } } } }`, { f: filter }))
      .data.contacts.edges.map((e) => e.node);

  const contactByEmail = async (email: string): Promise<ContactData | undefined> =>
    (await contactsOf(admin, { search: email })).find((c) => c.emails.some((e) => e.address === email));

  const filesIn = (folder: string) => (existsSync(join(ctx.config.files.dataDir, folder)) ? readdirSync(join(ctx.config.files.dataDir, folder)).sort() : []);

  const count = async (sql: string, params: unknown[] = []) => Number((await ctx.db.query(sql, params))[0].count);

  describe('upload', () => {
    it('detects the Windows-1251 encoding and the semicolon, and suggests a field for each column', async () => {
      const res = await upload(admin, fixture('ru_contacts_sample.cp1251.csv'), 'Контакты.csv');
      expect(res.status).toBe(201);
      expect(res.body.import).toMatchObject({ fileName: 'Контакты.csv', status: 'UPLOADED', encoding: 'WINDOWS_1251', delimiter: ';', totalRows: null, processedRows: 0 });
      expect(res.body.import.columns).toEqual([
        { index: 0, header: 'Фамилия', sample: ['Смирнов', 'Смирнова', 'Иванов'], suggestedField: 'lastName' },
        { index: 1, header: 'Имя', sample: ['Александр', 'Елена', 'Сергей'], suggestedField: 'firstName' },
        { index: 2, header: 'Отчество', sample: ['Александрович', 'Александровна', 'Алексеевич'], suggestedField: 'middleName' },
        { index: 3, header: 'Пол', sample: ['М', 'Ж', 'М'], suggestedField: null },
        { index: 4, header: 'Телефон', sample: ['+7 (977) 123-45-67', '+ 7 (977) 123-45-67', '++ 7 (977) 123-45-67 доб 123 Мария'], suggestedField: 'phone' },
        { index: 5, header: 'Телефон (E.164)', sample: ['+79771234567', '+79771234567', '+79771234567'], suggestedField: 'phone' },
      ]);
      // The answer describes the import as GraphQL does; internal columns stay on the server.
      expect(res.body.import).not.toHaveProperty('actor');
      expect(res.body.import).not.toHaveProperty('storageKey');
      expect(res.body.import).not.toHaveProperty('mapping');
      const utf8 = await upload(admin, fixture('ru_contacts_sample.utf8.csv'));
      expect(utf8.body.import).toMatchObject({ encoding: 'UTF8', delimiter: ';', columns: res.body.import.columns });
    });

    it.each([
      ['an empty file', '', 'the file has no header row'],
      ['a file of blank lines and bare delimiters', '\r\n;;;\r\n  \r\n', 'the file has no header row'],
      ['a header with a broken quote', '"Name,Phone\nIvan,+79161234567\n', 'Cannot read the CSV header on line 1: broken quoting: the quoted field in column 1 is never closed (the record spans lines 1–2)'],
    ])('refuses %s with BAD_USER_INPUT on file and stores nothing', async (_, content, message) => {
      const before = [await count('SELECT count(*) FROM contact.import'), filesIn('imports')];
      const res = await upload(admin, content);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message }] });
      expect([await count('SELECT count(*) FROM contact.import'), filesIn('imports')]).toEqual(before);
      expect(filesIn('uploads')).toEqual([]);
    });

    it('refuses a request without a file', async () => {
      const res = await ctx.http().post('/api/contact-imports').set(await ctx.authHeaders(admin)).field('note', 'no file');
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'attach a CSV file in the multipart field "file"' }] });
    });
  });

  describe('start', () => {
    let importId: string;
    beforeAll(async () => {
      importId = (await upload(admin, 'Last Name,E-mail,Position\nStarter,starter@start.test,Clerk\n')).body.import.id;
    });

    it.each<[string, Mapping, Record<string, unknown>, { field: string; message: string }[]]>([
      ['an unknown field', [[0, 'lastName'], [1, 'nickname']], {}, [{ field: 'mapping.1.field', message: 'unknown field "nickname"' }]],
      ['a column out of range', [[0, 'lastName'], [3, 'email']], {}, [{ field: 'mapping.1.column', message: 'the file has columns 0 to 2' }]],
      ['a negative column', [[-1, 'lastName']], {}, [{ field: 'mapping.0.column', message: 'must not be less than 0' }]],
      ['no name, phone or e-mail column', [[2, 'position']], {}, [{ field: 'mapping', message: 'map at least a name, phone or e-mail column' }]],
      ['an unsupported delimiter', [[0, 'lastName']], { delimiter: ':' }, [{ field: 'delimiter', message: 'must be comma, semicolon, tab or |' }]],
    ])('refuses %s with BAD_USER_INPUT naming the input field and queues nothing', async (_, mapping, extra, fields) => {
      const res = await start(admin, importId, mapping, extra);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
      expect((await importOf(admin, importId)).status).toBe('UPLOADED');
      expect(await ctx.get(JobQueue).queue('imports').getJobCounts('waiting', 'delayed')).toEqual({ waiting: 0, delayed: 0 });
    });

    it('refuses a delimiter or encoding that makes the header unreadable, on that field', async () => {
      const quoted = (await upload(admin, '"Last Name";"E-mail"\n"Quoted";"quoted@start.test"\n')).body.import.id;
      const res = await start(admin, quoted, [[0, 'lastName']], { delimiter: ',' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'delimiter', message: expect.stringContaining('broken quoting') }] });
    });

    it('starts once; starting again is refused', async () => {
      const first = await start(admin, importId, [[0, 'lastName'], [1, 'email']]);
      expect(first.data.startContactImport.import.status).toBe('QUEUED');
      const again = await start(admin, importId, [[0, 'lastName'], [1, 'email']]);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'this import is already queued' }] });
      await ctx.drainJobs();
      const done = await start(admin, importId, [[0, 'lastName'], [1, 'email']]);
      expect(done.errors?.[0].extensions.fields).toEqual([{ field: 'id', message: 'this import is already completed' }]);
      expect(await count(`SELECT count(*) FROM contact.contact WHERE 'starter@start.test' = ANY(email_addresses)`)).toBe(1);
    });

    it('is private to the user who uploaded it', async () => {
      const other = await ctx.makeUser('sales_manager');
      const res = await ctx.gql(other, 'query($id: String!) { contactImport(id: $id) { id } }', { id: importId });
      expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await start(other, importId, [[0, 'lastName']])).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await ctx.http().get(`/api/contact-imports/${importId}/problems.csv`).set(await ctx.authHeaders(other))).status).toBe(404);
    });
  });

  describe('run', () => {
    it('turns the Windows-1251 file and its UTF-8 twin into the same contacts: Cyrillic names, E.164 phones, repeats skipped by line', async () => {
      const rows = (parse(fixture('ru_contacts_sample.utf8.csv'), { delimiter: ';', from_line: 2 }) as string[][]).map((cells, i) => ({ line: i + 2, cells }));
      const mapping: Mapping = [[0, 'lastName'], [1, 'firstName'], [2, 'middleName'], [4, 'phone']];
      const results = [];
      // Two importers who cannot see each other's contacts, so neither file is a duplicate of the other.
      for (const file of ['ru_contacts_sample.cp1251.csv', 'ru_contacts_sample.utf8.csv']) {
        const rep = await ctx.makeUser('sales_rep');
        const done = await runImport(rep, fixture(file), mapping);
        expect(done).toMatchObject({ status: 'COMPLETED', totalRows: 23, processedRows: 23, createdCount: 4, updatedCount: 0, skippedCount: 19, rejectedCount: 0 });
        const contacts = await contactsOf(rep, { ownerIds: [rep.user.id] });
        const byPhone = new Map(contacts.map((c) => [c.phones[0].number, c]));
        // Column 5 holds the expected E.164 of column 4: the first row of each number is created, the others repeat it.
        const expectedProblems: string[][] = [];
        for (const { line, cells } of rows) {
          const contact = byPhone.get(cells[5])!;
          if (contact.lastName === cells[0]) {
            expect(contact).toMatchObject({ firstName: cells[1], middleName: cells[2], fullName: `${cells[0]} ${cells[1]} ${cells[2]}`, phones: [{ number: cells[5] }] });
          } else {
            expectedProblems.push([String(line), 'phone', `duplicate of ${contact.code} (same phone)`]);
          }
        }
        expect(contacts.map((c) => c.lastName).sort()).toEqual(['Морозов', 'Морозова', 'Попов', 'Смирнов']);
        expect((await problems(rep, done.id)).map((p) => p.slice(0, 3))).toEqual(expectedProblems);
        results.push(contacts.map(({ fullName, firstName, middleName, lastName, phones, emails }) => ({ fullName, firstName, middleName, lastName, phones, emails })));
      }
      expect(results[1]).toEqual(results[0]);
    });

    it('imports a Google Contacts export with its suggested mapping; placeholder phones reject the row', async () => {
      const uploaded = await upload(admin, fixture('gmail.csv'), 'google.csv');
      expect(uploaded.body.import).toMatchObject({ encoding: 'UTF8', delimiter: ',' });
      const suggested: Mapping = uploaded.body.import.columns.filter((c: { suggestedField: string | null }) => c.suggestedField).map((c: { index: number; suggestedField: string }) => [c.index, c.suggestedField]);
      await start(admin, uploaded.body.import.id, suggested);
      await ctx.drainJobs();
      // The sample's phones are words ("mainphone"); each is reported, and nothing is created.
      expect(await importOf(admin, uploaded.body.import.id)).toMatchObject({ totalRows: 1, createdCount: 0, rejectedCount: 1 });
      const report = await problems(admin, uploaded.body.import.id);
      expect(report.map((p) => p.slice(0, 3))).toEqual(
        [0, 1, 2, 3, 4, 5, 6].map((i) => ['2', `phones.${i}.number`, 'is not a valid phone number']).sort((a, b) => a[1].localeCompare(b[1])),
      );
      expect(await contactByEmail('home@aaa.pl')).toBeUndefined();

      const done = await runImport(admin, fixture('gmail.csv'), suggested.filter(([, field]) => field !== 'phone'));
      expect(done).toMatchObject({ status: 'COMPLETED', totalRows: 1, createdCount: 1, rejectedCount: 0 });
      expect(await contactByEmail('home@aaa.pl')).toMatchObject({
        firstName: 'Firstname', middleName: 'Middle', lastName: 'Lastname', birthday: '1975-12-12', description: 'note"note', tags: ['My Contacts', 'Test'],
        company: 'company', position: 'jobtitle',
        emails: [{ address: 'home@aaa.pl' }, { address: 'work@email.pl' }, { address: 'unknown@email.com' }, { address: 'other@email.com' }],
      });
    });

    it('rejects rows with a bad phone, e-mail, future birthday or a formula by their physical line, writes nothing for them, and notifies the importer', async () => {
      const importer = await ctx.makeUser('sales_manager', { locale: 'ru' });
      const file = [
        'Фамилия;Имя;Телефон;E-mail;Дата рождения;Комментарий',
        'Первый;Иван;8 (916) 100-00-01;first@rows.test;07.03.1985;"две',
        'строки"',
        'Телефонов;Пётр;12345;phone@rows.test;;',
        'Почтов;Павел;+7 916 100-00-03;not-an-email;;',
        'Будущий;Борис;+7 916 100-00-04;future@rows.test;01.01.2999;',
        '=HYPERLINK("http://evil.example","click");Фёдор;+7 916 100-00-05;formula@rows.test;;',
        'Последний;Лев;+7 916 100-00-06;last@rows.test;;@SUM(1+1)',
        'Ок;Олег;+7 916 100-00-07;ok@rows.test;;',
      ].join('\r\n');
      const [contacts, events] = [await count('SELECT count(*) FROM contact.contact'), await count('SELECT count(*) FROM core.event')];
      const done = await runImport(importer, file, [[0, 'lastName'], [1, 'firstName'], [2, 'phone'], [3, 'email'], [4, 'birthday'], [5, 'description']]);
      expect(done).toMatchObject({ status: 'COMPLETED', totalRows: 7, processedRows: 7, createdCount: 2, skippedCount: 0, rejectedCount: 5, rejectedReportUrl: `/api/contact-imports/${done.id}/problems.csv` });
      const formula = 'starts with =, +, - or @ and would run as a spreadsheet formula';
      expect(await problems(importer, done.id)).toEqual([
        ['4', 'phones.0.number', 'is not a valid phone number', 'Телефонов', 'Пётр', '12345', 'phone@rows.test', '', ''],
        ['5', 'emails.0.address', 'is not a valid e-mail address', 'Почтов', 'Павел', "'+7 916 100-00-03", 'not-an-email', '', ''],
        ['6', 'birthday', 'cannot be in the future', 'Будущий', 'Борис', "'+7 916 100-00-04", 'future@rows.test', '01.01.2999', ''],
        // Formula cells are escaped in the report too, so opening it in a spreadsheet runs nothing.
        ['7', 'lastName', formula, `'=HYPERLINK("http://evil.example","click")`, 'Фёдор', "'+7 916 100-00-05", 'formula@rows.test', '', ''],
        ['8', 'description', formula, 'Последний', 'Лев', "'+7 916 100-00-06", 'last@rows.test', '', "'@SUM(1+1)"],
      ]);
      expect(await count('SELECT count(*) FROM contact.contact')).toBe(contacts + 2);
      expect(await count('SELECT count(*) FROM core.event')).toBe(events + 2);
      expect(await count(`SELECT count(*) FROM contact.contact WHERE email_addresses && $1::text[]`, [['phone@rows.test', 'future@rows.test', 'formula@rows.test', 'last@rows.test']])).toBe(0);

      const first = (await contactByEmail('first@rows.test'))!;
      expect(first).toMatchObject({ fullName: 'Первый Иван', birthday: '1985-03-07', description: 'две\nстроки', phones: [{ number: '+79161000001' }] });
      const timeline = await ctx.gql<{ contact: { timeline: { edges: { node: { type: string; actorName: string } }[] } } }>(
        importer, 'query($id: String!) { contact(id: $id) { timeline { edges { node { type actorName } } } } }', { id: first.id },
      );
      expect(timeline.data.contact.timeline.edges.map((e) => e.node)).toEqual([{ type: 'contact.contact.created', actorName: importer.user.name }]);

      const notes = await ctx.gql<{ notifications: { edges: { node: { kind: string; title: string; body: string; link: string } }[] } }>(importer, '{ notifications { edges { node { kind title body link } } } }');
      expect(notes.data.notifications.edges.map((e) => e.node)).toEqual([
        { kind: 'contact.import.finished', title: 'Import of contacts.csv finished', body: '2 created, 0 updated, 0 duplicates skipped, 5 rejected', link: `/contacts/import/${done.id}` },
      ]);
    });

    it('loses only the records with broken quotes; rows before and after still import', async () => {
      const file = [
        'Last Name,E-mail,Notes',
        'Before,before@quote.test,fine',
        'Broken,broken@quote.test,"ООО "Ромашка" closed"',
        'Open,open@quote.test,"never closed',
        'Swallowed,swallowed@quote.test,"ok"',
        'After,after@quote.test,"two',
        'lines"',
        'End,end@quote.test,ok',
      ].join('\n');
      const done = await runImport(admin, file, [[0, 'lastName'], [1, 'email'], [2, 'description']]);
      expect(done).toMatchObject({ status: 'COMPLETED', totalRows: 5, createdCount: 3, rejectedCount: 2 });
      expect(await problems(admin, done.id)).toEqual([
        ['3', 'row', 'broken quoting: unexpected "Р" after the closing quote in column 3'],
        ['4', 'row', 'broken quoting: unexpected "o" after the closing quote in column 3 (the record spans lines 4–5)'],
      ]);
      for (const email of ['before@quote.test', 'after@quote.test', 'end@quote.test']) expect(await contactByEmail(email)).toBeDefined();
      expect((await contactByEmail('after@quote.test'))!.description).toBe('two\nlines');
      for (const email of ['broken@quote.test', 'open@quote.test', 'swallowed@quote.test']) expect(await contactByEmail(email)).toBeUndefined();
    });

    it('plans reminders for imported birthdays once their batch is committed', async () => {
      const year = new Date().getFullYear() + 1;
      ctx.clock.set(`${year}-04-01T03:00:00Z`);
      try {
        // Filler rows keep the batch transaction open long enough for a planner that runs too early to miss the row.
        const lines = ['Last Name,E-mail,Birthday', 'Born,born@plan.test,02.04.1980'];
        for (let i = 0; i < 150; i++) lines.push(`Filler${i},filler${i}@plan.test,`);
        const done = await runImport(admin, lines.join('\n'), [[0, 'lastName'], [1, 'email'], [2, 'birthday']]);
        expect(done).toMatchObject({ createdCount: 151 });
        const born = (await contactByEmail('born@plan.test'))!;
        const jobs = await ctx.get(JobQueue).queue('reminders').getJobs(['delayed']);
        expect(jobs.filter((j) => j.data.contactId === born.id).map((j) => j.id)).toEqual([`reminder-${born.id}-birthday-${year}-04-02`]);
      } finally {
        ctx.clock.set(null);
      }
    });
  });

  describe('duplicates', () => {
    it('skips rows repeating a contact by e-mail or phone, in the database or earlier in the file, naming the contact', async () => {
      const rep = await ctx.makeUser('sales_rep');
      const known = await makeContact(ctx, rep.actor, { lastName: 'Known', emails: [{ address: 'known@dup.test' }], phones: [{ number: '+7 916 200-00-01' }] });
      const file = ['Last Name,E-mail,Phone', 'ByEmail,KNOWN@dup.test,', 'ByPhone,,8 (916) 200-00-01', 'Fresh,fresh@dup.test,+7 916 200-00-02', 'FreshAgain,fresh@dup.test,', 'FreshByPhone,,+79162000002'].join('\n');
      const done = await runImport(rep, file, [[0, 'lastName'], [1, 'email'], [2, 'phone']]);
      expect(done).toMatchObject({ createdCount: 1, skippedCount: 4, updatedCount: 0, rejectedCount: 0 });
      const fresh = (await contactByEmail('fresh@dup.test'))!;
      expect((await problems(rep, done.id)).map((p) => p.slice(0, 3))).toEqual([
        ['2', 'email', `duplicate of ${known.code} (same email)`],
        ['3', 'phone', `duplicate of ${known.code} (same phone)`],
        ['5', 'email', `duplicate of ${fresh.code} (same email)`],
        ['6', 'phone', `duplicate of ${fresh.code} (same phone)`],
      ]);
      expect(await contactByEmail('known@dup.test')).toMatchObject({ lastName: 'Known', version: known.version });
      expect(await count(`SELECT count(*) FROM contact.contact WHERE last_name LIKE 'By%' OR last_name LIKE 'FreshA%' OR last_name = 'FreshByPhone'`)).toBe(0);
    });

    it('with UPDATE merges rows into the duplicate: filled cells overwrite, phones, e-mails and tags are added', async () => {
      const rep = await ctx.makeUser('sales_rep');
      const merge = await makeContact(ctx, rep.actor, {
        firstName: 'Old', lastName: 'Merge', position: 'Clerk', tags: ['a'], emails: [{ address: 'merge@dup.test' }], phones: [{ number: '+7 916 300-00-01' }],
      });
      const file = [
        'Last Name,First Name,Position,E-mail,Phone,Tags',
        ',,Director,merge@dup.test,+7 916 300-00-02,b',
        ',,,merge2@dup.test,8 916 300-00-01,',
        'Newcomer,Nina,,newcomer@dup.test,,',
        // Repeats the row above in the same batch: that row is written first, then this one merges into it.
        ',,Buyer,newcomer@dup.test,+7 916 300-00-09,',
      ].join('\n');
      const done = await runImport(rep, file, [[0, 'lastName'], [1, 'firstName'], [2, 'position'], [3, 'email'], [4, 'phone'], [5, 'tags']], 'UPDATE');
      expect(done).toMatchObject({ createdCount: 1, updatedCount: 3, skippedCount: 0, rejectedCount: 0 });
      expect(await problems(rep, done.id)).toEqual([]);
      expect(await contactByEmail('newcomer@dup.test')).toMatchObject({ lastName: 'Newcomer', firstName: 'Nina', position: 'Buyer', phones: [{ number: '+79163000009' }] });
      expect(await contactByEmail('merge@dup.test')).toMatchObject({
        id: merge.id, firstName: 'Old', lastName: 'Merge', position: 'Director', tags: ['a', 'b'], version: merge.version + 2,
        phones: [{ number: '+79163000001' }, { number: '+79163000002' }],
        emails: [{ address: 'merge@dup.test' }, { address: 'merge2@dup.test' }],
      });
      const events = await ctx.db.query('SELECT type, actor_user_id FROM core.event WHERE subject_id = $1 ORDER BY id', [merge.id]);
      expect(events.map((e: { type: string }) => e.type)).toEqual(['contact.contact.created', 'contact.contact.updated', 'contact.contact.updated']);
      expect(events[2].actor_user_id).toBe(rep.user.id);
    });

    it('never reveals or changes a duplicate the importer may not see', async () => {
      const stranger = await ctx.makeUser('sales_rep');
      const hidden = await makeContact(ctx, stranger.actor, { lastName: 'Hidden', emails: [{ address: 'hidden@dup.test' }], phones: [{ number: '+7 916 400-00-01' }] });
      for (const policy of ['SKIP', 'UPDATE']) {
        const rep = await ctx.makeUser('sales_rep');
        const done = await runImport(rep, `Last Name,E-mail,Phone\nMine${policy},hidden@dup.test,+7 916 400-00-01\n`, [[0, 'lastName'], [1, 'email'], [2, 'phone']], policy);
        expect(done).toMatchObject({ createdCount: 1, updatedCount: 0, skippedCount: 0 });
        const res = await ctx.http().get(`/api/contact-imports/${done.id}/problems.csv`).set(await ctx.authHeaders(rep));
        expect(res.text).not.toContain(hidden.code);
        expect(await problems(rep, done.id)).toEqual([]);
        expect((await contactsOf(rep, {})).map((c) => c.lastName)).toEqual([`Mine${policy}`]);
      }
      expect((await ctx.db.query('SELECT last_name, version FROM contact.contact WHERE id = $1', [hidden.id]))[0]).toEqual({ last_name: 'Hidden', version: hidden.version });
    });
  });

  describe('large files and crashes', () => {
    it('imports 2,000 rows in batches of 100, and a crash resumes after the last committed batch without duplicates', async () => {
      const ROWS = 2000;
      const lines = ['Фамилия;Имя;E-mail;Телефон'];
      for (let i = 0; i < ROWS; i++) lines.push(`Массов${i};Иван;bulk${i}@bulk.test;+7 916 5${String(i).padStart(6, '0')}`);
      const uploaded = await upload(admin, lines.join('\r\n'));
      // A real failure inside the third batch (row 1234): the database refuses the insert.
      await ctx.db.query(`CREATE FUNCTION public.crash_import() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF 'bulk1234@bulk.test' = ANY(NEW.email_addresses) THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$`);
      await ctx.db.query('CREATE TRIGGER crash_import BEFORE INSERT ON contact.contact FOR EACH ROW EXECUTE FUNCTION public.crash_import()');
      await start(admin, uploaded.body.import.id, [[0, 'lastName'], [1, 'firstName'], [2, 'email'], [3, 'phone']]);
      await ctx.drainJobs(60_000);
      const bulk = () => count(`SELECT count(*) FROM contact.contact WHERE email_addresses[1] LIKE '%@bulk.test'`);
      // Twelve batches committed with their counters; the thirteenth rolled back as a whole.
      expect(await importOf(admin, uploaded.body.import.id)).toMatchObject({ status: 'RUNNING', totalRows: ROWS, processedRows: 1200, createdCount: 1200 });
      expect(await bulk()).toBe(1200);

      await ctx.db.query('DROP TRIGGER crash_import ON contact.contact');
      const retry = (await ctx.get(JobQueue).queue('imports').getJob(`import-${uploaded.body.import.id}`))!;
      expect(await retry.getState()).toBe('delayed');
      await retry.promote();
      await ctx.drainJobs(60_000);
      expect(await importOf(admin, uploaded.body.import.id)).toMatchObject({
        status: 'COMPLETED', totalRows: ROWS, processedRows: ROWS, createdCount: ROWS, skippedCount: 0, rejectedCount: 0,
      });
      expect(await bulk()).toBe(ROWS);
      expect(await count(`SELECT count(DISTINCT email_addresses[1]) FROM contact.contact WHERE email_addresses[1] LIKE '%@bulk.test'`)).toBe(ROWS);
    }, 180_000);
  });

  it('imports custom field columns typed as in a spreadsheet, rejects bad values by field, and exports them back', async () => {
    const define = `mutation($i: CreateCustomFieldInput!) { createCustomField(input: $i) { field { id } } }`;
    for (const field of [
      { entityType: 'contact', key: 'hobby', label: 'Хобби', type: 'MULTI_SELECT', options: [{ key: 'fishing', label: 'Рыбалка' }, { key: 'golf', label: 'Гольф' }] },
      { entityType: 'contact', key: 'budget', label: 'Бюджет', type: 'MONEY', currency: 'RUB' },
      { entityType: 'contact', key: 'vip', label: 'VIP', type: 'BOOLEAN' },
    ]) {
      expect((await ctx.gql(admin, define, { i: field })).errors).toBeUndefined();
    }
    const csv = 'Фамилия;Хобби;budget;VIP\r\nРыбаков-Импорт;Рыбалка, гольф;1 234,50;да\r\nПлохов-Импорт;Шахматы;много;нет\r\n';
    const uploaded = await upload(admin, csv);
    expect(uploaded.body.import.columns.map((c: { suggestedField: string }) => c.suggestedField)).toEqual(['lastName', 'custom.hobby', 'custom.budget', 'custom.vip']);
    const done = await runImport(admin, csv, [[0, 'lastName'], [1, 'custom.hobby'], [2, 'custom.budget'], [3, 'custom.vip']]);
    expect(done).toMatchObject({ status: 'COMPLETED', createdCount: 1, rejectedCount: 1 });
    expect((await problems(admin, done.id)).map((p) => p.slice(0, 3))).toEqual([
      ['3', 'customFields.budget', 'must be an amount of money'],
      ['3', 'customFields.hobby', 'no such option "Шахматы"'],
    ]);
    const read = await ctx.gql<{ contacts: { edges: { node: { customFields: CustomValueData[] } }[] } }>(
      admin,
      `{ contacts(filter: { search: "Рыбаков-Импорт" }) { edges { node { customFields { key number options boolean } } } } }`,
    );
    expect(read.data.contacts.edges[0].node.customFields).toEqual([
      { key: 'hobby', number: null, options: ['fishing', 'golf'], boolean: null },
      { key: 'budget', number: 123450, options: null, boolean: null },
      { key: 'vip', number: null, options: null, boolean: true },
    ]);
    const started = await ctx.gql<{ exportContacts: { export: { id: string } } }>(admin, 'mutation($i: ExportContactsInput!) { exportContacts(input: $i) { export { id } } }', { i: { filter: { search: 'Рыбаков-Импорт' } } });
    await ctx.drainJobs();
    const file = await ctx.http().get(`/api/contact-exports/${started.data.exportContacts.export.id}/file`).set(await ctx.authHeaders(admin)).buffer(true);
    const [header, row] = parse(String(file.text ?? file.body).replace(/^\uFEFF/, '')) as string[][];
    const values = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(values).toMatchObject({ lastName: 'Рыбаков-Импорт', Хобби: 'Рыбалка; Гольф', Бюджет: '1234.50', VIP: 'yes' });
  });
});
