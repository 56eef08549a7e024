import { useQuery } from '@apollo/client/react';
import { ACCOUNT_DUPLICATE_CANDIDATES, CONTACT_DUPLICATE_CANDIDATES } from '../graphql/duplicates';
import type { AccountDuplicateProbe, ContactDuplicateProbe } from '../graphql/types';

// Always asked anew: a record saved a minute ago must already count. previousData keeps the list
// on screen while the next answer is on its way, so it does not flicker as the user types.

/** Visible contacts that look like the one being entered; null asks nothing. */
export function useContactDuplicateCandidates(probe: ContactDuplicateProbe | null) {
  const { data, previousData, error, refetch } = useQuery(CONTACT_DUPLICATE_CANDIDATES, {
    variables: { probe: probe ?? {} },
    skip: !probe,
    fetchPolicy: 'network-only',
  });
  return {
    candidates: probe ? ((data ?? previousData)?.contactDuplicateCandidates ?? []) : [],
    error: probe ? error : undefined,
    retry: () => void refetch(),
  };
}

/** Visible accounts that look like the one being entered; null asks nothing. */
export function useAccountDuplicateCandidates(probe: AccountDuplicateProbe | null) {
  const { data, previousData, error, refetch } = useQuery(ACCOUNT_DUPLICATE_CANDIDATES, {
    variables: { probe: probe ?? {} },
    skip: !probe,
    fetchPolicy: 'network-only',
  });
  return {
    candidates: probe ? ((data ?? previousData)?.accountDuplicateCandidates ?? []) : [],
    error: probe ? error : undefined,
    retry: () => void refetch(),
  };
}
