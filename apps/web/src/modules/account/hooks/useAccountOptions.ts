import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { ACCOUNT_OPTIONS, ACCOUNT_REF } from '../graphql/accounts';
import type { AccountKind, AccountRef } from '../graphql/types';

const SEARCH_DELAY_MS = 300;

/**
 * Accounts matching what is typed into a picker. Not cached: its filter may equal a list's,
 * whose cached pages it would otherwise replace.
 */
export function useAccountOptions(search: string, kinds?: AccountKind[]) {
  const debounced = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading } = useQuery(ACCOUNT_OPTIONS, {
    variables: { filter: { ...(debounced && { search: debounced }), ...(kinds && { kinds }) } },
    fetchPolicy: 'no-cache',
  });
  return { accounts: (data ?? previousData)?.accounts.edges.map((edge) => edge.node) ?? [], loading };
}

/** Names of accounts known only by id (a chosen parent, competitors, criteria values). */
export function useAccountRefs(ids: string[]): Map<string, AccountRef> {
  const client = useApolloClient();
  const [refs, setRefs] = useState(new Map<string, AccountRef>());
  const key = [...new Set(ids)].sort().join(',');

  useEffect(() => {
    let mounted = true;
    const wanted = key ? key.split(',') : [];
    Promise.all(
      wanted.map((id) =>
        client
          .query({ query: ACCOUNT_REF, variables: { id } })
          .then(({ data }) => data?.account)
          // An account the viewer may not see (or a deleted one) is shown by its id.
          .catch(() => undefined),
      ),
    ).then((found) => {
      if (mounted) setRefs(new Map(found.flatMap((ref) => (ref ? [[ref.id, ref] as const] : []))));
    });
    return () => {
      mounted = false;
    };
  }, [client, key]);

  return refs;
}
