import type { FieldError } from '../../ui/api-errors';
import type { MergeFieldChoice, MergeSource } from './graphql/types';

/** How the merge screen reads one field of a record: the value compared, and its lines as shown. */
export interface MergeField<TRecord> {
  /** The API field name (firstName, phones, ownerId…) or custom.<key>. */
  field: string;
  label: string;
  /** Lists (phones, tags…) may keep both records' items. */
  list: boolean;
  value: (record: TRecord) => unknown;
  lines: (record: TRecord) => string[];
}

/** A field whose values differ: one row of the merge screen. */
export interface MergeRow {
  field: string;
  label: string;
  list: boolean;
  survivor: string[];
  loser: string[];
  /** The viewer may not change the survivor's value, so it stays. */
  locked: boolean;
  /** Without a pick: lists are joined, a value missing on the survivor comes from the loser. */
  defaultFrom: MergeSource;
}

export interface MergeSide {
  id: string;
  version: number;
  readOnlyFields: string[];
}

/** The user's picks by field: the id of the record whose value stays, or BOTH. By id, so that swapping sides keeps them. */
export type MergePicks = Record<string, string>;
export const BOTH: MergeSource = 'BOTH';

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const comparable = (value: unknown) => JSON.stringify(isEmpty(value) ? null : value);

export function mergeRows<TRecord extends MergeSide>(fields: MergeField<TRecord>[], survivor: TRecord, loser: TRecord): MergeRow[] {
  return fields
    .filter((field) => comparable(field.value(survivor)) !== comparable(field.value(loser)))
    .map((field) => {
      const locked = survivor.readOnlyFields.includes(field.field);
      const defaultFrom: MergeSource = field.list ? 'BOTH' : isEmpty(field.value(survivor)) ? 'LOSER' : 'SURVIVOR';
      return {
        field: field.field,
        label: field.label,
        list: field.list,
        survivor: field.lines(survivor),
        loser: field.lines(loser),
        locked,
        defaultFrom: locked ? 'SURVIVOR' : defaultFrom,
      };
    });
}

export function sourceOf(row: MergeRow, picks: MergePicks, sides: { survivorId: string; loserId: string }): MergeSource {
  if (row.locked) return 'SURVIVOR';
  const pick = picks[row.field];
  if (pick === BOTH && row.list) return 'BOTH';
  if (pick === sides.survivorId) return 'SURVIVOR';
  if (pick === sides.loserId) return 'LOSER';
  return row.defaultFrom;
}

/** Every row is sent as shown, so the result is what the user saw, whatever the server's defaults. */
export function toFieldChoices(rows: MergeRow[], picks: MergePicks, sides: { survivorId: string; loserId: string }): MergeFieldChoice[] {
  return rows.map((row) => ({ field: row.field, from: sourceOf(row, picks, sides) }));
}

export interface PlacedMergeErrors {
  byRow: Map<string, string[]>;
  survivor: string[];
  loser: string[];
  unplaced: FieldError[];
}

/**
 * Shows each server message where it belongs: `fields.2.from` at the third row sent, a field name
 * (e.g. `ownerId`, refused as read-only) at its row, `survivorId` / `loserId` at that record.
 */
export function placeMergeErrors(errors: FieldError[], sent: MergeFieldChoice[]): PlacedMergeErrors {
  const placed: PlacedMergeErrors = { byRow: new Map(), survivor: [], loser: [], unplaced: [] };
  for (const error of errors) {
    const choiceIndex = /^fields\.(\d+)\./.exec(error.field)?.[1];
    const row = choiceIndex !== undefined ? sent[Number(choiceIndex)]?.field : sent.find((choice) => choice.field === error.field)?.field;
    if (row) placed.byRow.set(row, [...(placed.byRow.get(row) ?? []), error.message]);
    else if (error.field === 'survivorId') placed.survivor.push(error.message);
    else if (error.field === 'loserId') placed.loser.push(error.message);
    else placed.unplaced.push(error);
  }
  return placed;
}
