import { Empty, Flex, Radio, Tag, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import { toMajor, toMinor } from '../../../../ui/money';
import type { LifeCycleStage, ProductTrend } from '../../graphql/types';
import { useProductTrends } from '../../hooks/useAnalytics';
import { useReportingCurrency } from '../../hooks/useSalesReferences';
import { Chart } from './Chart';
import { Sparkline } from './Sparkline';

const MONTHS = 12;
const STAGE_COLORS: Record<LifeCycleStage, string> = {
  INTRODUCTION: 'blue',
  GROWTH: 'green',
  MATURITY: 'gold',
  DECLINE: 'red',
};

export function LifeCycleTag({ stage }: { stage: LifeCycleStage | null }) {
  const { t } = useTranslation();
  if (!stage) return <Tag>{t('sales.lifeCycle.none')}</Tag>;
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid={`life-cycle-${stage}`}>
      {t(`sales.lifeCycle.${stage}`)}
    </Tag>
  );
}

function useTrendOption(trend: ProductTrend | undefined, currency: string | undefined): EChartsCoreOption | undefined {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(() => {
    if (!trend) return undefined;
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? format.money(toMinor(value, currency), currency) : '—'),
      },
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: trend.months.map((month) => format.yearMonth(month.month)) },
      yAxis: { type: 'value' },
      series: [
        {
          name: t('sales.trends.amount'),
          type: 'line',
          smooth: true,
          areaStyle: { opacity: 0.15 },
          data: trend.months.map((month) => toMajor(month.amount, currency)),
        },
      ],
    };
  }, [trend, currency, t, format]);
}

export function ProductTrendsSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { currency } = useReportingCurrency();
  const { trends, loading, error, retry } = useProductTrends(MONTHS);
  const [selectedId, setSelectedId] = useState<string>();
  const selected = trends.find((trend) => trend.productId === selectedId) ?? trends[0];
  const option = useTrendOption(selected, currency);

  const columns: SimpleColumn<ProductTrend>[] = [
    {
      key: 'select',
      width: 32,
      render: (trend) => (
        <Radio
          checked={trend.productId === selected?.productId}
          onChange={() => setSelectedId(trend.productId)}
          aria-label={trend.product?.name ?? trend.productId}
        />
      ),
    },
    {
      key: 'product',
      title: t('sales.trends.product'),
      render: (trend) => (trend.product ? `${trend.product.name} · ${trend.product.sku}` : trend.productId),
    },
    { key: 'stage', title: t('sales.trends.stage'), render: (trend) => <LifeCycleTag stage={trend.stage} /> },
    { key: 'amount', title: t('sales.trends.amount'), align: 'right', render: (trend) => format.money(trend.totalAmount, currency) },
    {
      key: 'units',
      title: t('sales.trends.units'),
      align: 'right',
      render: (trend) => `${format.number(trend.totalUnits)} ${trend.product?.unit ?? ''}`,
    },
    { key: 'trend', title: t('sales.trends.trend'), render: (trend) => <Sparkline values={trend.months.map((month) => month.amount)} /> },
  ];

  if (loading) return <LoadingState />;
  if (error) return <InlineError error={error} onRetry={retry} />;
  if (trends.length === 0) return <Empty description={t('sales.trends.empty')} data-testid="trends-empty" />;
  return (
    <Flex vertical gap={16} data-testid="trends-section">
      {selected && option && (
        <Flex vertical gap={4}>
          <Typography.Text strong>{selected.product?.name ?? selected.productId}</Typography.Text>
          <Chart option={option} height={240} data-testid="trend-chart" />
        </Flex>
      )}
      <SimpleTable
        columns={columns}
        rows={trends}
        rowKey={(trend) => trend.productId}
        rowTestId={(trend) => `trend-row-${trend.product?.sku ?? trend.productId}`}
        data-testid="trends-table"
      />
    </Flex>
  );
}
