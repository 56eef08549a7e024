import { Flex, Form, Input } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredInFilledRow } from './row-rules';

export function SocialProfileRowFields({ field, disabled }: { field: FormListFieldData; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <Form.Item
        name={[field.name, 'network']}
        rules={[requiredInFilledRow('socialProfiles', field.name, t('contact.form.networkRequired'))]}
        style={{ width: 180, marginBottom: 0 }}
      >
        <Input
          disabled={disabled}
          placeholder={t('contact.form.networkPlaceholder')}
          data-testid={`social-network-${field.name}`}
        />
      </Form.Item>
      <Form.Item
        name={[field.name, 'url']}
        rules={[requiredInFilledRow('socialProfiles', field.name, t('contact.form.urlRequired'))]}
        style={{ flex: '2 1 240px', marginBottom: 0 }}
      >
        <Input
          disabled={disabled}
          type="url"
          placeholder={t('contact.form.urlPlaceholder')}
          data-testid={`social-url-${field.name}`}
        />
      </Form.Item>
    </Flex>
  );
}
