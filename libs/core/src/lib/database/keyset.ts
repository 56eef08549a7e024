import { ValidationError } from '../errors/errors';

/**
 * Keyset pagination: a cursor is the sort key of the last row seen, so page 1000 costs the same
 * as page 1. Cursors are opaque to clients (base64url JSON).
 */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the validation error
  }
  throw ValidationError.field(field, 'is not a valid cursor');
}

export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | undefined | null, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw ValidationError.field('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return n;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
}

/** Rows were fetched with limit first+1: the extra row only tells whether there is a next page. */
export function toPage<T>(rows: T[], first: number): Page<T> {
  return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
}

/**
 * "After this row" for ORDER BY expr NULLS LAST, id — in either direction — where expr may be
 * null (custom values). Rows with a value come first, then those without, each by id.
 */
export function keysetAfterNullable(expr: string, idExpr: string, direction: 'ASC' | 'DESC', value: unknown, id: string) {
  const cmp = direction === 'ASC' ? '>' : '<';
  const params = { ksValue: value, ksId: id };
  if (value === null || value === undefined) return { sql: `(${expr} IS NULL AND ${idExpr} ${cmp} :ksId)`, params };
  return { sql: `(${expr} ${cmp} :ksValue OR (${expr} = :ksValue AND ${idExpr} ${cmp} :ksId) OR ${expr} IS NULL)`, params };
}
