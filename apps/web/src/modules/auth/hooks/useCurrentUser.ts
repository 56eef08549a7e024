import { createContext, useContext } from 'react';
import type { CurrentUser } from '../graphql/types';

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only valid below RequireAuth. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used below RequireAuth');
  return user;
}

export function useOptionalCurrentUser(): CurrentUser | null {
  return useContext(CurrentUserContext);
}
