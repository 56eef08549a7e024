import { Button, Divider, Empty, Flex, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { useFormatters } from '../../../../ui/format';
import type { ContactNote } from '../../graphql/types';
import { useContactNotes } from '../../hooks/useContactNotes';
import { AddNoteForm } from './AddNoteForm';

function NoteItem({ note }: { note: ContactNote }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Flex vertical gap={4} data-testid="note">
      <Flex gap={8}>
        <Typography.Text strong>{note.author?.name ?? t('contact.notes.system')}</Typography.Text>
        <Typography.Text type="secondary">{format.dateTime(note.createdAt)}</Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{note.body}</Typography.Paragraph>
    </Flex>
  );
}

export function ContactNotes({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const { notes, hasNextPage, loading, loadingMore, error, loadMore, loadMoreError, retry } = useContactNotes(contactId);

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (notes.length === 0) return <Empty description={t('contact.notes.empty')} />;
    return notes.map((note, index) => (
      <Fragment key={note.id}>
        {index > 0 && <Divider style={{ margin: '8px 0' }} />}
        <NoteItem note={note} />
      </Fragment>
    ));
  };

  return (
    <Flex vertical gap={16}>
      <AddNoteForm contactId={contactId} />
      <div>{list()}</div>
      {loadMoreError !== undefined && <InlineError error={loadMoreError} onRetry={loadMore} />}
      {hasNextPage && (
        <Button onClick={loadMore} loading={loadingMore} style={{ alignSelf: 'center' }} data-testid="notes-load-more">
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
