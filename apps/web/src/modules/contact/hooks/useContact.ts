import { useQuery } from '@apollo/client/react';
import { CONTACT } from '../graphql/contacts';

export function useContact(id: string) {
  // Always revalidated: the card must edit the latest version, not a cached one.
  const { data, loading, error, refetch } = useQuery(CONTACT, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return {
    contact: data?.contact ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    reload: async () => {
      await refetch();
    },
  };
}
