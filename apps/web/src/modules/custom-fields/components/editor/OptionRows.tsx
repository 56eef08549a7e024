import { MinusCircleOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomFieldOption } from '../../graphql/types';

export interface OptionRow {
  key?: string;
  label?: string;
  /** Already saved: its key is fixed. */
  saved?: boolean;
}

interface OptionRowsProps {
  archivedOptions: CustomFieldOption[];
  onRestore: (option: CustomFieldOption) => void;
}

/**
 * The choices of a select field. A saved option keeps its key (records store it); removing it
 * archives it, so records that use it keep their value, and it can be restored.
 */
export function OptionRows({ archivedOptions, onRestore }: OptionRowsProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('customFields.options')}</Typography.Text>
      <Typography.Text type="secondary">{t('customFields.optionsHint')}</Typography.Text>
      <Form.List name="options">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                <Form.Item
                  name={[row.name, 'label']}
                  rules={[{ required: true, whitespace: true, message: t('customFields.optionLabelRequired') }]}
                  style={{ flex: 2, marginBottom: 0 }}
                >
                  <Input placeholder={t('customFields.optionLabel')} data-testid={`option-label-${row.name}`} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => (
                    <Form.Item name={[row.name, 'key']} style={{ flex: 1, marginBottom: 0 }}>
                      <Input
                        placeholder={t('customFields.optionKey')}
                        disabled={(getFieldValue(['options', row.name]) as OptionRow | undefined)?.saved}
                        data-testid={`option-key-${row.name}`}
                      />
                    </Form.Item>
                  )}
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(row.name)}
                  aria-label={t('common.remove')}
                  data-testid={`remove-option-${row.name}`}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({})}
              style={{ alignSelf: 'flex-start' }}
              data-testid="add-option"
            >
              {t('customFields.addOption')}
            </Button>
          </Flex>
        )}
      </Form.List>
      {archivedOptions.length > 0 && (
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{t('customFields.archivedOptions')}</Typography.Text>
          {archivedOptions.map((option) => (
            <Tag key={option.key}>
              {option.label}{' '}
              <Button
                type="link"
                size="small"
                icon={<UndoOutlined />}
                onClick={() => onRestore(option)}
                aria-label={t('customFields.restoreOption', { label: option.label })}
              />
            </Tag>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
