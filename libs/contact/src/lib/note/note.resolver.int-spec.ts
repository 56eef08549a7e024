import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { makeContact } from '../../testing/index';
import { ContactModule } from '../contact.module';

const ADD = 'mutation($i: AddContactNoteInput!) { addContactNote(input: $i) { note { id body author { id } } } }';

describe('contact notes (CON-5)', () => {
  let ctx: TestContext;
  let rep: TestUser;
  let otherRep: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule]);
    rep = await ctx.makeUser('sales_rep');
    otherRep = await ctx.makeUser('sales_rep');
  });
  afterAll(() => ctx.close());

  it('adds a note by its author and shows it on the contact and its timeline', async () => {
    const contact = await makeContact(ctx, rep.actor);
    const added = await ctx.gql<{ addContactNote: { note: { body: string; author: { id: string } } } }>(rep, ADD, { i: { contactId: contact.id, body: '  Позвонить после праздников  ' } });
    expect(added.data.addContactNote.note).toMatchObject({ body: 'Позвонить после праздников', author: { id: rep.user.id } });
    const card = await ctx.gql<{ contact: { notes: { edges: { node: { body: string } }[] }; timeline: { edges: { node: { type: string; summary: string } }[] } } }>(
      rep, 'query($id: String!) { contact(id: $id) { notes { edges { node { body } } } timeline(first: 1) { edges { node { type summary } } } } }', { id: contact.id },
    );
    expect(card.data.contact.notes.edges.map((e) => e.node.body)).toEqual(['Позвонить после праздников']);
    expect(card.data.contact.timeline.edges[0].node).toEqual({ type: 'contact.note.added', summary: 'Позвонить после праздников' });
  });

  it('refuses an empty note and a contact outside the scope, writing nothing', async () => {
    const contact = await makeContact(ctx, rep.actor);
    const empty = await ctx.gql(rep, ADD, { i: { contactId: contact.id, body: '   ' } });
    expect(empty.errors?.[0].extensions.fields).toEqual([{ field: 'body', message: 'cannot be empty' }]);
    const foreign = await ctx.gql(otherRep, ADD, { i: { contactId: contact.id, body: 'hello' } });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(Number((await ctx.db.query('SELECT count(*) FROM contact.note WHERE contact_id = $1', [contact.id]))[0].count)).toBe(0);
  });
});
