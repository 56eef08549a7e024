import type { CurrentUser } from '../auth';

/** Everyone with segment.read may view segments and count; segment.manage saves them. */
export function canReadSegments(user: CurrentUser): boolean {
  return user.permissions.includes('segment.read');
}

export function canManageSegments(user: CurrentUser): boolean {
  return user.permissions.includes('segment.manage');
}
