import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { FieldPath } from '../../ui/form-errors';
import { toMajor, toMinor } from '../../ui/money';
import type { CustomField, CustomFieldValue, CustomValueInput } from './graphql/types';

/** Date scalar format used by the API. */
const API_DATE_FORMAT = 'YYYY-MM-DD';

/** What a form input holds: money in major units, dates as Dayjs. */
export type CustomFormValue = string | number | boolean | string[] | Dayjs | null | undefined;
/** Form values under `customFields`, by field key. */
export type CustomFormValues = Record<string, CustomFormValue>;
/** A value as the API stores it: money in minor units, dates as YYYY-MM-DD, options by key. */
export type RawCustomValue = CustomValueInput['value'];

/** The one slot of a typed value that is set. */
export function rawValueOf(value: CustomFieldValue): RawCustomValue {
  return value.text ?? value.number ?? value.date ?? value.boolean ?? value.options ?? null;
}

export function rawValuesByKey(values: CustomFieldValue[]): Map<string, RawCustomValue> {
  return new Map(values.map((value) => [value.key, rawValueOf(value)]));
}

function toFormValue(field: CustomField, raw: RawCustomValue): CustomFormValue {
  if (raw === null) return undefined;
  if (field.type === 'MONEY' && typeof raw === 'number') return toMajor(raw, field.currency);
  if (field.type === 'DATE' && typeof raw === 'string') return dayjs(raw);
  return raw;
}

export function toCustomFormValues(fields: CustomField[], values: CustomFieldValue[]): CustomFormValues {
  const raw = rawValuesByKey(values);
  return Object.fromEntries(
    fields.filter((field) => raw.has(field.key)).map((field) => [field.key, toFormValue(field, raw.get(field.key)!)]),
  );
}

function toRawValue(field: CustomField, value: CustomFormValue): RawCustomValue {
  if (value === undefined || value === null) return null;
  if (dayjs.isDayjs(value)) return value.format(API_DATE_FORMAT);
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length > 0 ? value : null;
  if (field.type === 'MONEY' && typeof value === 'number') return toMinor(value, field.currency);
  return value;
}

/** One input per active field; empty inputs become null ("cleared"). */
export function toCustomValueInputs(activeFields: CustomField[], values: CustomFormValues | undefined): CustomValueInput[] {
  return activeFields.map((field) => ({ key: field.key, value: toRawValue(field, values?.[field.key]) }));
}

/** For creating: only the values that were filled in. */
export function filledCustomValues(inputs: CustomValueInput[]): CustomValueInput[] {
  return inputs.filter((input) => input.value !== null);
}

/**
 * For updating: only the values that changed, since the API keeps omitted keys as they are (and
 * would call an untouched, empty required field an error if it were sent).
 */
export function changedCustomValues(loaded: CustomValueInput[], edited: CustomValueInput[]): CustomValueInput[] {
  const before = new Map(loaded.map((input) => [input.key, JSON.stringify(input.value)]));
  return edited.filter((input) => before.get(input.key) !== JSON.stringify(input.value));
}

/** Whether a server error path such as `customFields.employees` has an input among these fields. */
export function isCustomFieldInput(activeFields: CustomField[], path: FieldPath): boolean {
  const [group, key] = path;
  return path.length === 2 && group === 'customFields' && activeFields.some((field) => field.key === key);
}

/**
 * Which required fields a form must insist on: a new record (no values yet) all of them, an
 * existing one those it already has, since only clearing them is refused.
 */
export function mustFillRule(existing: CustomFieldValue[] | null): (field: CustomField) => boolean {
  if (!existing) return (field) => field.required;
  const filled = new Set(existing.map((value) => value.key));
  return (field) => field.required && filled.has(field.key);
}
