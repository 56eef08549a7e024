import { useQuery } from '@apollo/client/react';
import { CRITERIA_CATALOG } from '../graphql/operations';

/** What criteria may test on a record type; revalidated, as custom fields come and go. */
export function useCriteriaCatalog(entityType: string) {
  const { data, loading, error, refetch } = useQuery(CRITERIA_CATALOG, {
    variables: { entityType },
    fetchPolicy: 'cache-and-network',
  });
  return {
    catalog: data?.criteriaCatalog ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}
