import { DatePicker, Form, InputNumber, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { testId } from '../../../../ui/test-id';
import { minorDigits, toMajor, toMinor } from '../../../../ui/money';
import { useOwnerOptions } from '../../../directory';
import { PLAN_PERIODS, PLAN_SUBJECTS } from '../../graphql/types';
import type { Plan, PlanPeriod, PlanSubject } from '../../graphql/types';
import { usePlanMutations } from '../../hooks/useAnalytics';
import { useTeamOptions } from '../../hooks/useSalesReferences';
import { ProductSelect } from '../form/ProductSelect';
import { useSaveAction } from './useSaveAction';

interface PlanFormValues {
  subject: PlanSubject;
  userId?: string;
  teamId?: string;
  productId?: string | null;
  period: PlanPeriod;
  periodStart: Dayjs;
  targetAmount?: number | null;
  targetUnits?: number | null;
}

const PICKERS: Record<PlanPeriod, 'month' | 'quarter' | 'year'> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

/** The first day of the month, quarter or year the picked day falls in. */
export function periodStartOf(day: Dayjs, period: PlanPeriod): string {
  const month = period === 'YEAR' ? 0 : period === 'QUARTER' ? Math.floor(day.month() / 3) * 3 : day.month();
  return day.month(month).date(1).format('YYYY-MM-DD');
}

interface PlanModalProps {
  plan?: Plan;
  currency: string;
  onClose: () => void;
}

export function PlanModal({ plan, currency, onClose }: PlanModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanFormValues>();
  const owners = useOwnerOptions();
  const teams = useTeamOptions();
  const { savePlan } = usePlanMutations();
  const { run, busy } = useSaveAction();
  const subject = (Form.useWatch('subject', form) as PlanSubject | undefined) ?? plan?.subject ?? 'USER';
  const period = (Form.useWatch('period', form) as PlanPeriod | undefined) ?? plan?.period ?? 'MONTH';

  const handleFinish = async (values: PlanFormValues) => {
    const ok = await run(() =>
      savePlan({
        ...(plan && { id: plan.id, expectedVersion: plan.version }),
        subject: values.subject,
        userId: values.subject === 'USER' ? (values.userId ?? null) : null,
        teamId: values.subject === 'TEAM' ? (values.teamId ?? null) : null,
        productId: values.productId ?? null,
        period: values.period,
        periodStart: periodStartOf(values.periodStart, values.period),
        targetAmount: values.targetAmount == null ? null : toMinor(values.targetAmount, currency),
        targetUnits: values.targetUnits ?? null,
      }),
    );
    if (ok) onClose();
  };

  return (
    <Modal
      open
      title={plan ? t('sales.plans.edit') : t('sales.plans.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={testId<ButtonProps>('save-plan')}
      destroyOnHidden
    >
      <Form<PlanFormValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={
          plan
            ? {
                ...plan,
                userId: plan.userId ?? undefined,
                teamId: plan.teamId ?? undefined,
                periodStart: dayjs(plan.periodStart),
                targetAmount: plan.targetAmount == null ? null : toMajor(plan.targetAmount, currency),
              }
            : { subject: 'USER', period: 'MONTH', periodStart: dayjs() }
        }
        data-testid="plan-form"
      >
        <Form.Item name="subject" label={t('sales.plans.subject')} rules={[{ required: true }]}>
          <Select options={PLAN_SUBJECTS.map((value) => ({ value, label: t(`sales.plans.subjects.${value}`) }))} data-testid="plan-form-subject" />
        </Form.Item>
        {subject === 'USER' && (
          <Form.Item name="userId" label={t('sales.plans.user')} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={owners.options} loading={owners.loading} data-testid="plan-form-user" />
          </Form.Item>
        )}
        {subject === 'TEAM' && (
          <Form.Item name="teamId" label={t('sales.plans.team')} rules={[{ required: true }]}>
            <Select options={teams.options} loading={teams.loading} data-testid="plan-form-team" />
          </Form.Item>
        )}
        <Form.Item name="productId" label={t('sales.plans.product')}>
          <ProductSelect allowClear known={plan?.product ? [plan.product] : []} placeholder={t('sales.plan.allProducts')} data-testid="plan-form-product" />
        </Form.Item>
        <Form.Item name="period" label={t('sales.plans.period')} rules={[{ required: true }]}>
          <Select options={PLAN_PERIODS.map((value) => ({ value, label: t(`sales.periodKind.${value}`) }))} data-testid="plan-form-period" />
        </Form.Item>
        <Form.Item name="periodStart" label={t('sales.plans.periodStart')} rules={[{ required: true }]}>
          <DatePicker picker={PICKERS[period]} data-testid="plan-form-start" />
        </Form.Item>
        <Form.Item name="targetAmount" label={t('sales.plans.targetAmount', { currency })}>
          <InputNumber min={0} precision={minorDigits(currency)} suffix={currency} style={{ width: '100%' }} data-testid="plan-form-amount" />
        </Form.Item>
        <Form.Item name="targetUnits" label={t('sales.plans.targetUnits')}>
          <InputNumber min={0} precision={4} style={{ width: '100%' }} data-testid="plan-form-units" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
