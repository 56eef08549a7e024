import { CONTACT_TIMELINE } from '../graphql/history';
import { usePagedContactHistory } from './usePagedContactHistory';

export function useContactTimeline(contactId: string) {
  const { nodes, ...rest } = usePagedContactHistory(CONTACT_TIMELINE, contactId, (data) => data.contact?.timeline);
  return { events: nodes, ...rest };
}
