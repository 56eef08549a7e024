import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIST_OPS, VALUELESS_OPS } from '../../criteria-model';
import type { ConditionNode } from '../../criteria-model';
import type { CriteriaCatalog } from '../../graphql/types';
import { useBuilderState } from './builder-context';
import { CriteriaValueInput } from './CriteriaValueInput';
import { NodeMessages } from './NodeMessages';
import { useCatalogText } from './useCatalogText';

/** Operators whose values look alike keep the value when switching between them. */
const shapeOf = (op: string | undefined) =>
  !op ? 'none' : VALUELESS_OPS.has(op) ? 'none' : LIST_OPS.has(op) ? 'list' : op === 'BETWEEN' ? 'range' : 'single';

interface ConditionEditorProps {
  entityType: string;
  catalog: CriteriaCatalog;
  node: ConditionNode;
  onChange: (node: ConditionNode) => void;
  onRemove: () => void;
  /** Currency of a money field, by field key. */
  currencyOf: (fieldKey: string) => string | null;
}

/** field → operator allowed for its type → value. */
export function ConditionEditor({ entityType, catalog, node, onChange, onRemove, currencyOf }: ConditionEditorProps) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const { readOnly } = useBuilderState();
  const field = catalog.fields.find((candidate) => candidate.key === node.field);

  const fieldOptions = [
    { custom: false, label: t('segment.builder.builtInFields') },
    { custom: true, label: t('segment.builder.customFields') },
  ]
    .map((group) => ({
      label: group.label,
      options: catalog.fields
        .filter((candidate) => candidate.custom === group.custom)
        .map((candidate) => ({ value: candidate.key, label: text.field(entityType, candidate) })),
    }))
    .filter((group) => group.options.length > 0);

  return (
    <Flex vertical gap={4} data-testid="criteria-condition">
      <Flex gap={8} align="start" wrap>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('segment.builder.field')}
          value={node.field}
          onChange={(key: string) => {
            const next = catalog.fields.find((candidate) => candidate.key === key);
            onChange({ ...node, field: key, op: next?.ops[0], value: undefined });
          }}
          options={fieldOptions}
          disabled={readOnly}
          popupMatchSelectWidth={false}
          style={{ width: 240 }}
          data-testid="criteria-field"
        />
        <Select
          placeholder={t('segment.builder.operator')}
          value={node.op}
          onChange={(op: string) => onChange({ ...node, op, value: shapeOf(op) === shapeOf(node.op) ? node.value : undefined })}
          options={(field?.ops ?? []).map((op) => ({ value: op, label: text.op(op) }))}
          disabled={readOnly || !field}
          popupMatchSelectWidth={false}
          style={{ width: 170 }}
          data-testid="criteria-op"
        />
        {field && node.op && (
          <div style={{ flex: '1 1 200px', minWidth: 200 }}>
            <CriteriaValueInput
              field={field}
              op={node.op}
              value={node.value}
              onChange={(value) => onChange({ ...node, value })}
              currency={currencyOf(field.key)}
              disabled={readOnly}
            />
          </div>
        )}
        {!readOnly && (
          <Button
            type="text"
            icon={<CloseOutlined />}
            onClick={onRemove}
            aria-label={t('segment.builder.removeCondition')}
            data-testid="remove-condition"
          />
        )}
      </Flex>
      <NodeMessages nodeId={node.id} />
      {node.field && !field && (
        <Typography.Text type="warning">{t('segment.builder.unknownField', { field: node.field })}</Typography.Text>
      )}
    </Flex>
  );
}
