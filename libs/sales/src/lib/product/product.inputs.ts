import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate, PageInfo } from '@crm/core';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { Price, PriceList, Product, ProductCategory } from './product.entity';

const CURRENCY = /^[A-Z]{3}$/;
const CURRENCY_MESSAGE = 'must be an ISO currency code such as RUB';

@InputType({ isAbstract: true })
abstract class ProductFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 64) sku?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) name?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a category id' }) categoryId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 20) unit?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean | null;
}

@InputType()
export class CreateProductInput extends ProductFieldsInput {}

@InputType()
export class UpdateProductInput extends ProductFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a product id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Name or SKU fragment' }) @IsOptional() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() categoryId?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean | null;
}

@InputType()
export class ProductCategoryInput {
  @Field(() => ID, { nullable: true, description: 'Absent to create' }) @IsOptional() @IsUUID('all', { message: 'must be a category id' }) id?: string | null;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a category id' }) parentId?: string | null;
}

@InputType()
export class PriceListInput {
  @Field(() => ID, { nullable: true, description: 'Absent to create' }) @IsOptional() @IsUUID('all', { message: 'must be a price list id' }) id?: string | null;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ description: 'ISO 4217; fixed once the list has prices' }) @Matches(CURRENCY, { message: CURRENCY_MESSAGE }) currency: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean | null;
}

@InputType()
export class SetPriceInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a price list id' }) priceListId: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a product id' }) productId: string;
  @Field(() => LocalDate) @IsString() validFrom: string;
  @Field(() => Number, { description: 'Minor units of the price list currency' }) @IsNumber() unitPrice: number;
}

@InputType()
export class SetExchangeRateInput {
  @Field() @Matches(CURRENCY, { message: CURRENCY_MESSAGE }) currency: string;
  @Field(() => LocalDate) @IsString() validOn: string;
  @Field(() => Number, { description: 'Units of the reporting currency for one unit of currency (1 USD = 92.5 RUB → 92.5)' }) @IsNumber() rate: number;
}

@ObjectType()
export class ProductEdge {
  @Field() cursor: string;
  @Field(() => Product) node: Product;
}

@ObjectType()
export class ProductConnection {
  @Field(() => [ProductEdge]) edges: ProductEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType()
export class ProductPayload {
  @Field(() => Product) product: Product;
}

@ObjectType()
export class ProductCategoryPayload {
  @Field(() => ProductCategory) category: ProductCategory;
}

@ObjectType()
export class PriceListPayload {
  @Field(() => PriceList) priceList: PriceList;
}

@ObjectType()
export class PricePayload {
  @Field(() => Price) price: Price;
}

@ObjectType()
export class DeletedPayload {
  @Field(() => ID) id: string;
}
