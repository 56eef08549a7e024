import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { CONTACT_COUNT, CONTACTS } from '../graphql/contacts';
import type { ContactFilter, ContactOrderBy } from '../graphql/types';

const PAGE_SIZE = 50;

/** One keyset-paginated contact list; `loadMore` appends the next page after the last cursor. */
export function useContactList(filter: ContactFilter, orderBy: ContactOrderBy) {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(CONTACTS, {
    variables: { first: PAGE_SIZE, filter, orderBy },
  });
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  const connection = data?.contacts;
  const contacts = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const endCursor = connection?.pageInfo.endCursor;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(() => {
    if (!hasNextPage || loadingMore || !endCursor) return;
    setLoadMoreError(undefined);
    fetchMore({ variables: { after: endCursor } }).catch(setLoadMoreError);
  }, [endCursor, fetchMore, hasNextPage, loadingMore]);

  return {
    contacts,
    hasNextPage,
    loading: loading && !data,
    loadingMore,
    error: data ? undefined : error,
    loadMoreError,
    loadMore,
    retry: () => void refetch(),
  };
}

export function useContactCount(filter: ContactFilter) {
  const { data, loading } = useQuery(CONTACT_COUNT, { variables: { filter } });
  return { count: data?.contactCount, loading: loading && !data };
}
