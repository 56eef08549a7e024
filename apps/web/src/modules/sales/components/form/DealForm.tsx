import { Alert, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../ui/api-errors';
import type { ApiError, FieldError } from '../../../../ui/api-errors';
import { useDateInputFormats } from '../../../../ui/date-input';
import { showFieldErrors } from '../../../../ui/form-errors';
import { useFormatters } from '../../../../ui/format';
import { minorDigits, toMinor } from '../../../../ui/money';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { AccountSelect } from '../../../account';
import { useOwnerOptions } from '../../../directory';
import type { DealFormValues } from '../../form-model';
import { hasDealFormInput, isBlankLine, lineAmount, toFormFieldErrors } from '../../form-model';
import { OPEN_FORECAST_CATEGORIES } from '../../graphql/types';
import type { Pipeline } from '../../graphql/types';
import type { ContactOption } from '../../hooks/useDeal';
import { ContactSelect } from './ContactSelect';
import { LineItemsTable } from './LineItemsTable';
import type { ProductOption } from './ProductSelect';

const COMMON_CURRENCIES = ['RUB', 'USD', 'EUR', 'CNY', 'KZT', 'BYN', 'GBP'];

interface SaveFailure {
  error: ApiError;
  unplaced: FieldError[];
}

interface DealFormProps {
  initialValues: DealFormValues;
  /** On create the pipeline and stage are chosen here; later the stage changes by moving the deal. */
  pipelines?: Pipeline[];
  reportingCurrency: string;
  knownContacts?: ContactOption[];
  knownProducts?: ProductOption[];
  submitLabel: string;
  /** Rejects with an ApiError; field errors are then shown under their inputs. */
  onSave: (values: DealFormValues) => Promise<void>;
  onCancel: () => void;
  /** Lets the caller replace the generic failure message (e.g. a stale-version alert). */
  renderFailure?: (error: ApiError) => ReactNode;
}

function FailureAlert({ failure }: { failure: SaveFailure }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      title={failure.error.fields.length > 0 ? t('sales.form.fixErrors') : describeError(failure.error)}
      description={
        failure.unplaced.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {failure.unplaced.map(({ field, message }) => (
              <li key={`${field}:${message}`}>
                {field}: {message}
              </li>
            ))}
          </ul>
        )
      }
      data-testid="deal-form-error"
    />
  );
}

/** The deal amount: the sum of the lines, or typed in when there are none. */
function AmountField({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const lines = ((Form.useWatch('lines') as DealFormValues['lines'] | undefined) ?? []).filter((line) => !isBlankLine(line));
  if (lines.length === 0) {
    return (
      <Form.Item name="amount" label={t('sales.fields.amount')}>
        <InputNumber min={0} precision={minorDigits(currency)} suffix={currency} style={{ width: 240 }} data-testid="amount" />
      </Form.Item>
    );
  }
  const amounts = lines.map(lineAmount);
  const known = amounts.every((amount) => amount !== null);
  return (
    <Typography.Text data-testid="amount-from-lines">
      {t('sales.fields.amount')}:{' '}
      <strong>
        {known
          ? format.money(toMinor(amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0), currency), currency)
          : t('sales.lines.totalOnSave')}
      </strong>
    </Typography.Text>
  );
}

