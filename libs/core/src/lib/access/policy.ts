/**
 * The access policy: one table for every module. Roles grant permissions (what operations) and a
 * record scope (which records); field rules hide or freeze named fields. Services enforce it with
 * the actor as first argument; resolvers declare the permission they need (@RequirePermission).
 */
export const ROLES = ['admin', 'sales_manager', 'sales_rep', 'support_agent', 'marketer', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'contact.read',
  'contact.create',
  'contact.update',
  'contact.delete',
  'contact.import',
  'contact.export',
  'contact.merge',
  'account.read',
  'account.create',
  'account.update',
  'account.delete',
  'account.import',
  'account.export',
  'account.merge',
  'product.read',
  'product.manage',
  'pipeline.manage',
  'deal.read',
  'deal.create',
  'deal.update',
  'deal.delete',
  'plan.read',
  'plan.manage',
  'sales.analytics',
  'sales.departmentTotals',
  'customField.manage',
  'segment.read',
  'segment.manage',
  'user.read',
  'apikey.manage',
  'ops.dashboard',
  'schema.introspect',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Which records a role sees: all; those owned by anyone in the actor's team; those in the actor's
 * territory; the actor's own; those linked to the actor's partner account.
 */
export type RecordScope = 'all' | 'team' | 'territory' | 'own' | 'partner';

export interface FieldRules {
  /** Read as null/empty and listed in the record's hiddenFields. */
  hidden?: readonly string[];
  /** Any attempt to set them is refused with FORBIDDEN naming the field. */
  readOnly?: readonly string[];
}

export interface RolePolicy {
  scope: RecordScope;
  permissions: readonly Permission[];
  fields?: Readonly<Record<string, FieldRules>>;
}

const CONTACT_ALL: Permission[] = ['contact.read', 'contact.create', 'contact.update', 'contact.delete', 'contact.import', 'contact.export', 'contact.merge'];
const ACCOUNT_ALL: Permission[] = ['account.read', 'account.create', 'account.update', 'account.delete', 'account.import', 'account.export', 'account.merge'];
const DEAL_ALL: Permission[] = ['deal.read', 'deal.create', 'deal.update', 'deal.delete'];

export const POLICY: Readonly<Record<Role, RolePolicy>> = {
  admin: { scope: 'all', permissions: PERMISSIONS },
  // Managers see their team's deals; department-wide sales figures only as totals (sales.departmentTotals).
  sales_manager: {
    scope: 'team',
    permissions: [
      ...CONTACT_ALL, ...ACCOUNT_ALL, ...DEAL_ALL, 'product.read', 'product.manage', 'plan.read', 'plan.manage', 'sales.analytics', 'sales.departmentTotals',
      'segment.read', 'segment.manage', 'user.read',
    ],
  },
  sales_rep: {
    scope: 'own',
    permissions: [
      'contact.read', 'contact.create', 'contact.update', 'contact.import', 'account.read', 'account.create', 'account.update', 'account.import',
      'deal.read', 'deal.create', 'deal.update', 'product.read', 'plan.read', 'sales.analytics', 'segment.read', 'user.read',
    ],
    fields: { contact: { readOnly: ['ownerId'] }, account: { readOnly: ['ownerId'] }, deal: { readOnly: ['ownerId'] } },
  },
  // Support answers any caller (screen pop), so it sees every contact but not private dates.
  support_agent: {
    scope: 'all',
    permissions: ['contact.read', 'contact.create', 'contact.update', 'account.read', 'product.read', 'segment.read', 'user.read'],
    fields: { contact: { hidden: ['birthday', 'keyDates', 'deals'], readOnly: ['ownerId', 'territoryId', 'tags'] }, account: { hidden: ['metrics', 'contracts', 'deals'] } },
  },
  marketer: {
    scope: 'territory',
    permissions: [
      'contact.read', 'contact.update', 'contact.import', 'contact.export', 'account.read', 'account.update', 'account.import', 'account.export',
      'deal.read', 'product.read', 'sales.analytics', 'customField.manage', 'segment.read', 'segment.manage', 'user.read',
    ],
    fields: { contact: { readOnly: ['ownerId'] }, account: { readOnly: ['ownerId'] } },
  },
  partner: {
    scope: 'partner',
    permissions: ['contact.read', 'contact.create', 'contact.update', 'account.read', 'account.create', 'account.update', 'deal.read', 'deal.create', 'deal.update', 'product.read'],
    fields: {
      contact: { hidden: ['description', 'birthday', 'keyDates'], readOnly: ['ownerId', 'territoryId'] },
      account: { hidden: ['description', 'metrics', 'contracts'], readOnly: ['ownerId', 'territoryId'] },
      deal: { readOnly: ['ownerId'] },
    },
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
