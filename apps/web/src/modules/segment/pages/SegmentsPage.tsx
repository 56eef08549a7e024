import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import { ApiError } from '../../../ui/api-errors';
import { useFormatters } from '../../../ui/format';
import { useCurrentUser } from '../../auth';
import { ENTITY_TYPES, isEntityType } from '../../custom-fields';
import type { EntityType } from '../../custom-fields';
import type { Segment } from '../graphql/types';
import { useSegments } from '../hooks/useSegments';
import { membersPath } from '../members';
import { newSegmentPath, segmentPath } from '../paths';
import { canManageSegments, canReadSegments } from '../permissions';

const ALL = 'all';
type EntityFilter = EntityType | typeof ALL;

function SegmentList({ entityType }: { entityType: EntityType | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { segments, loading, error, retry } = useSegments(entityType);

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (segments.length === 0) return <Empty description={t('segment.empty')} data-testid="segments-empty" />;

  const columns: SimpleColumn<Segment>[] = [
    {
      key: 'name',
      title: t('segment.name'),
      render: (segment) => (
        <Flex vertical>
          <Link to={segmentPath(segment.id)}>{segment.name}</Link>
          {segment.description && <Typography.Text type="secondary">{segment.description}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'entity', title: t('segment.entityType'), render: (segment) => <Tag>{t(`entity.${segment.entityType}`)}</Tag> },
    {
      key: 'members',
      title: t('segment.members'),
      align: 'right',
      render: (segment) => <Link to={membersPath(segment.entityType, segment.id)}>{format.number(segment.memberCount)}</Link>,
    },
    { key: 'updatedAt', title: t('segment.updatedAt'), render: (segment) => format.dateTime(segment.updatedAt) },
  ];
  return (
    <SimpleTable
      columns={columns}
      rows={segments}
      rowKey={(segment) => segment.id}
      rowTestId={() => 'segment-row'}
      data-testid="segments"
    />
  );
}

export default function SegmentsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const entity = searchParams.get('entity');
  const filter: EntityFilter = isEntityType(entity) ? entity : ALL;

  if (!canReadSegments(user)) return <ErrorState error={new ApiError('FORBIDDEN', '')} />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('segment.title')}
        </Typography.Title>
        {canManageSegments(user) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(newSegmentPath(filter === ALL ? 'contact' : filter))}
            data-testid="new-segment"
          >
            {t('segment.create')}
          </Button>
        )}
      </Flex>
      <Segmented<EntityFilter>
        value={filter}
        onChange={(value) => setSearchParams(value === ALL ? {} : { entity: value }, { replace: true })}
        options={[{ value: ALL, label: t('segment.allTypes') }, ...ENTITY_TYPES.map((value) => ({ value, label: t(`entity.${value}`) }))]}
        style={{ alignSelf: 'flex-start' }}
        data-testid="segments-entity"
      />
      <SegmentList entityType={filter === ALL ? undefined : filter} />
    </Flex>
  );
}
