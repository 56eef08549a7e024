import { Permission, POLICY, Role } from './policy';

/** Who is acting: a signed-in user, an integrator's API key (acting as its user), or the system (jobs). */
export interface Actor {
  kind: 'user' | 'apiKey' | 'system';
  userId: string | null;
  role: Role;
  teamId: string | null;
  territoryId: string | null;
  partnerAccountId: string | null;
  /** API keys are limited to their scopes; null means the role's permissions apply unrestricted. */
  scopes: readonly Permission[] | null;
  apiKeyId: string | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({
  kind: 'system',
  userId: null,
  role: 'admin',
  teamId: null,
  territoryId: null,
  partnerAccountId: null,
  scopes: null,
  apiKeyId: null,
});

export function can(actor: Actor, permission: Permission): boolean {
  return POLICY[actor.role].permissions.includes(permission) && (actor.scopes === null || actor.scopes.includes(permission));
}

export function permissionsOf(actor: Actor): Permission[] {
  return POLICY[actor.role].permissions.filter((p) => actor.scopes === null || actor.scopes.includes(p));
}

export function hiddenFields(actor: Actor, entity: string): readonly string[] {
  return POLICY[actor.role].fields?.[entity]?.hidden ?? [];
}

export function readOnlyFields(actor: Actor, entity: string): readonly string[] {
  return POLICY[actor.role].fields?.[entity]?.readOnly ?? [];
}
