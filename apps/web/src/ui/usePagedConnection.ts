import { NetworkStatus } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';

const PAGE_SIZE = 20;

export interface Connection<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PageVariables {
  id: string;
  first: number;
  after?: string | null;
}

/** A paginated connection hanging off one record (timeline, notes, history) with "load more". */
export function usePagedConnection<TData, TNode>(
  query: TypedDocumentNode<TData, PageVariables>,
  id: string,
  selectConnection: (data: TData) => Connection<TNode> | undefined,
) {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(query, {
    variables: { id, first: PAGE_SIZE },
  });
  const connection = data ? selectConnection(data as TData) : undefined;
  const nodes = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const endCursor = connection?.pageInfo.endCursor;
  const [loadMoreError, setLoadMoreError] = useState<unknown>();

  return {
    nodes,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: data ? undefined : error,
    loadMoreError,
    loadMore: () => {
      if (!endCursor) return;
      setLoadMoreError(undefined);
      fetchMore({ variables: { after: endCursor } }).catch(setLoadMoreError);
    },
    retry: () => void refetch(),
  };
}
