import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../ui/format';
import type { AccountMetricValue } from '../../graphql/types';

const WIDTH = 360;
const HEIGHT = 96;
const MONTHS_SHOWN = 24;
const GAP = 2;

/** "2025-03-01" → months since year 0, so that consecutive months differ by one. */
const monthIndex = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;

interface MetricChartProps {
  label: string;
  /** One metric's values, oldest first. */
  values: AccountMetricValue[];
}

/**
 * Monthly values of one metric as bars (the last two years at most); months without a value are
 * gaps. A few dozen SVG rectangles do not justify a charting library.
 */
export function MetricChart({ label, values }: MetricChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const latest = values.at(-1);

  if (!latest) {
    return (
      <Flex vertical gap={4} data-testid="metric-chart">
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Text type="secondary">{t('account.metrics.noValues')}</Typography.Text>
      </Flex>
    );
  }

  const last = monthIndex(latest.period);
  const shown = values.filter((value) => monthIndex(value.period) > last - MONTHS_SHOWN);
  const first = monthIndex(shown[0].period);
  const slots = last - first + 1;
  const top = Math.max(0, ...shown.map((value) => value.amount));
  const bottom = Math.min(0, ...shown.map((value) => value.amount));
  const range = top - bottom || 1;
  const y = (amount: number) => ((top - amount) / range) * HEIGHT;
  const slotWidth = WIDTH / slots;
  const money = (value: AccountMetricValue) => format.money(value.amount, value.currency);

  return (
    <Flex vertical gap={4} data-testid="metric-chart">
      <Flex justify="space-between" align="baseline" gap={8}>
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Text type="secondary">
          {t('account.metrics.latest', { month: format.yearMonth(latest.period), amount: money(latest) })}
        </Typography.Text>
      </Flex>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        role="img"
        aria-label={label}
      >
        <line x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} stroke="var(--ant-color-border, #d9d9d9)" />
        {shown.map((value) => {
          const slot = monthIndex(value.period) - first;
          return (
            <rect
              key={value.id}
              x={slot * slotWidth + GAP / 2}
              width={Math.max(slotWidth - GAP, 1)}
              y={Math.min(y(value.amount), y(0))}
              height={Math.max(Math.abs(y(value.amount) - y(0)), 1)}
              fill={value.amount < 0 ? 'var(--ant-color-error, #ff4d4f)' : 'var(--ant-color-primary, #1677ff)'}
            >
              <title>{`${format.yearMonth(value.period)}: ${money(value)}`}</title>
            </rect>
          );
        })}
      </svg>
      <Flex justify="space-between">
        <Typography.Text type="secondary">{format.yearMonth(shown[0].period)}</Typography.Text>
        <Typography.Text type="secondary">{format.yearMonth(latest.period)}</Typography.Text>
      </Flex>
    </Flex>
  );
}
