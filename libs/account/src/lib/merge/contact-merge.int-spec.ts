import { DuplicateQueue } from '@crm/core';
import { Caller, createTestContext, GraphQLResult, TestContext, TestUser } from '@crm/core/testing';
import { Contact, ContactModule, EmailKind, PhoneKind } from '@crm/contact';
import { makeContact } from '@crm/contact/testing';
import { crc32, deflateSync } from 'node:zlib';
import { makeAccount } from '../../testing/index';
import { AccountModule } from '../account.module';

/** A 1×1 red PNG: signature, IHDR, IDAT and IEND chunks with their CRCs. */
function minimalPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const MERGE = `mutation($i: MergeContactsInput!) { mergeContacts(input: $i) {
  loserCode
  contact { id code version firstName lastName position birthday tags
    emails { address } phones { number }
    customFields { key text }
    externalIds { system externalId } } } }`;
const CANDIDATES = 'query($p: ContactDuplicateProbe!) { contactDuplicateCandidates(probe: $p) { contact { id } score reasons } }';
const NOTE = 'mutation($i: AddContactNoteInput!) { addContactNote(input: $i) { note { id } } }';
const LINK = 'mutation($i: LinkContactInput!) { linkContactToAccount(input: $i) { link { accountId contactId } } }';

interface MergedContact {
  id: string;
  code: string;
  version: number;
  firstName: string | null;
  lastName: string | null;
  position: string | null;
  birthday: string | null;
  tags: string[];
  emails: { address: string }[];
  phones: { number: string }[];
  customFields: { key: string; text: string | null }[];
  externalIds: { system: string; externalId: string }[];
}

/** The tables whose rows point at a contact, and the column that does. */
const RELATED = [
  ['contact.note', 'contact_id'],
  ['contact.attachment', 'contact_id'],
  ['contact.external_id', 'contact_id'],
  ['contact.group_member', 'contact_id'],
  ['account.account_contact', 'contact_id'],
] as const;

