import type { ApolloCache } from '@apollo/client';

/** Board sums, column cards and deal lists depend on server-side filters the cache cannot re-evaluate. */
export function evictDealLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'salesBoard' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'boardColumnDeals' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'deals' });
  cache.gc();
}

/** The Deals tabs of the account and contacts a deal belongs to (before and after a change). */
export function evictRelatedDeals(cache: ApolloCache, accountIds: (string | null | undefined)[], contactIds: string[]): void {
  for (const id of accountIds) {
    if (id) cache.evict({ id: cache.identify({ __typename: 'Account', id }), fieldName: 'deals' });
  }
  for (const id of contactIds) cache.evict({ id: cache.identify({ __typename: 'Contact', id }), fieldName: 'deals' });
}
