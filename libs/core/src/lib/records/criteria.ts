import { SqlCondition } from '../access/access';
import { FieldProblem, ValidationError } from '../errors/errors';
import { isValidLocalDate } from '../graphql/scalars';
import { CriteriaField, CriteriaRelation, ValueType } from './record-types';

/**
 * Criteria (segments, dynamic filters): a tree of AND/OR/NOT groups over field conditions and
 * relation tests, stored as JSON and compiled to parameterised SQL. Field names are looked up in
 * the record type's catalog, whose SQL the modules wrote; user values only ever become
 * parameters, so no user text reaches the SQL string.
 */
export type Criteria =
  | { and: Criteria[] }
  | { or: Criteria[] }
  | { not: Criteria }
  | { field: string; op: CriteriaOp; value?: unknown }
  | { relation: string; op: 'ANY' | 'NONE'; where?: Criteria | null };

export const CRITERIA_OPS = [
  'EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE', 'BETWEEN', 'IN', 'NOT_IN', 'CONTAINS', 'STARTS_WITH',
  'IS_EMPTY', 'IS_NOT_EMPTY', 'CONTAINS_ANY', 'CONTAINS_ALL', 'ANY', 'NONE',
] as const;
export type CriteriaOp = (typeof CRITERIA_OPS)[number];

const ORDERED = ['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE', 'BETWEEN', 'IN', 'NOT_IN', 'IS_EMPTY', 'IS_NOT_EMPTY'] as const;
const TEXTUAL = ['EQ', 'NE', 'IN', 'NOT_IN', 'CONTAINS', 'STARTS_WITH', 'IS_EMPTY', 'IS_NOT_EMPTY'] as const;

/** Which operators each value type accepts (the SPA offers the same list). */
export const OPS_BY_TYPE: Readonly<Record<ValueType, readonly CriteriaOp[]>> = {
  TEXT: TEXTUAL,
  URL: TEXTUAL,
  EMAIL: TEXTUAL,
  PHONE: ['EQ', 'NE', 'IN', 'NOT_IN', 'STARTS_WITH', 'IS_EMPTY', 'IS_NOT_EMPTY'],
  NUMBER: ORDERED,
  MONEY: ORDERED,
  DATE: ORDERED,
  BOOLEAN: ['EQ', 'IS_EMPTY', 'IS_NOT_EMPTY'],
  SELECT: ['EQ', 'NE', 'IN', 'NOT_IN', 'IS_EMPTY', 'IS_NOT_EMPTY'],
  MULTI_SELECT: ['CONTAINS_ANY', 'CONTAINS_ALL', 'IS_EMPTY', 'IS_NOT_EMPTY'],
  ID: ['EQ', 'NE', 'IN', 'NOT_IN', 'IS_EMPTY', 'IS_NOT_EMPTY'],
};

export const CRITERIA_LIMITS = { depth: 6, conditions: 50, listValues: 500, textLength: 500 };

/** What the compiler needs to know about a record type. */
export interface CriteriaCatalog {
  fields(type: string): CriteriaField[];
  relations(type: string): CriteriaRelation[];
  table(type: string): string;
  /** The reader's record scope over `alias`; relation tests only see records the reader may see. */
  scope(type: string, alias: string): SqlCondition;
  /** Turns a typed phone into E.164, or null. */
  normalisePhone(text: string): string | null;
}

interface State {
  catalog: CriteriaCatalog;
  params: Record<string, unknown>;
  problems: FieldProblem[];
  prefix: string;
  conditions: number;
  aliases: number;
}

/**
 * Compiles criteria for records of `type` aliased `alias`. Throws one ValidationError naming
 * every bad node by its path ("criteria.and.1.value"), so nothing runs on a half-valid tree.
 */
export function compileCriteria(catalog: CriteriaCatalog, type: string, criteria: unknown, alias: string, prefix = 'cr', path = 'criteria'): SqlCondition {
  const state: State = { catalog, params: {}, problems: [], prefix, conditions: 0, aliases: 0 };
  const sql = compileNode(state, type, criteria, alias, path, 1);
  if (state.problems.length) throw new ValidationError(state.problems, 'INVALID_CRITERIA');
  return { sql, params: state.params };
}

