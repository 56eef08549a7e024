import { ForbiddenError, ValidationError } from '../errors/errors';
import { Actor, can, hiddenFields, readOnlyFields } from './actor';
import { Permission, POLICY } from './policy';

/** The columns of a table that the record scope looks at. */
export interface ScopedColumns {
  owner: string;
  territory?: string;
  partner?: string;
}

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The SQL condition that limits a query to the records the actor may see. It goes into every
 * list, count, search and get, so hidden rows are never loaded and never counted.
 * Anything the policy does not cover is denied.
 */
export function scopeCondition(actor: Actor, alias: string, columns: ScopedColumns): SqlCondition {
  const col = (c: string) => `${alias}.${c}`;
  const deny = { sql: 'FALSE', params: {} };
  switch (POLICY[actor.role].scope) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'own':
      return actor.userId ? { sql: `${col(columns.owner)} = :scopeUserId`, params: { scopeUserId: actor.userId } } : deny;
    case 'team':
      if (!actor.teamId) return scopeCondition({ ...actor, role: 'sales_rep' }, alias, columns);
      return {
        sql: `${col(columns.owner)} IN (SELECT scope_u.id FROM core."user" scope_u WHERE scope_u.team_id = :scopeTeamId)`,
        params: { scopeTeamId: actor.teamId },
      };
    case 'territory':
      if (!columns.territory || !actor.territoryId) return deny;
      return { sql: `${col(columns.territory)} = :scopeTerritoryId`, params: { scopeTerritoryId: actor.territoryId } };
    case 'partner':
      if (!columns.partner || !actor.partnerAccountId) return deny;
      return { sql: `${col(columns.partner)} = :scopePartnerId`, params: { scopePartnerId: actor.partnerAccountId } };
  }
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError(`Missing permission ${permission}`, 'MISSING_PERMISSION');
}

/** Refuses an edit that touches a field the actor's role may not edit (or may not even read). */
export function requireEditableFields(actor: Actor, entity: string, changedFields: string[]): void {
  const frozen = [...readOnlyFields(actor, entity), ...hiddenFields(actor, entity)];
  const touched = changedFields.filter((f) => frozen.includes(f));
  if (touched.length) {
    throw new ValidationError(
      touched.map((field) => ({ field, message: 'you may not change this field' })),
      'FIELD_READ_ONLY',
    );
  }
}

/** A copy of the record with the fields the actor's role may not read emptied (null, or [] for lists). */
export function maskHidden<T extends object>(actor: Actor, entity: string, record: T): T {
  const hidden = hiddenFields(actor, entity);
  if (!hidden.length) return record;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(record)), record) as Record<string, unknown>;
  for (const field of hidden) {
    if (field in copy) copy[field] = Array.isArray(copy[field]) ? [] : null;
  }
  return copy as T;
}
