import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { CurrentUserContext } from '../hooks/useCurrentUser';
import { useProfileLocale } from '../hooks/useProfileLocale';
import { useSession } from '../hooks/useSession';
import { SIGN_IN_PATH } from '../paths';

/** Renders its children only for a signed-in user; anyone else goes to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading, error, retry } = useSession();
  const location = useLocation();
  useProfileLocale(user?.locale);

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (!user) return <Navigate to={SIGN_IN_PATH} replace state={{ from: location }} />;
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}
