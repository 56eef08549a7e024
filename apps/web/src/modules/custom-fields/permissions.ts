import type { CurrentUser } from '../auth';

/** Admins and marketers define the customer portrait. */
export function canManageCustomFields(user: CurrentUser): boolean {
  return user.permissions.includes('customField.manage');
}
