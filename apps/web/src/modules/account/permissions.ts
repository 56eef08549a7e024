import type { CurrentUser } from '../auth';

export function canCreateAccounts(user: CurrentUser): boolean {
  return user.permissions.includes('account.create');
}

/** Editing an account also covers its contact links, contracts and metrics. */
export function canUpdateAccounts(user: CurrentUser): boolean {
  return user.permissions.includes('account.update');
}

export function canDeleteAccounts(user: CurrentUser): boolean {
  return user.permissions.includes('account.delete');
}

/** Imports of accounts and of their monthly metrics. */
export function canImportAccounts(user: CurrentUser): boolean {
  return user.permissions.includes('account.import');
}

export function canReadAccounts(user: CurrentUser): boolean {
  return user.permissions.includes('account.read');
}
