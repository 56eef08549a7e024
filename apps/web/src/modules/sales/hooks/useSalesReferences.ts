import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { LOSS_REASONS, PIPELINES, REPORTING_CURRENCY, TEAMS } from '../graphql/deals';
import type { Pipeline } from '../graphql/types';

/** The currency of amountBase, board sums and reports. */
export function useReportingCurrency() {
  const { data, loading, error, refetch } = useQuery(REPORTING_CURRENCY);
  return {
    currency: data?.appSettings.reportingCurrency,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** Active pipelines, the default one first. */
/** Pipelines, default first; archived ones too when a deal in one must still show its stages. */
export function usePipelines(includeArchived = false) {
  const { data, loading, error, refetch } = useQuery(PIPELINES, { variables: { includeArchived } });
  const pipelines = useMemo(
    () =>
      [...(data?.pipelines ?? [])].sort(
        (a, b) => Number(b.isDefault) - Number(a.isDefault) || a.position - b.position,
      ),
    [data],
  );
  return {
    pipelines,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

export function findPipeline(pipelines: Pipeline[], id: string | null | undefined): Pipeline | undefined {
  return pipelines.find((pipeline) => pipeline.id === id) ?? pipelines[0];
}

export function useLossReasons(includeArchived = false) {
  const { data, loading, error, refetch } = useQuery(LOSS_REASONS, { variables: { includeArchived } });
  const reasons = useMemo(() => [...(data?.lossReasons ?? [])].sort((a, b) => a.position - b.position), [data]);
  return { reasons, loading: loading && !data, error: data ? undefined : error, retry: () => void refetch() };
}

/** Options for a team picker; empty if they cannot be loaded. */
export function useTeamOptions() {
  const { data, loading } = useQuery(TEAMS);
  return {
    options: data?.teams.map((team) => ({ value: team.id, label: team.name })) ?? [],
    loading: loading && !data,
  };
}
