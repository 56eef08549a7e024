import { useQuery } from '@apollo/client/react';
import { isUnauthenticated } from '../../../ui/api-errors';
import { ME } from '../graphql/operations';
import type { CurrentUser } from '../graphql/types';

interface Session {
  user: CurrentUser | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

export function useSession(): Session {
  const { data, loading, error, refetch } = useQuery(ME);
  return {
    user: data?.me ?? null,
    loading: loading && !data,
    // `me` is null when signed out, but an UNAUTHENTICATED error means the same thing.
    error: data || isUnauthenticated(error) ? undefined : error,
    retry: () => void refetch(),
  };
}
