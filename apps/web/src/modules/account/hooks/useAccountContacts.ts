import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { evictAccountTimeline } from '../cache';
import { ACCOUNT_CONTACTS, CONTACT_ACCOUNTS, LINK_CONTACT, SEARCH_CONTACTS, UNLINK_CONTACT } from '../graphql/related';
import type { LinkContactInput } from '../graphql/types';

const SEARCH_DELAY_MS = 300;

// Both sides of the links are revalidated when shown: merging contacts or accounts moves links
// the cache cannot follow.

export function useAccountContacts(accountId: string) {
  const { data, loading, error, refetch } = useQuery(ACCOUNT_CONTACTS, {
    variables: { id: accountId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    links: data?.account.contacts ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

export function useContactAccounts(contactId: string) {
  const { data, loading, error, refetch } = useQuery(CONTACT_ACCOUNTS, {
    variables: { id: contactId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    links: data?.contact.accounts ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** Links a contact, or changes its role, position or primary flag; the answer updates the tab. */
export function useLinkContact(accountId: string) {
  const [mutate, { loading }] = useMutation(LINK_CONTACT, {
    update: (cache) => evictAccountTimeline(cache, accountId),
  });
  const link = async (input: Omit<LinkContactInput, 'accountId'>): Promise<void> => {
    try {
      await mutate({ variables: { input: { ...input, accountId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { link, linking: loading };
}

export function useUnlinkContact(accountId: string) {
  const [mutate] = useMutation(UNLINK_CONTACT, {
    update(cache, { data }) {
      if (!data) return;
      const { contactId } = data.unlinkContactFromAccount;
      cache.updateQuery({ query: ACCOUNT_CONTACTS, variables: { id: accountId } }, (current) =>
        current && {
          account: { ...current.account, contacts: current.account.contacts.filter((link) => link.contactId !== contactId) },
        },
      );
      evictAccountTimeline(cache, accountId);
    },
  });
  return async (contactId: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { accountId, contactId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
}

/** Contacts to link: the ranked search (names in any script, typos, phones, codes). */
export function useContactSearch(query: string) {
  const debounced = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading } = useQuery(SEARCH_CONTACTS, {
    variables: { query: debounced },
    skip: debounced.length < 2,
  });
  return { contacts: (data ?? previousData)?.searchContacts ?? [], loading };
}
