import { Permission, POLICY, Role, ROLES } from '@crm/core';
import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { makeContact } from '../../testing/index';
import { Contact } from './contact.entity';
import { ContactModule } from '../contact.module';

/**
 * The authorization matrix, generated from the policy table: every role × every contact
 * operation. Expected visibility is computed here from the role's scope independently of the SQL
 * that enforces it; any difference is a leak (or a wrongly hidden record). After every refused
 * write the database is byte-for-byte unchanged.
 */
describe('contact authorization matrix', () => {
  let ctx: TestContext;
  const actors = {} as Record<Role, TestUser>;
  const records: { contact: Contact; ownerTeam: string; territory: string; partner: string | null }[] = [];
  const tag = `matrix-${Date.now()}`;
  let world: { teamA: string; territoryA: string; partnerA: string };

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule]);
    const [teamA, teamB] = [await ctx.team(), await ctx.team()];
    const [territoryA, territoryB] = [await ctx.territory(), await ctx.territory()];
    const [partnerA, partnerB] = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
    world = { teamA: teamA.id, territoryA: territoryA.id, partnerA };
    const repA = await ctx.makeUser('sales_rep', { team: teamA, territory: territoryA });
    const repB = await ctx.makeUser('sales_rep', { team: teamB, territory: territoryB });
    const placement: [TestUser, typeof territoryA, string | null][] = [
      [repA, territoryA, partnerA],
      [repA, territoryB, null],
      [repB, territoryB, partnerB],
      [repB, territoryA, null],
    ];
    const admin = await ctx.makeUser('admin');
    for (const [i, [owner, territory, partner]] of placement.entries()) {
      const creator = partner ? { ...admin.actor, partnerAccountId: partner } : admin.actor;
      const contact = await makeContact(ctx, creator, {
        ownerId: owner.user.id, territoryId: territory.id, tags: [tag], lastName: `Matrixson${i}`, phones: [{ number: `+7 916 700-00-0${i}` }],
      });
      records.push({ contact, ownerTeam: owner === repA ? teamA.id : teamB.id, territory: territory.id, partner });
    }
    actors.admin = admin;
    actors.sales_manager = await ctx.makeUser('sales_manager', { team: teamA, territory: territoryA });
    actors.sales_rep = repA;
    actors.support_agent = await ctx.makeUser('support_agent');
    actors.marketer = await ctx.makeUser('marketer', { territory: territoryA });
    actors.partner = await ctx.makeUser('partner', { partnerAccountId: partnerA });
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
          case 'own': return r.contact.ownerId === actor.user.id;
          case 'partner': return r.partner === world.partnerA;
        }
      })
      .map((r) => r.contact.id)
      .sort();
  }
  const can = (role: Role, permission: Permission) => POLICY[role].permissions.includes(permission);
  const snapshot = async () =>
    (await ctx.db.query(`SELECT md5(string_agg(c::text, '' ORDER BY c.id)) AS h, (SELECT count(*) FROM core.event) AS e FROM contact.contact c`))[0];
  const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0].extensions.code;

  describe.each(ROLES)('%s', (role) => {
    const who = () => actors[role];
    const visible = () => expectedVisible(role);
    const readable = () => can(role, 'contact.read');

    it('list shows exactly the records in scope', async () => {
      const res = await ctx.gql<{ contacts: { edges: { node: { id: string } }[] } }>(who(), 'query($f: ContactFilter) { contacts(filter: $f) { edges { node { id } } } }', { f: { tags: [tag] } });
      if (!readable()) return expect(code(res)).toBe('FORBIDDEN');
      expect(res.data.contacts.edges.map((e) => e.node.id).sort()).toEqual(visible());
    });

    it('count never reveals hidden rows', async () => {
      const res = await ctx.gql<{ contactCount: number; contacts: { totalCount: number } }>(who(), 'query($f: ContactFilter) { contactCount(filter: $f) contacts(filter: $f) { totalCount } }', { f: { tags: [tag] } });
      if (!readable()) return expect(code(res)).toBe('FORBIDDEN');
      expect(res.data.contactCount).toBe(visible().length);
      expect(res.data.contacts.totalCount).toBe(visible().length);
    });

    it('search finds only records in scope', async () => {
      const res = await ctx.gql<{ searchContacts: { id: string }[] }>(who(), '{ searchContacts(query: "matrixson", first: 50) { id } }');
      if (!readable()) return expect(code(res)).toBe('FORBIDDEN');
      expect(res.data.searchContacts.map((c) => c.id).sort()).toEqual(visible());
    });

    it('get answers NOT_FOUND outside the scope', async () => {
      for (const { contact } of records) {
        const res = await ctx.gql<{ contact: { id: string } }>(who(), 'query($id: String!) { contact(id: $id) { id } }', { id: contact.id });
        if (!readable()) expect(code(res)).toBe('FORBIDDEN');
        else if (visible().includes(contact.id)) expect(res.data.contact.id).toBe(contact.id);
        else expect(code(res)).toBe('NOT_FOUND');
      }
    });

    it('phone lookup returns nothing outside the scope', async () => {
      for (const [i, { contact }] of records.entries()) {
        const res = await ctx.gql<{ contactByPhone: { id: string } | null }>(who(), 'query($p: String!) { contactByPhone(phone: $p) { id } }', { p: `8 (916) 700-00-0${i}` });
        if (!readable()) expect(code(res)).toBe('FORBIDDEN');
        else expect(res.data.contactByPhone?.id ?? null).toBe(visible().includes(contact.id) ? contact.id : null);
      }
    });

    it('create is allowed only with contact.create; a refusal writes nothing', async () => {
      const before = await snapshot();
      const res = await ctx.gql<{ createContact: { contact: { id: string } } }>(who(), 'mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }', { i: { lastName: `Created by ${role}` } });
      if (can(role, 'contact.create')) {
        expect(res.data.createContact.contact.id).toBeDefined();
        // What you create, you can see.
        const back = await ctx.gql(who(), 'query($id: String!) { contact(id: $id) { id } }', { id: res.data.createContact.contact.id });
        expect(back.errors).toBeUndefined();
      } else {
        expect(code(res)).toBe('FORBIDDEN');
        expect(await snapshot()).toEqual(before);
      }
    });

    it('update is allowed only on visible records with contact.update; refusals write nothing', async () => {
      for (const { contact } of records) {
        const current = (await ctx.db.query('SELECT version FROM contact.contact WHERE id = $1', [contact.id]))[0];
        const before = await snapshot();
        const res = await ctx.gql(who(), 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { id } } }', {
          i: { id: contact.id, expectedVersion: current.version, position: `Edited by ${role}` },
        });
        if (!can(role, 'contact.update')) expect(code(res)).toBe('FORBIDDEN');
        else if (!visible().includes(contact.id)) expect(code(res)).toBe('NOT_FOUND');
        else {
          expect(res.errors).toBeUndefined();
          continue;
        }
        expect(await snapshot()).toEqual(before);
      }
    });

    it('delete is allowed only on visible records with contact.delete; refusals write nothing', async () => {
      const victim = await makeContact(ctx, { ...actors.admin.actor, partnerAccountId: actors.partner.actor.partnerAccountId }, {
        ownerId: actors.sales_rep.user.id, territoryId: world.territoryA, tags: [`${tag}-victim`],
      });
      const before = await snapshot();
      const res = await ctx.gql(who(), 'mutation($i: DeleteContactInput!) { deleteContact(input: $i) { id } }', { i: { id: victim.id, expectedVersion: victim.version } });
      if (can(role, 'contact.delete')) expect(res.errors).toBeUndefined();
      else {
        expect(code(res)).toBe('FORBIDDEN');
        expect(await snapshot()).toEqual(before);
      }
    });

    it('import is allowed only with contact.import; a refusal writes nothing', async () => {
      const before = await snapshot();
      const res = await ctx
        .http()
        .post('/api/contact-imports')
        .set(await ctx.authHeaders(who()))
        .attach('file', Buffer.from('Last Name,E-mail\nImported,imported@example.com\n'), 'contacts.csv');
      if (can(role, 'contact.import')) expect(res.status).toBe(201);
      else {
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
      expect(await snapshot()).toEqual(before);
    });

    it('export is allowed only with contact.export and contains only records in scope', async () => {
      const res = await ctx.gql<{ exportContacts: { export: { id: string } } }>(who(), 'mutation($i: ExportContactsInput!) { exportContacts(input: $i) { export { id } } }', { i: { filter: { tags: [tag] } } });
      if (!can(role, 'contact.export')) return expect(code(res)).toBe('FORBIDDEN');
      await ctx.drainJobs();
      const file = await ctx.http().get(`/api/contact-exports/${res.data.exportContacts.export.id}/file`).set(await ctx.authHeaders(who()));
      expect(file.status).toBe(200);
      const codes = records.filter((r) => visible().includes(r.contact.id)).map((r) => r.contact.code).sort();
      const exported = [...file.text.matchAll(/C-\d{7}-\d/g)].map((m) => m[0]).sort();
      expect(exported).toEqual(codes);
      // Another user cannot download it, even an admin.
      if (role !== 'admin') expect((await ctx.http().get(`/api/contact-exports/${res.data.exportContacts.export.id}/file`).set(await ctx.authHeaders(actors.admin))).status).toBe(404);
    });
  });

  it('an API key is limited to its scopes even when its user may do more', async () => {
    const { apiKey } = await ctx.apiKey(actors.admin, ['contact.read']);
    const before = await snapshot();
    const res = await ctx.gql({ apiKey }, 'mutation { createContact(input: { lastName: "Via key" }) { contact { id } } }');
    expect(code(res)).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    const list = await ctx.gql<{ contactCount: number }>({ apiKey }, 'query($f: ContactFilter) { contactCount(filter: $f) }', { f: { tags: [tag] } });
    expect(list.data.contactCount).toBe(records.length);
  });

  it('anonymous callers get UNAUTHENTICATED for every contact operation', async () => {
    for (const query of ['{ contacts { edges { node { id } } } }', '{ contactCount }', '{ searchContacts(query: "ab") { id } }', '{ contactByPhone(phone: "+79161234567") { id } }']) {
      expect(code(await ctx.gql(null, query))).toBe('UNAUTHENTICATED');
    }
    expect((await ctx.http().post('/api/contact-imports').attach('file', Buffer.from('a\n1\n'), 'x.csv')).status).toBe(401);
  });
});
