import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { DELETE_PLAN, PRODUCT_TRENDS, SALES_FUNNEL, SALES_PLAN_REPORT, SALES_PLANS, SALES_STATISTICS, SAVE_PLAN } from '../graphql/analytics';
import type { FunnelVariables, PlanReportVariables, PlansVariables, SavePlanInput, StatisticsVariables } from '../graphql/types';

// Figures move with every deal anyone closes: show the cached ones at once, then the fresh ones.
const LIVE = { fetchPolicy: 'cache-and-network' } as const;

export function useSalesFunnel(input: FunnelVariables['input'] | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(SALES_FUNNEL, {
    variables: { input: input! },
    skip: !input,
    ...LIVE,
  });
  const shown = data ?? previousData;
  return { funnel: shown?.salesFunnel, loading: loading && !shown, error, retry: () => void refetch() };
}

export function useSalesPlanReport(input: PlanReportVariables['input']) {
  const { data, loading, error, refetch } = useQuery(SALES_PLAN_REPORT, { variables: { input }, ...LIVE });
  return { report: data?.salesPlanReport, loading: loading && !data, error, retry: () => void refetch() };
}

export function useProductTrends(months: number) {
  const { data, loading, error, refetch } = useQuery(PRODUCT_TRENDS, { variables: { months }, ...LIVE });
  return { trends: data?.productTrends ?? [], loading: loading && !data, error: data ? undefined : error, retry: () => void refetch() };
}

export function useSalesStatistics(input: StatisticsVariables['input']) {
  const { data, previousData, loading, error, refetch } = useQuery(SALES_STATISTICS, { variables: { input }, ...LIVE });
  const shown = data ?? previousData;
  return { rows: shown?.salesStatistics ?? [], loading: loading && !shown, error, retry: () => void refetch() };
}

export function useSalesPlans(filter: PlansVariables['filter']) {
  const { data, loading, error, refetch } = useQuery(SALES_PLANS, { variables: { filter }, ...LIVE });
  return { plans: data?.salesPlans ?? [], loading: loading && !data, error: data ? undefined : error, retry: () => void refetch() };
}

/** Plans and the reports built on them are read again after a change. */
export function usePlanMutations() {
  const refetch = { refetchQueries: [SALES_PLANS, SALES_PLAN_REPORT] };
  const [save] = useMutation(SAVE_PLAN, refetch);
  const [remove] = useMutation(DELETE_PLAN, refetch);
  return {
    savePlan: async (input: SavePlanInput) => {
      try {
        await save({ variables: { input } });
      } catch (error) {
        throw toApiError(error);
      }
    },
    deletePlan: async (id: string) => {
      try {
        await remove({ variables: { id } });
      } catch (error) {
        throw toApiError(error);
      }
    },
  };
}
