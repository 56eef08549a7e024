import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { evictContactLists, evictContactTimeline } from '../../contact';
import { evictDuplicatePairs } from '../cache';
import { CONTACT_MERGE_SIDES, MERGE_CONTACTS } from '../graphql/merge';
import type { MergeInput } from '../graphql/types';

/** Both contacts, always revalidated: the merge is checked against their current versions. */
export function useContactMergeSides(survivorId: string, loserId: string) {
  const { data, loading, error, refetch } = useQuery(CONTACT_MERGE_SIDES, {
    variables: { survivorId, loserId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    sides: data ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    reload: () => void refetch(),
  };
}

/** Resolves with the loser's code; rejects with an ApiError. */
export function useMergeContacts() {
  const [mutate, { loading }] = useMutation(MERGE_CONTACTS);
  const merge = async (input: MergeInput): Promise<string> => {
    try {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Contact', id: input.loserId }) });
          evictContactTimeline(cache, input.survivorId);
          evictDuplicatePairs(cache);
          evictContactLists(cache);
        },
      });
      if (!data) throw new Error('mergeContacts returned no data');
      return data.mergeContacts.loserCode;
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { merge, merging: loading };
}
