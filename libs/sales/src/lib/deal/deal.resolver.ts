import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, byKey, CurrentActor, GraphQLContext, groupByKey, requestedFields, RequirePermission, toConnection, User, userLoader } from '@crm/core';
import { Account, accountLoader, AccountService } from '@crm/account';
import { Contact, ContactService } from '@crm/contact';
import { GraphQLResolveInfo } from 'graphql';
import { DataSource } from 'typeorm';
import { LossReason, Pipeline, Stage } from '../pipeline/pipeline.entity';
import { PipelineService } from '../pipeline/pipeline.service';
import { Product } from '../product/product.entity';
import { productLoader } from '../product/product.resolver';
import { ProductService } from '../product/product.service';
import { Deal, DealContact, DealLine, DealStageStay } from './deal.entity';
import { CreateDealInput, DealConnection, DealFilter, DealOrderBy, DealPayload, DeleteDealInput, DeleteDealPayload, MoveDealInput, ReopenDealInput, UpdateDealInput } from './deal.inputs';
import { DealService } from './deal.service';

function stageLoader(ctx: GraphQLContext, pipelines: PipelineService) {
  return ctx.loaders.get<string, Stage | null>('sales.stage', async (ids) => byKey(ids, await pipelines.stagesByIds(ids), (s) => s.id));
}

type CountedConnection = DealConnection & { count: () => Promise<number> };

@Resolver(() => Deal)
export class DealResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dealService: DealService,
    private readonly pipelines: PipelineService,
    private readonly accounts: AccountService,
  ) {}

  @RequirePermission('deal.read')
  @Query(() => Deal, { description: 'NOT_FOUND when missing or not visible to you' })
  deal(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.dealService.get(actor, id);
  }

  @RequirePermission('deal.read')
  @Query(() => DealConnection)
  async deals(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => DealFilter, nullable: true }) filter?: DealFilter | null,
    @Args('orderBy', { type: () => DealOrderBy, nullable: true }) orderBy?: DealOrderBy | null,
  ): Promise<CountedConnection> {
    const page = await this.dealService.list(actor, { first, after, filter, orderBy });
    return { ...toConnection(page, page.cursor), count: () => this.dealService.count(actor, filter) };
  }

  @RequirePermission('deal.create')
  @Mutation(() => DealPayload)
  async createDeal(@CurrentActor() actor: Actor, @Args('input') input: CreateDealInput): Promise<DealPayload> {
    return { deal: await this.dealService.create(actor, input) };
  }

  @RequirePermission('deal.update')
  @Mutation(() => DealPayload, { description: 'Edits fields, lines and contacts; the stage changes with moveDeal' })
  async updateDeal(@CurrentActor() actor: Actor, @Args('input') input: UpdateDealInput): Promise<DealPayload> {
    return { deal: await this.dealService.update(actor, input) };
  }

  @RequirePermission('deal.update')
  @Mutation(() => DealPayload, { description: 'Moves an open deal to a stage of its pipeline: WON needs an amount, LOST a loss reason' })
  async moveDeal(@CurrentActor() actor: Actor, @Args('input') input: MoveDealInput): Promise<DealPayload> {
    return { deal: await this.dealService.move(actor, input) };
  }

  @RequirePermission('deal.update')
  @Mutation(() => DealPayload, { description: 'Brings a won or lost deal back into an open stage' })
  async reopenDeal(@CurrentActor() actor: Actor, @Args('input') input: ReopenDealInput): Promise<DealPayload> {
    return { deal: await this.dealService.reopen(actor, input) };
  }

  @RequirePermission('deal.delete')
  @Mutation(() => DeleteDealPayload)
  async deleteDeal(@CurrentActor() actor: Actor, @Args('input') input: DeleteDealInput): Promise<DeleteDealPayload> {
    return { id: await this.dealService.delete(actor, input.id, input.expectedVersion) };
  }

  @ResolveField(() => User)
  owner(@Parent() deal: Deal, @Context() ctx: GraphQLContext) {
    return userLoader(ctx.loaders, this.db).load(deal.ownerId);
  }

  @ResolveField(() => Account, { nullable: true, description: 'The account, when you may see it' })
  account(@Parent() deal: Deal, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return deal.accountId ? accountLoader(ctx, this.accounts, actor).load(deal.accountId) : null;
  }

  @ResolveField(() => Pipeline)
  pipeline(@Parent() deal: Deal, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return ctx.loaders
      .get<string, Pipeline | null>('sales.pipeline', async (ids) => byKey(ids, await this.pipelines.list(actor, true), (p) => p.id))
      .load(deal.pipelineId);
  }

  @ResolveField(() => Stage)
  stage(@Parent() deal: Deal, @Context() ctx: GraphQLContext) {
    return deal.stageRow ?? stageLoader(ctx, this.pipelines).load(deal.stageId);
  }

  @ResolveField(() => LossReason, { nullable: true })
  lossReason(@Parent() deal: Deal, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    if (!deal.lossReasonId) return null;
    return ctx.loaders
      .get<string, LossReason | null>('sales.lossReason', async (ids) => byKey(ids, await this.pipelines.lossReasons(actor, true), (r) => r.id))
      .load(deal.lossReasonId);
  }

  @ResolveField(() => [DealLine])
  lines(@Parent() deal: Deal, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get<string, DealLine[]>('sales.dealLines', async (ids) => groupByKey(ids, await this.dealService.linesOf(ids), (l) => l.dealId)).load(deal.id);
  }

  @ResolveField(() => [DealContact], { description: 'Contacts of the deal you may see, primary first' })
  contacts(@Parent() deal: Deal, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return ctx.loaders
      .get<string, DealContact[]>('sales.dealContacts', async (ids) => groupByKey(ids, await this.dealService.contactLinksOf(actor, ids), (c) => c.dealId))
      .load(deal.id);
  }

  @ResolveField(() => [DealStageStay], { description: 'Every stage the deal was in, oldest first, with entered and left times' })
  stageHistory(@Parent() deal: Deal, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get<string, DealStageStay[]>('sales.dealStays', async (ids) => groupByKey(ids, await this.dealService.stagesVisitedBy(ids), (s) => s.dealId)).load(deal.id);
  }
}

@Resolver(() => DealConnection)
export class DealConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: CountedConnection) {
    return connection.count();
  }
}

@Resolver(() => DealLine)
export class DealLineResolver {
  constructor(private readonly products: ProductService) {}

  @ResolveField(() => Product)
  product(@Parent() line: DealLine, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return productLoader(ctx, this.products, actor).load(line.productId);
  }
}

@Resolver(() => DealContact)
export class DealContactResolver {
  constructor(private readonly contacts: ContactService) {}

  @ResolveField(() => Contact, { nullable: true, description: 'Null when you may not see the contact' })
  contact(@Parent() link: DealContact, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders
      .get<string, Contact | null>('sales.dealContact', async (ids) =>
        byKey(ids, await this.contacts.getMany(actor, ids, { operation: 'Deal.contacts', fields: requestedFields(info, 'Contact') }), (c) => c.id),
      )
      .load(link.contactId);
  }
}

@Resolver(() => DealStageStay)
export class DealStageStayResolver {
  constructor(private readonly pipelines: PipelineService) {}

  @ResolveField(() => Stage)
  stage(@Parent() stay: DealStageStay, @Context() ctx: GraphQLContext) {
    return stageLoader(ctx, this.pipelines).load(stay.stageId);
  }
}
