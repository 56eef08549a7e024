import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { makeContact } from '../../testing/index';
import { ContactModule } from '../contact.module';

const CREATE = 'mutation($i: CreateContactGroupInput!) { createContactGroup(input: $i) { group { id kind memberCount } } }';
const ADD = 'mutation($i: ChangeGroupMembersInput!) { addContactsToGroup(input: $i) { group { id memberCount } } }';

interface GroupData {
  id: string;
  kind: string;
  memberCount: number;
}

describe('contact groups (CON-4)', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let manager: TestUser;
  let outsider: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule]);
    admin = await ctx.makeUser('admin');
    const team = await ctx.team();
    manager = await ctx.makeUser('sales_manager', { team });
    outsider = await ctx.makeUser('sales_rep', { team: await ctx.team() });
  });
  afterAll(() => ctx.close());

  const createGroup = (who: TestUser, input: Record<string, unknown>) => ctx.gql<{ createContactGroup: { group: GroupData } }>(who, CREATE, { i: input });

  it('a static group holds the contacts added to it and lists them as a filter', async () => {
    const [a, b] = [await makeContact(ctx, manager.actor), await makeContact(ctx, manager.actor)];
    const group = (await createGroup(manager, { name: 'Выставка 2026', kind: 'STATIC' })).data.createContactGroup.group;
    const added = await ctx.gql<{ addContactsToGroup: { group: GroupData } }>(manager, ADD, { i: { groupId: group.id, contactIds: [a.id, b.id] } });
    expect(added.data.addContactsToGroup.group.memberCount).toBe(2);
    const list = await ctx.gql<{ contacts: { edges: { node: { id: string; groups: { name: string }[] } }[] } }>(
      manager, 'query($f: ContactFilter) { contacts(filter: $f) { edges { node { id groups { name } } } } }', { f: { groupId: group.id } },
    );
    expect(list.data.contacts.edges.map((e) => e.node.id).sort()).toEqual([a.id, b.id].sort());
    expect(list.data.contacts.edges[0].node.groups).toEqual([{ name: 'Выставка 2026' }]);
  });

  it('a dynamic group follows its saved criteria', async () => {
    const tag = `dyn-${Date.now()}`;
    await makeContact(ctx, manager.actor, { tags: [tag] });
    const group = (await createGroup(manager, { name: 'Dynamic', kind: 'DYNAMIC', criteria: { tags: [tag] } })).data.createContactGroup.group;
    expect(group.memberCount).toBe(1);
    await makeContact(ctx, manager.actor, { tags: [tag] });
    const count = await ctx.gql<{ contactCount: number }>(manager, 'query($f: ContactFilter) { contactCount(filter: $f) }', { f: { groupId: group.id } });
    expect(count.data.contactCount).toBe(2);
  });

  it('counts only the members the reader may see', async () => {
    const tag = `scoped-${Date.now()}`;
    await makeContact(ctx, manager.actor, { tags: [tag] });
    await makeContact(ctx, outsider.actor, { tags: [tag] });
    const group = (await createGroup(admin, { name: 'Scoped', kind: 'DYNAMIC', criteria: { tags: [tag] } })).data.createContactGroup.group;
    expect(group.memberCount).toBe(2);
    const asManager = await ctx.gql<{ contactGroups: GroupData[] }>(manager, '{ contactGroups { id memberCount } }');
    expect(asManager.data.contactGroups.find((g) => g.id === group.id)?.memberCount).toBe(1);
  });

  it('refuses bad groups and members the actor cannot see, naming the field', async () => {
    expect((await createGroup(manager, { name: 'No criteria', kind: 'DYNAMIC' })).errors?.[0].extensions.fields).toEqual([{ field: 'criteria', message: 'a dynamic group needs criteria' }]);
    expect((await createGroup(manager, { name: '', kind: 'STATIC' })).errors?.[0].extensions.fields?.[0].field).toBe('name');
    const group = (await createGroup(manager, { name: 'Mine', kind: 'STATIC' })).data.createContactGroup.group;
    const hidden = await makeContact(ctx, outsider.actor);
    const res = await ctx.gql(manager, ADD, { i: { groupId: group.id, contactIds: [hidden.id] } });
    expect(res.errors?.[0].extensions.fields).toEqual([{ field: 'contactIds.0', message: 'no such contact' }]);
    expect(Number((await ctx.db.query('SELECT count(*) FROM contact.group_member WHERE group_id = $1', [group.id]))[0].count)).toBe(0);
    const unknown = await ctx.gql(manager, 'query($f: ContactFilter) { contactCount(filter: $f) }', { f: { groupId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.errors?.[0].extensions.fields).toEqual([{ field: 'filter.groupId', message: 'no such group' }]);
  });

  it('is changed only with contact.update: a read-only API key is refused and nothing is written', async () => {
    const { apiKey } = await ctx.apiKey(manager, ['contact.read']);
    const before = Number((await ctx.db.query('SELECT count(*) FROM contact."group"'))[0].count);
    const res = await ctx.gql({ apiKey }, CREATE, { i: { name: 'Via key', kind: 'STATIC' } });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(Number((await ctx.db.query('SELECT count(*) FROM contact."group"'))[0].count)).toBe(before);
    expect((await ctx.gql({ apiKey }, '{ contactGroups { id } }')).errors).toBeUndefined();
  });
});
