import { Alert, Button, Card, Col, Flex, Form, Input, Row, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaleVersion, toApiError } from '../../../ui/api-errors';
import type { ApiError } from '../../../ui/api-errors';
import { showFieldErrors } from '../../../ui/form-errors';
import { toast } from '../../../ui/toast';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { ENTITY_TYPES } from '../../custom-fields';
import type { EntityType } from '../../custom-fields';
import { fromCriteria, newCondition, newGroup, nodeOfPath, toCriteria } from '../criteria-model';
import type { BuiltCriteria, GroupNode } from '../criteria-model';
import type { Segment } from '../graphql/types';
import { useCriteriaCount } from '../hooks/useCriteriaCount';
import { useSaveSegment } from '../hooks/useSegments';
import { BuilderContext } from './builder/builder-context';
import { GroupEditor } from './builder/GroupEditor';
import { LiveCount } from './LiveCount';

const COUNT_DELAY_MS = 400;
/** Inputs of the form besides the builder; their server messages are shown under them. */
const FORM_INPUTS = new Set<unknown>(['name', 'description']);

interface SegmentFormValues {
  name: string;
  description?: string;
}

interface SegmentEditorProps {
  /** null: a new segment, of `entityType` (which can still be changed). */
  segment: Segment | null;
  entityType: EntityType;
  onEntityTypeChange?: (entityType: EntityType) => void;
  readOnly: boolean;
  onSaved?: (segment: Segment) => void;
}

/** Server messages by builder node; those about no node and no form input are returned apart. */
function errorsByNode(error: ApiError | undefined, built: BuiltCriteria) {
  const byNode = new Map<string, string[]>();
  const other: string[] = [];
  for (const { field, message } of error?.fields ?? []) {
    if (FORM_INPUTS.has(field)) continue;
    const nodeId = field.startsWith('criteria') ? nodeOfPath(built.nodeByPath, field) : undefined;
    if (nodeId) byNode.set(nodeId, [...(byNode.get(nodeId) ?? []), message]);
    else other.push(`${field}: ${message}`);
  }
  return { byNode, other };
}

export function SegmentEditor({ segment, entityType, onEntityTypeChange, readOnly, onSaved }: SegmentEditorProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [form] = Form.useForm<SegmentFormValues>();
  const [root, setRoot] = useState<GroupNode>(() => (segment ? fromCriteria(segment.criteria) : newGroup([newCondition()])));
  const [showIncomplete, setShowIncomplete] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const { save, saving } = useSaveSegment();

  // The counter follows the builder once typing pauses; its errors are mapped with the same tree.
  const counted = useDebouncedValue(root, COUNT_DELAY_MS);
  const countedBuilt = useMemo(() => toCriteria(counted), [counted]);
  const live = useCriteriaCount(entityType, countedBuilt.criteria);
  const built = useMemo(() => toCriteria(root), [root]);

  const countProblems = errorsByNode(live.error ? toApiError(live.error) : undefined, countedBuilt);
  const saveProblems = errorsByNode(saveError ?? undefined, built);
  const errors = saveError ? saveProblems.byNode : countProblems.byNode;

  const handleFinish = async (values: SegmentFormValues) => {
    setSaveError(null);
    setShowIncomplete(true);
    if (built.incomplete.size > 0 || !built.criteria) return;
    try {
      const saved = await save(segment, entityType, {
        name: values.name.trim(),
        description: values.description?.trim() || null,
        criteria: built.criteria,
      });
      toast.success(t('segment.saved', { name: saved.name }));
      setShowIncomplete(false);
      onSaved?.(saved);
    } catch (error) {
      const apiError = toApiError(error);
      showFieldErrors(form, apiError.fields, ([field]) => FORM_INPUTS.has(field));
      setSaveError(apiError);
    }
  };

  const changeRoot = (next: GroupNode) => {
    setRoot(next);
    setSaveError(null);
  };

  const saveAlert = () => {
    if (showIncomplete && built.incomplete.size > 0) {
      return <Alert type="warning" showIcon title={t('segment.completeConditions')} data-testid="segment-incomplete" />;
    }
    if (showIncomplete && !built.criteria) {
      return <Alert type="warning" showIcon title={t('segment.needCondition')} data-testid="segment-incomplete" />;
    }
    if (!saveError || (saveError.fields.length > 0 && saveProblems.other.length === 0)) return null;
    return (
      <Alert
        type="error"
        showIcon
        title={isStaleVersion(saveError) ? t('segment.staleVersion') : describeError(saveError)}
        description={saveProblems.other.length > 0 && saveProblems.other.join('; ')}
        data-testid="segment-save-error"
      />
    );
  };

  return (
    <Form<SegmentFormValues>
      form={form}
      layout="vertical"
      initialValues={{ name: segment?.name, description: segment?.description ?? undefined }}
      onFinish={handleFinish}
      onFinishFailed={() => setShowIncomplete(true)}
      disabled={readOnly}
      data-testid="segment-form"
    >
      <Flex vertical gap={16}>
        {saveAlert()}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('segment.name')}
              rules={[{ required: true, whitespace: true, message: t('segment.nameRequired') }]}
            >
              <Input data-testid="segment-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('segment.entityType')}>
              <Segmented<EntityType>
                value={entityType}
                onChange={(next) => {
                  changeRoot(newGroup([newCondition()]));
                  onEntityTypeChange?.(next);
                }}
                options={ENTITY_TYPES.map((value) => ({ value, label: t(`entity.${value}`) }))}
                disabled={readOnly || !onEntityTypeChange}
                data-testid="segment-entity"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t('segment.description')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="segment-description" />
            </Form.Item>
          </Col>
        </Row>
        <Card
          size="small"
          title={t('segment.conditions')}
          extra={
            <LiveCount
              entityType={entityType}
              count={live.error ? undefined : live.count}
              loading={live.loading}
              problem={live.error ? (countProblems.byNode.size > 0 ? 'invalid' : 'failed') : undefined}
            />
          }
        >
          <BuilderContext value={{ errors, incomplete: built.incomplete, showIncomplete, readOnly }}>
            <GroupEditor entityType={entityType} node={root} onChange={changeRoot} depth={0} />
          </BuilderContext>
          {countProblems.other.length > 0 && !saveError && (
            <Alert type="error" showIcon title={countProblems.other.join('; ')} style={{ marginTop: 8 }} />
          )}
        </Card>
        {!readOnly && (
          <Button type="primary" htmlType="submit" loading={saving} style={{ alignSelf: 'flex-start' }} data-testid="save-segment">
            {t('common.save')}
          </Button>
        )}
      </Flex>
    </Form>
  );
}
