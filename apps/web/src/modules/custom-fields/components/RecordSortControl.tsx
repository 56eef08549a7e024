import { useTranslation } from 'react-i18next';
import { SortControl } from '../../../ui/SortControl';
import type { CustomField } from '../graphql/types';
import { BUILT_IN_ORDER_FIELDS, orderValue, parseOrder } from '../order';
import type { RecordOrderBy } from '../order';

interface RecordSortControlProps {
  activeFields: CustomField[];
  value: RecordOrderBy;
  onChange: (order: RecordOrderBy) => void;
}

/** Sorting a contact or account list: built-in orders, then any custom field but a multi-select. */
export function RecordSortControl({ activeFields, value, onChange }: RecordSortControlProps) {
  const { t } = useTranslation();
  const options = [
    ...BUILT_IN_ORDER_FIELDS.map((field) => ({ value: field, label: t(`sort.${field}`) })),
    ...activeFields
      .filter((field) => field.type !== 'MULTI_SELECT')
      .map((field) => ({ value: orderValue({ field: 'CUSTOM', customKey: field.key, direction: 'ASC' }), label: t('sort.byField', { field: field.label }) })),
  ];
  return (
    <SortControl
      options={options}
      value={orderValue(value)}
      direction={value.direction}
      onChange={(next, direction) => onChange(parseOrder(next, direction))}
    />
  );
}
