import { usePagedConnection } from '../../../ui/usePagedConnection';
import { CONTACT_TIMELINE } from '../graphql/history';

export function useContactTimeline(contactId: string) {
  const { nodes, ...rest } = usePagedConnection(CONTACT_TIMELINE, contactId, (data) => data.contact?.timeline);
  return { events: nodes, ...rest };
}
