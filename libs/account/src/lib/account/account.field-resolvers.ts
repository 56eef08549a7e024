import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, byKey, CurrentActor, CustomFieldService, CustomFieldValue, EventLog, EventRecord, GraphQLContext, groupByKey, hiddenFields, readOnlyFields,
  Territory, territoryLoader, toConnection, User, userLoader,
} from '@crm/core';
import { TimelineConnection, toTimelineEvent } from '@crm/contact';
import { DataSource, In } from 'typeorm';
import { Contract } from '../contract/contract.entity';
import { ContractService } from '../contract/contract.service';
import { AccountContact } from '../link/account-contact.entity';
import { LinkService } from '../link/link.service';
import { AccountMetricValue } from '../metric/metric.entity';
import { MetricService } from '../metric/metric.service';
import { Account, AccountExternalId } from './account.entity';
import { AccountService } from './account.service';

/** Visible accounts by id, batched per request. */
export function accountLoader(ctx: GraphQLContext, accounts: AccountService, actor: Actor) {
  return ctx.loaders.get<string, Account | null>('account.byId', async (ids) =>
    byKey(ids, (await accounts.visibleQuery(actor).andWhere('a.id = ANY(:ids)', { ids }).getMany()).map((a) => accounts.mask(actor, a)), (a) => a.id),
  );
}

/** Relation fields of Account, each batched through a DataLoader. The parent is already visible to the actor. */
@Resolver(() => Account)
export class AccountFieldResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountService,
    private readonly links: LinkService,
    private readonly contractService: ContractService,
    private readonly metricService: MetricService,
    private readonly customFieldService: CustomFieldService,
    private readonly events: EventLog,
  ) {}

  @ResolveField(() => User)
  owner(@Parent() account: Account, @Context() ctx: GraphQLContext) {
    return userLoader(ctx.loaders, this.db).load(account.ownerId);
  }

  @ResolveField(() => Territory, { nullable: true })
  territory(@Parent() account: Account, @Context() ctx: GraphQLContext) {
    return account.territoryId ? territoryLoader(ctx.loaders, this.db).load(account.territoryId) : null;
  }

  @ResolveField(() => Account, { nullable: true, description: 'The parent company, when you may see it' })
  parent(@Parent() account: Account, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return account.parentId ? accountLoader(ctx, this.accounts, actor).load(account.parentId) : null;
  }

  @ResolveField(() => [Account], { description: 'Subsidiaries and branches you may see' })
  children(@Parent() account: Account, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return ctx.loaders
      .get<string, Account[]>('account.children', async (ids) => {
        const rows = await this.accounts.visibleQuery(actor).andWhere('a.parent_id = ANY(:ids)', { ids }).orderBy('a.sort_name').getMany();
        return groupByKey(ids, rows.map((a) => this.accounts.mask(actor, a)), (a) => a.parentId!);
      })
      .load(account.id);
  }

  @ResolveField(() => [AccountExternalId])
  externalIds(@Parent() account: Account, @Context() ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, AccountExternalId[]>('account.externalIds', async (ids) =>
        groupByKey(ids, await this.db.getRepository(AccountExternalId).findBy({ accountId: In([...ids]) }), (x) => x.accountId),
      )
      .load(account.id);
  }

  @ResolveField(() => [CustomFieldValue], { description: 'Custom field values (ACC-7), typed; archived fields last' })
  customFields(@Parent() account: Account, @Context() ctx: GraphQLContext) {
    return this.customFieldService.valuesOf(ctx.loaders, 'account', account.custom);
  }

  @ResolveField(() => [AccountContact], { description: 'Linked contacts you may see, primary first' })
  contacts(@Parent() account: Account, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return ctx.loaders
      .get<string, AccountContact[]>('account.contacts', async (ids) => groupByKey(ids, await this.links.contactsOf(actor, ids), (l) => l.accountId))
      .load(account.id);
  }

  @ResolveField(() => [Contract], { description: 'Empty for roles that may not read contracts' })
  contracts(@Parent() account: Account, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return ctx.loaders
      .get<string, Contract[]>('account.contracts', async (ids) => groupByKey(ids, await this.contractService.listFor(actor, ids), (k) => k.accountId))
      .load(account.id);
  }

  @ResolveField(() => [AccountMetricValue], { description: 'Monthly values of every metric, oldest first; empty for roles that may not read them' })
  metrics(@Parent() account: Account, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return ctx.loaders
      .get<string, AccountMetricValue[]>('account.metrics', async (ids) => groupByKey(ids, await this.metricService.listFor(actor, ids), (v) => v.accountId))
      .load(account.id);
  }

  @ResolveField(() => [String], { description: 'Fields you may not read; they come back null or empty' })
  hiddenFields(@CurrentActor() actor: Actor) {
    return hiddenFields(actor, 'account');
  }

  @ResolveField(() => [String], { description: 'Fields you may not change' })
  readOnlyFields(@CurrentActor() actor: Actor) {
    return [...new Set([...readOnlyFields(actor, 'account'), ...hiddenFields(actor, 'account')])];
  }

  /** The account's own events and those of its contacts you may see, newest first. */
  @ResolveField(() => TimelineConnection)
  async timeline(
    @Parent() account: Account,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const contactIds = (await this.links.contactsOf(actor, [account.id])).map((l) => l.contactId);
    const page = await this.events.timeline([account.id, ...contactIds], Math.min(Math.max(first, 1), 200), after);
    const hidden = [...hiddenFields(actor, 'account'), ...hiddenFields(actor, 'contact')];
    const nodes = page.nodes.map((e) => toTimelineEvent(e, hidden));
    return toConnection({ nodes, hasNextPage: page.hasNextPage }, (n) => page.cursor({ id: n.id } as EventRecord));
  }
}
