import { DeleteOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Flex, Form, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useDateInputFormats } from '../../../../ui/date-input';
import { useFormatters } from '../../../../ui/format';
import { minorDigits, toMinor } from '../../../../ui/money';
import type { Price } from '../../graphql/types';
import { usePriceLists, useProduct, useSetPrice } from '../../hooks/useCatalog';
import { useSaveAction } from './useSaveAction';

interface PriceFormValues {
  priceListId: string;
  unitPrice: number;
  validFrom: Dayjs;
}

/** A product's dated prices in every price list, and a form to add one. */
export function PricesEditor({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dateFormats = useDateInputFormats();
  const [form] = Form.useForm<PriceFormValues>();
  const { product, loading, error, retry } = useProduct(productId);
  const { priceLists } = usePriceLists();
  const { setPrice, deletePrice } = useSetPrice();
  const { run, busy } = useSaveAction();
  const chosenList = priceLists.find((list) => list.id === Form.useWatch('priceListId', form));

  if (loading) return <LoadingState />;
  if (error || !product) return <InlineError error={error} onRetry={retry} />;

  const listOf = (price: Price) => priceLists.find((list) => list.id === price.priceListId);
  const columns: SimpleColumn<Price>[] = [
    { key: 'list', title: t('sales.prices.priceList'), render: (price) => listOf(price)?.name ?? price.priceListId },
    { key: 'validFrom', title: t('sales.prices.validFrom'), render: (price) => format.date(price.validFrom) },
    { key: 'unitPrice', title: t('sales.prices.unitPrice'), align: 'right', render: (price) => format.money(price.unitPrice, listOf(price)?.currency) },
    {
      key: 'actions',
      width: 40,
      render: (price) => (
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('common.delete')}
          onClick={() => void run(() => deletePrice(price.id, productId))}
          data-testid="delete-price"
        />
      ),
    },
  ];

  const handleFinish = async (values: PriceFormValues) => {
    const list = priceLists.find((candidate) => candidate.id === values.priceListId);
    const ok = await run(() =>
      setPrice({
        productId,
        priceListId: values.priceListId,
        unitPrice: toMinor(values.unitPrice, list?.currency),
        validFrom: values.validFrom.format('YYYY-MM-DD'),
      }),
    );
    if (ok) form.resetFields(['unitPrice']);
  };

  return (
    <Flex vertical gap={12} data-testid="prices-editor">
      {product.prices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sales.prices.empty')} />
      ) : (
        <SimpleTable columns={columns} rows={product.prices} rowKey={(price) => price.id} rowTestId={() => 'price-row'} data-testid="prices" />
      )}
      <Form<PriceFormValues> form={form} layout="inline" onFinish={handleFinish} initialValues={{ validFrom: dayjs() }}>
        <Form.Item name="priceListId" rules={[{ required: true, message: t('sales.prices.priceListRequired') }]}>
          <Select
            placeholder={t('sales.prices.priceList')}
            options={priceLists.map((list) => ({ value: list.id, label: `${list.name} (${list.currency})` }))}
            style={{ minWidth: 180 }}
            data-testid="price-list"
          />
        </Form.Item>
        <Form.Item name="unitPrice" rules={[{ required: true, message: t('sales.prices.unitPriceRequired') }]}>
          <InputNumber
            min={0}
            precision={minorDigits(chosenList?.currency)}
            placeholder={t('sales.prices.unitPrice')}
            suffix={chosenList?.currency}
            data-testid="price-unit-price"
          />
        </Form.Item>
        <Form.Item name="validFrom" rules={[{ required: true }]}>
          <DatePicker format={dateFormats} data-testid="price-valid-from" />
        </Form.Item>
        <Button htmlType="submit" loading={busy} data-testid="add-price">
          {t('sales.prices.add')}
        </Button>
      </Form>
    </Flex>
  );
}
