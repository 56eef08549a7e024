import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Actor, APP_CONFIG, AppConfig, CurrentActor, RequirePermission } from '@crm/core';
import { ProductTrendService } from '../product-trend/product-trend.service';
import { ProductTrend } from '../product-trend/product-trend.graphql';
import { Funnel, FunnelInput, PlanReport, PlanReportInput, StatisticsInput, StatisticsRow } from './analytics.graphql';
import { AnalyticsService } from './analytics.service';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService, private readonly trends: ProductTrendService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @RequirePermission('sales.analytics')
  @Query(() => Funnel, { description: 'Conversion, drop-off and time in stage for deals that entered the pipeline in the period' })
  salesFunnel(@CurrentActor() actor: Actor, @Args('input') input: FunnelInput) {
    return this.analytics.funnel(actor, input);
  }

  @RequirePermission('plan.read')
  @Query(() => PlanReport, { description: 'Plan vs actual (won deals, reporting currency) and the forecast, per period' })
  salesPlanReport(@CurrentActor() actor: Actor, @Args('input') input: PlanReportInput) {
    return this.analytics.planReport(actor, input);
  }

  @RequirePermission('sales.analytics')
  @Query(() => [StatisticsRow], { description: 'Won and lost deals closed in the period per manager, territory, product or customer' })
  salesStatistics(@CurrentActor() actor: Actor, @Args('input') input: StatisticsInput) {
    return this.analytics.statistics(actor, input);
  }

  @RequirePermission('sales.departmentTotals')
  @Query(() => [ProductTrend], { description: 'Monthly won sales per product and its life-cycle stage, best sellers first' })
  productTrends(
    @CurrentActor() actor: Actor,
    @Args('months', { type: () => Int, defaultValue: 12 }) months: number,
    @Args('until', { type: () => String, nullable: true, description: 'Last month shown, YYYY-MM; the last complete month when absent' }) until?: string | null,
    @Args('productIds', { type: () => [String], nullable: true }) productIds?: string[] | null,
  ) {
    return this.trends.trends(actor, { months, until, productIds, timeZone: this.config.locale.timezone });
  }
}
