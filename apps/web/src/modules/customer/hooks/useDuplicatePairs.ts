import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { toApiError } from '../../../ui/api-errors';
import type { EntityType } from '../../custom-fields';
import { DISMISS_DUPLICATE, DUPLICATE_PAIRS } from '../graphql/duplicates';
import type { DuplicatePair } from '../graphql/types';

const PAGE_SIZE = 20;

/** The open pairs of one record type, strongest first; revalidated since reviewers share the queue. */
export function useDuplicatePairs(entityType: EntityType) {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(DUPLICATE_PAIRS, {
    variables: { entityType, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.duplicatePairs;
  const pairs = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const endCursor = connection?.pageInfo.endCursor;
  const [loadMoreError, setLoadMoreError] = useState<unknown>();

  return {
    pairs,
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

/** "Not the same customer": the pair leaves the queue (its cached copy is dropped from the list). */
export function useDismissDuplicate() {
  const [mutate] = useMutation(DISMISS_DUPLICATE, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'DuplicatePair', id: data.dismissDuplicate.id }) });
      cache.gc();
    },
  });
  return async (pair: DuplicatePair): Promise<void> => {
    try {
      await mutate({ variables: { input: { entityType: pair.entityType, aId: pair.aId, bId: pair.bId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
}
