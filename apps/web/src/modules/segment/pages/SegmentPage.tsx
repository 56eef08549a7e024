import { ArrowLeftOutlined, DeleteOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Tabs, Tag, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { ApiError } from '../../../ui/api-errors';
import { useFormatters } from '../../../ui/format';
import { testId } from '../../../ui/test-id';
import { toast } from '../../../ui/toast';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useCurrentUser } from '../../auth';
import { SegmentEditor } from '../components/SegmentEditor';
import { SegmentHistory } from '../components/SegmentHistory';
import type { Segment } from '../graphql/types';
import { useDeleteSegment, useSegment } from '../hooks/useSegments';
import { membersPath } from '../members';
import { SEGMENTS_PATH } from '../paths';
import { canManageSegments, canReadSegments } from '../permissions';

function DeleteSegmentButton({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const navigate = useNavigate();
  const { deleteSegment, deleting } = useDeleteSegment();
  const confirm = async () => {
    try {
      await deleteSegment(segment);
      toast.success(t('segment.deleted', { name: segment.name }));
      void navigate(SEGMENTS_PATH);
    } catch (error) {
      toast.error(describeError(error));
    }
  };
  return (
    <Popconfirm
      title={t('segment.deleteConfirm', { name: segment.name })}
      okText={t('common.delete')}
      okButtonProps={{ danger: true, ...testId<ButtonProps>('confirm-delete-segment') }}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button danger icon={<DeleteOutlined />} loading={deleting} data-testid="delete-segment">
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}

function SegmentView({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { segment, loading, error, retry } = useSegment(segmentId);

  if (loading) return <LoadingState />;
  if (error || !segment) return <ErrorState error={error} onRetry={retry} />;
  const canManage = canManageSegments(user);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" wrap gap={16}>
        <Flex vertical gap={4}>
          <Flex gap={8} align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="segment-title">
              {segment.name}
            </Typography.Title>
            <Tag>{t(`entity.${segment.entityType}`)}</Tag>
          </Flex>
          <Typography.Text type="secondary">
            {t('segment.memberCount', { count: segment.memberCount, formatted: format.number(segment.memberCount) })}
            {segment.refreshedAt && ` · ${t('segment.refreshedAt', { date: format.dateTime(segment.refreshedAt) })}`}
          </Typography.Text>
        </Flex>
        <Flex gap={8}>
          <Button
            type="primary"
            icon={<TeamOutlined />}
            onClick={() => navigate(membersPath(segment.entityType, segment.id))}
            data-testid="segment-members"
          >
            {t('segment.showMembers')}
          </Button>
          {canManage && <DeleteSegmentButton segment={segment} />}
        </Flex>
      </Flex>
      <Card>
        <Tabs
          items={[
            {
              key: 'conditions',
              label: <span data-testid="tab-conditions">{t('segment.conditions')}</span>,
              children: (
                // Keyed by version: after saving, the builder starts from what the server stored.
                <SegmentEditor
                  key={segment.version}
                  segment={segment}
                  entityType={segment.entityType}
                  readOnly={!canManage}
                />
              ),
            },
            {
              key: 'history',
              label: <span data-testid="tab-history">{t('segment.history.title')}</span>,
              children: <SegmentHistory segment={segment} />,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

export default function SegmentPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  if (!canReadSegments(user)) return <ErrorState error={new ApiError('FORBIDDEN', '')} />;
  return (
    <Flex vertical gap={8}>
      <Link to={SEGMENTS_PATH} data-testid="back-to-segments">
        <ArrowLeftOutlined /> {t('segment.back')}
      </Link>
      <SegmentView key={id} segmentId={id} />
    </Flex>
  );
}
