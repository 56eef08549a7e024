import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from '../graphql/operations';
import type { NotificationsData } from '../graphql/types';
import { RECENT_NOTIFICATIONS_COUNT } from './useNotifications';

// The payload only carries the new unread count, so the cached list is updated by hand.
function applyReadState(cache: ApolloCache, ids: string[] | null, unreadCount: number): void {
  const readAt = new Date().toISOString();
  cache.updateQuery<NotificationsData>({ query: NOTIFICATIONS, variables: { first: RECENT_NOTIFICATIONS_COUNT } }, (data) =>
    data
      ? {
          notifications: {
            ...data.notifications,
            unreadCount,
            edges: data.notifications.edges.map((edge) =>
              ids === null || ids.includes(edge.node.id)
                ? { ...edge, node: { ...edge.node, readAt: edge.node.readAt ?? readAt } }
                : edge,
            ),
          },
        }
      : data,
  );
}

export function useMarkNotificationsRead() {
  const [mutate] = useMutation(MARK_NOTIFICATIONS_READ);
  return async (ids: string[] | null): Promise<void> => {
    try {
      await mutate({
        variables: { input: { ids } },
        update(cache, { data }) {
          if (data) applyReadState(cache, ids, data.markNotificationsRead.unreadCount);
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };
}
