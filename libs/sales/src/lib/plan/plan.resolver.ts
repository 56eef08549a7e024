import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CurrentActor, GraphQLContext, RequirePermission, User, userLoader } from '@crm/core';
import { DataSource } from 'typeorm';
import { DeletedPayload } from '../product/product.inputs';
import { Plan } from './plan.entity';
import { PlanFilter, PlanPayload, SavePlanInput } from './plan.inputs';
import { PlanService } from './plan.service';

@Resolver(() => Plan)
export class PlanResolver {
  constructor(private readonly plans: PlanService, @InjectDataSource() private readonly db: DataSource) {}

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
}
