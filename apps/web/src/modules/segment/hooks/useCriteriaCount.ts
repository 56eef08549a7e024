import { useQuery } from '@apollo/client/react';
import type { Criteria } from '../graphql/types';
import { CRITERIA_COUNT } from '../graphql/operations';

/** The live member count of criteria being built; the last count stays while the next loads. */
export function useCriteriaCount(entityType: string, criteria: Criteria | null) {
  const { data, previousData, loading, error } = useQuery(CRITERIA_COUNT, {
    variables: { entityType, criteria: criteria ?? { and: [] } },
    skip: criteria === null,
    fetchPolicy: 'network-only',
  });
  return { count: criteria === null ? undefined : (data ?? previousData)?.criteriaCount, loading, error };
}
