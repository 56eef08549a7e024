import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';

export interface KeysetConnection<TNode> {
  edges: { node: TNode }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

interface LoadedPages<TNode> {
  /** The first page these follow; a new first page (other filter, refetch) drops them. */
  after: unknown;
  nodes: TNode[];
  endCursor: string | null | undefined;
  hasNextPage: boolean;
}

const PAGE_SIZE = 50;

/**
 * A keyset-paginated list whose first page lives in Apollo's cache and whose later pages are kept
 * here. Merging every page into one cached list made each new page re-read all rows loaded so far
 * (row 6,000 took over three minutes); appending here costs only the new page's rows.
 */
export function useKeysetList<TData, TVariables extends { first: number; after?: string | null }, TConnection extends KeysetConnection<unknown>>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'first' | 'after'>,
  connectionOf: (data: TData) => TConnection,
) {
  type TNode = TConnection['edges'][number]['node'];
  const client = useApolloClient();
  const firstVariables = { ...variables, first: PAGE_SIZE } as TVariables;
  const { data, loading, error, refetch } = useQuery(query, { variables: firstVariables });
  const firstPage = data ? connectionOf(data) : undefined;
  const [loaded, setLoaded] = useState<LoadedPages<TNode>>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  const more = loaded && loaded.after === firstPage ? loaded : undefined;
  const nodes = useMemo((): TNode[] => [...(firstPage?.edges.map((e) => e.node as TNode) ?? []), ...(more?.nodes ?? [])], [firstPage, more]);
  const endCursor = more ? more.endCursor : firstPage?.pageInfo.endCursor;
  const hasNextPage = more ? more.hasNextPage : (firstPage?.pageInfo.hasNextPage ?? false);

  const loadMore = useCallback(() => {
    if (!hasNextPage || loadingMore || !endCursor || !firstPage) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    client
      .query({ query, variables: { ...firstVariables, after: endCursor }, fetchPolicy: 'no-cache' })
      .then(({ data: next }) => {
        if (!next) return;
        const page = connectionOf(next);
        setLoaded({ after: firstPage, nodes: [...(more?.nodes ?? []), ...page.edges.map((e) => e.node as TNode)], endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage });
      })
      .catch(setLoadMoreError)
      .finally(() => setLoadingMore(false));
  }, [client, query, firstVariables, endCursor, firstPage, hasNextPage, loadingMore, more, connectionOf]);

  return {
    nodes,
    firstPage,
    hasNextPage,
    loading: loading && !data,
    loadingMore,
    error: data ? undefined : error,
    loadMoreError,
    loadMore,
    retry: () => void refetch(),
  };
}
