import type { FormInstance } from 'antd';
import type { FieldError } from './api-errors';

export type FieldPath = (string | number)[];

/** `phones.0.number` → ['phones', 0, 'number'], the name antd uses for that Form.List input. */
function toFieldPath(field: string): FieldPath {
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Shows each server message under its input and returns the messages that no input of this form
 * can display (the caller shows those in a summary).
 */
export function showFieldErrors(
  form: FormInstance,
  errors: FieldError[],
  hasInput: (path: FieldPath) => boolean,
): FieldError[] {
  const messagesByField = new Map<string, string[]>();
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    if (!hasInput(toFieldPath(error.field))) {
      unplaced.push(error);
      continue;
    }
    messagesByField.set(error.field, [...(messagesByField.get(error.field) ?? []), error.message]);
  }
  const fields = [...messagesByField].map(([field, messages]) => ({ name: toFieldPath(field), errors: messages }));
  form.setFields(fields);
  if (fields.length > 0) form.scrollToField(fields[0].name);
  return unplaced;
}
