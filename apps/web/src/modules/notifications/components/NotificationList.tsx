import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../ui/InlineError';
import { LoadingState } from '../../../ui/LoadingState';
import type { AppNotification } from '../graphql/types';
import { NotificationItem } from './NotificationItem';
import styles from './Notifications.module.css';

interface NotificationListProps {
  notifications: AppNotification[];
  unreadCount: number;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onOpen: (notification: AppNotification) => void;
  onMarkAllRead: () => void;
}

// Default export: loaded only when the bell is first opened.
export default function NotificationList(props: NotificationListProps) {
  const { t } = useTranslation();
  const { notifications, unreadCount, loading, error, onRetry, onOpen, onMarkAllRead } = props;

  const body = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={onRetry} />;
    if (notifications.length === 0) {
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />;
    }
    return notifications.map((notification) => (
      <NotificationItem key={notification.id} notification={notification} onOpen={onOpen} />
    ));
  };

  return (
    <div className={styles.list} data-testid="notifications-list">
      <div className={styles.listHeader}>
        <span>{t('notifications.title')}</span>
        <Button size="small" type="link" disabled={unreadCount === 0} onClick={onMarkAllRead} data-testid="mark-all-read">
          {t('notifications.markAllRead')}
        </Button>
      </div>
      <div className={styles.items}>{body()}</div>
    </div>
  );
}
