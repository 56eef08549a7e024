import { Flex, Form, Input } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredInFilledRow } from '../../../contact';
import { AccountSelect } from './AccountSelect';

const COMPETITOR_KINDS = ['COMPETITOR' as const];

/** What the customer buys from a competitor (an account of kind "competitor"), and where. */
export function CompetitorRowFields({ field, disabled }: { field: FormListFieldData; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <Form.Item
        name={[field.name, 'product']}
        rules={[requiredInFilledRow('competitorPurchases', field.name, t('account.form.productRequired'))]}
        style={{ flex: '2 1 200px', marginBottom: 0 }}
      >
        <Input disabled={disabled} placeholder={t('account.competitor.product')} data-testid={`competitor-product-${field.name}`} />
      </Form.Item>
      <Form.Item name={[field.name, 'competitorId']} style={{ flex: '2 1 200px', marginBottom: 0 }}>
        <AccountSelect
          kinds={COMPETITOR_KINDS}
          disabled={disabled}
          placeholder={t('account.competitor.competitor')}
          data-testid={`competitor-account-${field.name}`}
        />
      </Form.Item>
      <Form.Item name={[field.name, 'note']} style={{ flex: '2 1 200px', marginBottom: 0 }}>
        <Input disabled={disabled} placeholder={t('account.competitor.note')} data-testid={`competitor-note-${field.name}`} />
      </Form.Item>
    </Flex>
  );
}
