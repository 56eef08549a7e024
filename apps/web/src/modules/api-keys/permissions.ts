import type { CurrentUser } from '../auth';

export function canManageApiKeys(user: CurrentUser): boolean {
  return user.role === 'ADMIN' || user.permissions.includes('apikey.manage');
}
