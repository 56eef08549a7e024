import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PREFERRED_CHANNELS } from '../graphql/types';
import type { ContactFilter, ContactOrderBy, ContactOrderField, OrderDirection, PreferredChannel } from '../graphql/types';

export interface ContactListParams {
  search: string;
  ownerIds: string[];
  tags: string[];
  groupId?: string;
  preferredChannel?: PreferredChannel;
  birthdayMonth?: number;
  orderBy: ContactOrderBy;
}

const ORDER_FIELDS: ContactOrderField[] = ['NAME', 'CREATED_AT', 'UPDATED_AT'];
const DEFAULT_ORDER: ContactOrderBy = { field: 'NAME', direction: 'ASC' };

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
    preferredChannel: oneOf(PREFERRED_CHANNELS, searchParams.get('channel')),
    birthdayMonth: Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined,
    orderBy: {
      field: oneOf(ORDER_FIELDS, searchParams.get('sort')) ?? DEFAULT_ORDER.field,
      direction: oneOf<OrderDirection>(['ASC', 'DESC'], searchParams.get('dir')) ?? DEFAULT_ORDER.direction,
    },
  };
}

function toSearchParams(params: ContactListParams): URLSearchParams {
  const searchParams = new URLSearchParams();
  if (params.search) searchParams.set('q', params.search);
  params.ownerIds.forEach((id) => searchParams.append('owner', id));
  params.tags.forEach((tag) => searchParams.append('tag', tag));
  if (params.groupId) searchParams.set('group', params.groupId);
  if (params.preferredChannel) searchParams.set('channel', params.preferredChannel);
  if (params.birthdayMonth) searchParams.set('month', String(params.birthdayMonth));
  if (params.orderBy.field !== DEFAULT_ORDER.field) searchParams.set('sort', params.orderBy.field);
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