export function DealForm(props: DealFormProps) {
  const { initialValues, pipelines, reportingCurrency, knownContacts, knownProducts = [], submitLabel, onSave, onCancel, renderFailure } =
    props;
  const { t } = useTranslation();
  const [form] = Form.useForm<DealFormValues>();
  const dateFormats = useDateInputFormats();
  const owners = useOwnerOptions();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const currency = (Form.useWatch('currency', form) as string | undefined) ?? initialValues.currency;
  const pipelineId = Form.useWatch('pipelineId', form) as string | undefined;
  const creating = pipelines !== undefined;
  const stages = pipelines?.find((pipeline) => pipeline.id === pipelineId)?.stages.filter((stage) => stage.kind === 'OPEN') ?? [];
  const currencies = [...new Set([reportingCurrency, initialValues.currency, ...COMMON_CURRENCIES])];

  const handleFinish = async () => {
    const values = form.getFieldsValue(true) as DealFormValues;
    setFailure(null);
    setSaving(true);
    try {
      await onSave(values);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = showFieldErrors(form, toFormFieldErrors(apiError.fields), (path) => hasDealFormInput(values, creating, path));
      setFailure({ error: apiError, unplaced });
    } finally {
      setSaving(false);
    }
  };

  const col = (span: number, node: ReactNode) => (
    <Col xs={24} md={span}>
      {node}
    </Col>
  );

  return (
    <Form<DealFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      scrollToFirstError
      data-testid="deal-form"
    >
      <Flex vertical gap={8}>
        {failure && (renderFailure?.(failure.error) || <FailureAlert failure={failure} />)}
        <Row gutter={16}>
          {col(
            12,
            <Form.Item name="title" label={t('sales.fields.title')} rules={[{ required: true, whitespace: true, message: t('sales.form.titleRequired') }]}>
              <Input maxLength={300} data-testid="title" />
            </Form.Item>,
          )}
          {col(
            12,
            <Form.Item name="accountId" label={t('sales.fields.account')}>
              <AccountSelect placeholder={t('sales.form.accountPlaceholder')} data-testid="accountId" />
            </Form.Item>,
          )}
          {col(
            12,
            <Form.Item name="contactIds" label={t('sales.fields.contacts')}>
              <ContactSelect known={knownContacts} data-testid="contactIds" />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="ownerId" label={t('sales.fields.owner')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={owners.options}
                loading={owners.loading}
                placeholder={t('sales.form.ownerDefault')}
                data-testid="ownerId"
              />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="currency" label={t('sales.fields.currency')} rules={[{ required: true }]}>
              <Select showSearch options={currencies.map((code) => ({ value: code, label: code }))} data-testid="currency" />
            </Form.Item>,
          )}
          {creating && (
            <>
              {col(
                6,
                <Form.Item name="pipelineId" label={t('sales.fields.pipeline')} rules={[{ required: true }]}>
                  <Select
                    options={pipelines.map((pipeline) => ({ value: pipeline.id, label: pipeline.name }))}
                    onChange={(id: string) =>
                      form.setFieldValue('stageId', pipelines.find((pipeline) => pipeline.id === id)?.stages[0]?.id)
                    }
                    data-testid="pipelineId"
                  />
                </Form.Item>,
              )}
              {col(
                6,
                <Form.Item name="stageId" label={t('sales.fields.stage')} rules={[{ required: true }]}>
                  <Select options={stages.map((stage) => ({ value: stage.id, label: stage.name }))} data-testid="stageId" />
                </Form.Item>,
              )}
            </>
          )}
          {col(
            6,
            <Form.Item
              name="expectedCloseOn"
              label={t('sales.fields.expectedCloseOn')}
              getValueProps={(value?: string | null) => ({ value: value ? dayjs(value) : null })}
              normalize={(value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
            >
              <DatePicker format={dateFormats} style={{ width: '100%' }} data-testid="expectedCloseOn" />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="probability" label={t('sales.fields.probability')} tooltip={t('sales.form.probabilityHint')}>
              <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} data-testid="probability" />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="forecastCategory" label={t('sales.fields.forecastCategory')} tooltip={t('sales.form.forecastHint')}>
              <Select
                allowClear
                options={OPEN_FORECAST_CATEGORIES.map((category) => ({ value: category, label: t(`sales.forecast.${category}`) }))}
                data-testid="forecastCategory"
              />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="source" label={t('sales.fields.source')}>
              <Input placeholder={t('sales.form.sourcePlaceholder')} data-testid="source" />
            </Form.Item>,
          )}
          {col(
            24,
            <Form.Item name="description" label={t('sales.fields.description')}>
              <Input.TextArea autoSize={{ minRows: 2 }} data-testid="description" />
            </Form.Item>,
          )}
        </Row>
        <LineItemsTable currency={currency} knownProducts={knownProducts} />
        <AmountField currency={currency} />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-deal">
            {submitLabel}
          </Button>
          <Button onClick={onCancel} disabled={saving} data-testid="cancel-deal">
            {t('common.cancel')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
