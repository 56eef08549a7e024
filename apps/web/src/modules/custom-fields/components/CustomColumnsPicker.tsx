import { TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Flex, Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../graphql/types';

interface CustomColumnsPickerProps {
  fields: CustomField[];
  value: string[];
  onChange: (keys: string[]) => void;
}

/** Chooses which custom fields the list shows as extra columns. */
export function CustomColumnsPicker({ fields, value, onChange }: CustomColumnsPickerProps) {
  const { t } = useTranslation();
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('customFields.columnsTitle')}
      content={
        fields.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customFields.noFields')} />
        ) : (
          <Checkbox.Group value={value} onChange={(keys) => onChange(keys.map(String))} data-testid="custom-columns">
            <Flex vertical gap={4}>
              {fields.map((field) => (
                <Checkbox key={field.key} value={field.key} data-testid={`column-${field.key}`}>
                  {field.label}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        )
      }
    >
      <Button icon={<TableOutlined />} data-testid="custom-columns-button">
        {t('customFields.columns')}
      </Button>
    </Popover>
  );
}
