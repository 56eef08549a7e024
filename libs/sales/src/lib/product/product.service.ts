import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, ConflictError, escapeLike, FieldProblem, isValidLocalDate, NotFoundError, orderForKeyset, Page, pageSize, requirePermission, requireUuid,
  StaleVersionError, toPage, ValidationError,
} from '@crm/core';
import { cleanText } from '@crm/contact';
import { DataSource, EntityManager, In } from 'typeorm';
import { isKnownCurrency } from '../money/money.rules';
import { Price, PriceList, Product, ProductCategory } from './product.entity';
import { CreateProductInput, PriceListInput, ProductCategoryInput, ProductFilter, SetPriceInput, UpdateProductInput } from './product.inputs';

type ProductValues = Pick<Product, 'sku' | 'name' | 'categoryId' | 'unit' | 'description' | 'active'>;

/** The catalogue and its price lists (SAL-1). Anyone in sales reads it; product.manage edits it. */
@Injectable()
export class ProductService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(actor: Actor, id: string): Promise<Product> {
    requirePermission(actor, 'product.read');
    const product = await this.db.getRepository(Product).findOneBy({ id: requireUuid(id, 'Product') });
    if (!product) throw new NotFoundError('Product');
    return product;
  }

  async getMany(actor: Actor, ids: readonly string[]): Promise<Product[]> {
    requirePermission(actor, 'product.read');
    return this.db.getRepository(Product).findBy({ id: In([...ids]) });
  }

  /** Products by name, keyset-paged; search matches name or SKU fragments (trigram index). */
  async list(actor: Actor, args: { first?: number | null; after?: string | null; filter?: ProductFilter | null }): Promise<Page<Product> & { cursor: (p: Product) => string }> {
    requirePermission(actor, 'product.read');
    const first = pageSize(args.first);
    const qb = this.db.getRepository(Product).createQueryBuilder('p').limit(first + 1);
    const f = args.filter;
    if (f?.search?.trim()) qb.andWhere(`lower(p.name || ' ' || p.sku) LIKE :search`, { search: `%${escapeLike(f.search.trim().toLowerCase())}%` });
    if (f?.categoryId) qb.andWhere('p.category_id = :categoryId', { categoryId: f.categoryId });
    if (f?.active != null) qb.andWhere('p.active = :active', { active: f.active });
    const cursor = orderForKeyset(qb, 'p.id', { expr: 'lower(p.name)', nullable: false, value: (p) => p.name.toLowerCase() }, 'ASC', args.after);
    return { ...toPage(await qb.getMany(), first), cursor };
  }

  async create(actor: Actor, input: CreateProductInput): Promise<Product> {
    requirePermission(actor, 'product.manage');
    const values = checkProduct({ sku: '', name: '', categoryId: null, unit: 'pcs', description: null, active: true }, input);
    return this.db.transaction(async (m) => {
      await this.requireCategory(m, values.categoryId);
      await this.requireFreeSku(m, values.sku, null);
      return m.getRepository(Product).save(m.getRepository(Product).create(values));
    });
  }

  async update(actor: Actor, input: UpdateProductInput): Promise<Product> {
    requirePermission(actor, 'product.manage');
    return this.db.transaction(async (m) => {
      const current = await m.getRepository(Product).findOne({ where: { id: requireUuid(input.id, 'Product') }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Product');
      if (current.version !== input.expectedVersion) throw new StaleVersionError('Product', current.version);
      const values = checkProduct(current, input);
      await this.requireCategory(m, values.categoryId);
      if (values.sku.toLowerCase() !== current.sku.toLowerCase()) await this.requireFreeSku(m, values.sku, current.id);
      return m.getRepository(Product).save(Object.assign(current, values));
    });
  }

  categories(actor: Actor): Promise<ProductCategory[]> {
    requirePermission(actor, 'product.read');
    return this.db.getRepository(ProductCategory).find({ order: { name: 'ASC' } });
  }

  async saveCategory(actor: Actor, input: ProductCategoryInput): Promise<ProductCategory> {
    requirePermission(actor, 'product.manage');
    const name = cleanText(input.name);
    if (!name) throw ValidationError.field('name', 'must not be empty');
    return this.db.transaction(async (m) => {
      const repo = m.getRepository(ProductCategory);
      const category = input.id ? await repo.findOneBy({ id: input.id }) : repo.create();
      if (!category) throw new NotFoundError('ProductCategory');
      if (input.parentId) {
        // Walk up from the new parent: reaching this category would make a cycle.
        let at: string | null = input.parentId;
        for (let depth = 0; at; depth++) {
          if (at === category.id || depth > 50) throw ValidationError.field('parentId', 'would put the category inside itself');
          const parent: ProductCategory | null = await repo.findOneBy({ id: at });
          if (!parent) throw ValidationError.field('parentId', 'no such category');
          at = parent.parentId;
        }
      }
      const clash = await repo.createQueryBuilder('c').where('lower(c.name) = lower(:name)', { name }).getOne();
      if (clash && clash.id !== category.id) throw new ConflictError(`name: a category "${name}" already exists`, 'DUPLICATE_CATEGORY', { field: 'name' });
      return repo.save(Object.assign(category, { name, parentId: input.parentId ?? null }));
    });
  }

  priceLists(actor: Actor): Promise<PriceList[]> {
    requirePermission(actor, 'product.read');
    return this.db.getRepository(PriceList).find({ order: { name: 'ASC' } });
  }

  async savePriceList(actor: Actor, input: PriceListInput): Promise<PriceList> {
    requirePermission(actor, 'product.manage');
    const name = cleanText(input.name);
    const problems: FieldProblem[] = [];
    if (!name) problems.push({ field: 'name', message: 'must not be empty' });
    if (!isKnownCurrency(input.currency)) problems.push({ field: 'currency', message: 'is not an ISO 4217 currency code' });
    if (problems.length) throw new ValidationError(problems);
    return this.db.transaction(async (m) => {
      const repo = m.getRepository(PriceList);
      const list = input.id ? await repo.findOneBy({ id: input.id }) : repo.create({ active: true });
      if (!list) throw new NotFoundError('PriceList');
      if (list.id && list.currency !== input.currency && (await m.getRepository(Price).existsBy({ priceListId: list.id }))) {
        throw ValidationError.field('currency', 'cannot change: the list already has prices in its currency');
      }
      const clash = await repo.findOneBy({ name: name! });
      if (clash && clash.id !== list.id) throw new ConflictError(`name: a price list "${name}" already exists`, 'DUPLICATE_PRICE_LIST', { field: 'name' });
      return repo.save(Object.assign(list, { name, currency: input.currency, active: input.active ?? list.active }));
    });
  }

  /** Sets a product's price in a list from a day on; the same day again replaces it. */
  async setPrice(actor: Actor, input: SetPriceInput): Promise<Price> {
    requirePermission(actor, 'product.manage');
    const problems: FieldProblem[] = [];
    if (!isValidLocalDate(input.validFrom)) problems.push({ field: 'validFrom', message: 'must be a real date written as YYYY-MM-DD' });
    if (!Number.isSafeInteger(input.unitPrice) || input.unitPrice < 0) problems.push({ field: 'unitPrice', message: 'must be a whole, non-negative amount in minor units (kopecks, cents)' });
    if (problems.length) throw new ValidationError(problems);
    return this.db.transaction(async (m) => {
      if (!(await m.getRepository(PriceList).existsBy({ id: input.priceListId }))) throw ValidationError.field('priceListId', 'no such price list');
      if (!(await m.getRepository(Product).existsBy({ id: input.productId }))) throw ValidationError.field('productId', 'no such product');
      await m.query(
        `INSERT INTO sales.price (price_list_id, product_id, valid_from, unit_price) VALUES ($1, $2, $3, $4)
         ON CONFLICT (price_list_id, product_id, valid_from) DO UPDATE SET unit_price = EXCLUDED.unit_price`,
        [input.priceListId, input.productId, input.validFrom, input.unitPrice],
      );
      return m.getRepository(Price).findOneByOrFail({ priceListId: input.priceListId, productId: input.productId, validFrom: input.validFrom });
    });
  }

  async deletePrice(actor: Actor, id: string): Promise<string> {
    requirePermission(actor, 'product.manage');
    const result = await this.db.getRepository(Price).delete({ id: requireUuid(id, 'Price') });
    if (!result.affected) throw new NotFoundError('Price');
    return id;
  }

  /** Every dated price of the products, newest first per list. */
  async pricesOf(productIds: readonly string[]): Promise<Price[]> {
    return this.db.getRepository(Price).find({ where: { productId: In([...productIds]) }, order: { validFrom: 'DESC' } });
  }

  /**
   * The unit prices of products on a day from a price list (the given one, else the first active
   * list in the currency). Products without a price are absent from the map.
   */
  async priceOn(m: EntityManager, productIds: string[], currency: string, day: string, priceListId?: string | null): Promise<Map<string, number>> {
    const rows: { product_id: string; unit_price: string }[] = await m.query(
      `SELECT DISTINCT ON (p.product_id) p.product_id, p.unit_price
         FROM sales.price p JOIN sales.price_list l ON l.id = p.price_list_id
        WHERE p.product_id = ANY($1) AND p.valid_from <= $2 AND l.currency = $3 AND ($4::uuid IS NULL AND l.active OR l.id = $4::uuid)
        ORDER BY p.product_id, l.name, p.valid_from DESC`,
      [productIds, day, currency, priceListId ?? null],
    );
    return new Map(rows.map((r) => [r.product_id, Number(r.unit_price)]));
  }

  private async requireCategory(m: EntityManager, categoryId: string | null) {
    if (categoryId && !(await m.getRepository(ProductCategory).existsBy({ id: categoryId }))) throw ValidationError.field('categoryId', 'no such category');
  }

  private async requireFreeSku(m: EntityManager, sku: string, selfId: string | null) {
    const clash = await m.getRepository(Product).createQueryBuilder('p').where('lower(p.sku) = lower(:sku)', { sku }).getOne();
    if (clash && clash.id !== selfId) throw new ConflictError(`sku: product ${clash.name} already has SKU ${sku}`, 'DUPLICATE_SKU', { field: 'sku' });
  }
}

function checkProduct(current: ProductValues, patch: { [K in keyof ProductValues]?: ProductValues[K] | null }): ProductValues {
  const next = { ...current };
  if (patch.sku !== undefined) next.sku = cleanText(patch.sku) ?? '';
  if (patch.name !== undefined) next.name = cleanText(patch.name) ?? '';
  if (patch.unit !== undefined) next.unit = cleanText(patch.unit) ?? '';
  if (patch.description !== undefined) next.description = cleanText(patch.description);
  if (patch.categoryId !== undefined) next.categoryId = patch.categoryId ?? null;
  if (patch.active != null) next.active = patch.active;
  const problems: FieldProblem[] = ['sku', 'name', 'unit'].filter((f) => !next[f as 'sku']).map((field) => ({ field, message: 'must not be empty' }));
  if (problems.length) throw new ValidationError(problems);
  return next;
}
