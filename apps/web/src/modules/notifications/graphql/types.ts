export interface AppNotification {
  id: string;
  /** e.g. "contact.key-date" */
  kind: string;
  title: string;
  body: string | null;
  /** SPA path such as /contacts/<id> */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationsData {
  notifications: {
    unreadCount: number;
    edges: { cursor: string; node: AppNotification }[];
  };
}

export interface NotificationsVariables {
  first: number;
}

export interface MarkNotificationsReadVariables {
  /** null marks every notification of the user as read */
  input: { ids: string[] | null };
}

export interface MarkNotificationsReadData {
  markNotificationsRead: { unreadCount: number };
}
