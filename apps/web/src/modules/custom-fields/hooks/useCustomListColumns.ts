import type { VirtualColumn } from '../../../ui/VirtualTable';
import type { CustomField, CustomFieldValue } from '../graphql/types';
import { rawValueOf } from '../value-model';
import { useCustomValueText } from './useCustomValueText';

/** List columns for the custom fields a user chose to see. */
export function useCustomListColumns<TRow>(
  fields: CustomField[],
  valuesOf: (row: TRow) => CustomFieldValue[],
): VirtualColumn<TRow>[] {
  const valueText = useCustomValueText();
  const textOf = (field: CustomField, row: TRow) => {
    const value = valuesOf(row).find((candidate) => candidate.key === field.key);
    return value ? valueText(field, rawValueOf(value)) : '';
  };
  return fields.map((field) => ({
    key: `custom:${field.key}`,
    title: field.label,
    width: 'minmax(140px, 1fr)',
    minWidth: 140,
    render: (row) => textOf(field, row),
    hint: (row) => textOf(field, row) || undefined,
  }));
}
