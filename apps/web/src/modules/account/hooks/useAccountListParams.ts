import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_ORDER, orderValue, parseOrder } from '../../custom-fields';
import { ACCOUNT_KINDS } from '../graphql/types';
import type { AccountFilter, AccountKind, AccountOrderBy } from '../graphql/types';

/** Completeness bands offered as a filter, in percent. */
export const COMPLETENESS_BANDS = {
  low: { min: 0, max: 49 },
  medium: { min: 50, max: 79 },
  high: { min: 80, max: 100 },
} as const;
export type CompletenessBand = keyof typeof COMPLETENESS_BANDS;

export interface AccountListParams {
  search: string;
  kinds: AccountKind[];
  industry: string;
  region: string;
  completeness?: CompletenessBand;
  segmentId?: string;
  orderBy: AccountOrderBy;
}

function isBand(value: string | null): value is CompletenessBand {
  return value !== null && value in COMPLETENESS_BANDS;
}

function parseParams(searchParams: URLSearchParams): AccountListParams {
  const completeness = searchParams.get('completeness');
  return {
    search: searchParams.get('q') ?? '',
    kinds: searchParams.getAll('kind').filter((kind): kind is AccountKind => (ACCOUNT_KINDS as readonly string[]).includes(kind)),
    industry: searchParams.get('industry') ?? '',
    region: searchParams.get('region') ?? '',
    completeness: isBand(completeness) ? completeness : undefined,
    segmentId: searchParams.get('segment') ?? undefined,
    orderBy: parseOrder(searchParams.get('sort'), searchParams.get('dir')),
  };
}

function toSearchParams(params: AccountListParams): URLSearchParams {
  const searchParams = new URLSearchParams();
  if (params.search) searchParams.set('q', params.search);
  params.kinds.forEach((kind) => searchParams.append('kind', kind));
  if (params.industry) searchParams.set('industry', params.industry);
  if (params.region) searchParams.set('region', params.region);
  if (params.completeness) searchParams.set('completeness', params.completeness);
  if (params.segmentId) searchParams.set('segment', params.segmentId);
  if (orderValue(params.orderBy) !== orderValue(DEFAULT_ORDER)) searchParams.set('sort', orderValue(params.orderBy));
  if (params.orderBy.direction !== DEFAULT_ORDER.direction) searchParams.set('dir', params.orderBy.direction);
  return searchParams;
}

/** The AccountFilter input for the current params; empty criteria are left out. */
function toAccountFilter(params: AccountListParams): AccountFilter {
  const search = params.search.trim();
  const industry = params.industry.trim();
  const region = params.region.trim();
  const band = params.completeness && COMPLETENESS_BANDS[params.completeness];
  return {
    ...(search && { search }),
    ...(params.kinds.length > 0 && { kinds: params.kinds }),
    ...(industry && { industry }),
    ...(region && { region }),
    ...(band && { completenessMin: band.min, completenessMax: band.max }),
    ...(params.segmentId && { segmentId: params.segmentId }),
  };
}

/**
 * Search, filters and sort live in the URL so that returning from an account card restores the
 * list exactly, and a segment's members can be opened as a link.
 */
export function useAccountListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseParams(searchParams), [searchParams]);
  const filter = useMemo(() => toAccountFilter(params), [params]);

  const updateParams = useCallback(
    (changes: Partial<AccountListParams>) =>
      setSearchParams((current) => toSearchParams({ ...parseParams(current), ...changes }), { replace: true }),
    [setSearchParams],
  );

  return { params, filter, updateParams };
}
