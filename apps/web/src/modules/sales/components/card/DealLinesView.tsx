import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import type { DealDetails, DealLine } from '../../graphql/types';

export function DealLinesView({ deal }: { deal: DealDetails }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (deal.lines.length === 0) return <Empty description={t('sales.lines.empty')} data-testid="deal-lines-empty" />;
  const money = (minor: number) => format.money(minor, deal.currency);
  const columns: SimpleColumn<DealLine>[] = [
    { key: 'product', title: t('sales.lines.product'), render: (line) => `${line.product.name} · ${line.product.sku}` },
    { key: 'quantity', title: t('sales.lines.quantity'), align: 'right', render: (line) => `${format.number(line.quantity)} ${line.product.unit}` },
    { key: 'unitPrice', title: t('sales.lines.unitPrice'), align: 'right', render: (line) => money(line.unitPrice) },
    { key: 'discount', title: t('sales.lines.discount'), align: 'right', render: (line) => (line.discountPercent ? `${format.number(line.discountPercent)} %` : '—') },
    { key: 'amount', title: t('sales.lines.amount'), align: 'right', render: (line) => money(line.amount) },
  ];
  const rows = [...deal.lines].sort((a, b) => a.position - b.position);
  return <SimpleTable columns={columns} rows={rows} rowKey={(line) => line.id} rowTestId={() => 'deal-line-row'} data-testid="deal-lines-table" />;
}
