import { DeleteOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Flex, Form, Input, InputNumber, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useDateInputFormats } from '../../../../ui/date-input';
import { useFormatters } from '../../../../ui/format';
import type { ExchangeRate } from '../../graphql/types';
import { useExchangeRateMutations, useExchangeRates } from '../../hooks/useCatalog';
import { useReportingCurrency } from '../../hooks/useSalesReferences';
import { useSaveAction } from './useSaveAction';

interface RateFormValues {
  currency: string;
  validOn: Dayjs;
  rate: number;
}

export function ExchangeRatesTab() {
  const { t } = useTranslation();
  const format = useFormatters();
  const dateFormats = useDateInputFormats();
  const [form] = Form.useForm<RateFormValues>();
  const { rates, loading, error, retry } = useExchangeRates();
  const { currency: reporting } = useReportingCurrency();
  const { setRate, deleteRate } = useExchangeRateMutations();
  const { run, busy } = useSaveAction();

  const columns: SimpleColumn<ExchangeRate>[] = [
    { key: 'currency', title: t('sales.fields.currency'), render: (rate) => rate.currency },
    { key: 'validOn', title: t('sales.rates.validOn'), render: (rate) => format.date(rate.validOn) },
    { key: 'rate', title: t('sales.rates.rate', { currency: reporting ?? '' }), align: 'right', render: (rate) => format.number(Number(rate.rate)) },
    {
      key: 'delete',
      width: 40,
      render: (rate) => (
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('common.delete')}
          onClick={() => void run(() => deleteRate(rate.id))}
          data-testid="delete-rate"
        />
      ),
    },
  ];

  const handleFinish = async (values: RateFormValues) => {
    const ok = await run(() =>
      setRate({ currency: values.currency.trim().toUpperCase(), validOn: values.validOn.format('YYYY-MM-DD'), rate: values.rate }),
    );
    if (ok) form.resetFields(['rate']);
  };

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (rates.length === 0) return <Empty description={t('sales.rates.empty')} />;
    return <SimpleTable columns={columns} rows={rates} rowKey={(rate) => rate.id} rowTestId={(rate) => `rate-row-${rate.currency}`} data-testid="exchange-rates" />;
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('sales.rates.hint', { currency: reporting ?? '' })}</Typography.Text>
      {list()}
      <Form<RateFormValues> form={form} layout="inline" onFinish={handleFinish} initialValues={{ validOn: dayjs() }} data-testid="rate-form">
        <Form.Item name="currency" rules={[{ required: true, pattern: /^[A-Za-z]{3}$/, message: t('sales.settings.currencyCode') }]}>
          <Input placeholder="USD" maxLength={3} style={{ width: 90 }} data-testid="rate-currency" />
        </Form.Item>
        <Form.Item name="validOn" rules={[{ required: true }]}>
          <DatePicker format={dateFormats} data-testid="rate-valid-on" />
        </Form.Item>
        <Form.Item name="rate" rules={[{ required: true, message: t('sales.rates.rateRequired') }]}>
          <InputNumber min={0.000001} placeholder={t('sales.rates.rateShort')} data-testid="rate-value" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-rate">
          {t('sales.rates.set')}
        </Button>
      </Form>
    </Flex>
  );
}
