import { Empty, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import { STATISTICS_GROUPS } from '../../graphql/types';
import type { StatisticsGroup, StatisticsRow } from '../../graphql/types';
import { useSalesStatistics } from '../../hooks/useAnalytics';
import { useReportingCurrency } from '../../hooks/useSalesReferences';
import { PeriodPicker } from '../PeriodPicker';
import { startOfYear, today } from './period-label';

export function StatisticsSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { currency } = useReportingCurrency();
  const [groupBy, setGroupBy] = useState<StatisticsGroup>('MANAGER');
  const [range, setRange] = useState<{ from?: string; to?: string }>({ from: startOfYear(), to: today() });
  const { rows, loading, error, retry } = useSalesStatistics({
    groupBy,
    from: range.from ?? startOfYear(),
    to: range.to ?? today(),
  });

  const columns: SimpleColumn<StatisticsRow>[] = [
    { key: 'label', title: t(`sales.statistics.group.${groupBy}`), render: (row) => row.label || t('sales.statistics.none') },
    { key: 'won', title: t('sales.statistics.won'), align: 'right', render: (row) => format.number(row.won) },
    { key: 'lost', title: t('sales.statistics.lost'), align: 'right', render: (row) => format.number(row.lost) },
    { key: 'wonAmount', title: t('sales.statistics.wonAmount'), align: 'right', render: (row) => format.money(row.wonAmount, currency) },
    {
      key: 'averageWon',
      title: t('sales.statistics.averageWon'),
      align: 'right',
      render: (row) => (row.averageWon == null ? '—' : format.money(row.averageWon, currency)),
    },
    {
      key: 'winRate',
      title: t('sales.statistics.winRate'),
      align: 'right',
      render: (row) => (row.winRate == null ? '—' : format.percent(row.winRate)),
    },
  ];

  const body = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (rows.length === 0) return <Empty description={t('sales.statistics.empty')} data-testid="statistics-empty" />;
    return (
      <SimpleTable
        columns={columns}
        rows={rows}
        rowKey={(row) => `${row.key ?? 'none'}:${row.month ?? ''}`}
        rowTestId={(row) => `statistics-row-${row.label}`}
        data-testid="statistics-table"
      />
    );
  };

  return (
    <Flex vertical gap={16} data-testid="statistics-section">
      <Flex gap={8} wrap>
        <Select<StatisticsGroup>
          value={groupBy}
          onChange={setGroupBy}
          options={STATISTICS_GROUPS.map((value) => ({ value, label: t(`sales.statistics.group.${value}`) }))}
          style={{ width: 180 }}
          data-testid="statistics-group"
        />
        <PeriodPicker from={range.from} to={range.to} onChange={setRange} allowClear={false} data-testid="statistics-period" />
      </Flex>
      {body()}
    </Flex>
  );
}
