import { BellOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadingState } from '../../../ui/LoadingState';
import { toast } from '../../../ui/toast';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import type { AppNotification } from '../graphql/types';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotifications } from '../hooks/useNotifications';
import styles from './Notifications.module.css';

const NotificationList = lazy(() => import('./NotificationList'));

const MAX_SHOWN_COUNT = 99;

export function NotificationsBell() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { notifications, unreadCount, loading, error, retry } = useNotifications();
  const markRead = useMarkNotificationsRead();

  const markAsRead = (ids: string[] | null) => {
    markRead(ids).catch((failure: unknown) => toast.error(describeError(failure)));
  };

  const openNotification = (notification: AppNotification) => {
    if (notification.readAt === null) markAsRead([notification.id]);
    // Only in-app paths are followed; anything else is not ours to open.
    if (notification.link?.startsWith('/')) {
      setOpen(false);
      void navigate(notification.link);
    }
  };

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={
        <Suspense fallback={<LoadingState />}>
          <NotificationList
            notifications={notifications}
            unreadCount={unreadCount}
            loading={loading}
            error={error}
            onRetry={retry}
            onOpen={openNotification}
            onMarkAllRead={() => markAsRead(null)}
          />
        </Suspense>
      }
    >
      <Button
        type="text"
        aria-label={t('notifications.title')}
        icon={
          <span className={styles.bell}>
            <BellOutlined />
            {unreadCount > 0 && (
              <span className={styles.count} data-testid="notifications-badge">
                {unreadCount > MAX_SHOWN_COUNT ? `${MAX_SHOWN_COUNT}+` : unreadCount}
              </span>
            )}
          </span>
        }
        data-testid="notifications-bell"
      />
    </Popover>
  );
}
