import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import type { ImportColumn } from '../../graphql/types';
import type { ColumnMapping } from '../../hooks/useImportSettings';
import { SKIP_COLUMN } from '../../import-fields';
import type { ColumnTarget, ImportFieldOption } from '../../import-fields';

interface ColumnMappingTableProps {
  columns: ImportColumn[];
  /** What a column can be imported into. */
  fields: ImportFieldOption[];
  mapping: ColumnMapping;
  onMap: (column: number, target: ColumnTarget) => void;
}

export function ColumnMappingTable({ columns, fields, mapping, onMap }: ColumnMappingTableProps) {
  const { t } = useTranslation();
  const targetOptions: ImportFieldOption[] = [{ value: SKIP_COLUMN, label: t('contact.import.skip') }, ...fields];

  const tableColumns: SimpleColumn<ImportColumn>[] = [
    {
      key: 'header',
      title: t('contact.import.column'),
      width: 200,
      render: (column) => <Typography.Text strong>{column.header}</Typography.Text>,
    },
    {
      key: 'sample',
      title: t('contact.import.sample'),
      render: (column) => (
        <Flex vertical>
          {column.sample.map((value, index) => (
            <Typography.Text key={index} type="secondary" ellipsis style={{ maxWidth: 320 }}>
              {value}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      key: 'target',
      title: t('contact.import.targetField'),
      width: 260,
      render: (column) => (
        <Select<ColumnTarget>
          showSearch={{ optionFilterProp: 'label' }}
          value={mapping[column.index]}
          onChange={(target) => onMap(column.index, target)}
          options={targetOptions}
          style={{ width: '100%' }}
          data-testid={`mapping-select-${column.index}`}
        />
      ),
    },
  ];

  return (
    <SimpleTable
      columns={tableColumns}
      rows={columns}
      rowKey={(column) => String(column.index)}
      rowTestId={(column) => `mapping-row-${column.index}`}
      data-testid="import-mapping"
    />
  );
}
