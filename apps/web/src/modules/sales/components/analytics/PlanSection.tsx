import { Alert, Empty, Flex, Segmented, Select } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { toApiError } from '../../../../ui/api-errors';
import { useFormatters } from '../../../../ui/format';
import { toMajor, toMinor } from '../../../../ui/money';
import { useCurrentUser } from '../../../auth';
import { useOwnerOptions } from '../../../directory';
import { PLAN_PERIODS } from '../../graphql/types';
import type { PlanPeriod, PlanReport, PlanReportRow, PlanSubject } from '../../graphql/types';
import { useSalesPlanReport } from '../../hooks/useAnalytics';
import { useTeamOptions } from '../../hooks/useSalesReferences';
import { canReadProducts, canSeeDepartmentTotals } from '../../permissions';
import { ProductSelect } from '../form/ProductSelect';
import { PeriodPicker } from '../PeriodPicker';
import { Chart } from './Chart';
import { endOfYear, periodLabel, startOfYear } from './period-label';

const MANAGER_ROLES = new Set(['ADMIN', 'SALES_MANAGER']);

function usePlanOption(report: PlanReport | undefined, period: PlanPeriod): EChartsCoreOption | undefined {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(() => {
    if (!report) return undefined;
    const currency = report.reportingCurrency;
    const major = (minor: number | null) => (minor == null ? null : toMajor(minor, currency));
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? format.money(toMinor(value, currency), currency) : '—'),
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: report.rows.map((row) => periodLabel(period, row.periodStart, format.yearMonth)) },
      yAxis: { type: 'value' },
      series: [
        { name: t('sales.plan.target'), type: 'bar', data: report.rows.map((row) => major(row.targetAmount)), itemStyle: { color: '#d9d9d9' } },
        { name: t('sales.plan.actual'), type: 'bar', data: report.rows.map((row) => major(row.actualAmount)), itemStyle: { color: '#52c41a' } },
        {
          name: t('sales.plan.forecast'),
          type: 'line',
          data: report.rows.map((row) => major(row.forecast.expected)),
          itemStyle: { color: '#1677ff' },
          lineStyle: { type: 'dashed' },
        },
      ],
    };
  }, [report, period, t, format]);
}

export function PlanSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useCurrentUser();
  const owners = useOwnerOptions();
  const teams = useTeamOptions();
  const [period, setPeriod] = useState<PlanPeriod>('MONTH');
  const [range, setRange] = useState<{ from?: string; to?: string }>({ from: startOfYear(), to: endOfYear() });
  // Those who may see the department's totals start there; everyone else with their own figures.
  const [subject, setSubject] = useState<PlanSubject>(() => (canSeeDepartmentTotals(user) ? 'DEPARTMENT' : 'USER'));
  const [userId, setUserId] = useState<string>();
  const [teamId, setTeamId] = useState<string>();
  const [productId, setProductId] = useState<string | null>(null);
  const isManager = MANAGER_ROLES.has(user.role) || canSeeDepartmentTotals(user);

  const input = {
    period,
    from: range.from ?? startOfYear(),
    to: range.to ?? endOfYear(),
    subject,
    ...(subject === 'USER' && userId && { userId }),
    ...(subject === 'TEAM' && teamId && { teamId }),
    ...(productId && { productId }),
  };
  const { report, loading, error, retry } = useSalesPlanReport(input);
  const option = usePlanOption(report, period);

  const currency = report?.reportingCurrency;
  const money = (minor: number | null) => (minor == null ? '—' : format.money(minor, currency));
  const percent = (value: number | null) => (value == null ? '—' : format.percent(value));
  const columns: SimpleColumn<PlanReportRow & { label: string }>[] = [
    { key: 'period', title: t('sales.plan.period'), render: (row) => row.label },
    { key: 'target', title: t('sales.plan.target'), align: 'right', render: (row) => money(row.targetAmount) },
    { key: 'actual', title: t('sales.plan.actual'), align: 'right', render: (row) => money(row.actualAmount) },
    { key: 'attainment', title: t('sales.plan.attainment'), align: 'right', render: (row) => percent(row.attainment) },
    { key: 'commit', title: t('sales.forecast.COMMIT'), align: 'right', render: (row) => money(row.forecast.commit) },
    { key: 'bestCase', title: t('sales.forecast.BEST_CASE'), align: 'right', render: (row) => money(row.forecast.bestCase) },
    { key: 'pipeline', title: t('sales.forecast.PIPELINE'), align: 'right', render: (row) => money(row.forecast.pipeline) },
    { key: 'weighted', title: t('sales.plan.weighted'), align: 'right', render: (row) => money(row.forecast.weighted) },
    { key: 'expected', title: t('sales.plan.forecast'), align: 'right', render: (row) => money(row.forecast.expected) },
  ];

  const body = () => {
    if (loading) return <LoadingState />;
    if (error) {
      // Someone else's or the department's figures may be out of the user's reach: say so plainly.
      if (toApiError(error).code === 'FORBIDDEN') {
        return <Alert type="info" showIcon title={t('sales.plan.forbidden')} data-testid="plan-forbidden" />;
      }
      return <InlineError error={error} onRetry={retry} />;
    }
    if (!report || report.rows.length === 0) return <Empty description={t('sales.plan.empty')} data-testid="plan-empty" />;
    const rows = [
      ...report.rows.map((row) => ({ ...row, label: periodLabel(period, row.periodStart, format.yearMonth) })),
      { ...report.total, label: t('sales.plan.total') },
    ];
    return (
      <Flex vertical gap={16}>
        {option && <Chart option={option} height={320} data-testid="plan-chart" />}
        <SimpleTable columns={columns} rows={rows} rowKey={(row) => row.label} rowTestId={(row) => `plan-row-${row.label}`} data-testid="plan-table" />
      </Flex>
    );
  };

  return (
    <Flex vertical gap={16} data-testid="plan-section">
      <Flex gap={8} wrap align="center">
        <Segmented<PlanSubject>
          value={subject}
          onChange={setSubject}
          options={[
            { value: 'USER', label: t('sales.plan.subjectMe') },
            { value: 'TEAM', label: t('sales.plan.subjectTeam') },
            { value: 'DEPARTMENT', label: t('sales.plan.subjectDepartment') },
          ]}
          data-testid="plan-subject"
        />
        {isManager && subject === 'USER' && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={userId}
            onChange={(value?: string) => setUserId(value)}
            options={owners.options}
            placeholder={t('sales.plan.manager')}
            style={{ minWidth: 200 }}
            data-testid="plan-user"
          />
        )}
        {isManager && subject === 'TEAM' && (
          <Select
            allowClear
            value={teamId}
            onChange={(value?: string) => setTeamId(value)}
            options={teams.options}
            placeholder={t('sales.plan.myTeam')}
            style={{ minWidth: 180 }}
            data-testid="plan-team"
          />
        )}
        <Select<PlanPeriod>
          value={period}
          onChange={setPeriod}
          options={PLAN_PERIODS.map((value) => ({ value, label: t(`sales.periodKind.${value}`) }))}
          style={{ width: 130 }}
          data-testid="plan-period-kind"
        />
        <PeriodPicker from={range.from} to={range.to} onChange={setRange} allowClear={false} data-testid="plan-range" />
        {canReadProducts(user) && (
          <ProductSelect
            allowClear
            value={productId}
            onChange={setProductId}
            placeholder={t('sales.plan.allProducts')}
            style={{ minWidth: 200 }}
            data-testid="plan-product"
          />
        )}
      </Flex>
      {body()}
    </Flex>
  );
}
