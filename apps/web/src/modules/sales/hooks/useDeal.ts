import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { ACCOUNT_DEALS, CONTACT_DEALS, CONTACT_OPTIONS, CONTACT_REF, DEAL } from '../graphql/deals';
import type { ContactOptionsData } from '../graphql/types';

const SEARCH_DELAY_MS = 300;

export function useDeal(id: string) {
  // Always revalidated: the card must edit and move the latest version, not a cached one.
  const { data, loading, error, refetch } = useQuery(DEAL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    deal: data?.deal ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    reload: async () => {
      await refetch();
    },
  };
}

/** The Deals tab of an account or a contact. */
export function useRelatedDeals(owner: 'account' | 'contact', id: string) {
  const accountDeals = useQuery(ACCOUNT_DEALS, { variables: { id }, skip: owner !== 'account', fetchPolicy: 'cache-and-network' });
  const contactDeals = useQuery(CONTACT_DEALS, { variables: { id }, skip: owner !== 'contact', fetchPolicy: 'cache-and-network' });
  const result = owner === 'account' ? accountDeals : contactDeals;
  const deals = owner === 'account' ? accountDeals.data?.account.deals : contactDeals.data?.contact.deals;
  return {
    deals: deals ?? [],
    loading: result.loading && !result.data,
    error: result.data ? undefined : result.error,
    retry: () => void result.refetch(),
  };
}

export type ContactOption = ContactOptionsData['searchContacts'][number];

/** Contacts matching what is typed into a picker: the ranked search (names, phones, e-mails, codes). */
export function useContactOptions(search: string) {
  const debounced = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading } = useQuery(CONTACT_OPTIONS, {
    variables: { query: debounced },
    skip: debounced.length < 2,
  });
  return { contacts: (data ?? previousData)?.searchContacts ?? [], loading };
}

/** Names of contacts known only by id (prefilled or already on the deal). */
export function useContactRefs(ids: string[]): Map<string, ContactOption> {
  const client = useApolloClient();
  const [refs, setRefs] = useState(new Map<string, ContactOption>());
  const key = [...new Set(ids)].sort().join(',');

  useEffect(() => {
    let mounted = true;
    const wanted = key ? key.split(',') : [];
    Promise.all(
      wanted.map((id) =>
        client
          .query({ query: CONTACT_REF, variables: { id } })
          .then(({ data }) => data?.contact)
          // A contact the viewer may not see is shown by its id.
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
