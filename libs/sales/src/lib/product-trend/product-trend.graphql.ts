import { Context, Field, ID, Int, ObjectType, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Actor, CurrentActor, GraphQLContext } from '@crm/core';
import { Product } from '../product/product.entity';
import { productLoader } from '../product/product.resolver';
import { ProductService } from '../product/product.service';
import { LifeCycleStage } from './lifecycle.rules';

registerEnumType(LifeCycleStage, { name: 'LifeCycleStage', description: 'Derived from the monthly trend; see lifecycle.rules.ts for the rule' });

@ObjectType()
export class ProductMonthFigure {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Number, { description: 'Minor units of the reporting currency' }) amount: number;
  @Field(() => Number) units: number;
  @Field(() => Int) deals: number;
}

@ObjectType()
export class ProductTrend {
  @Field(() => ID) productId: string;
  @Field(() => [ProductMonthFigure]) months: ProductMonthFigure[];
  @Field(() => Number) totalAmount: number;
  @Field(() => Number) totalUnits: number;
  @Field(() => LifeCycleStage, { nullable: true, description: 'Null when the product has not sold yet' }) stage: LifeCycleStage | null;
}

@Resolver(() => ProductTrend)
export class ProductTrendResolver {
  constructor(private readonly products: ProductService) {}

  @ResolveField(() => Product, { nullable: true })
  product(@Parent() trend: ProductTrend, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return productLoader(ctx, this.products, actor).load(trend.productId);
  }
}
