import { useCallback } from 'react';
import type { EntityType } from '../graphql/types';
import { useCustomFields } from './useCustomFields';
import { useCustomValueText } from './useCustomValueText';

const CHANGE_PREFIX = 'custom.';

export interface CustomChange {
  label: string;
  text: (value: unknown) => string;
}

/**
 * Timeline changes of custom values are named "custom.<key>": this gives their label and value
 * text, or undefined for any other change (and for fields that no longer exist).
 */
export function useCustomChange(entityType: EntityType): (changeField: string) => CustomChange | undefined {
  const { fields } = useCustomFields(entityType);
  const valueText = useCustomValueText();
  return useCallback(
    (changeField: string) => {
      if (!changeField.startsWith(CHANGE_PREFIX)) return undefined;
      const field = fields.find((candidate) => candidate.key === changeField.slice(CHANGE_PREFIX.length));
      return field && { label: field.label, text: (value: unknown) => valueText(field, value) };
    },
    [fields, valueText],
  );
}
