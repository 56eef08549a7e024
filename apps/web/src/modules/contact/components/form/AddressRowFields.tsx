import { Flex, Form, Input, Select } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { ADDRESS_KINDS } from '../../graphql/types';

const ADDRESS_PARTS = ['country', 'region', 'city', 'street', 'postalCode'] as const;

export function AddressRowFields({ field, disabled }: { field: FormListFieldData; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <Form.Item name={[field.name, 'kind']} style={{ width: 150, marginBottom: 0 }}>
        <Select
          disabled={disabled}
          options={ADDRESS_KINDS.map((kind) => ({ value: kind, label: t(`contact.addressKind.${kind}`) }))}
          data-testid={`address-kind-${field.name}`}
        />
      </Form.Item>
      {ADDRESS_PARTS.map((part) => (
        <Form.Item key={part} name={[field.name, part]} style={{ flex: '1 1 140px', marginBottom: 0 }}>
          <Input
            disabled={disabled}
            placeholder={t(`contact.address.${part}`)}
            data-testid={`address-${part}-${field.name}`}
          />
        </Form.Item>
      ))}
    </Flex>
  );
}
