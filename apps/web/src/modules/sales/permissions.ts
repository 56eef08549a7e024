import type { CurrentUser } from '../auth';

const has = (user: CurrentUser, permission: string) => user.permissions.includes(permission);

export function canReadDeals(user: CurrentUser): boolean {
  return has(user, 'deal.read');
}

export function canCreateDeals(user: CurrentUser): boolean {
  return has(user, 'deal.create');
}

/** Editing covers moving between stages and reopening. */
export function canUpdateDeals(user: CurrentUser): boolean {
  return has(user, 'deal.update');
}

export function canDeleteDeals(user: CurrentUser): boolean {
  return has(user, 'deal.delete');
}

export function canReadProducts(user: CurrentUser): boolean {
  return has(user, 'product.read');
}

/** Products, categories, price lists, prices and exchange rates. */
export function canManageProducts(user: CurrentUser): boolean {
  return has(user, 'product.manage');
}

/** Pipelines with their stages, and loss reasons. */
export function canManagePipelines(user: CurrentUser): boolean {
  return has(user, 'pipeline.manage');
}

export function canReadPlans(user: CurrentUser): boolean {
  return has(user, 'plan.read');
}

export function canManagePlans(user: CurrentUser): boolean {
  return has(user, 'plan.manage');
}

/** Funnel and statistics. */
export function canSeeSalesAnalytics(user: CurrentUser): boolean {
  return has(user, 'sales.analytics');
}

/** Company-wide figures: the department plan and product trends. */
export function canSeeDepartmentTotals(user: CurrentUser): boolean {
  return has(user, 'sales.departmentTotals');
}

export function canOpenSalesAnalytics(user: CurrentUser): boolean {
  return canSeeSalesAnalytics(user) || canReadPlans(user) || canSeeDepartmentTotals(user);
}

export function canOpenSalesSettings(user: CurrentUser): boolean {
  return canManageProducts(user) || canManagePipelines(user) || canManagePlans(user);
}
