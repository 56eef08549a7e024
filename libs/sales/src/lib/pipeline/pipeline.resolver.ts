import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GraphQLContext, groupByKey, RequirePermission } from '@crm/core';
import { LossReason, Pipeline, Stage } from './pipeline.entity';
import { LossReasonInput, LossReasonPayload, PipelinePayload, SavePipelineInput } from './pipeline.inputs';
import { PipelineService } from './pipeline.service';

@Resolver(() => Pipeline)
export class PipelineResolver {
  constructor(private readonly pipelineService: PipelineService) {}

  @RequirePermission('deal.read')
  @Query(() => [Pipeline])
  pipelines(@CurrentActor() actor: Actor, @Args('includeArchived', { defaultValue: false }) includeArchived: boolean) {
    return this.pipelineService.list(actor, includeArchived);
  }

  @RequirePermission('deal.read')
  @Query(() => [LossReason])
  lossReasons(@CurrentActor() actor: Actor, @Args('includeArchived', { defaultValue: false }) includeArchived: boolean) {
    return this.pipelineService.lossReasons(actor, includeArchived);
  }

  @RequirePermission('pipeline.manage')
  @Mutation(() => PipelinePayload, { description: 'Create (without id) or edit a pipeline with its full, ordered stage list' })
  async savePipeline(@CurrentActor() actor: Actor, @Args('input') input: SavePipelineInput): Promise<PipelinePayload> {
    return { pipeline: await this.pipelineService.save(actor, input) };
  }

  @RequirePermission('pipeline.manage')
  @Mutation(() => LossReasonPayload)
  async saveLossReason(@CurrentActor() actor: Actor, @Args('input') input: LossReasonInput): Promise<LossReasonPayload> {
    return { lossReason: await this.pipelineService.saveLossReason(actor, input) };
  }

  @ResolveField(() => [Stage], { description: 'Ordered; archived stages (kept for history) are left out' })
  stages(@Parent() pipeline: Pipeline, @Context() ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, Stage[]>('sales.pipelineStages', async (ids) => groupByKey(ids, (await this.pipelineService.stagesOf(ids)).filter((s) => !s.archived), (s) => s.pipelineId))
      .load(pipeline.id);
  }
}