function compileNode(s: State, type: string, node: unknown, alias: string, path: string, depth: number): string {
  const fail = (field: string, message: string) => {
    s.problems.push({ field, message });
    return 'FALSE';
  };
  if (depth > CRITERIA_LIMITS.depth) return fail(path, `is nested deeper than ${CRITERIA_LIMITS.depth} levels`);
  if (!node || typeof node !== 'object' || Array.isArray(node)) return fail(path, 'must be an object');
  const n = node as Record<string, unknown>;
  const present = ['and', 'or', 'not', 'field', 'relation'].filter((k) => n[k] !== undefined && n[k] !== null);
  if (present.length !== 1) return fail(path, 'must have exactly one of and, or, not, field, relation');
  const kind = present[0];
  if (kind === 'and' || kind === 'or') {
    const items = n[kind];
    if (!Array.isArray(items) || !items.length) return fail(`${path}.${kind}`, 'must be a non-empty list');
    const parts = items.map((child, i) => compileNode(s, type, child, alias, `${path}.${kind}.${i}`, depth + 1));
    return `(${parts.join(kind === 'and' ? ' AND ' : ' OR ')})`;
  }
  if (kind === 'not') return `NOT ${compileNode(s, type, n.not, alias, `${path}.not`, depth + 1)}`;
  if (++s.conditions > CRITERIA_LIMITS.conditions) return fail(path, `more than ${CRITERIA_LIMITS.conditions} conditions`);
  if (kind === 'relation') return compileRelation(s, type, n, alias, path, depth);
  return compileCondition(s, type, n, alias, path);
}

function compileRelation(s: State, type: string, n: Record<string, unknown>, alias: string, path: string, depth: number): string {
  const relation = s.catalog.relations(type).find((r) => r.key === n.relation);
  if (!relation) {
    s.problems.push({ field: `${path}.relation`, message: `unknown relation ${JSON.stringify(n.relation)}` });
    return 'FALSE';
  }
  if (n.op !== 'ANY' && n.op !== 'NONE') {
    s.problems.push({ field: `${path}.op`, message: 'must be ANY or NONE for a relation' });
    return 'FALSE';
  }
  const inner = `${s.prefix}_r${s.aliases++}`;
  const scope = s.catalog.scope(relation.target, inner);
  const scopeSql = prefixParams(s, scope);
  const where = n.where == null ? 'TRUE' : compileNode(s, relation.target, n.where, inner, `${path}.where`, depth + 1);
  const exists = `EXISTS (SELECT 1 FROM ${s.catalog.table(relation.target)} ${inner} WHERE ${relation.link(alias, inner)} AND ${scopeSql} AND ${where})`;
  return n.op === 'ANY' ? exists : `NOT ${exists}`;
}

/** Renames a scope condition's parameters so several relation tests can share one query. */
function prefixParams(s: State, condition: SqlCondition): string {
  let sql = condition.sql;
  for (const [name, value] of Object.entries(condition.params)) {
    const renamed = `${s.prefix}_s${Object.keys(s.params).length}`;
    s.params[renamed] = value;
    sql = sql.replace(new RegExp(`:${name}\\b`, 'g'), `:${renamed}`);
  }
  return sql;
}

function compileCondition(s: State, type: string, n: Record<string, unknown>, alias: string, path: string): string {
  const fail = (field: string, message: string) => {
    s.problems.push({ field, message });
    return 'FALSE';
  };
  const field = s.catalog.fields(type).find((f) => f.key === n.field);
  if (!field) return fail(`${path}.field`, `unknown field ${JSON.stringify(n.field)}`);
  const op = n.op as CriteriaOp;
  if (!OPS_BY_TYPE[field.type].includes(op)) return fail(`${path}.op`, `must be one of ${OPS_BY_TYPE[field.type].join(', ')} for ${field.key}`);
  const expr = field.sql(alias);
  if (op === 'IS_EMPTY' || op === 'IS_NOT_EMPTY') {
    // Custom values are stored only when filled, so "has the key" is the test.
    if (field.customKey) return op === 'IS_EMPTY' ? `NOT (${alias}.custom ? '${field.customKey}')` : `(${alias}.custom ? '${field.customKey}')`;
    const empty = field.many || field.type === 'MULTI_SELECT' ? `COALESCE(cardinality(${expr}), 0) = 0` : field.type === 'TEXT' ? `COALESCE(${expr}, '') = ''` : `${expr} IS NULL`;
    return op === 'IS_EMPTY' ? `(${empty})` : `NOT (${empty})`;
  }
  const param = (value: unknown) => {
    const name = `${s.prefix}${Object.keys(s.params).length}`;
    s.params[name] = value;
    return `:${name}`;
  };
  const valuePath = `${path}.value`;
  const one = (v: unknown, at = valuePath) => normaliseValue(s, field, v, at);
  const list = (v: unknown) => {
    if (!Array.isArray(v) || !v.length || v.length > CRITERIA_LIMITS.listValues) {
      s.problems.push({ field: valuePath, message: `must be a list of 1 to ${CRITERIA_LIMITS.listValues} values` });
      return [];
    }
    return v.map((item, i) => one(item, `${valuePath}.${i}`));
  };
  if (field.customKey && ['EQ', 'CONTAINS_ANY', 'CONTAINS_ALL'].includes(op)) {
    // Containment on the record's custom JSONB uses its GIN index.
    const contains = (v: unknown) => `${alias}.custom @> ${param(JSON.stringify({ [field.customKey!]: field.type === 'MULTI_SELECT' ? [v] : v }))}::jsonb`;
    if (op === 'EQ') return contains(one(n.value));
    const parts = list(n.value).map(contains);
    return parts.length ? `(${parts.join(op === 'CONTAINS_ANY' ? ' OR ' : ' AND ')})` : 'FALSE';
  }
  if (field.many) return compileManyCondition(op, expr, n.value, { one, list, param, fail: () => fail(`${path}.op`, `is not supported for ${field.key}`) });
  switch (op) {
    case 'EQ': return `${expr} = ${param(one(n.value))}`;
    case 'NE': return `${expr} IS DISTINCT FROM ${param(one(n.value))}`;
    case 'GT': return `${expr} > ${param(one(n.value))}`;
    case 'GTE': return `${expr} >= ${param(one(n.value))}`;
    case 'LT': return `${expr} < ${param(one(n.value))}`;
    case 'LTE': return `${expr} <= ${param(one(n.value))}`;
    case 'BETWEEN': {
      const [from, to] = Array.isArray(n.value) && n.value.length === 2 ? n.value.map((v, i) => one(v, `${valuePath}.${i}`)) : [fail(valuePath, 'must be [from, to]'), null];
      return `${expr} BETWEEN ${param(from)} AND ${param(to)}`;
    }
    case 'IN': return `${expr} = ANY(${param(list(n.value))})`;
    case 'NOT_IN': return `(${expr} IS NULL OR NOT (${expr} = ANY(${param(list(n.value))})))`;
    case 'CONTAINS': return `lower(${expr}) LIKE ${param(`%${escapeLike(String(one(n.value)).toLowerCase())}%`)}`;
    case 'STARTS_WITH': return `lower(${expr}) LIKE ${param(`${escapeLike(String(one(n.value)).toLowerCase())}%`)}`;
    case 'CONTAINS_ANY': return `${expr} && ${param(list(n.value))}::text[]`;
    case 'CONTAINS_ALL': return `${expr} @> ${param(list(n.value))}::text[]`;
    default: return fail(`${path}.op`, `must be one of ${OPS_BY_TYPE[field.type].join(', ')} for ${field.key}`);
  }
}

