import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../ui/api-errors';
import type { ApiError } from '../../../../ui/api-errors';
import { useDateInputFormats } from '../../../../ui/date-input';
import { showFieldErrors } from '../../../../ui/form-errors';
import { minorDigits, toMajor, toMinor } from '../../../../ui/money';
import { testId } from '../../../../ui/test-id';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { CONTRACT_STATUSES } from '../../graphql/types';
import type { Contract, ContractStatus } from '../../graphql/types';
import { useSaveContract } from '../../hooks/useContracts';

const CURRENCIES = ['RUB', 'USD', 'EUR', 'CNY', 'KZT', 'BYN'];
const DATE_FIELDS = ['signedOn', 'startsOn', 'endsOn'] as const;
const INPUTS = new Set(['number', 'title', 'status', 'amount', 'currency', ...DATE_FIELDS]);

interface ContractFormValues {
  number: string;
  title?: string;
  status: ContractStatus;
  signedOn?: Dayjs | null;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  /** Major units (roubles, dollars). */
  amount?: number | null;
  currency?: string;
}

function initialValues(contract: Contract | null): Partial<ContractFormValues> {
  if (!contract) return { status: 'DRAFT', currency: 'RUB' };
  const date = (value: string | null) => (value ? dayjs(value) : null);
  return {
    number: contract.number,
    title: contract.title ?? undefined,
    status: contract.status,
    signedOn: date(contract.signedOn),
    startsOn: date(contract.startsOn),
    endsOn: date(contract.endsOn),
    amount: contract.amount === null ? null : toMajor(contract.amount, contract.currency),
    currency: contract.currency ?? 'RUB',
  };
}

interface ContractModalProps {
  accountId: string;
  /** null: a new contract. */
  contract: Contract | null;
  onClose: () => void;
}

export function ContractModal({ accountId, contract, onClose }: ContractModalProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const dateFormats = useDateInputFormats();
  const [form] = Form.useForm<ContractFormValues>();
  const currency = Form.useWatch('currency', form);
  const { save, saving } = useSaveContract(accountId);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const handleFinish = async (values: ContractFormValues) => {
    setFailure(null);
    const date = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD') ?? null;
    const hasAmount = values.amount !== null && values.amount !== undefined;
    try {
      await save(contract, {
        number: values.number.trim(),
        title: values.title?.trim() || null,
        status: values.status,
        signedOn: date(values.signedOn),
        startsOn: date(values.startsOn),
        endsOn: date(values.endsOn),
        amount: hasAmount ? toMinor(values.amount!, values.currency) : null,
        currency: hasAmount ? (values.currency ?? null) : null,
      });
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = showFieldErrors(form, apiError.fields, ([name]) => typeof name === 'string' && INPUTS.has(name));
      if (apiError.fields.length === 0 || unplaced.length > 0) setFailure(apiError);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={contract ? t('account.contracts.editTitle', { number: contract.number }) : t('account.contracts.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...testId<ButtonProps>('save-contract') }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ContractFormValues> form={form} layout="vertical" initialValues={initialValues(contract)} onFinish={handleFinish}>
        {failure && <Alert type="error" showIcon title={describeError(failure)} style={{ marginBottom: 16 }} />}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="number"
              label={t('account.contracts.number')}
              rules={[{ required: true, whitespace: true, message: t('account.contracts.numberRequired') }]}
            >
              <Input autoFocus data-testid="contract-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="status" label={t('account.contracts.status')}>
              <Select
                options={CONTRACT_STATUSES.map((status) => ({ value: status, label: t(`account.contractStatus.${status}`) }))}
                data-testid="contract-status"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label={t('account.contracts.title')}>
              <Input data-testid="contract-title" />
            </Form.Item>
          </Col>
          {DATE_FIELDS.map((name) => (
            <Col key={name} xs={24} md={8}>
              <Form.Item name={name} label={t(`account.contracts.${name}`)}>
                <DatePicker format={dateFormats} style={{ width: '100%' }} data-testid={`contract-${name}`} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={16}>
            <Form.Item name="amount" label={t('account.contracts.amount')}>
              <InputNumber min={0} precision={minorDigits(currency)} style={{ width: '100%' }} data-testid="contract-amount" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="currency" label={t('account.contracts.currency')}>
              <Select
                options={[...new Set([...CURRENCIES, ...(contract?.currency ? [contract.currency] : [])])].map((code) => ({
                  value: code,
                  label: code,
                }))}
                data-testid="contract-currency"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
