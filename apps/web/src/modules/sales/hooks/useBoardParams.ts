import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { BoardFilter } from '../graphql/types';

export interface BoardParams {
  pipelineId?: string;
  ownerId?: string;
  teamId?: string;
  from?: string;
  to?: string;
  search: string;
}

const KEYS = ['pipelineId', 'ownerId', 'teamId', 'from', 'to', 'search'] as const;

/** The board's pipeline and filters live in the URL, so that back, reload and links keep them. */
export function useBoardParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params: BoardParams = useMemo(
    () => ({
      pipelineId: searchParams.get('pipelineId') ?? undefined,
      ownerId: searchParams.get('ownerId') ?? undefined,
      teamId: searchParams.get('teamId') ?? undefined,
      from: searchParams.get('from') ?? undefined,
      to: searchParams.get('to') ?? undefined,
      search: searchParams.get('search') ?? '',
    }),
    [searchParams],
  );

  const update = useCallback(
    (changes: Partial<BoardParams>) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of KEYS) {
            if (!(key in changes)) continue;
            const value = changes[key];
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  // One object per distinct filter: it is part of the cache keys of the board and its columns.
  const filter: BoardFilter = useMemo(
    () => ({
      ...(params.ownerId && { ownerIds: [params.ownerId] }),
      ...(params.teamId && { teamId: params.teamId }),
      ...(params.from && { from: params.from }),
      ...(params.to && { to: params.to }),
      ...(params.search.trim() && { search: params.search.trim() }),
    }),
    [params],
  );

  return { params, filter, update };
}
