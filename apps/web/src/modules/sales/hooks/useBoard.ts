import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { BOARD_COLUMN_DEALS, SALES_BOARD } from '../graphql/deals';
import type { BoardFilter } from '../graphql/types';

/** Cards per request: a column with thousands of deals opens as fast as a small one. */
export const COLUMN_PAGE_SIZE = 30;

export function useSalesBoard(pipelineId: string | undefined, filter: BoardFilter) {
  const { data, loading, error, refetch } = useQuery(SALES_BOARD, {
    variables: { pipelineId: pipelineId ?? '', filter },
    skip: !pipelineId,
    fetchPolicy: 'cache-and-network',
  });
  return {
    board: data?.salesBoard,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

export function useBoardColumnDeals(stageId: string, filter: BoardFilter) {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(BOARD_COLUMN_DEALS, {
    variables: { stageId, first: COLUMN_PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  const connection = data?.boardColumnDeals;
  const deals = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const endCursor = connection?.pageInfo.endCursor;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return {
    deals,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore,
    error: data ? undefined : error,
    loadMoreError,
    loadMore: () => {
      if (!endCursor || loadingMore) return;
      setLoadMoreError(undefined);
      fetchMore({ variables: { after: endCursor } }).catch(setLoadMoreError);
    },
    retry: () => void refetch(),
  };
}
