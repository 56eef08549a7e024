import type { Criteria, RelationOp } from './graphql/types';

/**
 * The segment builder edits a tree of groups, conditions and relation tests; it is turned into
 * the API's criteria JSON (see CreateSegmentInput.criteria) and read back from it.
 */
export interface GroupNode {
  kind: 'group';
  id: string;
  op: 'and' | 'or';
  /** NOT around the group. */
  negated: boolean;
  children: BuilderNode[];
}

export interface ConditionNode {
  kind: 'condition';
  id: string;
  field?: string;
  op?: string;
  /** In the API's form: money in minor units, dates as YYYY-MM-DD, lists for list operators. */
  value?: unknown;
}

export interface RelationNode {
  kind: 'relation';
  id: string;
  relation?: string;
  op: RelationOp;
  /** Conditions on the related records; empty means "any related record". */
  where: GroupNode;
}

export type BuilderNode = GroupNode | ConditionNode | RelationNode;

/** The API allows this many levels; the builder stops offering deeper nesting there. */
export const MAX_DEPTH = 6;

export const VALUELESS_OPS = new Set(['IS_EMPTY', 'IS_NOT_EMPTY']);
export const LIST_OPS = new Set(['IN', 'NOT_IN', 'CONTAINS_ANY', 'CONTAINS_ALL']);

let lastId = 0;
const nextId = () => `node-${++lastId}`;

export const newGroup = (children: BuilderNode[] = []): GroupNode => ({
  kind: 'group',
  id: nextId(),
  op: 'and',
  negated: false,
  children,
});
export const newCondition = (): ConditionNode => ({ kind: 'condition', id: nextId() });
export const newRelation = (): RelationNode => ({ kind: 'relation', id: nextId(), op: 'ANY', where: newGroup() });

function hasValue(op: string, value: unknown): boolean {
  if (VALUELESS_OPS.has(op)) return true;
  if (op === 'BETWEEN') return Array.isArray(value) && value.length === 2 && value.every((part) => part !== null && part !== undefined);
  if (LIST_OPS.has(op)) return Array.isArray(value) && value.length > 0;
  return value !== undefined && value !== null && value !== '';
}

export interface BuiltCriteria {
  /** null while nothing complete is there to test. */
  criteria: Criteria | null;
  /** Which node each criteria path ("criteria.and.1") came from, to show server errors there. */
  nodeByPath: Map<string, string>;
  /** Conditions (and relations) not filled in yet: left out of the criteria. */
  incomplete: Set<string>;
}

/** The criteria JSON of a builder tree; incomplete conditions and empty groups are left out. */
export function toCriteria(root: GroupNode): BuiltCriteria {
  const built: BuiltCriteria = { criteria: null, nodeByPath: new Map(), incomplete: new Set() };

  const build = (node: BuilderNode, path: string): Criteria | null => {
    if (node.kind === 'condition') {
      if (!node.field || !node.op || !hasValue(node.op, node.value)) {
        built.incomplete.add(node.id);
        return null;
      }
      built.nodeByPath.set(path, node.id);
      return VALUELESS_OPS.has(node.op) ? { field: node.field, op: node.op } : { field: node.field, op: node.op, value: node.value };
    }
    if (node.kind === 'relation') {
      if (!node.relation) {
        built.incomplete.add(node.id);
        return null;
      }
      built.nodeByPath.set(path, node.id);
      const where = build(node.where, `${path}.where`);
      return { relation: node.relation, op: node.op, ...(where && { where }) };
    }
    const inner = node.negated ? `${path}.not` : path;
    const children: Criteria[] = [];
    for (const child of node.children) {
      const criteria = build(child, `${inner}.${node.op}.${children.length}`);
      if (criteria) children.push(criteria);
    }
    if (children.length === 0) return null;
    built.nodeByPath.set(path, node.id);
    const group = node.op === 'and' ? { and: children } : { or: children };
    return node.negated ? { not: group } : group;
  };

  built.criteria = build(root, 'criteria');
  return built;
}

/** The node a server error path ("criteria.and.1.value") is about: its longest known prefix. */
export function nodeOfPath(nodeByPath: Map<string, string>, errorPath: string): string | undefined {
  for (let path = errorPath; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    const id = nodeByPath.get(path);
    if (id) return id;
  }
  return undefined;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asGroup = (node: BuilderNode): GroupNode => (node.kind === 'group' ? node : newGroup([node]));

function fromNode(criteria: unknown): BuilderNode {
  if (!isObject(criteria)) return newCondition();
  for (const op of ['and', 'or'] as const) {
    const items = criteria[op];
    if (Array.isArray(items)) return { ...newGroup(items.map(fromNode)), op };
  }
  if (criteria['not'] !== undefined) {
    const inner = fromNode(criteria['not']);
    return inner.kind === 'group' && !inner.negated ? { ...inner, negated: true } : { ...newGroup([inner]), negated: true };
  }
  if (typeof criteria['relation'] === 'string') {
    return {
      ...newRelation(),
      relation: criteria['relation'],
      op: criteria['op'] === 'NONE' ? 'NONE' : 'ANY',
      where: criteria['where'] ? asGroup(fromNode(criteria['where'])) : newGroup(),
    };
  }
  return {
    ...newCondition(),
    field: typeof criteria['field'] === 'string' ? criteria['field'] : undefined,
    op: typeof criteria['op'] === 'string' ? criteria['op'] : undefined,
    value: criteria['value'],
  };
}

/** A saved segment's criteria as a builder tree (always a group at the root). */
export function fromCriteria(criteria: unknown): GroupNode {
  return asGroup(fromNode(criteria));
}
