import type { EntityType } from '../custom-fields';

export const DUPLICATES_PATH = '/duplicates';
export const MERGE_PATH = '/duplicates/merge';

export function duplicatesPath(entityType: EntityType): string {
  return `${DUPLICATES_PATH}?type=${entityType}`;
}

/** The merge screen; the sides live in the URL, so swapping them or reloading keeps the screen. */
export function mergePath(entityType: EntityType, survivorId: string, loserId: string): string {
  const params = new URLSearchParams({ type: entityType, survivor: survivorId, loser: loserId });
  return `${MERGE_PATH}?${params.toString()}`;
}
