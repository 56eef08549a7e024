import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CurrentActor, GraphQLContext, RequirePermission, Team, teamLoader, User, userLoader } from '@crm/core';
import { DataSource } from 'typeorm';
import { Product } from '../product/product.entity';
import { DeletedPayload } from '../product/product.inputs';
import { productLoader } from '../product/product.resolver';
import { ProductService } from '../product/product.service';
import { Plan } from './plan.entity';
import { PlanFilter, PlanPayload, SavePlanInput } from './plan.inputs';
import { PlanService } from './plan.service';

@Resolver(() => Plan)
export class PlanResolver {
  constructor(private readonly plans: PlanService, private readonly products: ProductService, @InjectDataSource() private readonly db: DataSource) {}

  @RequirePermission('plan.read')
  @Query(() => [Plan], { description: 'Plans starting in the range whose subject is within your scope' })
  salesPlans(@CurrentActor() actor: Actor, @Args('filter') filter: PlanFilter) {
    return this.plans.list(actor, filter);
  }

  @RequirePermission('plan.manage')
  @Mutation(() => PlanPayload, { description: 'Create (without id) or edit a plan; one plan per subject, product and period' })
  async savePlan(@CurrentActor() actor: Actor, @Args('input') input: SavePlanInput): Promise<PlanPayload> {
    return { plan: await this.plans.save(actor, input) };
  }

  @RequirePermission('plan.manage')
  @Mutation(() => DeletedPayload)
  async deletePlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DeletedPayload> {
    return { id: await this.plans.delete(actor, id) };
  }

  @ResolveField(() => User, { nullable: true })
  user(@Parent() plan: Plan, @Context() ctx: GraphQLContext) {
    return plan.userId ? userLoader(ctx.loaders, this.db).load(plan.userId) : null;
  }

  @ResolveField(() => Team, { nullable: true })
  team(@Parent() plan: Plan, @Context() ctx: GraphQLContext) {
    return plan.teamId ? teamLoader(ctx.loaders, this.db).load(plan.teamId) : null;
  }

  @ResolveField(() => Product, { nullable: true })
  product(@Parent() plan: Plan, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return plan.productId ? productLoader(ctx, this.products, actor).load(plan.productId) : null;
  }
}
