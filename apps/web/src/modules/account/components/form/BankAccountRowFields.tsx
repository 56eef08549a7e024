import { Flex, Form, Input } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredInFilledRow } from '../../../contact';

const PARTS = [
  { name: 'bik', flex: '0 1 130px', required: true },
  { name: 'settlementAccount', flex: '2 1 220px', required: true },
  { name: 'correspondentAccount', flex: '2 1 220px', required: false },
  { name: 'bankName', flex: '2 1 200px', required: false },
] as const;

/** A Russian bank account: BIC and the 20-digit accounts whose control keys the server checks. */
export function BankAccountRowFields({ field, disabled }: { field: FormListFieldData; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      {PARTS.map((part) => (
        <Form.Item
          key={part.name}
          name={[field.name, part.name]}
          rules={part.required ? [requiredInFilledRow('bankAccounts', field.name, t('account.form.bankPartRequired'))] : []}
          style={{ flex: part.flex, marginBottom: 0 }}
        >
          <Input
            disabled={disabled}
            inputMode={part.name === 'bankName' ? undefined : 'numeric'}
            placeholder={t(`account.bank.${part.name}`)}
            data-testid={`bank-${part.name}-${field.name}`}
          />
        </Form.Item>
      ))}
    </Flex>
  );
}
