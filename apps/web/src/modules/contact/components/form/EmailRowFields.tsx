import { Flex, Form, Input, Select } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { EMAIL_KINDS } from '../../graphql/types';
import { requiredInFilledRow } from './row-rules';

export function EmailRowFields({ field, disabled }: { field: FormListFieldData; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <Form.Item
        name={[field.name, 'address']}
        rules={[requiredInFilledRow('emails', field.name, t('contact.form.emailRequired'))]}
        style={{ flex: '2 1 240px', marginBottom: 0 }}
      >
        <Input
          disabled={disabled}
          type="email"
          placeholder={t('contact.form.emailPlaceholder')}
          data-testid={`email-${field.name}`}
        />
      </Form.Item>
      <Form.Item name={[field.name, 'kind']} style={{ width: 150, marginBottom: 0 }}>
        <Select
          disabled={disabled}
          options={EMAIL_KINDS.map((kind) => ({ value: kind, label: t(`contact.emailKind.${kind}`) }))}
          data-testid={`email-kind-${field.name}`}
        />
      </Form.Item>
    </Flex>
  );
}