interface Binders {
  one: (v: unknown) => unknown;
  list: (v: unknown) => unknown[];
  param: (v: unknown) => string;
  fail: () => string;
}

/** Conditions on a text-array expression: "one of the values …". */
function compileManyCondition(op: CriteriaOp, expr: string, value: unknown, b: Binders): string {
  const anyLike = (pattern: string) => `EXISTS (SELECT 1 FROM unnest(${expr}) AS v(x) WHERE lower(v.x) LIKE ${b.param(pattern)})`;
  switch (op) {
    case 'EQ': return `${expr} @> ARRAY[${b.param(b.one(value))}]::text[]`;
    case 'NE': return `NOT (${expr} @> ARRAY[${b.param(b.one(value))}]::text[])`;
    case 'IN': return `${expr} && ${b.param(b.list(value))}::text[]`;
    case 'NOT_IN': return `NOT (${expr} && ${b.param(b.list(value))}::text[])`;
    case 'CONTAINS': return anyLike(`%${escapeLike(String(b.one(value)).toLowerCase())}%`);
    case 'STARTS_WITH': return anyLike(`${escapeLike(String(b.one(value)).toLowerCase())}%`);
    default: return b.fail();
  }
}

function normaliseValue(s: State, field: CriteriaField, value: unknown, path: string): unknown {
  const problem = (message: string) => {
    s.problems.push({ field: path, message });
    return null;
  };
  switch (field.type) {
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? value : problem('must be a number');
    case 'MONEY':
      return Number.isSafeInteger(value) ? value : problem('must be a whole amount in minor units (kopecks, cents)');
    case 'DATE':
      return typeof value === 'string' && isValidLocalDate(value) ? value : problem('must be a date YYYY-MM-DD');
    case 'BOOLEAN':
      return typeof value === 'boolean' ? value : problem('must be true or false');
    case 'ID':
      return typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : problem('must be an id');
    case 'SELECT':
    case 'MULTI_SELECT':
      if (typeof value !== 'string') return problem('must be an option key');
      return field.options?.some((o) => o.key === value) ? value : problem(`no such option ${JSON.stringify(value)} for ${field.key}`);
    case 'PHONE': {
      if (typeof value !== 'string') return problem('must be text');
      return s.catalog.normalisePhone(value) ?? (/^\+?\d{1,15}$/.test(value.replace(/[\s()-]/g, '')) ? value.replace(/[\s()-]/g, '') : problem('is not a phone number'));
    }
    default:
      if (typeof value !== 'string') return problem('must be text');
      if (value.length > CRITERIA_LIMITS.textLength) return problem(`must be at most ${CRITERIA_LIMITS.textLength} characters`);
      return field.type === 'EMAIL' ? value.trim().toLowerCase() : value;
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
