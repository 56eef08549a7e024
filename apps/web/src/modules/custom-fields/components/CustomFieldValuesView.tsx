import { Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../ui/InlineError';
import type { CustomFieldValue, EntityType } from '../graphql/types';
import { useCustomFields } from '../hooks/useCustomFields';
import { groupBySection } from '../sections';
import { rawValuesByKey } from '../value-model';
import { CustomValue } from './CustomValue';

interface CustomFieldValuesViewProps {
  entityType: EntityType;
  values: CustomFieldValue[];
}

/**
 * The portrait part of a card, by section: every active field (empty ones show what is still
 * missing) and archived fields that still hold a value.
 */
export function CustomFieldValuesView({ entityType, values }: CustomFieldValuesViewProps) {
  const { t } = useTranslation();
  const { fields, error, retry } = useCustomFields(entityType);
  const raw = rawValuesByKey(values);

  if (error) return <InlineError error={error} onRetry={retry} />;
  const shown = fields.filter((field) => !field.archivedAt || raw.has(field.key));
  if (shown.length === 0) return null;

  return (
    <Flex vertical gap={16} data-testid="custom-field-values">
      {groupBySection(shown).map((section) => (
        <Descriptions
          key={section.name ?? ''}
          title={section.name ?? t('customFields.otherSection')}
          column={{ xs: 1, md: 2 }}
          bordered
          size="small"
          items={section.fields.map((field) => ({
            key: field.key,
            label: (
              <>
                {field.label} {field.archivedAt && <Tag>{t('customFields.archived')}</Tag>}
              </>
            ),
            children: (
              <span data-testid={`custom-value-${field.key}`}>
                <CustomValue field={field} value={raw.get(field.key)} />
              </span>
            ),
          }))}
        />
      ))}
    </Flex>
  );
}
