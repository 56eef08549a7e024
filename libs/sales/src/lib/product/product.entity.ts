import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';

/** bigint columns come back from pg as strings; amounts stay exact up to 2^53 minor units. */
export const minorUnits = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
/** numeric columns (quantities, percents) as JS numbers; they hold at most 4 decimals. */
export const decimal = { to: (v: number | string | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType()
@Entity({ schema: 'sales', name: 'product_category' })
@Index('product_category_name_key', { synchronize: false })
export class ProductCategory {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}

/** A product or service of the catalogue (SAL-1). Never deleted once sold: deactivate it. */
@ObjectType()
@Entity({ schema: 'sales', name: 'product' })
@Index('product_sku_key', { synchronize: false })
@Index('product_name_idx', { synchronize: false })
@Index('product_search_trgm_idx', { synchronize: false })
export class Product {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'Stock-keeping unit, unique (case-insensitive)' }) @Column({ type: 'text' }) sku: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field(() => ID, { nullable: true }) @Index('product_category_id_idx') @Column({ type: 'uuid', nullable: true }) categoryId: string | null;
  @Field({ description: 'Unit of measure: pcs, h, kg, licence…' }) @Column({ type: 'text' }) unit: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field() @Column({ type: 'boolean', default: true }) active: boolean;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}

/** Prices in one currency; a product's price is the latest dated price not after the day asked. */
@ObjectType()
@Entity({ schema: 'sales', name: 'price_list' })
@Unique('price_list_name_key', ['name'])
export class PriceList {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field({ description: 'ISO 4217' }) @Column({ type: 'text' }) currency: string;
  @Field() @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}

@ObjectType()
@Entity({ schema: 'sales', name: 'price' })
@Unique('price_dated_key', ['priceListId', 'productId', 'validFrom'])
export class Price {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) priceListId: string;
  @Field(() => ID) @Index('price_product_id_idx') @Column({ type: 'uuid' }) productId: string;
  @Field(() => LocalDate) @Column({ type: 'date' }) validFrom: string;
  @Field(() => Number, { description: 'Minor units of the price list currency' }) @Column({ type: 'bigint', transformer: minorUnits }) unitPrice: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
