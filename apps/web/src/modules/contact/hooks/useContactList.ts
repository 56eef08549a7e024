import { useQuery } from '@apollo/client/react';
import { useKeysetList } from '../../../ui/useKeysetList';
import { CONTACT_COUNT, CONTACTS } from '../graphql/contacts';
import type { ContactFilter, ContactOrderBy, ContactsData } from '../graphql/types';

const connectionOf = (data: ContactsData) => data.contacts;

/** One keyset-paginated contact list; `loadMore` appends the next page after the last cursor. */
export function useContactList(filter: ContactFilter, orderBy: ContactOrderBy) {
  const { nodes, firstPage: _firstPage, ...list } = useKeysetList(CONTACTS, { filter, orderBy }, connectionOf);
  return { contacts: nodes, ...list };
}

export function useContactCount(filter: ContactFilter) {
  const { data, loading } = useQuery(CONTACT_COUNT, { variables: { filter } });
  return { count: data?.contactCount, loading: loading && !data };
}
