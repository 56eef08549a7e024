import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../ui/format';
import { minorDigits, toMinor } from '../../../../ui/money';
import type { DealFormValues, LineRow } from '../../form-model';
import { lineAmount } from '../../form-model';
import styles from './DealForm.module.css';
import type { ProductOption } from './ProductSelect';
import { ProductSelect } from './ProductSelect';

interface LineItemsTableProps {
  currency: string;
  knownProducts: ProductOption[];
}

/** The deal's line items: product, quantity, unit price (blank: the price list's), discount, amount. */
export function LineItemsTable({ currency, knownProducts }: LineItemsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const lines = (Form.useWatch('lines') as DealFormValues['lines'] | undefined) ?? [];
  const amountOf = (line: LineRow | undefined) => {
    const amount = lineAmount(line);
    return amount == null ? t('sales.lines.fromPriceList') : format.money(toMinor(amount, currency), currency);
  };

  return (
    <Form.List name="lines">
      {(rows, { add, remove }) => (
        <Flex vertical gap={4} data-testid="deal-lines">
          <Typography.Text strong>{t('sales.lines.title')}</Typography.Text>
          {rows.length > 0 && (
            <div className={styles.linesGrid}>
              <span>{t('sales.lines.product')}</span>
              <span>{t('sales.lines.quantity')}</span>
              <span>{t('sales.lines.unitPrice')}</span>
              <span>{t('sales.lines.discount')}</span>
              <span>{t('sales.lines.amount')}</span>
              <span />
            </div>
          )}
          {rows.map((row) => (
            <div key={row.key} className={styles.linesGrid} data-testid={`deal-line-${row.name}`}>
              <Form.Item name={[row.name, 'productId']} rules={[{ required: true, message: t('sales.lines.productRequired') }]}>
                <ProductSelect known={knownProducts} data-testid={`line-product-${row.name}`} />
              </Form.Item>
              <Form.Item name={[row.name, 'quantity']} rules={[{ required: true, message: t('sales.lines.quantityRequired') }]}>
                <InputNumber min={0.0001} precision={4} style={{ width: '100%' }} data-testid={`line-quantity-${row.name}`} />
              </Form.Item>
              <Form.Item name={[row.name, 'unitPrice']}>
                <InputNumber
                  min={0}
                  precision={minorDigits(currency)}
                  placeholder={t('sales.lines.priceListPrice')}
                  style={{ width: '100%' }}
                  data-testid={`line-unit-price-${row.name}`}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'discountPercent']}>
                <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: '100%' }} data-testid={`line-discount-${row.name}`} />
              </Form.Item>
              <Typography.Text className={styles.lineAmount} data-testid={`line-amount-${row.name}`}>
                {amountOf(lines[row.name])}
              </Typography.Text>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                onClick={() => remove(row.name)}
                aria-label={t('common.remove')}
                data-testid={`line-remove-${row.name}`}
              />
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ quantity: 1 })}
            style={{ alignSelf: 'flex-start' }}
            data-testid="add-line"
          >
            {t('sales.lines.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
