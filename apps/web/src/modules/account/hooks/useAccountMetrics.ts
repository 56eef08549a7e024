import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { evictAccountTimeline } from '../cache';
import { ACCOUNT_METRICS, RECORD_METRICS } from '../graphql/related';
import type { MetricValueInput } from '../graphql/types';

export function useAccountMetrics(accountId: string) {
  const { data, loading, error, refetch } = useQuery(ACCOUNT_METRICS, { variables: { id: accountId } });
  return {
    values: data?.account.metrics ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** Saves months in one transaction; removed months are not in the answer, so the list is refetched. */
export function useRecordMetrics(accountId: string) {
  const [mutate, { loading }] = useMutation(RECORD_METRICS, {
    refetchQueries: [{ query: ACCOUNT_METRICS, variables: { id: accountId } }],
    awaitRefetchQueries: true,
    update: (cache) => evictAccountTimeline(cache, accountId),
  });
  const record = async (values: MetricValueInput[]): Promise<void> => {
    try {
      await mutate({ variables: { input: { accountId, values } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { record, saving: loading };
}
