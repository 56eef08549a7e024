import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Clock, isUuid, localDate, OnJob, requirePermission, ValidationError } from '@crm/core';
import { DataSource } from 'typeorm';
import { LINE_AMOUNT_BASE_SQL } from '../deal/deal.rules';
import { addMonths } from '../plan/period.rules';
import { LifeCycleStage, lifeCycleStage } from './lifecycle.rules';
import { ProductMonth } from './product-month.entity';

export interface ProductTrendRow {
  productId: string;
  months: { month: string; amount: number; units: number; deals: number }[];
  totalAmount: number;
  totalUnits: number;
  stage: LifeCycleStage | null;
}

/**
 * The product slice (SAL-6): monthly won sales per product from the pre-aggregated table, and
 * each product's life-cycle stage from its trend. The table is rebuilt per product after won
 * deals change and in full nightly, so reading it is one indexed range scan.
 */
@Injectable()
export class ProductTrendService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly clock: Clock) {}

  /**
   * Trends over `months` complete calendar months up to `until` (the last complete month when absent).
   * Company-wide figures: they need sales.departmentTotals (or an all-seeing role).
   */
  async trends(actor: Actor, args: { months: number; until?: string | null; productIds?: string[] | null; timeZone: string }): Promise<ProductTrendRow[]> {
    requirePermission(actor, 'sales.departmentTotals');
    if (!Number.isInteger(args.months) || args.months < 6 || args.months > 60) throw ValidationError.field('months', 'must be between 6 and 60');
    if (args.until && !/^\d{4}-(0[1-9]|1[0-2])$/.test(args.until)) throw ValidationError.field('until', 'must be a month written as YYYY-MM');
    if (args.productIds?.some((id) => !isUuid(id))) throw ValidationError.field('productIds', 'must be product ids');
    const last = args.until ? `${args.until}-01` : addMonths(`${localDate(this.clock.now(), args.timeZone).slice(0, 7)}-01`, -1);
    const first = addMonths(last, -(args.months - 1));
    const calendar = Array.from({ length: args.months }, (_, i) => addMonths(first, i));
    const qb = this.db.getRepository(ProductMonth).createQueryBuilder('pm').where('pm.month BETWEEN :first AND :last', { first, last });
    if (args.productIds?.length) qb.andWhere('pm.product_id = ANY(:ids)', { ids: args.productIds });
    const rows = await qb.getMany();
    // The stage looks at the product's whole history, so find when each product first sold.
    const firstSales: { product_id: string; first: string }[] = await this.db.query(
      `SELECT product_id, to_char(min(month), 'YYYY-MM-DD') AS first FROM sales.product_month WHERE ($1::uuid[] IS NULL OR product_id = ANY($1)) GROUP BY 1`,
      [args.productIds?.length ? args.productIds : null],
    );
    const ids = [...new Set([...rows.map((r) => r.productId), ...(args.productIds ?? [])])];
    const byProductMonth = new Map(rows.map((r) => [`${r.productId}|${r.month}`, r]));
    const firstSale = new Map(firstSales.map((f) => [f.product_id, f.first]));
    return ids.map((productId) => {
      const months = calendar.map((month) => {
        const row = byProductMonth.get(`${productId}|${month}`);
        return { month: month.slice(0, 7), amount: row?.amountBase ?? 0, units: row?.units ?? 0, deals: row?.deals ?? 0 };
      });
      const sinceFirst = firstSale.get(productId);
      const earlier = sinceFirst && sinceFirst < first ? monthsBetween(sinceFirst, first) : 0;
      return {
        productId, months,
        totalAmount: months.reduce((s, m) => s + m.amount, 0),
        totalUnits: months.reduce((s, m) => s + m.units, 0),
        stage: lifeCycleStage(months.map((m) => m.amount), earlier),
      };
    }).sort((a, b) => b.totalAmount - a.totalAmount);
  }

  /** Rebuilds the monthly sums of some products (all when none named) from won deals, in one statement each. */
  @OnJob('sales.productTrends.refresh')
  async refresh({ productIds }: { productIds?: string[] }): Promise<void> {
    const only = productIds?.length ? productIds : null;
    await this.db.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['sales.productTrends.refresh']);
      await m.query(`DELETE FROM sales.product_month WHERE $1::uuid[] IS NULL OR product_id = ANY($1)`, [only]);
      await m.query(
        `INSERT INTO sales.product_month (product_id, month, amount_base, units, deals)
         SELECT l.product_id, date_trunc('month', d.closed_on)::date,
                sum(${LINE_AMOUNT_BASE_SQL})::bigint, sum(l.quantity), count(DISTINCT d.id)
           FROM sales.deal d JOIN sales.deal_line l ON l.deal_id = d.id
          WHERE d.status = 'WON' AND d.closed_on IS NOT NULL AND ($1::uuid[] IS NULL OR l.product_id = ANY($1))
          GROUP BY 1, 2`,
        [only],
      );
    });
  }
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}
