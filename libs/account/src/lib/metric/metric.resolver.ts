import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission } from '@crm/core';
import { AccountMetricValue } from './metric.entity';
import { RecordAccountMetricsInput, RecordAccountMetricsPayload } from './metric.inputs';
import { MetricService } from './metric.service';

@Resolver(() => AccountMetricValue)
export class MetricResolver {
  constructor(private readonly metrics: MetricService) {}

  @RequirePermission('account.update')
  @Mutation(() => RecordAccountMetricsPayload, { description: 'Set monthly metric values (null removes one); one transaction' })
  async recordAccountMetrics(@CurrentActor() actor: Actor, @Args('input') input: RecordAccountMetricsInput): Promise<RecordAccountMetricsPayload> {
    return { values: await this.metrics.record(actor, input) };
  }
}
