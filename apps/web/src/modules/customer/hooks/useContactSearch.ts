import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { SEARCH_CONTACTS } from '../graphql/merge';

const SEARCH_DELAY_MS = 300;

/** Contacts to merge with, once at least two characters are typed. */
export function useContactSearch(query: string) {
  const debounced = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading } = useQuery(SEARCH_CONTACTS, {
    variables: { query: debounced },
    skip: debounced.length < 2,
  });
  return { contacts: (data ?? previousData)?.searchContacts ?? [], loading };
}
