import { useQuery } from '@apollo/client/react';
import { API_KEYS } from '../graphql/operations';

export function useApiKeys() {
  const { data, loading, error, refetch } = useQuery(API_KEYS);
  return {
    apiKeys: data?.apiKeys ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}
