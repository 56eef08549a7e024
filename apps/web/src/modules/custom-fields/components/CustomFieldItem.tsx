import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateInputFormats } from '../../../ui/date-input';
import { minorDigits } from '../../../ui/money';
import type { CustomField } from '../graphql/types';

interface CustomFieldItemProps {
  field: CustomField;
  required: boolean;
  disabled?: boolean;
}

/** One custom field as a form item (under `customFields.<key>`), with the input its type needs. */
export function CustomFieldItem({ field, required, disabled }: CustomFieldItemProps) {
  const { t } = useTranslation();
  const dateFormats = useDateInputFormats();
  const testId = `custom-${field.key}`;
  // Archived options are listed (disabled) so that a value that still uses one shows its label.
  const options = field.options.map((option) => ({ value: option.key, label: option.label, disabled: option.archived }));

  const input = (): ReactElement => {
    switch (field.type) {
      case 'NUMBER':
        return <InputNumber disabled={disabled} style={{ width: '100%' }} data-testid={testId} />;
      case 'MONEY':
        return (
          <InputNumber
            disabled={disabled}
            min={0}
            precision={minorDigits(field.currency)}
            suffix={field.currency}
            style={{ width: '100%' }}
            data-testid={testId}
          />
        );
      case 'DATE':
        return <DatePicker disabled={disabled} format={dateFormats} style={{ width: '100%' }} data-testid={testId} />;
      case 'BOOLEAN':
        return <Switch disabled={disabled} data-testid={testId} />;
      case 'SELECT':
      case 'MULTI_SELECT':
        return (
          <Select
            disabled={disabled}
            mode={field.type === 'MULTI_SELECT' ? 'multiple' : undefined}
            allowClear
            options={options}
            placeholder={t('customFields.choose')}
            data-testid={testId}
          />
        );
      case 'URL':
        return <Input disabled={disabled} inputMode="url" placeholder="https://…" data-testid={testId} />;
      case 'EMAIL':
        return <Input disabled={disabled} type="email" placeholder="name@example.com" data-testid={testId} />;
      case 'PHONE':
        return <Input disabled={disabled} inputMode="tel" placeholder="+7 912 345-67-89" data-testid={testId} />;
      case 'TEXT':
        return <Input.TextArea disabled={disabled} autoSize={{ minRows: 1, maxRows: 6 }} data-testid={testId} />;
    }
  };

  return (
    <Form.Item
      name={['customFields', field.key]}
      label={field.label}
      tooltip={field.helpText}
      required={field.required}
      rules={[{ required, message: t('customFields.required', { label: field.label }) }]}
      valuePropName={field.type === 'BOOLEAN' ? 'checked' : 'value'}
    >
      {input()}
    </Form.Item>
  );
}
