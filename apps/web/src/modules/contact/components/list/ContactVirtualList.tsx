import { useVirtualizer } from '@tanstack/react-virtual';
import { Button, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { usePhoneFormatter } from '../../../../ui/usePhoneFormatter';
import type { ContactListItem } from '../../graphql/types';
import { contactPath } from '../../paths';
import styles from './ContactList.module.css';
import { ContactRow } from './ContactRow';

const ROW_HEIGHT = 44;
/** Start fetching the next page this many rows before the end comes into view. */
const PREFETCH_ROWS = 15;

interface ContactVirtualListProps {
  contacts: ContactListItem[];
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  onLoadMore: () => void;
  selectedIds: ReadonlySet<string>;
  onToggleSelected: (contactId: string) => void;
}

/** Only the rows in view are in the DOM, so tens of thousands of loaded contacts stay smooth. */
export function ContactVirtualList(props: ContactVirtualListProps) {
  const { contacts, hasNextPage, loadingMore, loadMoreError, onLoadMore, selectedIds, onToggleSelected } = props;
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const navigate = useNavigate();
  const formatPhone = usePhoneFormatter();
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    // One extra row at the end shows the next page loading.
    count: contacts.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastRenderedIndex = virtualRows.at(-1)?.index ?? -1;

  useEffect(() => {
    const nearEnd = lastRenderedIndex >= contacts.length - PREFETCH_ROWS;
    if (nearEnd && hasNextPage && !loadingMore && !loadMoreError) onLoadMore();
  }, [contacts.length, hasNextPage, lastRenderedIndex, loadMoreError, loadingMore, onLoadMore]);

  const openContact = (contact: ContactListItem) => void navigate(contactPath(contact.id));

  return (
    <div ref={scrollRef} className={styles.scroller} role="table" data-testid="contact-list">
      <div role="row" className={styles.header}>
        <span role="columnheader" />
        <span role="columnheader">{t('contact.fields.code')}</span>
        <span role="columnheader">{t('contact.fields.fullName')}</span>
        <span role="columnheader">{t('contact.fields.phone')}</span>
        <span role="columnheader">{t('contact.fields.email')}</span>
        <span role="columnheader">{t('contact.fields.company')}</span>
        <span role="columnheader">{t('contact.fields.owner')}</span>
        <span role="columnheader">{t('contact.fields.tags')}</span>
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualRows.map((virtualRow) => {
          const style = { top: virtualRow.start, height: virtualRow.size };
          const contact = contacts.at(virtualRow.index);
          if (!contact) {
            return (
              <div key="loader" className={styles.loaderRow} style={style} data-testid="contact-list-loader">
                {loadMoreError ? (
                  <>
                    <Typography.Text type="danger">{describeError(loadMoreError)}</Typography.Text>
                    <Button size="small" onClick={onLoadMore}>
                      {t('common.retry')}
                    </Button>
                  </>
                ) : (
                  <Spin size="small" />
                )}
              </div>
            );
          }
          return (
            <ContactRow
              key={contact.id}
              contact={contact}
              style={style}
              formatPhone={formatPhone}
              selected={selectedIds.has(contact.id)}
              onOpen={openContact}
              onToggleSelected={onToggleSelected}
            />
          );
        })}
      </div>
    </div>
  );
}
