import { usePagedConnection } from '../../../ui/usePagedConnection';
import { ACCOUNT_TIMELINE } from '../graphql/related';

export function useAccountTimeline(accountId: string) {
  const { nodes, ...rest } = usePagedConnection(ACCOUNT_TIMELINE, accountId, (data) => data.account.timeline);
  return { events: nodes, ...rest };
}
