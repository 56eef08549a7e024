import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_ORDER, orderValue, parseOrder } from '../../custom-fields';
import { PREFERRED_CHANNELS } from '../graphql/types';
import type { ContactFilter, ContactOrderBy, PreferredChannel } from '../graphql/types';

export interface ContactListParams {
  search: string;
  ownerIds: string[];
  tags: string[];
  groupId?: string;
  segmentId?: string;
  preferredChannel?: PreferredChannel;
  birthdayMonth?: number;
  orderBy: ContactOrderBy;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function parseParams(searchParams: URLSearchParams): ContactListParams {
  const month = Number(searchParams.get('month'));
  return {
    search: searchParams.get('q') ?? '',
    ownerIds: searchParams.getAll('owner'),
    tags: searchParams.getAll('tag'),
    groupId: searchParams.get('group') ?? undefined,
    segmentId: searchParams.get('segment') ?? undefined,
    preferredChannel: oneOf(PREFERRED_CHANNELS, searchParams.get('channel')),
    birthdayMonth: Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined,
    orderBy: parseOrder(searchParams.get('sort'), searchParams.get('dir')),
  };
}

function toSearchParams(params: ContactListParams): URLSearchParams {
  const searchParams = new URLSearchParams();
  if (params.search) searchParams.set('q', params.search);
  params.ownerIds.forEach((id) => searchParams.append('owner', id));
  params.tags.forEach((tag) => searchParams.append('tag', tag));
  if (params.groupId) searchParams.set('group', params.groupId);
  if (params.segmentId) searchParams.set('segment', params.segmentId);
  if (params.preferredChannel) searchParams.set('channel', params.preferredChannel);
  if (params.birthdayMonth) searchParams.set('month', String(params.birthdayMonth));
  if (orderValue(params.orderBy) !== orderValue(DEFAULT_ORDER)) searchParams.set('sort', orderValue(params.orderBy));
  if (params.orderBy.direction !== DEFAULT_ORDER.direction) searchParams.set('dir', params.orderBy.direction);
  return searchParams;
}

/** The ContactFilter input for the current params; empty criteria are left out. */
function toContactFilter(params: ContactListParams): ContactFilter {
  const search = params.search.trim();
  return {
    ...(search && { search }),
    ...(params.ownerIds.length > 0 && { ownerIds: params.ownerIds }),
    ...(params.tags.length > 0 && { tags: params.tags }),
    ...(params.groupId && { groupId: params.groupId }),
    ...(params.segmentId && { segmentId: params.segmentId }),
    ...(params.preferredChannel && { preferredChannel: params.preferredChannel }),
    ...(params.birthdayMonth && { birthdayMonth: params.birthdayMonth }),
  };
}

/**
 * Search, filters and sort live in the URL so that returning from a contact card restores the
 * list exactly and a filtered list can be shared as a link.
 */
export function useContactListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseParams(searchParams), [searchParams]);
  const filter = useMemo(() => toContactFilter(params), [params]);

  const updateParams = useCallback(
    (changes: Partial<ContactListParams>) =>
      setSearchParams((current) => toSearchParams({ ...parseParams(current), ...changes }), { replace: true }),
    [setSearchParams],
  );

  return { params, filter, updateParams };
}
