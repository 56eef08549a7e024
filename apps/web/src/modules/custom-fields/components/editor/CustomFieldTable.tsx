import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import type { CustomField } from '../../graphql/types';

const VISIBLE_OPTIONS = 4;

interface CustomFieldTableProps {
  fields: CustomField[];
  busy: boolean;
  onEdit: (field: CustomField) => void;
  onArchive: (field: CustomField, archived: boolean) => void;
  /** Moves a field within its section; absent for archived fields. */
  onMove?: (index: number, delta: -1 | 1) => void;
}

export function CustomFieldTable({ fields, busy, onEdit, onArchive, onMove }: CustomFieldTableProps) {
  const { t } = useTranslation();
  const columns: SimpleColumn<CustomField>[] = [
    {
      key: 'label',
      title: t('customFields.label'),
      render: (field) => (
        <Flex vertical>
          <span>
            {field.label} {field.required && <Tag color="orange">{t('customFields.requiredTag')}</Tag>}
          </span>
          {field.helpText && <Typography.Text type="secondary">{field.helpText}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'key', title: t('customFields.key'), render: (field) => <Typography.Text code>{field.key}</Typography.Text> },
    {
      key: 'type',
      title: t('customFields.type'),
      render: (field) => `${t(`customFields.types.${field.type}`)}${field.currency ? `, ${field.currency}` : ''}`,
    },
    {
      key: 'options',
      title: t('customFields.options'),
      render: (field) => {
        const active = field.options.filter((option) => !option.archived);
        return (
          <>
            {active.slice(0, VISIBLE_OPTIONS).map((option) => (
              <Tag key={option.key}>{option.label}</Tag>
            ))}
            {active.length > VISIBLE_OPTIONS && <Tag>+{active.length - VISIBLE_OPTIONS}</Tag>}
          </>
        );
      },
    },
    {
      key: 'actions',
      align: 'right',
      width: 200,
      render: (field) => {
        const index = fields.indexOf(field);
        return (
          <Flex gap={4} justify="flex-end">
            {onMove && (
              <>
                <Tooltip title={t('customFields.moveUp')}>
                  <Button
                    type="text"
                    icon={<ArrowUpOutlined />}
                    disabled={busy || index === 0}
                    onClick={() => onMove(index, -1)}
                    aria-label={t('customFields.moveUp')}
                  />
                </Tooltip>
                <Tooltip title={t('customFields.moveDown')}>
                  <Button
                    type="text"
                    icon={<ArrowDownOutlined />}
                    disabled={busy || index === fields.length - 1}
                    onClick={() => onMove(index, 1)}
                    aria-label={t('customFields.moveDown')}
                  />
                </Tooltip>
              </>
            )}
            {field.archivedAt ? (
              <Button icon={<UndoOutlined />} onClick={() => onArchive(field, false)} data-testid="restore-custom-field">
                {t('customFields.restore')}
              </Button>
            ) : (
              <>
                <Tooltip title={t('common.edit')}>
                  <Button
                    type="text"
                    icon={<EditOutlined />}
                    onClick={() => onEdit(field)}
                    aria-label={t('common.edit')}
                    data-testid="edit-custom-field"
                  />
                </Tooltip>
                <Popconfirm
                  title={t('customFields.archiveConfirm', { label: field.label })}
                  okText={t('customFields.archive')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onArchive(field, true)}
                >
                  <Tooltip title={t('customFields.archive')}>
                    <Button
                      type="text"
                      icon={<InboxOutlined />}
                      aria-label={t('customFields.archive')}
                      data-testid="archive-custom-field"
                    />
                  </Tooltip>
                </Popconfirm>
              </>
            )}
          </Flex>
        );
      },
    },
  ];
  return (
    <SimpleTable
      columns={columns}
      rows={fields}
      rowKey={(field) => field.id}
      rowTestId={(field) => `custom-field-row-${field.key}`}
    />
  );
}
