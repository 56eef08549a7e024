import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonValue, PageInfo, User } from '@crm/core';
import { Contact } from './contact.entity';

@ObjectType()
export class ContactEdge {
  @Field() cursor: string;
  @Field(() => Contact) node: Contact;
}

@ObjectType()
export class ContactConnection {
  @Field(() => [ContactEdge]) edges: ContactEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  /** Resolved only when selected (a count is a second query). */
  @Field(() => Int) totalCount?: number;
}

@ObjectType()
export class CreateContactPayload {
  @Field(() => Contact) contact: Contact;
}

@ObjectType()
export class UpdateContactPayload {
  @Field(() => Contact) contact: Contact;
}

@ObjectType()
export class UpsertContactPayload {
  @Field(() => Contact) contact: Contact;
  @Field() created: boolean;
}

@ObjectType()
export class DeleteContactPayload {
  @Field(() => ID) id: string;
}

@ObjectType('FieldChange')
export class FieldChangeEntry {
  @Field() field: string;
  @Field(() => JsonValue, { nullable: true }) before: unknown;
  @Field(() => JsonValue, { nullable: true }) after: unknown;
}

/** One entry of a customer's timeline: an event from the event log. */
@ObjectType()
export class TimelineEvent {
  @Field(() => ID) id: string;
  @Field({ description: 'e.g. contact.contact.updated, contact.note.added' }) type: string;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
  @Field(() => User, { nullable: true }) actor?: User | null;
  @Field({ description: '"System", "API key: <name>" or the user\'s name' }) actorName?: string;
  @Field(() => [FieldChangeEntry]) changes: FieldChangeEntry[];
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => ID, { nullable: true, description: 'The contact or account the event belongs to (an account timeline also shows its contacts\' events)' })
  subjectId: string | null;
  actorKind: string;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  /** The acting user as the timeline query joined it (undefined: not joined, load it). */
  actorUserRow?: User | null;
}

@ObjectType()
export class TimelineEdge {
  @Field() cursor: string;
  @Field(() => TimelineEvent) node: TimelineEvent;
}

@ObjectType()
export class TimelineConnection {
  @Field(() => [TimelineEdge]) edges: TimelineEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
