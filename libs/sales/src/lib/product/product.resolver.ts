import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, byKey, CurrentActor, GraphQLContext, groupByKey, RequirePermission, toConnection } from '@crm/core';
import { ExchangeRate } from '../money/exchange-rate.entity';
import { ExchangeRateService } from '../money/exchange-rate.service';
import { Price, PriceList, Product, ProductCategory } from './product.entity';
import {
  CreateProductInput, DeletedPayload, PriceListInput, PriceListPayload, PricePayload, ProductCategoryInput, ProductCategoryPayload, ProductConnection,
  ProductFilter, ProductPayload, SetExchangeRateInput, SetPriceInput, UpdateProductInput,
} from './product.inputs';
import { ProductService } from './product.service';

/** Products by id for the request, batched. */
export function productLoader(ctx: GraphQLContext, products: ProductService, actor: Actor) {
  return ctx.loaders.get<string, Product | null>('sales.product', async (ids) => byKey(ids, await products.getMany(actor, ids), (p) => p.id));
}

@Resolver(() => Price)
export class PriceResolver {
  constructor(private readonly productService: ProductService) {}

  @ResolveField(() => PriceList, { description: 'The list, and so the currency, of the price' })
  priceList(@Parent() price: Price, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    // Price lists are few: one query loads them all for the request.
    return ctx.loaders.get<string, PriceList | null>('sales.priceList', async (ids) => byKey(ids, await this.productService.priceLists(actor), (l) => l.id)).load(price.priceListId);
  }
}

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly productService: ProductService, private readonly rates: ExchangeRateService) {}

  @RequirePermission('product.read')
  @Query(() => Product)
  product(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.productService.get(actor, id);
  }

  @RequirePermission('product.read')
  @Query(() => ProductConnection)
  async products(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ProductFilter, nullable: true }) filter?: ProductFilter | null,
  ) {
    const page = await this.productService.list(actor, { first, after, filter });
    return toConnection(page, page.cursor);
  }

  @RequirePermission('product.read')
  @Query(() => [ProductCategory])
  productCategories(@CurrentActor() actor: Actor) {
    return this.productService.categories(actor);
  }

  @RequirePermission('product.read')
  @Query(() => [PriceList])
  priceLists(@CurrentActor() actor: Actor) {
    return this.productService.priceLists(actor);
  }

  @RequirePermission('product.read')
  @Query(() => [ExchangeRate], { description: 'Dated rates into the reporting currency (appSettings.reportingCurrency), newest first per currency' })
  exchangeRates(@CurrentActor() actor: Actor, @Args('currency', { type: () => String, nullable: true }) currency?: string | null) {
    return this.rates.list(actor, currency);
  }

  @RequirePermission('product.manage')
  @Mutation(() => ProductPayload)
  async createProduct(@CurrentActor() actor: Actor, @Args('input') input: CreateProductInput): Promise<ProductPayload> {
    return { product: await this.productService.create(actor, input) };
  }

  @RequirePermission('product.manage')
  @Mutation(() => ProductPayload)
  async updateProduct(@CurrentActor() actor: Actor, @Args('input') input: UpdateProductInput): Promise<ProductPayload> {
    return { product: await this.productService.update(actor, input) };
  }

  @RequirePermission('product.manage')
  @Mutation(() => ProductCategoryPayload, { description: 'Create (without id) or rename/move a category' })
  async saveProductCategory(@CurrentActor() actor: Actor, @Args('input') input: ProductCategoryInput): Promise<ProductCategoryPayload> {
    return { category: await this.productService.saveCategory(actor, input) };
  }

  @RequirePermission('product.manage')
  @Mutation(() => PriceListPayload, { description: 'Create (without id) or edit a price list' })
  async savePriceList(@CurrentActor() actor: Actor, @Args('input') input: PriceListInput): Promise<PriceListPayload> {
    return { priceList: await this.productService.savePriceList(actor, input) };
  }

  @RequirePermission('product.manage')
  @Mutation(() => PricePayload, { description: 'A product\'s price in a list from a day on (the same day again replaces it)' })
  async setPrice(@CurrentActor() actor: Actor, @Args('input') input: SetPriceInput): Promise<PricePayload> {
    return { price: await this.productService.setPrice(actor, input) };
  }

  @RequirePermission('product.manage')
  @Mutation(() => DeletedPayload)
  async deletePrice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DeletedPayload> {
    return { id: await this.productService.deletePrice(actor, id) };
  }

  @RequirePermission('product.manage')
  @Mutation(() => ExchangeRate, { description: 'Sets a currency\'s rate from a day on; deals in that currency are repriced in the background' })
  setExchangeRate(@CurrentActor() actor: Actor, @Args('input') input: SetExchangeRateInput) {
    return this.rates.set(actor, input);
  }

  @RequirePermission('product.manage')
  @Mutation(() => DeletedPayload)
  async deleteExchangeRate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DeletedPayload> {
    return { id: await this.rates.delete(actor, id) };
  }

  @ResolveField(() => ProductCategory, { nullable: true })
  category(@Parent() product: Product, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    if (!product.categoryId) return null;
    // Categories are few: one query loads them all for the request.
    return ctx.loaders
      .get<string, ProductCategory | null>('sales.productCategory', async (ids) => byKey(ids, await this.productService.categories(actor), (c) => c.id))
      .load(product.categoryId);
  }

  @ResolveField(() => [Price], { description: 'Dated prices in every list, newest first' })
  prices(@Parent() product: Product, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get<string, Price[]>('sales.productPrices', async (ids) => groupByKey(ids, await this.productService.pricesOf(ids), (p) => p.productId)).load(product.id);
  }
}
