import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from '@crm/account';
import { ContactModule } from '@crm/contact';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { AnalyticsService } from './analytics/analytics.service';
import { BoardResolver } from './board/board.resolver';
import { BoardService } from './board/board.service';
import { AccountDealsResolver, ContactDealsResolver, DealMergeParticipant } from './customer/customer-deals.resolver';
import { Deal, DealContact, DealLine, DealStageStay } from './deal/deal.entity';
import { DealConnectionResolver, DealContactResolver, DealLineResolver, DealResolver, DealStageStayResolver } from './deal/deal.resolver';
import { DealService } from './deal/deal.service';
import { ExchangeRate } from './money/exchange-rate.entity';
import { ExchangeRateService } from './money/exchange-rate.service';
import { LossReason, Pipeline, Stage } from './pipeline/pipeline.entity';
import { PipelineResolver } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';
import { Plan } from './plan/plan.entity';
import { PlanResolver } from './plan/plan.resolver';
import { PlanService } from './plan/plan.service';
import { Price, PriceList, Product, ProductCategory } from './product/product.entity';
import { PriceResolver, ProductResolver } from './product/product.resolver';
import { ProductService } from './product/product.service';
import { ProductMonth } from './product-trend/product-month.entity';
import { ProductTrendResolver } from './product-trend/product-trend.graphql';
import { ProductTrendService } from './product-trend/product-trend.service';

export const SALES_ENTITIES = [
  ProductCategory, Product, PriceList, Price, ExchangeRate, Pipeline, Stage, LossReason, Deal, DealLine, DealContact, DealStageStay, Plan, ProductMonth,
];

/** Products, pipelines, deals, the funnel, plans, forecasts and sales statistics (SAL-1..SAL-7). */
@Module({
  imports: [TypeOrmModule.forFeature(SALES_ENTITIES), ContactModule, AccountModule],
  providers: [
    ProductService, ExchangeRateService, PipelineService, DealService, BoardService, AnalyticsService, PlanService, ProductTrendService, DealMergeParticipant,
    ProductResolver, PriceResolver, PipelineResolver, DealResolver, DealConnectionResolver, DealLineResolver, DealContactResolver, DealStageStayResolver, BoardResolver,
    AnalyticsResolver, PlanResolver, ProductTrendResolver, AccountDealsResolver, ContactDealsResolver,
  ],
  exports: [DealService, ProductService, PipelineService, ExchangeRateService],
})
export class SalesModule {}
