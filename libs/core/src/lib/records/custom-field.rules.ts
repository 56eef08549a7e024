import type { CountryCode } from 'libphonenumber-js';
import { FieldProblem } from '../errors/errors';
import { FieldChange } from '../events/event.entity';
import { isValidLocalDate } from '../graphql/scalars';
import { normalizePhone } from '../phone/phone.rules';
import { CustomField, CustomFieldType } from './custom-field.entity';

/** Stored custom values: key → normalised value. Empty values are removed, never stored. */
export type CustomValues = Record<string, unknown>;

export interface CustomValuePatch {
  key: string;
  /** null clears the value */
  value?: unknown;
}

export interface CustomPatchOptions {
  /** New records must fill every required field; edits only may not clear one. */
  creating: boolean;
  phoneRegion: string;
  /** Values typed as text (CSV import): "1 234,50", "да", "31.12.2025" are read leniently. */
  fromText?: boolean;
  path?: string;
}

export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_TEXT = 2000;

/**
 * Applies a list of custom values to a record's current ones, validated like built-in fields:
 * unknown or archived fields, wrong types and options that do not exist are named by their
 * path (customFields.<key>). Values of archived fields are kept untouched.
 */
export function applyCustomValues(
  fields: CustomField[],
  current: CustomValues,
  patch: CustomValuePatch[] | null | undefined,
  options: CustomPatchOptions,
): { values: CustomValues; problems: FieldProblem[]; changed: string[] } {
  const path = options.path ?? 'customFields';
  const values: CustomValues = { ...current };
  const problems: FieldProblem[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const item of patch ?? []) {
    const at = `${path}.${item.key}`;
    const field = fields.find((f) => f.key === item.key);
    if (!field) {
      problems.push({ field: at, message: 'no such custom field' });
      continue;
    }
    if (field.archivedAt) {
      problems.push({ field: at, message: 'this field is archived' });
      continue;
    }
    if (seen.has(item.key)) {
      problems.push({ field: at, message: 'is given twice' });
      continue;
    }
    seen.add(item.key);
    const result = normaliseCustomValue(field, item.value, options);
    if ('problem' in result) {
      problems.push({ field: at, message: result.problem });
      continue;
    }
    if (JSON.stringify(values[item.key] ?? null) !== JSON.stringify(result.value)) changed.push(item.key);
    if (result.value === null) delete values[item.key];
    else values[item.key] = result.value;
  }
  for (const field of fields) {
    if (!field.required || field.archivedAt || values[field.key] !== undefined) continue;
    if (options.creating || seen.has(field.key)) problems.push({ field: `${path}.${field.key}`, message: 'is required' });
  }
  return { values, problems, changed };
}

type Normalised = { value: unknown } | { problem: string };

