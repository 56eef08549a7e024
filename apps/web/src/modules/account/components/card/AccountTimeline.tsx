import { Button, Empty, Flex, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { contactPath, TimelineEventItem } from '../../../contact';
import type { AccountTimelineEvent } from '../../graphql/types';
import { useAccountContacts } from '../../hooks/useAccountContacts';
import { useAccountTimeline } from '../../hooks/useAccountTimeline';
import { AccountTimelineEventItem } from './AccountTimelineEventItem';

/** The account's events and those of its contacts; a contact's events say which contact. */
export function AccountTimeline({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { events, hasNextPage, loading, loadingMore, error, loadMore, loadMoreError, retry } = useAccountTimeline(accountId);
  // Names for the contacts' events; without them the events still show, labelled "contact".
  const { links } = useAccountContacts(accountId);

  if (loading) return <LoadingState />;
  if (error) return <InlineError error={error} onRetry={retry} />;
  if (events.length === 0) return <Empty description={t('account.timeline.empty')} />;

  const contactLabel = (event: AccountTimelineEvent) => {
    if (!event.subjectId || event.subjectId === accountId) return null;
    const link = links.find((candidate) => candidate.contactId === event.subjectId);
    return (
      <Tag color="purple" data-testid="timeline-contact">
        {link?.contact ? <Link to={contactPath(link.contactId)}>{link.contact.fullName}</Link> : t('account.timeline.contact')}
      </Tag>
    );
  };

  return (
    <Flex vertical gap={16}>
      <Timeline
        items={events.map((event) => ({
          key: event.id,
          content: (
            <Flex vertical gap={4} align="flex-start">
              {contactLabel(event)}
              {event.type.startsWith('contact.') ? <TimelineEventItem event={event} /> : <AccountTimelineEventItem event={event} />}
            </Flex>
          ),
        }))}
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
