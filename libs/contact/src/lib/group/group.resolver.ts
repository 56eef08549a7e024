import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission } from '@crm/core';
import { ContactGroup } from './group.entity';
import {
  ChangeGroupMembersInput, ContactGroupPayload, CreateContactGroupInput, DeleteContactGroupInput, DeleteContactGroupPayload, UpdateContactGroupInput,
} from './group.graphql';
import { GroupService } from './group.service';

@Resolver(() => ContactGroup)
export class GroupResolver {
  constructor(private readonly groups: GroupService) {}

  @RequirePermission('contact.read')
  @Query(() => [ContactGroup])
  contactGroups(@CurrentActor() actor: Actor) {
    return this.groups.list(actor);
  }

  @RequirePermission('contact.update')
  @Mutation(() => ContactGroupPayload)
  async createContactGroup(@CurrentActor() actor: Actor, @Args('input') input: CreateContactGroupInput): Promise<ContactGroupPayload> {
    return { group: await this.groups.create(actor, input) };
  }

  @RequirePermission('contact.update')
  @Mutation(() => ContactGroupPayload)
  async updateContactGroup(@CurrentActor() actor: Actor, @Args('input') input: UpdateContactGroupInput): Promise<ContactGroupPayload> {
    return { group: await this.groups.update(actor, input) };
  }

  @RequirePermission('contact.update')
  @Mutation(() => DeleteContactGroupPayload)
  async deleteContactGroup(@CurrentActor() actor: Actor, @Args('input') input: DeleteContactGroupInput): Promise<DeleteContactGroupPayload> {
    return { id: await this.groups.delete(actor, input.id) };
  }

  @RequirePermission('contact.update')
  @Mutation(() => ContactGroupPayload)
  async addContactsToGroup(@CurrentActor() actor: Actor, @Args('input') input: ChangeGroupMembersInput): Promise<ContactGroupPayload> {
    return { group: await this.groups.changeMembers(actor, input.groupId, input.contactIds, true) };
  }

  @RequirePermission('contact.update')
  @Mutation(() => ContactGroupPayload)
  async removeContactsFromGroup(@CurrentActor() actor: Actor, @Args('input') input: ChangeGroupMembersInput): Promise<ContactGroupPayload> {
    return { group: await this.groups.changeMembers(actor, input.groupId, input.contactIds, false) };
  }

  /** Counted per group through the access policy: only members the reader may see. */
  @ResolveField(() => Int)
  memberCount(@Parent() group: ContactGroup, @CurrentActor() actor: Actor) {
    return this.groups.memberCount(actor, group);
  }
}
