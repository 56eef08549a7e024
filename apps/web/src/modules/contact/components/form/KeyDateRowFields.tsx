import { DatePicker, Flex, Form, Input } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateInputFormats } from '../../../../ui/date-input';
import { requiredInFilledRow } from './row-rules';

export function KeyDateRowFields({ field, disabled }: { field: FormListFieldData; disabled: boolean }) {
  const { t } = useTranslation();
  const dateFormats = useDateInputFormats();
  return (
    <Flex gap={8} wrap>
      <Form.Item
        name={[field.name, 'label']}
        rules={[requiredInFilledRow('keyDates', field.name, t('contact.form.keyDateLabelRequired'))]}
        style={{ flex: '2 1 200px', marginBottom: 0 }}
      >
        <Input
          disabled={disabled}
          placeholder={t('contact.form.keyDateLabel')}
          data-testid={`key-date-label-${field.name}`}
        />
      </Form.Item>
      <Form.Item
        name={[field.name, 'date']}
        rules={[requiredInFilledRow('keyDates', field.name, t('contact.form.keyDateRequired'))]}
        style={{ width: 180, marginBottom: 0 }}
      >
        <DatePicker disabled={disabled} format={dateFormats} data-testid={`key-date-${field.name}`} />
      </Form.Item>
    </Flex>
  );
}
