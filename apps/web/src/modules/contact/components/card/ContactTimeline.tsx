import { Button, Empty, Flex, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { useContactTimeline } from '../../hooks/useContactTimeline';
import { TimelineEventItem } from './TimelineEventItem';

export function ContactTimeline({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const { events, hasNextPage, loading, loadingMore, error, loadMore, loadMoreError, retry } = useContactTimeline(contactId);

  if (loading) return <LoadingState />;
  if (error) return <InlineError error={error} onRetry={retry} />;
  if (events.length === 0) return <Empty description={t('contact.timeline.empty')} />;

  return (
    <Flex vertical gap={16}>
      <Timeline
        items={events.map((event) => ({ key: event.id, content: <TimelineEventItem event={event} /> }))}
        data-testid="timeline"
      />
      {loadMoreError !== undefined && <InlineError error={loadMoreError} onRetry={loadMore} />}
      {hasNextPage && (
        <Button onClick={loadMore} loading={loadingMore} style={{ alignSelf: 'center' }} data-testid="timeline-load-more">
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
