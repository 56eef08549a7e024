import { useQuery } from '@apollo/client/react';
import { ACCOUNT } from '../graphql/accounts';

export function useAccount(id: string) {
  // Always revalidated: the card must edit the latest version, not a cached one.
  const { data, loading, error, refetch } = useQuery(ACCOUNT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    account: data?.account ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    reload: async () => {
      await refetch();
    },
  };
}
