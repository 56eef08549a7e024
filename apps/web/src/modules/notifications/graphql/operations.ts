import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  MarkNotificationsReadData,
  MarkNotificationsReadVariables,
  NotificationsData,
  NotificationsVariables,
} from './types';

export const NOTIFICATIONS: TypedDocumentNode<NotificationsData, NotificationsVariables> = gql`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      edges {
        cursor
        node {
          id
          kind
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
  }
`;

export const MARK_NOTIFICATIONS_READ: TypedDocumentNode<MarkNotificationsReadData, MarkNotificationsReadVariables> =
  gql`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
      markNotificationsRead(input: $input) {
        unreadCount
      }
    }
  `;
