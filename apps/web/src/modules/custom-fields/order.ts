import type { SortDirection } from '../../ui/SortControl';

/** Sort fields that contact and account lists share (ContactOrderField, AccountOrderField). */
export const BUILT_IN_ORDER_FIELDS = ['NAME', 'CREATED_AT', 'UPDATED_AT', 'COMPLETENESS'] as const;
type BuiltInOrderField = (typeof BUILT_IN_ORDER_FIELDS)[number];

/** ContactOrderBy / AccountOrderBy: CUSTOM sorts by the custom field `customKey`. */
export interface RecordOrderBy {
  field: BuiltInOrderField | 'CUSTOM';
  direction: SortDirection;
  customKey?: string;
}

export const DEFAULT_ORDER: RecordOrderBy = { field: 'NAME', direction: 'ASC' };

const CUSTOM_PREFIX = 'custom:';

/** One value per order for a select and the URL: the field, or custom:<key>. */
export function orderValue(order: RecordOrderBy): string {
  return order.field === 'CUSTOM' ? `${CUSTOM_PREFIX}${order.customKey ?? ''}` : order.field;
}

export function parseOrder(value: string | null, direction: string | null): RecordOrderBy {
  const dir: SortDirection = direction === 'DESC' ? 'DESC' : direction === 'ASC' ? 'ASC' : DEFAULT_ORDER.direction;
  if (value?.startsWith(CUSTOM_PREFIX) && value.length > CUSTOM_PREFIX.length) {
    return { field: 'CUSTOM', customKey: value.slice(CUSTOM_PREFIX.length), direction: dir };
  }
  const field = BUILT_IN_ORDER_FIELDS.find((candidate) => candidate === value) ?? DEFAULT_ORDER.field;
  return { field, direction: dir };
}
