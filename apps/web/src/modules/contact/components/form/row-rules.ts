import type { FormRule } from 'antd';
import { isBlankRow } from '../../form-model';

/**
 * Required only once the row has any other value: untouched rows are simply dropped on save,
 * half-filled ones must be completed.
 */
export function requiredInFilledRow(list: string, index: number, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value: unknown) => {
      const filled = value !== undefined && value !== null && String(value).trim() !== '';
      return filled || isBlankRow(getFieldValue([list, index]))
        ? Promise.resolve()
        : Promise.reject(new Error(message));
    },
  });
}
