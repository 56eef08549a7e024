import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography } from 'antd';
import type { FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldAccess } from '../../form-model';
import { HiddenValue } from './HiddenValue';

interface RepeatedRowsProps {
  /** The list's form name, also the API input field (phones, emails, bankAccounts…). */
  name: string;
  label: string;
  addLabel: string;
  access: FieldAccess;
  newRow: object;
  /** Prefix of the row test ids, e.g. "phone" → add-phone, remove-phone-0. */
  testIdPrefix: string;
  renderRow: (field: FormListFieldData, disabled: boolean) => ReactNode;
}

/** A titled Form.List with add / remove buttons, shared by phones, e-mails, addresses and the like (of accounts too). */
export function RepeatedRows({ name, label, addLabel, access, newRow, testIdPrefix, renderRow }: RepeatedRowsProps) {
  const { t } = useTranslation();
  const disabled = access === 'readOnly';

  return (
    <Flex vertical gap={8} style={{ marginBottom: 24 }}>
      <Typography.Text strong>{label}</Typography.Text>
      {access === 'hidden' ? (
        <HiddenValue field={name} />
      ) : (
        <Form.List name={name}>
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start">
                  <div style={{ flex: 1, minWidth: 0 }}>{renderRow(field, disabled)}</div>
                  {!disabled && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('common.remove')}
                      data-testid={`remove-${testIdPrefix}-${field.name}`}
                    />
                  )}
                </Flex>
              ))}
              {!disabled && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add(newRow)}
                  style={{ alignSelf: 'flex-start' }}
                  data-testid={`add-${testIdPrefix}`}
                >
                  {addLabel}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      )}
    </Flex>
  );
}
