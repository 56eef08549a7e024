import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { NOTIFICATIONS } from '../graphql/operations';

export const RECENT_NOTIFICATIONS_COUNT = 20;
const POLL_INTERVAL_MS = 30_000;

/** The latest notifications and the unread badge, refreshed every 30 seconds. */
export function useNotifications() {
  const { data, loading, error, refetch } = useQuery(NOTIFICATIONS, {
    variables: { first: RECENT_NOTIFICATIONS_COUNT },
    pollInterval: POLL_INTERVAL_MS,
  });
  const notifications = useMemo(() => data?.notifications.edges.map((edge) => edge.node) ?? [], [data]);
  return {
    notifications,
    unreadCount: data?.notifications.unreadCount ?? 0,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}
