import { countStatements, createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { makeContact } from '../../testing/index';
import { ContactModule } from '../contact.module';

const CONTACT_FIELDS = 'id code fullName firstName lastName version phones { number kind extension } emails { address } birthday tags';
const CREATE = `mutation($i: CreateContactInput!) { createContact(input: $i) { contact { ${CONTACT_FIELDS} } } }`;
const UPDATE = `mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { ${CONTACT_FIELDS} } } }`;

interface ContactData {
  id: string;
  code: string;
  fullName: string;
  version: number;
  phones: { number: string; kind: string; extension: string | null }[];
  emails: { address: string }[];
  birthday: string | null;
}

describe('contacts over GraphQL', () => {
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule]);
    admin = await ctx.makeUser('admin');
  });
  afterAll(() => ctx.close());

  const count = async (table: string) => Number((await ctx.db.query(`SELECT count(*) FROM ${table}`))[0].count);
  const create = (input: Record<string, unknown>, who: TestUser = admin) => ctx.gql<{ createContact: { contact: ContactData } }>(who, CREATE, { i: input });

  describe('create', () => {
    it('normalises phones to E.164, gives a customer code and logs the creation on the timeline', async () => {
      const res = await create({
        firstName: ' Иван ', lastName: 'Петров', middleName: 'Сергеевич',
        phones: [{ number: '8 (916) 123-45-67' }, { number: '+7 (495) 111-22-33 доб. 123', kind: 'WORK' }],
        emails: [{ address: 'Ivan.Petrov@Example.RU' }],
      });
      const c = res.data.createContact.contact;
      expect(c.fullName).toBe('Петров Иван Сергеевич');
      expect(c.code).toMatch(/^C-\d{7}-\d$/);
      expect(c.phones).toEqual([
        { number: '+79161234567', kind: 'MOBILE', extension: null },
        { number: '+74951112233', kind: 'WORK', extension: '123' },
      ]);
      expect(c.emails).toEqual([{ address: 'ivan.petrov@example.ru' }]);
      const timeline = await ctx.gql<{ contact: { timeline: { edges: { node: { type: string; actorName: string; changes: { field: string; after: unknown }[] } }[] } } }>(
        admin, `query($id: String!) { contact(id: $id) { timeline { edges { node { type actorName changes { field before after } } } } } }`, { id: c.id },
      );
      const [created] = timeline.data.contact.timeline.edges.map((e) => e.node);
      expect(created.type).toBe('contact.contact.created');
      expect(created.actorName).toBe(admin.user.name);
      expect(created.changes).toContainEqual({ field: 'lastName', before: null, after: 'Петров' });
    });

    it('lists every bad field at once and writes nothing', async () => {
      const [contacts, events] = [await count('contact.contact'), await count('core.event')];
      const res = await create({
        firstName: 'X', phones: [{ number: '12' }], emails: [{ address: 'not-an-email' }], birthday: '2999-01-01', language: 'russian',
      });
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const fields = res.errors![0].extensions.fields!.map((f) => f.field).sort();
      expect(fields).toEqual(['emails.0.address', 'language']);
      // Rules that need normalisation run after the shape checks; they name their fields too.
      const second = await create({ firstName: 'X', phones: [{ number: '12' }], birthday: '2999-01-01' });
      expect(second.errors?.[0].extensions.fields).toEqual([
        { field: 'phones.0.number', message: 'is not a valid phone number' },
        { field: 'birthday', message: 'cannot be in the future' },
      ]);
      expect([await count('contact.contact'), await count('core.event')]).toEqual([contacts, events]);
    });

    it('refuses huge strings, unknown enum values and wrong types with BAD_USER_INPUT', async () => {
      const huge = await create({ lastName: 'x'.repeat(300_000) });
      expect(huge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'lastName', message: 'must be shorter than or equal to 200 characters' }] });
      const badEnum = await create({ lastName: 'X', preferredChannel: 'PIGEON' });
      expect(badEnum.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(badEnum.errors?.[0].message).toContain('PIGEON');
      const badType = await create({ lastName: 'X', tags: 'vip' as unknown as string[], birthday: '1990-02-30' });
      expect(badType.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('names the field of a variable that does not even coerce (an impossible date)', async () => {
      const res = await create({ lastName: 'X', birthday: '2020-13-45' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'birthday', message: 'Date must be a real calendar date written as YYYY-MM-DD' }] });
    });

    it('needs a name, an e-mail or a phone', async () => {
      const res = await create({ position: 'CEO' });
      expect(res.errors?.[0].extensions.fields).toEqual([{ field: 'lastName', message: 'enter a name, an e-mail or a phone' }]);
    });
  });

  describe('update', () => {
    it('records before and after on the timeline and bumps the version', async () => {
      const c = await makeContact(ctx, admin.actor, { position: 'Manager' });
      const res = await ctx.gql<{ updateContact: { contact: ContactData } }>(admin, UPDATE, { i: { id: c.id, expectedVersion: c.version, position: 'Director', birthday: '1980-05-17' } });
      expect(res.data.updateContact.contact.version).toBe(c.version + 1);
      const events = await ctx.db.query(`SELECT type, changes FROM core.event WHERE subject_id = $1 ORDER BY id`, [c.id]);
      expect(events.at(-1)).toEqual({
        type: 'contact.contact.updated',
        changes: { position: { before: 'Manager', after: 'Director' }, birthday: { before: null, after: '1980-05-17' } },
      });
    });

    it('answers a stale version with CONFLICT and changes nothing', async () => {
      const c = await makeContact(ctx, admin.actor);
      await ctx.gql(admin, UPDATE, { i: { id: c.id, expectedVersion: c.version, position: 'First' } });
      const stale = await ctx.gql(admin, UPDATE, { i: { id: c.id, expectedVersion: c.version, position: 'Second' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: c.version + 1 });
      expect((await ctx.db.query('SELECT position FROM contact.contact WHERE id = $1', [c.id]))[0].position).toBe('First');
    });

    it('keeps the history when a contact is deleted, and never reuses its code', async () => {
      const c = await makeContact(ctx, admin.actor);
      const del = await ctx.gql(admin, 'mutation($i: DeleteContactInput!) { deleteContact(input: $i) { id } }', { i: { id: c.id, expectedVersion: c.version } });
      expect(del.errors).toBeUndefined();
      expect((await ctx.gql(admin, 'query($id: String!) { contact(id: $id) { id } }', { id: c.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
      const types = (await ctx.db.query('SELECT type FROM core.event WHERE subject_id = $1 ORDER BY id', [c.id])).map((e: { type: string }) => e.type);
      expect(types).toEqual(['contact.contact.created', 'contact.contact.deleted']);
      const next = await makeContact(ctx, admin.actor);
      expect(next.code).not.toBe(c.code);
    });

    it('refuses to rewrite the event log, even from SQL', async () => {
      await expect(ctx.db.query(`UPDATE core.event SET type = 'x'`)).rejects.toThrow(/append-only/);
      await expect(ctx.db.query(`DELETE FROM core.event`)).rejects.toThrow(/append-only/);
    });
  });

  describe('lookup and search', () => {
    let petrova: ContactData;
    beforeAll(async () => {
      petrova = (await create({ firstName: 'Анна', lastName: 'Петрова', phones: [{ number: '+7 (812) 555-01-02' }], emails: [{ address: 'anna@petrova.example' }], company: 'Ромашка' })).data.createContact.contact;
      await create({ firstName: 'John', lastName: 'Smithson', emails: [{ address: 'john@smithson.example' }] });
    });

    it.each(['+78125550102', '8 (812) 555-01-02', '8-812-555-0102', '+7 812 555 01 02', '(812) 555-01-02', '7 812 5550102 доб. 7'])('finds the caller by phone typed as %s', async (phone) => {
      const res = await ctx.gql<{ contactByPhone: { id: string } | null }>(admin, 'query($p: String!) { contactByPhone(phone: $p) { id } }', { p: phone });
      expect(res.data.contactByPhone?.id).toBe(petrova.id);
    });

    it('finds the contact in the list by a phone typed with spaces and a country code', async () => {
      for (const search of ['+7 812 555 01 02', '8 812 555-01-02', '(812) 555 01 02']) {
        const res = await ctx.gql<{ contacts: { edges: { node: { id: string } }[] } }>(admin, 'query($f: ContactFilter) { contacts(filter: $f) { edges { node { id } } } }', { f: { search } });
        expect(res.data.contacts.edges.map((e) => e.node.id)).toContain(petrova.id);
      }
    });

    it('answers a malformed id like an unknown one: NOT_FOUND', async () => {
      expect((await ctx.gql(admin, '{ contact(id: "not-a-uuid") { id } }')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('answers an unparseable phone with a field error and an unknown one with null', async () => {
      expect((await ctx.gql(admin, '{ contactByPhone(phone: "hello") { id } }')).errors?.[0].extensions.fields).toEqual([{ field: 'phone', message: 'is not a valid phone number' }]);
      expect((await ctx.gql<{ contactByPhone: null }>(admin, '{ contactByPhone(phone: "+7 999 000-00-00") { id } }')).data.contactByPhone).toBeNull();
    });

    it.each([
      ['Петрова', 'surname in Cyrillic'],
      ['петрова анна', 'lower case, several words'],
      ['Петрва', 'a typo'],
      ['petrova', 'Latin spelling of a Cyrillic name'],
      ['anna@petrova', 'e-mail fragment'],
      ['555-01-02', 'phone fragment'],
      ['8812555', 'phone fragment with trunk prefix 8'],
      ['ромашка', 'company'],
    ])('search finds %s (%s)', async (query) => {
      const res = await ctx.gql<{ searchContacts: { id: string }[] }>(admin, 'query($q: String!) { searchContacts(query: $q) { id } }', { q: query });
      expect(res.data.searchContacts.map((c) => c.id).slice(0, 5)).toContain(petrova.id);
    });

    it('searches digits as a phone even when they happen to pass the customer code check digit', async () => {
      // 8916100000 + check digit 8 is a valid code body too; a search typed as digits means the phone.
      const caller = await makeContact(ctx, admin.actor, { lastName: 'Луннов', phones: [{ number: '+7 916 100-00-08' }] });
      const res = await ctx.gql<{ searchContacts: { id: string }[] }>(admin, 'query($q: String!) { searchContacts(query: $q) { id } }', { q: '89161000008' });
      expect(res.data.searchContacts.map((c) => c.id)).toContain(caller.id);
      const code = await ctx.gql<{ searchContacts: { id: string }[] }>(admin, 'query($q: String!) { searchContacts(query: $q) { id } }', { q: petrova.code });
      expect(code.data.searchContacts.map((c) => c.id)).toEqual([petrova.id]);
    });

    it('finds by customer code, also typed without dashes or with a Cyrillic С', async () => {
      const digits = petrova.code.replace(/\D/g, '');
      for (const code of [petrova.code, digits, `С${digits}`]) {
        const res = await ctx.gql<{ contactByCode: { id: string } }>(admin, 'query($c: String!) { contactByCode(code: $c) { id } }', { c: code });
        expect(res.data.contactByCode.id).toBe(petrova.id);
      }
      const typo = `${digits.slice(0, -1)}${(Number(digits.at(-1)) + 1) % 10}`;
      expect((await ctx.gql(admin, 'query($c: String!) { contactByCode(code: $c) { id } }', { c: typo })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('upserts by external id: the first call creates, a retry updates the same contact', async () => {
      const UPSERT = 'mutation($i: UpsertContactByExternalIdInput!) { upsertContactByExternalId(input: $i) { created contact { id position externalIds { system externalId } } } }';
      const first = await ctx.gql<{ upsertContactByExternalId: { created: boolean; contact: { id: string; position: string } } }>(admin, UPSERT, { i: { system: 'erp', externalId: 'K-1', contact: { lastName: 'Sidorov', position: 'Buyer' } } });
      const again = await ctx.gql<{ upsertContactByExternalId: { created: boolean; contact: { id: string; position: string } } }>(admin, UPSERT, { i: { system: 'erp', externalId: 'K-1', contact: { lastName: 'Sidorov', position: 'Head buyer' } } });
      expect(first.data.upsertContactByExternalId.created).toBe(true);
      expect(again.data.upsertContactByExternalId).toMatchObject({ created: false, contact: { id: first.data.upsertContactByExternalId.contact.id, position: 'Head buyer' } });
      const byExternal = await ctx.gql<{ contactByExternalId: { id: string } }>(admin, '{ contactByExternalId(system: "erp", externalId: "K-1") { id } }');
      expect(byExternal.data.contactByExternalId.id).toBe(first.data.upsertContactByExternalId.contact.id);
    });
  });

  describe('list', () => {
    it('pages with keyset cursors without gaps or repeats, even among equal names', async () => {
      const owner = await ctx.makeUser('sales_rep');
      for (let i = 0; i < 7; i++) await makeContact(ctx, admin.actor, { ownerId: owner.user.id, firstName: 'Same', lastName: 'Name' });
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { data: { contacts: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await ctx.gql(
          admin, 'query($a: String, $f: ContactFilter) { contacts(first: 3, after: $a, filter: $f) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
          { a: after, f: { ownerIds: [owner.user.id] } },
        );
        seen.push(...page.data.contacts.edges.map((e) => e.node.id));
        if (!page.data.contacts.pageInfo.hasNextPage) break;
        after = page.data.contacts.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
    });

    it('loads relation fields in batches: the statement count does not grow with the page size (no N+1)', async () => {
      const tag = `n1-${Date.now()}`;
      const group = await ctx.gql<{ createContactGroup: { group: { id: string } } }>(admin, 'mutation { createContactGroup(input: { name: "N+1", kind: STATIC }) { group { id } } }');
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) ids.push((await makeContact(ctx, admin.actor, { tags: [tag], externalIds: [{ system: 'n1', externalId: `${tag}-${i}` }] })).id);
      await ctx.gql(admin, 'mutation($i: ChangeGroupMembersInput!) { addContactsToGroup(input: $i) { group { id } } }', { i: { groupId: group.data.createContactGroup.group.id, contactIds: ids } });
      const page = (first: number) => () =>
        ctx.gql(admin, 'query($n: Int!, $f: ContactFilter) { contacts(first: $n, filter: $f) { edges { node { code owner { name team { name } } territory { name } groups { name } externalIds { externalId } } } } }', { n: first, f: { tags: [tag] } });
      await page(1)(); // the session is cached by the first request
      const small = await countStatements(page(3));
      const large = await countStatements(page(30));
      expect(small.count).toBeGreaterThan(3);
      expect(large.count).toBe(small.count);
      // session, page, read audit, and one batch per relation: owner, team, territory, groups, external ids
      expect(large.count).toBeLessThanOrEqual(3 + 5);
    });

    it('filters by tags and birthday month and counts only matches', async () => {
      const tag = `tag-${Date.now()}`;
      await makeContact(ctx, admin.actor, { tags: [tag], birthday: '1990-03-05' });
      await makeContact(ctx, admin.actor, { tags: [tag], birthday: '1990-04-05' });
      const res = await ctx.gql<{ contacts: { totalCount: number } }>(admin, 'query($f: ContactFilter) { contacts(filter: $f) { totalCount } }', { f: { tags: [tag], birthdayMonth: 3 } });
      expect(res.data.contacts.totalCount).toBe(1);
      const badCursor = await ctx.gql(admin, '{ contacts(after: "garbage") { totalCount } }');
      expect(badCursor.errors?.[0].extensions.fields).toEqual([{ field: 'after', message: 'is not a valid cursor' }]);
    });
  });

  describe('personal data', () => {
    it('audits which fields were read, never the values', async () => {
      const c = await makeContact(ctx, admin.actor, { birthday: '1970-01-02' });
      await ctx.gql(admin, 'query($id: String!) { contact(id: $id) { fullName birthday code } }', { id: c.id });
      const [audit] = await ctx.db.query('SELECT actor_user_id, fields, operation FROM core.read_audit WHERE entity_id = $1 ORDER BY id DESC LIMIT 1', [c.id]);
      expect(audit).toEqual({ actor_user_id: admin.user.id, fields: ['fullName', 'birthday'], operation: 'contact' });
    });

    it('hides fields a role may not read, also on the timeline, and refuses writes to them', async () => {
      const support = await ctx.makeUser('support_agent');
      const c = await makeContact(ctx, admin.actor, { birthday: '1970-01-02' });
      const res = await ctx.gql<{ contact: { birthday: string | null; hiddenFields: string[]; timeline: { edges: { node: { changes: { field: string }[] } }[] } } }>(
        support, 'query($id: String!) { contact(id: $id) { birthday hiddenFields timeline { edges { node { changes { field } } } } } }', { id: c.id },
      );
      expect(res.data.contact.birthday).toBeNull();
      expect(res.data.contact.hiddenFields).toEqual(['birthday', 'keyDates', 'deals']);
      expect(res.data.contact.timeline.edges[0].node.changes.map((ch) => ch.field)).not.toContain('birthday');
      const write = await ctx.gql(support, UPDATE, { i: { id: c.id, expectedVersion: c.version, birthday: '1971-01-01' } });
      expect(write.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FIELD_READ_ONLY', fields: [{ field: 'birthday', message: 'you may not change this field' }] });
    });
  });
});
