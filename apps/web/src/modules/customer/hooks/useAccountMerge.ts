import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { evictAccountLists, evictAccountTimeline } from '../../account';
import { evictDuplicatePairs } from '../cache';
import { ACCOUNT_MERGE_SIDES, MERGE_ACCOUNTS } from '../graphql/merge';
import type { MergeInput } from '../graphql/types';

/** The survivor's tabs that gain the loser's records. */
const MOVED_RELATIONS = ['contacts', 'contracts', 'metrics'];

/** Both accounts, always revalidated: the merge is checked against their current versions. */
export function useAccountMergeSides(survivorId: string, loserId: string) {
  const { data, loading, error, refetch } = useQuery(ACCOUNT_MERGE_SIDES, {
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
export function useMergeAccounts() {
  const [mutate, { loading }] = useMutation(MERGE_ACCOUNTS);
  const merge = async (input: MergeInput): Promise<string> => {
    try {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          const survivor = cache.identify({ __typename: 'Account', id: input.survivorId });
          MOVED_RELATIONS.forEach((fieldName) => cache.evict({ id: survivor, fieldName }));
          cache.evict({ id: cache.identify({ __typename: 'Account', id: input.loserId }) });
          evictAccountTimeline(cache, input.survivorId);
          evictDuplicatePairs(cache);
          evictAccountLists(cache);
        },
      });
      if (!data) throw new Error('mergeAccounts returned no data');
      return data.mergeAccounts.loserCode;
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { merge, merging: loading };
}
