import type { ApolloCache } from '@apollo/client';

/**
 * Lists, counts and group sizes depend on server-side filters the cache cannot re-evaluate,
 * so after a contact is created, deleted, changed or imported they are fetched again.
 */
export function evictContactLists(cache: ApolloCache): void {
  for (const fieldName of ['contacts', 'contactCount', 'contactGroups']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}

/** Every change to a contact adds a timeline event the client cannot construct itself. */
export function evictContactTimeline(cache: ApolloCache, contactId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Contact', id: contactId }), fieldName: 'timeline' });
}
