import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../ui/ErrorState';
import { LoadingState } from '../../../../ui/LoadingState';
import type { CustomField } from '../../../custom-fields';
import type { ContactFilter, ContactOrderBy } from '../../graphql/types';
import { useContactList } from '../../hooks/useContactList';
import { ContactVirtualList } from './ContactVirtualList';

interface ContactListBodyProps {
  filter: ContactFilter;
  orderBy: ContactOrderBy;
  selectedIds: ReadonlySet<string>;
  onToggleSelected: (contactId: string) => void;
  customColumns: CustomField[];
}

export function ContactListBody(props: ContactListBodyProps) {
  const { filter, orderBy, selectedIds, onToggleSelected, customColumns } = props;
  const { t } = useTranslation();
  const list = useContactList(filter, orderBy);

  if (list.loading) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={list.retry} />;
  if (list.contacts.length === 0) {
    const filtered = Object.keys(filter).length > 0;
    return (
      <Empty
        description={filtered ? t('contact.list.noMatches') : t('contact.list.empty')}
        data-testid="contacts-empty"
      />
    );
  }
  return (
    <ContactVirtualList
      contacts={list.contacts}
      hasNextPage={list.hasNextPage}
      loadingMore={list.loadingMore}
      loadMoreError={list.loadMoreError}
      onLoadMore={list.loadMore}
      selectedIds={selectedIds}
      onToggleSelected={onToggleSelected}
      customColumns={customColumns}
    />
  );
}
