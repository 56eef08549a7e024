import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, InputNumber, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../ui/ErrorState';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import type { Plan } from '../../graphql/types';
import { usePlanMutations, useSalesPlans } from '../../hooks/useAnalytics';
import { useReportingCurrency } from '../../hooks/useSalesReferences';
import { periodLabel } from '../analytics/period-label';
import { PlanModal } from './PlanModal';
import { useSaveAction } from './useSaveAction';

export function PlansTab() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [year, setYear] = useState(new Date().getFullYear());
  const { plans, loading, error, retry } = useSalesPlans({ from: `${year}-01-01`, to: `${year}-12-31` });
  const reporting = useReportingCurrency();
  const { deletePlan } = usePlanMutations();
  const { run } = useSaveAction();
  const [editing, setEditing] = useState<{ plan?: Plan } | null>(null);
  const currency = reporting.currency;

  const subjectOf = (plan: Plan) => {
    if (plan.subject === 'USER') return plan.user?.name ?? plan.userId;
    if (plan.subject === 'TEAM') return plan.team?.name ?? plan.teamId;
    return t('sales.plans.subjects.DEPARTMENT');
  };
  const columns: SimpleColumn<Plan>[] = [
    { key: 'subject', title: t('sales.plans.subject'), render: subjectOf },
    { key: 'product', title: t('sales.plans.product'), render: (plan) => plan.product?.name ?? t('sales.plan.allProducts') },
    { key: 'period', title: t('sales.plans.period'), render: (plan) => periodLabel(plan.period, plan.periodStart, format.yearMonth) },
    { key: 'amount', title: t('sales.plans.targetAmount', { currency: currency ?? '' }), align: 'right', render: (plan) => (plan.targetAmount == null ? '—' : format.money(plan.targetAmount, currency)) },
    { key: 'units', title: t('sales.plans.targetUnits'), align: 'right', render: (plan) => (plan.targetUnits == null ? '—' : format.number(plan.targetUnits)) },
    {
      key: 'actions',
      width: 90,
      render: (plan) => (
        <Flex gap={4}>
          <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing({ plan })} data-testid="edit-plan" />
          <Popconfirm title={t('sales.plans.deleteConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => run(() => deletePlan(plan.id), t('sales.plans.deleted'))}>
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="delete-plan" />
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  if (reporting.loading) return <LoadingState />;
  if (reporting.error || !currency) return <ErrorState error={reporting.error} onRetry={reporting.retry} />;

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (plans.length === 0) return <Empty description={t('sales.plans.empty')} data-testid="plans-empty" />;
    return <SimpleTable columns={columns} rows={plans} rowKey={(plan) => plan.id} rowTestId={() => 'plan-row'} data-testid="plans" />;
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} justify="space-between" wrap>
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          precision={0}
          onChange={(value) => value && setYear(value)}
          prefix={t('sales.plans.year')}
          data-testid="plans-year"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="new-plan">
          {t('sales.plans.new')}
        </Button>
      </Flex>
      {list()}
      {editing && <PlanModal key={editing.plan?.id ?? 'new'} plan={editing.plan} currency={currency} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
