import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimal, minorUnits } from '../product/product.entity';

/** Won sales of a product in a month, pre-aggregated by the sales.productTrends.refresh job. */
@Entity({ schema: 'sales', name: 'product_month' })
export class ProductMonth {
  @PrimaryColumn({ type: 'uuid' }) productId: string;
  @PrimaryColumn({ type: 'date' }) month: string;
  @Column({ type: 'bigint', transformer: minorUnits }) amountBase: number;
  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: decimal }) units: number;
  @Column({ type: 'integer' }) deals: number;
}
