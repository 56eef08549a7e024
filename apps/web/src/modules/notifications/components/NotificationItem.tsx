import { Badge } from 'antd';
import { useFormatters } from '../../../ui/format';
import type { AppNotification } from '../graphql/types';
import styles from './Notifications.module.css';

interface NotificationItemProps {
  notification: AppNotification;
  onOpen: (notification: AppNotification) => void;
}

export function NotificationItem({ notification, onOpen }: NotificationItemProps) {
  const format = useFormatters();
  const unread = notification.readAt === null;
  return (
    <div
      role="button"
      tabIndex={0}
      className={unread ? `${styles.item} ${styles.unread}` : styles.item}
      onClick={() => onOpen(notification)}
      onKeyDown={(event) => event.key === 'Enter' && onOpen(notification)}
      data-testid="notification-item"
      data-unread={unread}
    >
      <span className={styles.title}>
        {unread && <Badge status="processing" />} {notification.title}
      </span>
      {notification.body && <span className={styles.secondary}>{notification.body}</span>}
      <span className={styles.time}>{format.dateTime(notification.createdAt)}</span>
    </div>
  );
}
