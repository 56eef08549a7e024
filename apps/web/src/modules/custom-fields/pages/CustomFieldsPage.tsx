import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { ApiError } from '../../../ui/api-errors';
import { toast } from '../../../ui/toast';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useCurrentUser } from '../../auth';
import { CustomFieldModal } from '../components/editor/CustomFieldModal';
import { CustomFieldTable } from '../components/editor/CustomFieldTable';
import { ENTITY_TYPES, isEntityType } from '../graphql/types';
import type { CustomField, EntityType } from '../graphql/types';
import { useCustomFields } from '../hooks/useCustomFields';
import { useArchiveCustomField, useSaveCustomField } from '../hooks/useSaveCustomField';
import { canManageCustomFields } from '../permissions';
import { groupBySection } from '../sections';

/** Position steps leave room, as the server's own numbering does. */
const POSITION_STEP = 10;

function PortraitEditor({ entityType }: { entityType: EntityType }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { fields, active, loading, error, retry } = useCustomFields(entityType);
  const { updateField } = useSaveCustomField();
  const archiveField = useArchiveCustomField();
  // undefined: no modal; null: a new field.
  const [editing, setEditing] = useState<CustomField | null | undefined>(undefined);
  const [moving, setMoving] = useState(false);

  const archive = (field: CustomField, archived: boolean) => {
    archiveField(field, archived)
      .then(() => toast.success(t(archived ? 'customFields.archivedDone' : 'customFields.restored', { label: field.label })))
      .catch((failure: unknown) => toast.error(describeError(failure)));
  };

  // Renumbers the section in its new order; only fields whose position changes are saved.
  const move = async (section: CustomField[], index: number, delta: -1 | 1) => {
    const reordered = [...section];
    [reordered[index], reordered[index + delta]] = [reordered[index + delta], reordered[index]];
    setMoving(true);
    try {
      for (const [position, field] of reordered.entries()) {
        const next = (position + 1) * POSITION_STEP;
        if (field.position !== next) await updateField(field, { position: next });
      }
    } catch (failure) {
      toast.error(describeError(failure));
    } finally {
      setMoving(false);
    }
  };

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={retry} />;

  const archived = fields.filter((field) => field.archivedAt);
  const sections = [...new Set(active.flatMap((field) => (field.section ? [field.section] : [])))];

  return (
    <Flex vertical gap={16}>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setEditing(null)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="new-custom-field"
      >
        {t('customFields.create')}
      </Button>
      {active.length === 0 && <Empty description={t('customFields.empty')} data-testid="custom-fields-empty" />}
      {groupBySection(active).map((section) => (
        <Flex key={section.name ?? ''} vertical gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {section.name ?? t('customFields.otherSection')}
          </Typography.Title>
          <CustomFieldTable
            fields={section.fields}
            busy={moving}
            onEdit={setEditing}
            onArchive={archive}
            onMove={(index, delta) => void move(section.fields, index, delta)}
          />
        </Flex>
      ))}
      {archived.length > 0 && (
        <Flex vertical gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('customFields.archivedTitle')}
          </Typography.Title>
          <CustomFieldTable fields={archived} busy={moving} onEdit={setEditing} onArchive={archive} />
        </Flex>
      )}
      {editing !== undefined && (
        <CustomFieldModal
          key={editing?.id ?? 'new'}
          entityType={entityType}
          field={editing}
          sections={sections}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}

export default function CustomFieldsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const entity = searchParams.get('entity');
  const entityType: EntityType = isEntityType(entity) ? entity : 'contact';

  if (!canManageCustomFields(user)) return <ErrorState error={new ApiError('FORBIDDEN', '')} />;

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('customFields.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('customFields.intro')}</Typography.Text>
      </Flex>
      <Segmented<EntityType>
        value={entityType}
        onChange={(value) => setSearchParams({ entity: value }, { replace: true })}
        options={ENTITY_TYPES.map((value) => ({ value, label: t(`entity.${value}`) }))}
        style={{ alignSelf: 'flex-start' }}
        data-testid="custom-fields-entity"
      />
      <PortraitEditor key={entityType} entityType={entityType} />
    </Flex>
  );
}
