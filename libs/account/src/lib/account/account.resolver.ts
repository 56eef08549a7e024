import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission, toConnection } from '@crm/core';
import { Account } from './account.entity';
import { AccountFilter, AccountOrderBy, CreateAccountInput, DeleteAccountInput, UpdateAccountInput, UpsertAccountByExternalIdInput } from './account.inputs';
import { AccountConnection, AccountPayload, DeleteAccountPayload, UpsertAccountPayload } from './account.payloads';
import { AccountService } from './account.service';

type CountedConnection = AccountConnection & { count: () => Promise<number> };

/** Thin transport: declared permission, one service call, the payload. */
@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly accountService: AccountService) {}

  @RequirePermission('account.read')
  @Query(() => Account, { description: 'NOT_FOUND when missing or not visible to you' })
  account(@CurrentActor() actor: Actor, @Args('id', { type: () => String }) id: string) {
    return this.accountService.get(actor, id);
  }

  @RequirePermission('account.read')
  @Query(() => Account)
  accountByExternalId(@CurrentActor() actor: Actor, @Args('system') system: string, @Args('externalId') externalId: string) {
    return this.accountService.getByExternalId(actor, system, externalId);
  }

  @RequirePermission('account.read')
  @Query(() => AccountConnection)
  async accounts(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => AccountFilter, nullable: true }) filter?: AccountFilter | null,
    @Args('orderBy', { type: () => AccountOrderBy, nullable: true }) orderBy?: AccountOrderBy | null,
  ): Promise<CountedConnection> {
    const page = await this.accountService.list(actor, { first, after, filter, orderBy });
    return { ...toConnection(page, page.cursor), count: () => this.accountService.count(actor, filter) };
  }

  @RequirePermission('account.read')
  @Query(() => [Account], { description: 'Ranked search by name (any script, typos), INN, phone fragment or customer code' })
  searchAccounts(@CurrentActor() actor: Actor, @Args('query') query: string, @Args('first', { type: () => Int, defaultValue: 10 }) first: number) {
    return this.accountService.search(actor, query, first);
  }

  @RequirePermission('account.create')
  @Mutation(() => AccountPayload)
  async createAccount(@CurrentActor() actor: Actor, @Args('input') input: CreateAccountInput): Promise<AccountPayload> {
    return { account: await this.accountService.create(actor, input) };
  }

  @RequirePermission('account.update')
  @Mutation(() => AccountPayload)
  async updateAccount(@CurrentActor() actor: Actor, @Args('input') input: UpdateAccountInput): Promise<AccountPayload> {
    return { account: await this.accountService.update(actor, input) };
  }

  @RequirePermission('account.create')
  @Mutation(() => UpsertAccountPayload, { description: 'Create or update the account linked to (system, externalId); safe to retry' })
  upsertAccountByExternalId(@CurrentActor() actor: Actor, @Args('input') input: UpsertAccountByExternalIdInput): Promise<UpsertAccountPayload> {
    return this.accountService.upsertByExternalId(actor, input.system, input.externalId, input.account);
  }

  @RequirePermission('account.delete')
  @Mutation(() => DeleteAccountPayload)
  async deleteAccount(@CurrentActor() actor: Actor, @Args('input') input: DeleteAccountInput): Promise<DeleteAccountPayload> {
    return { id: await this.accountService.delete(actor, input.id, input.expectedVersion) };
  }
}

@Resolver(() => AccountConnection)
export class AccountConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: CountedConnection) {
    return connection.count();
  }
}
