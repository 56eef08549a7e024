import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isUuid, ValidationError } from '../errors/errors';

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

/** A sort a list offers: its SQL expression, whether it may be null, and a row's value for the cursor. */
export interface SortSpec<T> {
  expr: string;
  nullable: boolean;
  value: (row: T) => unknown;
}

/**
 * Orders by the sort and then id, continues after the cursor, and returns how to make a row's
 * cursor. Null values (custom fields) come last in either direction.
 */
export function orderForKeyset<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  idExpr: string,
  sort: SortSpec<T>,
  direction: 'ASC' | 'DESC',
  after?: string | null,
): (row: T) => string {
  if (sort.nullable) qb.orderBy(sort.expr, direction, 'NULLS LAST');
  else qb.orderBy(sort.expr, direction);
  qb.addOrderBy(idExpr, direction);
  if (after) {
    const [value, id] = decodeCursor(after, 2);
    // A tampered cursor is bad input, not a database error.
    if (!isUuid(String(id))) throw ValidationError.field('after', 'is not a valid cursor');
    const cmp = direction === 'ASC' ? '>' : '<';
    const params = { ksValue: value, ksId: String(id) };
    if (!sort.nullable) qb.andWhere(`(${sort.expr}, ${idExpr}) ${cmp} (:ksValue, :ksId)`, params);
    else if (value === null) qb.andWhere(`(${sort.expr} IS NULL AND ${idExpr} ${cmp} :ksId)`, params);
    else qb.andWhere(`(${sort.expr} ${cmp} :ksValue OR (${sort.expr} = :ksValue AND ${idExpr} ${cmp} :ksId) OR ${sort.expr} IS NULL)`, params);
  }
  return (row) => encodeCursor([sort.value(row) ?? null, row.id]);
}

/**
 * A filter on one of several values, as SQL and parameters. One value is written as equality:
 * only then does the planner walk a (column, sort key, id) index in order and stop after a page;
 * `= ANY(array)` makes it read every matching row and sort them.
 */
export function oneOf(column: string, param: string, values: readonly unknown[]): [string, Record<string, unknown>] {
  return values.length === 1 ? [`${column} = :${param}`, { [param]: values[0] }] : [`${column} = ANY(:${param})`, { [param]: values }];
}
