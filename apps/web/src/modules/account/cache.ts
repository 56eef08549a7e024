import type { ApolloCache } from '@apollo/client';

/**
 * Lists and totals depend on server-side filters (and segments) the cache cannot re-evaluate,
 * so after an account is created, deleted or changed they are fetched again.
 */
export function evictAccountLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'accounts' });
  cache.gc();
}

/** Every change to an account, its links, contracts or metrics adds a timeline event. */
export function evictAccountTimeline(cache: ApolloCache, accountId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Account', id: accountId }), fieldName: 'timeline' });
}
