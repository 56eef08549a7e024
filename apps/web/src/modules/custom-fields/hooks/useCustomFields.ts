import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { CUSTOM_FIELDS } from '../graphql/operations';
import type { CustomField, EntityType } from '../graphql/types';

/** Form order, as the server sorts: fields without a section first, then by section, position, label. */
export function byFormOrder(a: CustomField, b: CustomField): number {
  if (a.section !== b.section) {
    if (a.section === null) return -1;
    if (b.section === null) return 1;
    return a.section.localeCompare(b.section);
  }
  return a.position - b.position || a.label.localeCompare(b.label);
}

/**
 * The portrait schema of a record type. `fields` includes archived ones (old values still show);
 * `active` are those forms offer. Sorted here, so that edits in the cache keep the form order.
 */
export function useCustomFields(entityType: EntityType) {
  const { data, loading, error, refetch } = useQuery(CUSTOM_FIELDS, { variables: { entityType } });
  const fields = useMemo(() => [...(data?.customFields ?? [])].sort(byFormOrder), [data]);
  const active = useMemo(() => fields.filter((field) => !field.archivedAt), [fields]);
  return {
    fields,
    active,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}