export function normaliseCustomValue(field: CustomField, raw: unknown, options: Pick<CustomPatchOptions, 'phoneRegion' | 'fromText'>): Normalised {
  if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) return { value: null };
  const text = typeof raw === 'string' ? raw.trim() : null;
  if (text === '') return { value: null };
  switch (field.type) {
    case CustomFieldType.TEXT:
      if (text === null) return { problem: 'must be text' };
      return text.length > MAX_TEXT ? { problem: `must be at most ${MAX_TEXT} characters` } : { value: text };
    case CustomFieldType.NUMBER: {
      const n = typeof raw === 'number' ? raw : options.fromText && text !== null ? parseDecimal(text) : NaN;
      return Number.isFinite(n) ? { value: n } : { problem: 'must be a number' };
    }
    case CustomFieldType.MONEY: {
      if (typeof raw === 'number') return Number.isSafeInteger(raw) ? { value: raw } : { problem: 'must be a whole amount in minor units (kopecks, cents)' };
      if (!options.fromText) return { problem: 'must be a whole amount in minor units (kopecks, cents)' };
      const minor = Math.round(parseDecimal(text ?? '') * 10 ** fractionDigits(field.currency));
      return Number.isSafeInteger(minor) ? { value: minor } : { problem: 'must be an amount of money' };
    }
    case CustomFieldType.DATE: {
      const date = text === null ? null : isValidLocalDate(text) ? text : options.fromText ? fromDottedDate(text) : null;
      return date ? { value: date } : { problem: 'must be a date YYYY-MM-DD' };
    }
    case CustomFieldType.BOOLEAN: {
      if (typeof raw === 'boolean') return { value: raw };
      const word = options.fromText && text !== null ? text.toLowerCase() : '';
      if (['да', 'yes', 'true', '1', 'y', 'д'].includes(word)) return { value: true };
      if (['нет', 'no', 'false', '0', 'n', 'н'].includes(word)) return { value: false };
      return { problem: 'must be true or false' };
    }
    case CustomFieldType.SELECT: {
      if (text === null) return { problem: 'must be an option key' };
      const option = findOption(field, text, options.fromText);
      return option ? { value: option } : { problem: `no such option "${text}"` };
    }
    case CustomFieldType.MULTI_SELECT: {
      const items = Array.isArray(raw) ? raw : options.fromText && text !== null ? text.split(/[;,]/).map((s) => s.trim()).filter(Boolean) : null;
      if (!items || items.some((i) => typeof i !== 'string')) return { problem: 'must be a list of option keys' };
      const keys: string[] = [];
      for (const item of items as string[]) {
        const option = findOption(field, item.trim(), options.fromText);
        if (!option) return { problem: `no such option "${item}"` };
        if (!keys.includes(option)) keys.push(option);
      }
      return { value: keys };
    }
    case CustomFieldType.URL: {
      if (text === null) return { problem: 'must be text' };
      const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
      try {
        const url = new URL(withScheme);
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && withScheme.length <= MAX_TEXT) return { value: url.toString() };
      } catch {
        // reported below
      }
      return { problem: 'must be a web address such as https://example.com' };
    }
    case CustomFieldType.EMAIL:
      return text !== null && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) && text.length <= 320 ? { value: text.toLowerCase() } : { problem: 'is not a valid e-mail address' };
    case CustomFieldType.PHONE: {
      const phone = text === null ? null : normalizePhone(text, options.phoneRegion as CountryCode);
      return phone ? { value: phone.e164 } : { problem: 'is not a valid phone number' };
    }
  }
}

/** An active option by key, or (for typed text) by its label in any case. */
function findOption(field: CustomField, text: string, byLabel?: boolean): string | null {
  const active = field.options.filter((o) => !o.archived);
  const hit = active.find((o) => o.key === text) ?? (byLabel ? active.find((o) => o.label.toLowerCase() === text.toLowerCase()) : undefined);
  return hit?.key ?? null;
}

/** "1 234,50", "1234.5", "1,234.50" → number. */
export function parseDecimal(text: string): number {
  const compact = text.replace(/[\s\u00a0']/g, '');
  const normalised = /,\d{1,2}$/.test(compact) && !compact.includes('.') ? compact.replace(',', '.') : compact.replace(/,/g, '');
  return /^[-+]?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : NaN;
}

function fromDottedDate(text: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isValidLocalDate(iso) ? iso : null;
}

/** Minor-unit digits of a currency (RUB 2, JPY 0). */
export function fractionDigits(currency: string | null): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency ?? 'RUB' }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Event-log entries for changed custom values, named "custom.<key>". */
export function customChanges(before: CustomValues, after: CustomValues, keys: string[]): Record<string, FieldChange> {
  return Object.fromEntries(keys.map((k) => [`custom.${k}`, { before: before[k] ?? null, after: after[k] ?? null }]));
}

/** A value as text that people read and the CSV import reads back: option labels, decimal money, yes/no. */
export function customValueText(field: CustomField, value: unknown): string {
  if (value === undefined || value === null) return '';
  const label = (key: unknown) => field.options.find((o) => o.key === key)?.label ?? String(key);
  switch (field.type) {
    case CustomFieldType.SELECT:
      return label(value);
    case CustomFieldType.MULTI_SELECT:
      return (value as unknown[]).map(label).join('; ');
    case CustomFieldType.MONEY:
      return (Number(value) / 10 ** fractionDigits(field.currency)).toFixed(fractionDigits(field.currency));
    case CustomFieldType.BOOLEAN:
      return value ? 'yes' : 'no';
    default:
      return String(value);
  }
}
