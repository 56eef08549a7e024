import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission } from '@crm/core';
import { AccountDuplicateCandidate, AccountDuplicateProbe, MergeAccountsInput, MergeAccountsPayload } from './merge.graphql';
import { AccountMergeService } from './merge.service';

@Resolver()
export class AccountMergeResolver {
  constructor(private readonly merges: AccountMergeService) {}

  @RequirePermission('account.read')
  @Query(() => [AccountDuplicateCandidate], { description: 'Accounts you may see that look like this one (INN, OGRN, e-mail, phone, similar name); ask before saving' })
  accountDuplicateCandidates(
    @CurrentActor() actor: Actor,
    @Args('probe') probe: AccountDuplicateProbe,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ) {
    return this.merges.candidates(actor, probe, Math.min(Math.max(first, 1), 50));
  }

  @RequirePermission('account.merge')
  @Mutation(() => MergeAccountsPayload, { description: 'Merge the loser into the survivor: one transaction, everything related moves, the loser\'s code keeps resolving' })
  mergeAccounts(@CurrentActor() actor: Actor, @Args('input') input: MergeAccountsInput): Promise<MergeAccountsPayload> {
    return this.merges.merge(actor, input);
  }
}
