import type { CurrentUser } from '../auth';
import { ENTITY_TYPES } from '../custom-fields';
import type { EntityType } from '../custom-fields';

/** The review queue shows only pairs of records the user may read: contacts, accounts or both. */
export function reviewableTypes(user: CurrentUser): EntityType[] {
  return ENTITY_TYPES.filter((entityType) => user.permissions.includes(`${entityType}.read`));
}

export function canReviewDuplicates(user: CurrentUser): boolean {
  return reviewableTypes(user).length > 0;
}

/** contact.merge / account.merge. */
export function canMerge(user: CurrentUser, entityType: EntityType): boolean {
  return user.permissions.includes(`${entityType}.merge`);
}
