import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { ACCOUNTS } from '../graphql/accounts';
import type { AccountFilter, AccountOrderBy } from '../graphql/types';

const PAGE_SIZE = 50;

/** One keyset-paginated account list; `loadMore` appends the next page after the last cursor. */
export function useAccountList(filter: AccountFilter, orderBy: AccountOrderBy) {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(ACCOUNTS, {
    variables: { first: PAGE_SIZE, filter, orderBy },
  });
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  const connection = data?.accounts;
  const accounts = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const endCursor = connection?.pageInfo.endCursor;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(() => {
    if (!hasNextPage || loadingMore || !endCursor) return;
    setLoadMoreError(undefined);
    fetchMore({ variables: { after: endCursor } }).catch(setLoadMoreError);
  }, [endCursor, fetchMore, hasNextPage, loadingMore]);

  return {
    accounts,
    totalCount: connection?.totalCount,
    hasNextPage,
    loading: loading && !data,
    loadingMore,
    error: data ? undefined : error,
    loadMoreError,
    loadMore,
    retry: () => void refetch(),
  };
}

/** The list's total; the same query as the list, so it costs no extra request. */
export function useAccountTotal(filter: AccountFilter, orderBy: AccountOrderBy): number | undefined {
  const { data } = useQuery(ACCOUNTS, { variables: { first: PAGE_SIZE, filter, orderBy } });
  return data?.accounts.totalCount;
}
