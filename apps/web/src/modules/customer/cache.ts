import type { ApolloCache } from '@apollo/client';

/** A merge or dismissal changes which pairs are open; the queue is fetched again. */
export function evictDuplicatePairs(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'duplicatePairs' });
  cache.gc();
}