describe('contact merge and duplicate candidates (ACC-6)', () => {
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
    for (const [key, label] of [['loyalty', 'Loyalty'], ['source', 'Source']]) {
      const res = await ctx.gql(admin, 'mutation($i: CreateCustomFieldInput!) { createCustomField(input: $i) { field { id } } }', {
        i: { entityType: 'contact', key, label, type: 'TEXT' },
      });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => ctx.close());

  const code = (res: GraphQLResult) => res.errors?.[0].extensions.code;
  const merge = (who: Caller, input: Record<string, unknown>) => ctx.gql<{ mergeContacts: { loserCode: string; contact: MergedContact } }>(who, MERGE, { i: input });
  const versionOf = async (id: string) => (await ctx.db.query('SELECT version FROM contact.contact WHERE id = $1', [id]))[0]?.version as number;
  const countsFor = async (id: string) => {
    const counts: Record<string, number> = {};
    for (const [table, column] of RELATED) counts[table] = Number((await ctx.db.query(`SELECT count(*) FROM ${table} WHERE ${column} = $1`, [id]))[0].count);
    return counts;
  };
  /** Every row of every table a merge touches, hashed: a refused merge must leave all of them as they were. */
  const snapshot = async () =>
    (
      await ctx.db.query(`SELECT
        (SELECT md5(coalesce(string_agg(c::text, '' ORDER BY c.id), '')) FROM contact.contact c) AS contacts,
        (SELECT md5(coalesce(string_agg(n::text, '' ORDER BY n.id), '')) FROM contact.note n) AS notes,
        (SELECT md5(coalesce(string_agg(x::text, '' ORDER BY x.system, x.external_id), '')) FROM contact.external_id x) AS external_ids,
        (SELECT md5(coalesce(string_agg(g::text, '' ORDER BY g.group_id, g.contact_id), '')) FROM contact.group_member g) AS groups,
        (SELECT md5(coalesce(string_agg(l::text, '' ORDER BY l.account_id, l.contact_id), '')) FROM account.account_contact l) AS links,
        (SELECT count(*) FROM contact.attachment) AS attachments,
        (SELECT count(*) FROM core.event) AS events,
        (SELECT count(*) FROM core.merged_record) AS merged`)
    )[0];

  describe('nothing related is lost', () => {
    let survivor: Contact;
    let loser: Contact;
    let before: { survivor: Record<string, number>; loser: Record<string, number> };
    let loserEventIds: string[];
    let result: GraphQLResult<{ mergeContacts: { loserCode: string; contact: MergedContact } }>;
    let accountOnlyLoser: string;
    let accountBoth: string;
    let groupOnlyLoser: string;
    let groupBoth: string;
    let attachmentId: string;
    const png = minimalPng();

    beforeAll(async () => {
      survivor = await makeContact(ctx, admin.actor, {
        firstName: 'Анна', lastName: 'Смирнова', birthday: '1980-01-01', tags: ['vip'],
        emails: [{ address: 'anna@example.com' }, { address: 'shared@example.com' }], phones: [{ number: '+7 916 200-00-01' }],
        customFields: [{ key: 'loyalty', value: 'gold' }], externalIds: [{ system: 'erp', externalId: 'S-1' }],
      });
      loser = await makeContact(ctx, admin.actor, {
        firstName: 'Анна', lastName: 'Смирнова', birthday: '1985-05-05', position: 'CFO', tags: ['newsletter'],
        emails: [{ address: 'shared@example.com' }, { address: 'a.smirnova@example.com' }], phones: [{ number: '+7 916 200-00-02' }],
        customFields: [{ key: 'loyalty', value: 'silver' }, { key: 'source', value: 'web' }],
        externalIds: [{ system: 'erp', externalId: 'L-1' }, { system: 'site', externalId: '42' }],
      });
      // The loser's history: an edit, two notes, an attachment.
      const edit = await ctx.gql(admin, 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { version } } }', {
        i: { id: loser.id, expectedVersion: loser.version, company: 'Ромашка' },
      });
      expect(edit.errors).toBeUndefined();
      for (const body of ['Called about the invoice', 'Prefers e-mail']) expect((await ctx.gql(admin, NOTE, { i: { contactId: loser.id, body } })).errors).toBeUndefined();
      expect((await ctx.gql(admin, NOTE, { i: { contactId: survivor.id, body: 'Survivor note' } })).errors).toBeUndefined();
      const uploaded = await ctx.http().post(`/api/contacts/${loser.id}/attachments`).set(await ctx.authHeaders(admin)).attach('file', png, 'passport.png');
      expect(uploaded.status).toBe(201);
      attachmentId = uploaded.body.attachment.id;
      // Static groups: one with the loser only, one with both.
      const group = async (name: string, contactIds: string[]) => {
        const created = await ctx.gql<{ createContactGroup: { group: { id: string } } }>(admin, 'mutation($i: CreateContactGroupInput!) { createContactGroup(input: $i) { group { id } } }', {
          i: { name, kind: 'STATIC' },
        });
        const id = created.data.createContactGroup.group.id;
        expect((await ctx.gql(admin, 'mutation($i: ChangeGroupMembersInput!) { addContactsToGroup(input: $i) { group { id } } }', { i: { groupId: id, contactIds } })).errors).toBeUndefined();
        return id;
      };
      groupOnlyLoser = await group(`Loser only ${Date.now()}`, [loser.id]);
      groupBoth = await group(`Both ${Date.now()}`, [survivor.id, loser.id]);
      // Accounts: one linked to the loser only (as primary), one linked to both (the survivor's link wins).
      accountOnlyLoser = (await makeAccount(ctx, admin.actor)).id;
      accountBoth = (await makeAccount(ctx, admin.actor)).id;
      for (const input of [
        { accountId: accountOnlyLoser, contactId: loser.id, role: 'accountant', isPrimary: true },
        { accountId: accountBoth, contactId: survivor.id, role: 'CEO' },
        { accountId: accountBoth, contactId: loser.id, role: 'other' },
      ]) expect((await ctx.gql(admin, LINK, { i: input })).errors).toBeUndefined();
      // The nightly scan has already paired them.
      await ctx.get(DuplicateQueue).scan({ entityType: 'contact' });

      before = { survivor: await countsFor(survivor.id), loser: await countsFor(loser.id) };
      expect(before.loser).toEqual({ 'contact.note': 2, 'contact.attachment': 1, 'contact.external_id': 2, 'contact.group_member': 2, 'account.account_contact': 2 });
      loserEventIds = (await ctx.db.query('SELECT id FROM core.event WHERE subject_id = $1 ORDER BY id', [loser.id])).map((e: { id: string }) => String(e.id));
      expect(loserEventIds.length).toBeGreaterThanOrEqual(5);

      result = await merge(admin, {
        survivorId: survivor.id, survivorVersion: await versionOf(survivor.id), loserId: loser.id, loserVersion: await versionOf(loser.id),
        fields: [{ field: 'birthday', from: 'LOSER' }],
      });
    });

    it('succeeds and removes the loser row', async () => {
      expect(result.errors).toBeUndefined();
      expect(result.data.mergeContacts.loserCode).toBe(loser.code);
      expect(result.data.mergeContacts.contact.id).toBe(survivor.id);
      expect(result.data.mergeContacts.contact.code).toBe(survivor.code);
      expect(await ctx.db.query('SELECT id FROM contact.contact WHERE id = $1', [loser.id])).toEqual([]);
      expect((await ctx.gql(admin, 'query($id: String!) { contact(id: $id) { id } }', { id: loser.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('moves every related row to the survivor (both-sided memberships kept once)', async () => {
      const after = { survivor: await countsFor(survivor.id), loser: await countsFor(loser.id) };
      expect(after.loser).toEqual({ 'contact.note': 0, 'contact.attachment': 0, 'contact.external_id': 0, 'contact.group_member': 0, 'account.account_contact': 0 });
      expect(after.survivor).toEqual({
        'contact.note': before.survivor['contact.note'] + 2,
        'contact.attachment': before.survivor['contact.attachment'] + 1,
        'contact.external_id': before.survivor['contact.external_id'] + 2,
        // groupBoth and accountBoth already had the survivor.
        'contact.group_member': before.survivor['contact.group_member'] + 1,
        'account.account_contact': before.survivor['account.account_contact'] + 1,
      });
      const groups = (await ctx.db.query('SELECT group_id FROM contact.group_member WHERE contact_id = $1', [survivor.id])).map((r: { group_id: string }) => r.group_id).sort();
      expect(groups).toEqual([groupOnlyLoser, groupBoth].sort());
      const links: { account_id: string }[] = await ctx.db.query('SELECT account_id, role, is_primary FROM account.account_contact WHERE contact_id = $1', [survivor.id]);
      const byAccount = Object.fromEntries(links.map((l) => [l.account_id, l]));
      expect(byAccount).toEqual({
        [accountBoth]: { account_id: accountBoth, role: 'CEO', is_primary: false },
        [accountOnlyLoser]: { account_id: accountOnlyLoser, role: 'accountant', is_primary: true },
      });
      // Seen from the account side too.
      const account = await ctx.gql<{ account: { contacts: { contactId: string; role: string }[] } }>(admin, 'query($id: String!) { account(id: $id) { contacts { contactId role } } }', { id: accountOnlyLoser });
      expect(account.data.account.contacts).toEqual([{ contactId: survivor.id, role: 'accountant' }]);
    });

    it('keeps the attachment downloadable from the survivor', async () => {
      const listed = await ctx.gql<{ contact: { attachments: { id: string; downloadUrl: string }[] } }>(admin, 'query($id: String!) { contact(id: $id) { attachments { id downloadUrl } } }', { id: survivor.id });
      expect(listed.data.contact.attachments.map((a) => a.id)).toEqual([attachmentId]);
      const res = await ctx.http().get(listed.data.contact.attachments[0].downloadUrl).set(await ctx.authHeaders(admin)).buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(png);
    });

    it('applies field choices, fills gaps from the loser and joins lists', () => {
      const c = result.data.mergeContacts.contact;
      expect(c.birthday).toBe('1985-05-05'); // chosen: LOSER
      expect(c.position).toBe('CFO'); // the survivor had none
      expect(c.firstName).toBe('Анна');
      expect(c.tags).toEqual(['vip', 'newsletter']);
      expect(c.emails.map((e) => e.address)).toEqual(['anna@example.com', 'shared@example.com', 'a.smirnova@example.com']);
      expect(c.phones.map((p) => p.number)).toEqual(['+79162000001', '+79162000002']);
      expect(c.customFields).toEqual([{ key: 'loyalty', text: 'gold' }, { key: 'source', text: 'web' }]);
      expect(c.externalIds.map((x) => `${x.system}:${x.externalId}`).sort()).toEqual(['erp:L-1', 'erp:S-1', 'site:42']);
    });

    it('keeps the derived lookup columns in step (phone and e-mail lookups find the survivor)', async () => {
      const [row] = await ctx.db.query('SELECT phone_numbers, email_addresses, search_text FROM contact.contact WHERE id = $1', [survivor.id]);
      expect(row.phone_numbers).toEqual(['+79162000001', '+79162000002']);
      expect(row.email_addresses).toEqual(['anna@example.com', 'shared@example.com', 'a.smirnova@example.com']);
      const byPhone = await ctx.gql<{ contactByPhone: { id: string } }>(admin, '{ contactByPhone(phone: "8 916 200-00-02") { id } }');
      expect(byPhone.data.contactByPhone.id).toBe(survivor.id);
    });

    it("shows the loser's history on the survivor's timeline, plus a merged event naming the loser and the choices", async () => {
      const res = await ctx.gql<{ contact: { timeline: { edges: { node: { id: string; type: string; subjectId: string } }[] } } }>(
        admin, 'query($id: String!) { contact(id: $id) { timeline(first: 200) { edges { node { id type subjectId } } } } }', { id: survivor.id },
      );
      const nodes = res.data.contact.timeline.edges.map((e) => e.node);
      expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(loserEventIds));
      expect(nodes[0]).toMatchObject({ type: 'contact.contact.merged', subjectId: survivor.id });
      const [merged] = await ctx.db.query(`SELECT actor_user_id, data, changes FROM core.event WHERE type = 'contact.contact.merged' AND entity_id = $1`, [survivor.id]);
      expect(merged.actor_user_id).toBe(admin.user.id);
      expect(merged.data).toEqual({ loserId: loser.id, loserCode: loser.code, choices: { birthday: 'LOSER' } });
      expect(merged.changes.birthday).toEqual({ before: '1980-01-01', after: '1985-05-05' });
      expect(merged.changes['custom.source']).toEqual({ before: null, after: 'web' });
    });

    it("resolves the loser's code and external ids to the survivor", async () => {
      const byCode = await ctx.gql<{ contactByCode: { id: string } }>(admin, 'query($c: String!) { contactByCode(code: $c) { id } }', { c: loser.code });
      expect(byCode.data.contactByCode.id).toBe(survivor.id);
      const customer = await ctx.gql<{ customerByCode: { __typename: string; id: string } }>(admin, 'query($c: String!) { customerByCode(code: $c) { __typename ... on Contact { id } ... on Account { id } } }', { c: loser.code });
      expect(customer.data.customerByCode).toEqual({ __typename: 'Contact', id: survivor.id });
      const byExternal = await ctx.gql<{ contactByExternalId: { id: string } }>(admin, '{ contactByExternalId(system: "erp", externalId: "L-1") { id } }');
      expect(byExternal.data.contactByExternalId.id).toBe(survivor.id);
      const [alias] = await ctx.db.query('SELECT entity_type, survivor_id, loser_code, merged_by FROM core.merged_record WHERE loser_id = $1', [loser.id]);
      expect(alias).toEqual({ entity_type: 'contact', survivor_id: survivor.id, loser_code: loser.code, merged_by: admin.user.id });
    });

    it('closes the open duplicate pair as MERGED', async () => {
      const [a, b] = [survivor.id, loser.id].sort();
      const [pair] = await ctx.db.query(`SELECT status FROM core.duplicate_pair WHERE entity_type = 'contact' AND a_id = $1 AND b_id = $2`, [a, b]);
      expect(pair).toEqual({ status: 'MERGED' });
      const listed = await ctx.gql<{ duplicatePairs: { edges: { node: { aId: string; bId: string } }[] } }>(admin, '{ duplicatePairs(entityType: "contact") { edges { node { aId bId } } } }');
      expect(listed.errors).toBeUndefined();
      expect(listed.data.duplicatePairs.edges.filter((e) => [e.node.aId, e.node.bId].includes(loser.id))).toEqual([]);
    });

    it('follows a chain: a contact merged into the survivor and then the survivor into a third keeps every code resolving to the last one', async () => {
      const third = await makeContact(ctx, admin.actor, { lastName: 'Третьякова' });
      const res = await merge(admin, { survivorId: third.id, survivorVersion: third.version, loserId: survivor.id, loserVersion: await versionOf(survivor.id) });
      expect(res.errors).toBeUndefined();
      for (const c of [loser.code, survivor.code]) {
        const byCode = await ctx.gql<{ contactByCode: { id: string } }>(admin, 'query($c: String!) { contactByCode(code: $c) { id } }', { c });
        expect(byCode.data.contactByCode.id).toBe(third.id);
      }
      const timeline = await ctx.gql<{ contact: { timeline: { edges: { node: { id: string } }[] } } }>(admin, 'query($id: String!) { contact(id: $id) { timeline(first: 200) { edges { node { id } } } } }', { id: third.id });
      expect(timeline.data.contact.timeline.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(loserEventIds));
      expect(await countsFor(third.id)).toMatchObject({ 'contact.note': 3, 'contact.attachment': 1, 'contact.external_id': 3 });
    });
  });

  describe('lists and choices', () => {
    it('SURVIVOR and LOSER on a list take one side; BOTH joins; a custom field can be chosen by custom.<key>', async () => {
      const s = await makeContact(ctx, admin.actor, { tags: ['a'], phones: [{ number: '+7 916 300-00-01' }], customFields: [{ key: 'loyalty', value: 'gold' }] });
      const l = await makeContact(ctx, admin.actor, { tags: ['b'], phones: [{ number: '+7 916 300-00-02' }], customFields: [{ key: 'loyalty', value: 'silver' }] });
      const res = await merge(admin, {
        survivorId: s.id, survivorVersion: s.version, loserId: l.id, loserVersion: l.version,
        fields: [{ field: 'tags', from: 'LOSER' }, { field: 'phones', from: 'SURVIVOR' }, { field: 'emails', from: 'BOTH' }, { field: 'custom.loyalty', from: 'LOSER' }],
      });
      expect(res.errors).toBeUndefined();
      const c = res.data.mergeContacts.contact;
      expect(c.tags).toEqual(['b']);
      expect(c.phones.map((p) => p.number)).toEqual(['+79163000001']);
      expect(c.emails.map((e) => e.address)).toEqual([...s.emails, ...l.emails].map((e) => e.address));
      expect(c.customFields).toEqual([{ key: 'loyalty', text: 'silver' }]);
      const [row] = await ctx.db.query('SELECT phone_numbers FROM contact.contact WHERE id = $1', [s.id]);
      expect(row.phone_numbers).toEqual(['+79163000001']);
    });

    it('joins lists without repeating the same phone or e-mail when only its kind differs', async () => {
      const s = await makeContact(ctx, admin.actor, { phones: [{ number: '+7 916 400-00-01', kind: PhoneKind.MOBILE }], emails: [{ address: 'same.kind@example.com', kind: EmailKind.WORK }] });
      const l = await makeContact(ctx, admin.actor, { phones: [{ number: '8 916 400-00-01', kind: PhoneKind.WORK }], emails: [{ address: 'same.kind@example.com', kind: EmailKind.PERSONAL }] });
      const res = await merge(admin, { survivorId: s.id, survivorVersion: s.version, loserId: l.id, loserVersion: l.version });
      expect(res.errors).toBeUndefined();
      expect(res.data.mergeContacts.contact.phones.map((p) => p.number)).toEqual(['+79164000001']);
      expect(res.data.mergeContacts.contact.emails.map((e) => e.address)).toEqual(['same.kind@example.com']);
    });
  });

  describe('bad input is refused with an error naming the field, and writes nothing', () => {
    let s: Contact;
    let l: Contact;
    let hidden: Contact;

    beforeAll(async () => {
      s = await makeContact(ctx, admin.actor, { ownerId: repA.user.id, lastName: 'Survivorova' });
      l = await makeContact(ctx, admin.actor, { ownerId: repA.user.id, lastName: 'Loserova' });
      hidden = await makeContact(ctx, admin.actor, { ownerId: repB.user.id, lastName: 'Hiddenova' });
    });

    const refused = async (who: TestUser, input: Record<string, unknown>) => {
      const before = await snapshot();
      const res = await merge(who, input);
      expect(res.data?.mergeContacts ?? null).toBeNull();
      expect(await snapshot()).toEqual(before);
      return res;
    };
    const input = (overrides: Record<string, unknown> = {}) => ({ survivorId: s.id, survivorVersion: s.version, loserId: l.id, loserVersion: l.version, ...overrides });

    it('merging a contact with itself names loserId', async () => {
      const res = await refused(manager, input({ loserId: s.id, loserVersion: s.version }));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'loserId', message: expect.stringMatching(/different/) }] });
    });

    it('a loser the actor cannot see is "no such contact" on loserId, exactly like one that does not exist', async () => {
      const invisible = await refused(manager, input({ loserId: hidden.id, loserVersion: hidden.version }));
      expect(invisible.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'loserId', message: 'no such contact' }] });
      const missing = await refused(manager, input({ loserId: '00000000-0000-4000-8000-0000000000ff', loserVersion: 1 }));
      expect(missing.errors?.[0].message).toBe(invisible.errors?.[0].message);
      expect(missing.errors?.[0].extensions.fields).toEqual(invisible.errors?.[0].extensions.fields);
      // Even with a wrong version the hidden record does not answer CONFLICT (that would confirm it exists).
      const staleHidden = await refused(manager, input({ loserId: hidden.id, loserVersion: hidden.version + 7 }));
      expect(staleHidden.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'loserId', message: 'no such contact' }] });
    });

    it('a survivor the actor cannot see is "no such contact" on survivorId', async () => {
      const res = await refused(manager, input({ survivorId: hidden.id, survivorVersion: hidden.version }));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'survivorId', message: 'no such contact' }] });
    });

    it('a stale version of either side is CONFLICT', async () => {
      const survivorStale = await refused(manager, input({ survivorVersion: s.version + 1 }));
      expect(survivorStale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const loserStale = await refused(manager, input({ loserVersion: l.version + 1 }));
      expect(loserStale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    });

    it('an unknown field choice names fields.N.field', async () => {
      const res = await refused(manager, input({ fields: [{ field: 'birthday', from: 'LOSER' }, { field: 'favouriteColour', from: 'LOSER' }] }));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fields.1.field', message: expect.stringContaining('favouriteColour') }] });
      const custom = await refused(manager, input({ fields: [{ field: 'custom.nope', from: 'LOSER' }] }));
      expect(custom.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fields.0.field' }] });
    });

    it('BOTH on a scalar names fields.N.from', async () => {
      const res = await refused(manager, input({ fields: [{ field: 'birthday', from: 'BOTH' }] }));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fields.0.from', message: expect.stringMatching(/list/) }] });
    });

    it('non-ids are refused before anything runs', async () => {
      const res = await refused(manager, input({ loserId: 'not-an-id' }));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'loserId' }] });
    });

    it('a sales_rep (no contact.merge) is FORBIDDEN, even on two of their own contacts', async () => {
      const res = await refused(repA, input());
      expect(code(res)).toBe('FORBIDDEN');
    });

    it('an API key without contact.merge is FORBIDDEN even for an admin', async () => {
      const { apiKey } = await ctx.apiKey(admin, ['contact.read', 'contact.update']);
      const before = await snapshot();
      const res = await merge({ apiKey }, input());
      expect(code(res)).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    });

    it('the same merge then succeeds for the manager (the refusals were the only obstacle)', async () => {
      const res = await merge(manager, input());
      expect(res.errors).toBeUndefined();
      expect(res.data.mergeContacts.contact.id).toBe(s.id);
    });
  });

  describe('duplicate candidates', () => {
    const candidates = async (who: TestUser, probe: Record<string, unknown>) => {
      const res = await ctx.gql<{ contactDuplicateCandidates: { contact: { id: string }; score: number; reasons: string[] }[] }>(who, CANDIDATES, { p: probe });
      expect(res.errors).toBeUndefined();
      return res.data.contactDuplicateCandidates;
    };

    it('finds the same e-mail whatever its case', async () => {
      const c = await makeContact(ctx, admin.actor, { emails: [{ address: 'Same.Mail@Example.com' }] });
      const found = await candidates(admin, { emails: ['same.mail@EXAMPLE.com'] });
      expect(found.find((x) => x.contact.id === c.id)).toMatchObject({ reasons: ['EMAIL'], score: 0.9 });
    });

    it('finds the same phone typed differently', async () => {
      const c = await makeContact(ctx, admin.actor, { phones: [{ number: '+79161234567' }] });
      const found = await candidates(admin, { phones: ['8 (916) 123-45-67'] });
      expect(found.find((x) => x.contact.id === c.id)).toMatchObject({ reasons: ['PHONE'], score: 0.8 });
    });

    it('finds a similar name with a typo', async () => {
      const c = await makeContact(ctx, admin.actor, { lastName: 'Иванов', firstName: 'Иван' });
      const found = await candidates(admin, { lastName: 'Иванов', firstName: 'Ивн' });
      const hit = found.find((x) => x.contact.id === c.id);
      expect(hit?.reasons).toEqual(['NAME']);
      expect(hit!.score).toBeGreaterThan(0);
      expect(hit!.score).toBeLessThan(0.5);
    });

    // "Ивaнов" below has a Latin "a" (U+0061): it looks exactly like the Cyrillic name, a common typing slip.
    it('finds a similar name typed with a Latin look-alike letter ("Ивaнов Ивн")', async () => {
      const c = await makeContact(ctx, admin.actor, { lastName: 'Иванов', firstName: 'Иван' });
      const found = await candidates(admin, { lastName: 'Ив\u0061нов', firstName: 'Ивн' });
      expect(found.map((x) => x.contact.id)).toContain(c.id);
    });

    it('adds signals up, strongest first, and leaves out excludeId', async () => {
      const strong = await makeContact(ctx, admin.actor, { lastName: 'Кузнецова', firstName: 'Мария', emails: [{ address: 'maria.k@example.com' }], phones: [{ number: '+7 916 555-44-33' }] });
      const weak = await makeContact(ctx, admin.actor, { lastName: 'Кузнецова', firstName: 'Мария' });
      const found = await candidates(admin, { lastName: 'Кузнецова', firstName: 'Мария', emails: ['maria.k@example.com'], phones: ['+7 (916) 555-44-33'] });
      const ids = found.map((x) => x.contact.id);
      expect(ids.indexOf(strong.id)).toBeLessThan(ids.indexOf(weak.id));
      expect(found.find((x) => x.contact.id === strong.id)!.reasons.sort()).toEqual(['EMAIL', 'NAME', 'PHONE']);
      expect(found.find((x) => x.contact.id === strong.id)!.score).toBeLessThanOrEqual(1);
      const excluding = await candidates(admin, { excludeId: strong.id, emails: ['maria.k@example.com'] });
      expect(excluding.map((x) => x.contact.id)).not.toContain(strong.id);
    });

    it('answers an empty probe with nothing', async () => {
      expect(await candidates(admin, {})).toEqual([]);
    });

    it('never offers a sales_rep a contact owned by someone else', async () => {
      const others = await makeContact(ctx, admin.actor, { ownerId: repB.user.id, lastName: 'Чужой', firstName: 'Пётр', emails: [{ address: 'leak.check@example.com' }], phones: [{ number: '+7 916 777-66-55' }] });
      const own = await makeContact(ctx, admin.actor, { ownerId: repA.user.id, lastName: 'Свой', firstName: 'Пётр', emails: [{ address: 'leak.check@example.com' }] });
      const probe = { lastName: 'Чужой', firstName: 'Пётр', emails: ['leak.check@example.com'], phones: ['89167776655'] };
      expect((await candidates(admin, probe)).map((x) => x.contact.id)).toEqual(expect.arrayContaining([others.id, own.id]));
      expect((await candidates(repA, probe)).map((x) => x.contact.id)).toEqual([own.id]);
      // The manager of team A does not see team B's either.
      expect((await candidates(manager, probe)).map((x) => x.contact.id)).toEqual([own.id]);
    });

    it('hides fields the role may not read in the candidates it returns', async () => {
      const support = await ctx.makeUser('support_agent');
      const c = await makeContact(ctx, admin.actor, { birthday: '1977-07-07', emails: [{ address: 'bday.hidden@example.com' }] });
      const res = await ctx.gql<{ contactDuplicateCandidates: { contact: { id: string; birthday: string | null } }[] }>(support, 'query($p: ContactDuplicateProbe!) { contactDuplicateCandidates(probe: $p) { contact { id birthday } } }', { p: { emails: ['bday.hidden@example.com'] } });
      expect(res.data.contactDuplicateCandidates).toEqual([{ contact: { id: c.id, birthday: null } }]);
    });
  });
});
