import { Alert, Button, DatePicker, Flex, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import type { ApiError } from '../../../../ui/api-errors';
import { toApiError } from '../../../../ui/api-errors';
import { useFormatters } from '../../../../ui/format';
import { minorDigits, toMajor, toMinor } from '../../../../ui/money';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { ACCOUNT_METRICS } from '../../graphql/types';
import type { AccountMetric, AccountMetricValue, MetricValueInput } from '../../graphql/types';
import { useRecordMetrics } from '../../hooks/useAccountMetrics';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** A cell of the table: one metric in one month ("2025-03"). */
const cellKey = (metric: AccountMetric, month: string) => `${metric}|${month}`;

/** The stored values as major units (what the inputs show), by cell. */
function storedCells(values: AccountMetricValue[], currency: string | null): Map<string, number> {
  return new Map(values.map((value) => [cellKey(value.metric, value.period.slice(0, 7)), toMajor(value.amount, currency)]));
}

interface MetricsTableProps {
  accountId: string;
  values: AccountMetricValue[];
  /** The reporting currency the values are kept in; unknown before the first value. */
  currency: string | null;
  canEdit: boolean;
}

/** One year of monthly values per metric; empty a cell to remove its value. */
export function MetricsTable({ accountId, values, currency, canEdit }: MetricsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const describeError = useErrorMessage();
  const { record, saving } = useRecordMetrics(accountId);
  const [year, setYear] = useState(() => dayjs().year());
  const [edits, setEdits] = useState(new Map<string, number | null>());
  const [failure, setFailure] = useState<ApiError | null>(null);
  const stored = storedCells(values, currency);

  const shownValue = (key: string) => (edits.has(key) ? edits.get(key) : stored.get(key));
  const changes: MetricValueInput[] = [...edits].flatMap(([key, amount]) => {
    if (amount === (stored.get(key) ?? null)) return [];
    const [metric, month] = key.split('|') as [AccountMetric, string];
    return [{ metric, month, amount: amount === null ? null : toMinor(amount, currency) }];
  });

  const save = async () => {
    setFailure(null);
    try {
      await record(changes);
      setEdits(new Map());
      toast.success(t('account.metrics.saved'));
    } catch (error) {
      setFailure(toApiError(error));
    }
  };

  const monthOf = (month: number) => `${year}-${String(month).padStart(2, '0')}`;
  const columns: SimpleColumn<number>[] = [
    { key: 'month', title: t('account.metrics.month'), render: (month) => format.monthName(month) },
    ...ACCOUNT_METRICS.map(
      (metric): SimpleColumn<number> => ({
        key: metric,
        title: t(`account.metric.${metric}`),
        align: 'right',
        render: (month) => {
          const key = cellKey(metric, monthOf(month));
          return (
            <InputNumber
              value={shownValue(key)}
              onChange={(amount) => setEdits((current) => new Map(current).set(key, amount))}
              precision={minorDigits(currency)}
              suffix={currency ?? undefined}
              disabled={!canEdit}
              style={{ width: 180 }}
              aria-label={`${t(`account.metric.${metric}`)}, ${format.monthName(month)} ${year}`}
              data-testid={`metric-${metric}-${monthOf(month)}`}
            />
          );
        },
      }),
    ),
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <DatePicker
          picker="year"
          allowClear={false}
          value={dayjs().year(year)}
          onChange={(value) => value && setYear(value.year())}
          data-testid="metrics-year"
        />
        {canEdit && (
          <Button type="primary" onClick={save} loading={saving} disabled={changes.length === 0} data-testid="save-metrics">
            {t('account.metrics.save', { count: changes.length })}
          </Button>
        )}
      </Flex>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={describeError(failure)}
          description={failure.fields.length > 0 && failure.fields.map((field) => field.message).join('; ')}
        />
      )}
      <SimpleTable columns={columns} rows={MONTHS} rowKey={String} data-testid="metrics-table" />
    </Flex>
  );
}
