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
