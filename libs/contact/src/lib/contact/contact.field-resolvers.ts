import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, ApiKey, byKey, CurrentActor, CustomFieldService, CustomFieldValue, EventLog, EventRecord, GraphQLContext, groupByKey, hiddenFields, readOnlyFields, territoryLoader,
  Territory, toConnection, User, userLoader,
} from '@crm/core';
import { DataSource, In } from 'typeorm';
import { ContactAttachment } from '../attachment/attachment.entity';
import { AttachmentService } from '../attachment/attachment.service';
import { ContactGroup } from '../group/group.entity';
import { ContactNoteConnection } from '../note/note.graphql';
import { NoteService } from '../note/note.service';
import { Contact, ContactExternalId } from './contact.entity';
import { TimelineConnection, TimelineEvent } from './contact.payloads';

/** Relation fields of Contact, each batched through a DataLoader. The parent is already visible to the actor. */
@Resolver(() => Contact)
export class ContactFieldResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventLog,
    private readonly noteService: NoteService,
    private readonly attachmentService: AttachmentService,
    private readonly customFieldService: CustomFieldService,
  ) {}

  @ResolveField(() => [CustomFieldValue], { description: 'Custom field values (ACC-7), typed; archived fields last' })
  customFields(@Parent() contact: Contact, @Context() ctx: GraphQLContext) {
    return this.customFieldService.valuesOf(ctx.loaders, 'contact', contact.custom);
  }

  @ResolveField(() => User)
  owner(@Parent() contact: Contact, @Context() ctx: GraphQLContext) {
    return userLoader(ctx.loaders, this.db).load(contact.ownerId);
  }

  @ResolveField(() => Territory, { nullable: true })
  territory(@Parent() contact: Contact, @Context() ctx: GraphQLContext) {
    return contact.territoryId ? territoryLoader(ctx.loaders, this.db).load(contact.territoryId) : null;
  }

  @ResolveField(() => [ContactExternalId])
  externalIds(@Parent() contact: Contact, @Context() ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, ContactExternalId[]>('contact.externalIds', async (ids) =>
        groupByKey(ids, await this.db.getRepository(ContactExternalId).findBy({ contactId: In([...ids]) }), (x) => x.contactId),
      )
      .load(contact.id);
  }

  @ResolveField(() => [ContactGroup])
  groups(@Parent() contact: Contact, @Context() ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, ContactGroup[]>('contact.groups', async (ids) => {
        const rows: (ContactGroup & { contact_id: string })[] = await this.db.query(
          `SELECT g.id, g.name, g.kind, g.criteria, g.created_at AS "createdAt", m.contact_id
           FROM contact.group_member m JOIN contact."group" g ON g.id = m.group_id WHERE m.contact_id = ANY($1) ORDER BY g.name`,
          [ids],
        );
        return groupByKey(ids, rows, (r) => r.contact_id);
      })
      .load(contact.id);
  }

  @ResolveField(() => [ContactAttachment])
  attachments(@Parent() contact: Contact, @Context() ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, ContactAttachment[]>('contact.attachments', async (ids) => groupByKey(ids, await this.attachmentService.listFor(ids), (a) => a.contactId))
      .load(contact.id);
  }

  @ResolveField(() => [String], { description: 'Fields you may not read; they come back null or empty' })
  hiddenFields(@CurrentActor() actor: Actor) {
    return hiddenFields(actor, 'contact');
  }

  @ResolveField(() => [String], { description: 'Fields you may not change' })
  readOnlyFields(@CurrentActor() actor: Actor) {
    return [...new Set([...readOnlyFields(actor, 'contact'), ...hiddenFields(actor, 'contact')])];
  }

  /** The relationship history (CON-3): the event log of this customer, newest first. */
  @ResolveField(() => TimelineConnection)
  async timeline(
    @Parent() contact: Contact,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const page = await this.events.timeline(contact.id, Math.min(Math.max(first, 1), 200), after);
    const hidden = hiddenFields(actor, 'contact');
    const nodes = page.nodes.map((e) => toTimelineEvent(e, hidden));
    return toConnection({ nodes, hasNextPage: page.hasNextPage }, (n) => page.cursor({ id: n.id } as EventRecord));
  }

  @ResolveField(() => ContactNoteConnection)
  async notes(
    @Parent() contact: Contact,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const page = await this.noteService.list(contact.id, first, after);
    return toConnection(page, page.cursor);
  }
}

/**
 * An event as the actor may see it: changes of hidden fields are left out, and an event about a
 * hidden field as a whole (`data.about`, e.g. contracts) keeps only its type and time.
 */
export function toTimelineEvent(e: EventRecord, hidden: readonly string[]): TimelineEvent {
  const data = e.data ?? {};
  const concealed = typeof data.about === 'string' && hidden.includes(data.about);
  const changes = Object.entries(concealed ? {} : (e.changes ?? {}))
    .filter(([field]) => !hidden.includes(field))
    .map(([field, c]) => ({ field, before: c.before, after: c.after }));
  // A note's preview, a file's name, or the code of the record merged in.
  const summary = concealed ? null : ([data.preview, data.fileName, data.loserCode].find((v): v is string => typeof v === 'string') ?? null);
  return {
    id: e.id, type: e.type, occurredAt: e.occurredAt, changes, summary, subjectId: e.subjectId, actorKind: e.actorKind, actorUserId: e.actorUserId, actorApiKeyId: e.actorApiKeyId,
    actorUserRow: e.actorUser,
  };
}

@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => User, { nullable: true })
  actor(@Parent() e: TimelineEvent, @Context() ctx: GraphQLContext) {
    return this.userOf(e, ctx);
  }

  @ResolveField(() => String)
  async actorName(@Parent() e: TimelineEvent, @Context() ctx: GraphQLContext) {
    if (e.actorKind === 'system') return 'System';
    const user = await this.userOf(e, ctx);
    if (e.actorKind === 'apiKey' && e.actorApiKeyId) {
      const key = await ctx.loaders
        .get<string, ApiKey | null>('core.apiKey', async (ids) => byKey(ids, await this.db.getRepository(ApiKey).findBy({ id: In([...ids]) }), (k) => k.id))
        .load(e.actorApiKeyId);
      return `API key: ${key?.name ?? '?'}`;
    }
    return user?.name ?? 'Deleted user';
  }

  private async userOf(e: TimelineEvent, ctx: GraphQLContext): Promise<User | null> {
    if (e.actorUserRow !== undefined) return e.actorUserRow;
    return e.actorUserId ? userLoader(ctx.loaders, this.db).load(e.actorUserId) : null;
  }
}
