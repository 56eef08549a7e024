import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission } from '@crm/core';
import { ContactDuplicateCandidate, ContactDuplicateProbe, MergeContactsInput, MergeContactsPayload } from './merge.graphql';
import { ContactMergeService } from './merge.service';

@Resolver()
export class ContactMergeResolver {
  constructor(private readonly merges: ContactMergeService) {}

  @RequirePermission('contact.read')
  @Query(() => [ContactDuplicateCandidate], { description: 'Contacts you may see that look like this one (e-mail, phone, similar name); ask before saving' })
  contactDuplicateCandidates(
    @CurrentActor() actor: Actor,
    @Args('probe') probe: ContactDuplicateProbe,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ) {
    return this.merges.candidates(actor, probe, Math.min(Math.max(first, 1), 50));
  }

  @RequirePermission('contact.merge')
  @Mutation(() => MergeContactsPayload, { description: 'Merge the loser into the survivor: one transaction, everything related moves, the loser\'s code keeps resolving' })
  mergeContacts(@CurrentActor() actor: Actor, @Args('input') input: MergeContactsInput): Promise<MergeContactsPayload> {
    return this.merges.merge(actor, input);
  }
}
