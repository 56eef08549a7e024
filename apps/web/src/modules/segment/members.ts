import { ACCOUNTS_PATH } from '../account';
import { CONTACTS_PATH } from '../contact';

/** The contact or account list, filtered to a segment's members. */
export function membersPath(entityType: string, segmentId: string): string {
  const list = entityType === 'account' ? ACCOUNTS_PATH : CONTACTS_PATH;
  return `${list}?segment=${encodeURIComponent(segmentId)}`;
}
