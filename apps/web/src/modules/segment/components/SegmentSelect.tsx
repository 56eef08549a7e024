import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth';
import type { EntityType } from '../../custom-fields';
import { SEGMENT_OPTIONS } from '../graphql/operations';
import { canReadSegments } from '../permissions';

interface SegmentSelectProps {
  entityType: EntityType;
  value: string | undefined;
  onChange: (segmentId: string | undefined) => void;
}

/** The list filter "members of a saved segment"; absent for roles that may not read segments. */
export function SegmentSelect({ entityType, value, onChange }: SegmentSelectProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { data, loading } = useQuery(SEGMENT_OPTIONS, { variables: { entityType }, skip: !canReadSegments(user) });
  if (!canReadSegments(user)) return null;
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('segment.filter')}
      loading={loading}
      value={value}
      onChange={(segmentId?: string) => onChange(segmentId)}
      options={data?.segments.map((segment) => ({ value: segment.id, label: segment.name })) ?? []}
      popupMatchSelectWidth={false}
      style={{ minWidth: 160 }}
      data-testid="filter-segment"
    />
  );
}
