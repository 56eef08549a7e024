import { Button, Empty, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../ui/InlineError';
import { LoadingState } from '../../../ui/LoadingState';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import { useFormatters } from '../../../ui/format';
import { usePagedConnection } from '../../../ui/usePagedConnection';
import { SEGMENT_HISTORY } from '../graphql/operations';
import type { Segment, SegmentChange } from '../graphql/types';
import { RecordName } from './RecordName';

/** Who entered and who left the segment, as recorded by each background refresh, newest first. */
export function SegmentHistory({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const history = usePagedConnection(SEGMENT_HISTORY, segment.id, (data) => data.segment.history);

  if (history.loading) return <LoadingState />;
  if (history.error) return <InlineError error={history.error} onRetry={history.retry} />;
  if (history.nodes.length === 0) return <Empty description={t('segment.history.empty')} />;

  const columns: SimpleColumn<SegmentChange>[] = [
    { key: 'at', title: t('segment.history.at'), render: (change) => format.dateTime(change.at) },
    {
      key: 'change',
      title: t('segment.history.change'),
      render: (change) =>
        change.entered ? <Tag color="green">{t('segment.history.entered')}</Tag> : <Tag color="red">{t('segment.history.left')}</Tag>,
    },
    {
      key: 'record',
      title: t(`entity.${segment.entityType}`),
      render: (change) => <RecordName entityType={segment.entityType} id={change.entityId} />,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <SimpleTable
        columns={columns}
        rows={history.nodes}
        rowKey={(change) => change.id}
        rowTestId={() => 'segment-history-row'}
        data-testid="segment-history"
      />
      {history.loadMoreError !== undefined && <InlineError error={history.loadMoreError} onRetry={history.loadMore} />}
      {history.hasNextPage && (
        <Button onClick={history.loadMore} loading={history.loadingMore} style={{ alignSelf: 'center' }}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
