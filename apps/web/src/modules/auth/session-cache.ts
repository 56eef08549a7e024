import type { ApolloCache } from '@apollo/client';
import { ME } from './graphql/operations';
import type { CurrentUser } from './graphql/types';

/** `me` in the cache is the single source of the signed-in state; RequireAuth reacts to it. */
export function markSignedIn(cache: ApolloCache, user: CurrentUser): void {
  cache.writeQuery({ query: ME, data: { me: user } });
}

export function markSignedOut(cache: ApolloCache): void {
  cache.writeQuery({ query: ME, data: { me: null } });
}

/**
 * Drops everything a previous session cached, then stores the new user. cache.reset() keeps the
 * watchers of mounted queries (client.clearStore() would discard them, and the sign-in page would
 * never learn that `me` changed).
 */
export async function startSession(cache: ApolloCache, user: CurrentUser): Promise<void> {
  await cache.reset();
  markSignedIn(cache, user);
}
