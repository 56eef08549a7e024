import { Args, Info, Int, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission, requestedFields, toConnection } from '@crm/core';
import { GraphQLResolveInfo } from 'graphql';
import { Contact } from './contact.entity';
import { ContactFilter, ContactOrderBy, CreateContactInput, DeleteContactInput, UpdateContactInput, UpsertContactByExternalIdInput } from './contact.inputs';
import { ContactConnection, CreateContactPayload, DeleteContactPayload, UpdateContactPayload, UpsertContactPayload } from './contact.payloads';
import { ContactService } from './contact.service';

const read = (info: GraphQLResolveInfo) => ({ operation: info.fieldName, fields: requestedFields(info, 'Contact') });

type CountedConnection = ContactConnection & { count: () => Promise<number> };

/** Thin transport: declared permission, one service call, the payload. */
@Resolver(() => Contact)
export class ContactResolver {
  constructor(private readonly contactService: ContactService) {}

  @RequirePermission('contact.read')
  @Query(() => Contact, { description: 'NOT_FOUND when missing or not visible to you' })
  contact(@CurrentActor() actor: Actor, @Args('id', { type: () => String }) id: string, @Info() info: GraphQLResolveInfo) {
    return this.contactService.get(actor, id, read(info));
  }

  @RequirePermission('contact.read')
  @Query(() => Contact)
  contactByCode(@CurrentActor() actor: Actor, @Args('code') code: string, @Info() info: GraphQLResolveInfo) {
    return this.contactService.getByCode(actor, code, read(info));
  }

  @RequirePermission('contact.read')
  @Query(() => Contact)
  contactByExternalId(@CurrentActor() actor: Actor, @Args('system') system: string, @Args('externalId') externalId: string, @Info() info: GraphQLResolveInfo) {
    return this.contactService.getByExternalId(actor, system, externalId, read(info));
  }

  @RequirePermission('contact.read')
  @Query(() => Contact, { nullable: true, description: 'Screen pop: the caller\'s number in any format (CON-7)' })
  contactByPhone(@CurrentActor() actor: Actor, @Args('phone') phone: string, @Info() info: GraphQLResolveInfo) {
    return this.contactService.getByPhone(actor, phone, read(info));
  }

  @RequirePermission('contact.read')
  @Query(() => ContactConnection)
  async contacts(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ContactFilter, nullable: true }) filter?: ContactFilter | null,
    @Args('orderBy', { type: () => ContactOrderBy, nullable: true }) orderBy?: ContactOrderBy | null,
  ): Promise<CountedConnection> {
    const page = await this.contactService.list(actor, { first, after, filter, orderBy }, read(info));
    return { ...toConnection(page, page.cursor), count: () => this.contactService.count(actor, filter) };
  }

  @RequirePermission('contact.read')
  @Query(() => Int)
  contactCount(@CurrentActor() actor: Actor, @Args('filter', { type: () => ContactFilter, nullable: true }) filter?: ContactFilter | null) {
    return this.contactService.count(actor, filter);
  }

  @RequirePermission('contact.read')
  @Query(() => [Contact], { description: 'Ranked search by name (any script, typos), e-mail, phone fragment or code' })
  searchContacts(
    @CurrentActor() actor: Actor,
    @Args('query') query: string,
    @Info() info: GraphQLResolveInfo,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ) {
    return this.contactService.search(actor, query, first, read(info));
  }

  @RequirePermission('contact.create')
  @Mutation(() => CreateContactPayload)
  async createContact(@CurrentActor() actor: Actor, @Args('input') input: CreateContactInput): Promise<CreateContactPayload> {
    return { contact: await this.contactService.create(actor, input) };
  }

  @RequirePermission('contact.update')
  @Mutation(() => UpdateContactPayload)
  async updateContact(@CurrentActor() actor: Actor, @Args('input') input: UpdateContactInput): Promise<UpdateContactPayload> {
    return { contact: await this.contactService.update(actor, input) };
  }

  @RequirePermission('contact.create')
  @Mutation(() => UpsertContactPayload, { description: 'Create or update the contact linked to (system, externalId); safe to retry' })
  upsertContactByExternalId(@CurrentActor() actor: Actor, @Args('input') input: UpsertContactByExternalIdInput): Promise<UpsertContactPayload> {
    return this.contactService.upsertByExternalId(actor, input.system, input.externalId, input.contact);
  }

  @RequirePermission('contact.delete')
  @Mutation(() => DeleteContactPayload)
  async deleteContact(@CurrentActor() actor: Actor, @Args('input') input: DeleteContactInput): Promise<DeleteContactPayload> {
    return { id: await this.contactService.delete(actor, input.id, input.expectedVersion) };
  }
}

@Resolver(() => ContactConnection)
export class ContactConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: CountedConnection) {
    return connection.count();
  }
}
