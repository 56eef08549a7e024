import type { ApolloCache } from '@apollo/client';

/**
 * Lists and totals depend on server-side filters (and segments) the cache cannot re-evaluate,
 * so after an account is created, deleted or changed they are fetched again.
 */
export function evictAccountLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'accounts' });
  cache.gc();
}

/**
 * After an import (new accounts, updated ones, corrected metric months) any account seen so far
 * may be out of date: lists and the accounts opened by id are fetched again.
 */
export function evictAccounts(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'account' });
  evictAccountLists(cache);
}

/** Every change to an account, its links, contracts or metrics adds a timeline event. */
export function evictAccountTimeline(cache: ApolloCache, accountId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Account', id: accountId }), fieldName: 'timeline' });
}
