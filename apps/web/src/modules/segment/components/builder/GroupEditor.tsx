import { BranchesOutlined, CloseOutlined, PlusOutlined, ShareAltOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { isEntityType, useCustomFields } from '../../../custom-fields';
import { MAX_DEPTH, newCondition, newGroup, newRelation } from '../../criteria-model';
import type { BuilderNode, GroupNode, RelationNode } from '../../criteria-model';
import type { CriteriaCatalog } from '../../graphql/types';
import { useCriteriaCatalog } from '../../hooks/useCriteriaCatalog';
import { useBuilderState } from './builder-context';
import styles from './Builder.module.css';
import { ConditionEditor } from './ConditionEditor';
import { NodeMessages } from './NodeMessages';
import { useCatalogText } from './useCatalogText';

interface GroupEditorProps {
  entityType: string;
  node: GroupNode;
  onChange: (node: GroupNode) => void;
  /** Absent for the root group. */
  onRemove?: () => void;
  depth: number;
  /** What it means that the group has no conditions (it depends on where the group is). */
  emptyText?: string;
}

/** An AND / OR group (optionally negated) of conditions, nested groups and relation tests. */
export function GroupEditor({ entityType, node, onChange, onRemove, depth, emptyText }: GroupEditorProps) {
  const { t } = useTranslation();
  const { readOnly } = useBuilderState();
  const { catalog, loading, error, retry } = useCriteriaCatalog(entityType);
  // Only money fields need their definitions: values are typed in major units of their currency.
  const { fields } = useCustomFields(isEntityType(entityType) ? entityType : 'contact');
  const currencyOf = (fieldKey: string) =>
    fields.find((field) => `custom.${field.key}` === fieldKey)?.currency ?? null;

  if (loading) return <LoadingState />;
  if (error || !catalog) return <InlineError error={error} onRetry={retry} />;

  const replaceChild = (index: number, child: BuilderNode) =>
    onChange({ ...node, children: node.children.map((current, at) => (at === index ? child : current)) });
  const removeChild = (index: number) => onChange({ ...node, children: node.children.filter((_, at) => at !== index) });
  const add = (child: BuilderNode) => onChange({ ...node, children: [...node.children, child] });
  const canNest = depth < MAX_DEPTH - 1;

  return (
    <div className={node.negated ? `${styles.group} ${styles.negated}` : styles.group} data-testid="criteria-group">
      <Flex gap={8} align="center" wrap>
        <Segmented<GroupNode['op']>
          value={node.op}
          onChange={(op) => onChange({ ...node, op })}
          options={[
            { value: 'and', label: t('segment.builder.all') },
            { value: 'or', label: t('segment.builder.any') },
          ]}
          disabled={readOnly}
          size="small"
          data-testid="group-op"
        />
        <Checkbox
          checked={node.negated}
          onChange={(event) => onChange({ ...node, negated: event.target.checked })}
          disabled={readOnly}
          data-testid="group-not"
        >
          {t('segment.builder.not')}
        </Checkbox>
        {onRemove && !readOnly && (
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            onClick={onRemove}
            aria-label={t('segment.builder.removeGroup')}
            data-testid="remove-group"
          />
        )}
      </Flex>
      <NodeMessages nodeId={node.id} />
      {node.children.length === 0 && (
        <Typography.Text type="secondary">
          {emptyText ?? (depth === 0 ? t('segment.builder.emptyRoot') : t('segment.builder.emptyGroup'))}
        </Typography.Text>
      )}
      {node.children.map((child, index) => {
        const change = (next: BuilderNode) => replaceChild(index, next);
        const remove = () => removeChild(index);
        switch (child.kind) {
          case 'condition':
            return (
              <ConditionEditor
                key={child.id}
                entityType={entityType}
                catalog={catalog}
                node={child}
                onChange={change}
                onRemove={remove}
                currencyOf={currencyOf}
              />
            );
          case 'relation':
            return (
              <RelationEditor
                key={child.id}
                entityType={entityType}
                catalog={catalog}
                node={child}
                onChange={change}
                onRemove={remove}
                depth={depth + 1}
              />
            );
          case 'group':
            return <GroupEditor key={child.id} entityType={entityType} node={child} onChange={change} onRemove={remove} depth={depth + 1} />;
        }
      })}
      {!readOnly && (
        <Flex gap={8} wrap>
          <Button size="small" icon={<PlusOutlined />} onClick={() => add(newCondition())} data-testid="add-condition">
            {t('segment.builder.addCondition')}
          </Button>
          {canNest && (
            <Button size="small" icon={<BranchesOutlined />} onClick={() => add(newGroup())} data-testid="add-group">
              {t('segment.builder.addGroup')}
            </Button>
          )}
          {canNest && catalog.relations.length > 0 && (
            <Button size="small" icon={<ShareAltOutlined />} onClick={() => add(newRelation())} data-testid="add-relation">
              {t('segment.builder.addRelation')}
            </Button>
          )}
        </Flex>
      )}
    </div>
  );
}

interface RelationEditorProps {
  entityType: string;
  catalog: CriteriaCatalog;
  node: RelationNode;
  onChange: (node: RelationNode) => void;
  onRemove: () => void;
  depth: number;
}

/** "related accounts (or contacts…): at least one / none where …": nested conditions on the related type. */
function RelationEditor({ entityType, catalog, node, onChange, onRemove, depth }: RelationEditorProps) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const { readOnly } = useBuilderState();
  const relation = catalog.relations.find((candidate) => candidate.key === node.relation);

  return (
    <div className={styles.relation} data-testid="criteria-relation">
      <Flex gap={8} align="center" wrap>
        <Select
          placeholder={t('segment.builder.relation')}
          value={node.relation}
          // Another relation may lead to another record type: its conditions start anew.
          onChange={(key: string) => onChange({ ...node, relation: key, where: newGroup() })}
          options={catalog.relations.map((candidate) => ({ value: candidate.key, label: text.relation(entityType, candidate) }))}
          disabled={readOnly}
          popupMatchSelectWidth={false}
          style={{ width: 220 }}
          data-testid="relation-key"
        />
        <Select
          value={node.op}
          onChange={(op: RelationNode['op']) => onChange({ ...node, op })}
          options={[
            { value: 'ANY', label: t('segment.builder.hasAny') },
            { value: 'NONE', label: t('segment.builder.hasNone') },
          ]}
          disabled={readOnly}
          popupMatchSelectWidth={false}
          style={{ width: 170 }}
          data-testid="relation-op"
        />
        {relation && <Typography.Text type="secondary">{t('segment.builder.where')}</Typography.Text>}
        {!readOnly && (
          <Button
            type="text"
            icon={<CloseOutlined />}
            onClick={onRemove}
            aria-label={t('segment.builder.removeRelation')}
            data-testid="remove-relation"
          />
        )}
      </Flex>
      <NodeMessages nodeId={node.id} />
      {relation && (
        <GroupEditor
          entityType={relation.target}
          node={node.where}
          onChange={(where) => onChange({ ...node, where })}
          depth={depth}
          emptyText={t('segment.builder.emptyWhere')}
        />
      )}
    </div>
  );
}
