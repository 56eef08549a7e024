import { Flex, Form, Input, Select } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { PHONE_KINDS } from '../../graphql/types';
import { requiredInFilledRow } from './row-rules';

export function PhoneRowFields({ field, disabled }: { field: FormListFieldData; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <Form.Item
        name={[field.name, 'number']}
        rules={[requiredInFilledRow('phones', field.name, t('contact.form.phoneRequired'))]}
        style={{ flex: '2 1 200px', marginBottom: 0 }}
      >
        <Input
          disabled={disabled}
          inputMode="tel"
          placeholder={t('contact.form.phonePlaceholder')}
          data-testid={`phone-${field.name}`}
        />
      </Form.Item>
      <Form.Item name={[field.name, 'kind']} style={{ width: 150, marginBottom: 0 }}>
        <Select
          disabled={disabled}
          options={PHONE_KINDS.map((kind) => ({ value: kind, label: t(`contact.phoneKind.${kind}`) }))}
          data-testid={`phone-kind-${field.name}`}
        />
      </Form.Item>
      <Form.Item name={[field.name, 'extension']} style={{ width: 110, marginBottom: 0 }}>
        <Input
          disabled={disabled}
          placeholder={t('contact.form.extension')}
          data-testid={`phone-extension-${field.name}`}
        />
      </Form.Item>
    </Flex>
  );
}
