import { Flex, Layout } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch, UserMenu } from '../modules/auth';
import { NotificationsBell } from '../modules/notifications';
import { LoadingState } from '../ui/LoadingState';
import styles from './AppShell.module.css';
import { SideNavigation } from './SideNavigation';

export function AppShell() {
  const { t } = useTranslation();
  return (
    <Layout className={styles.shell}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={220}>
        <div className={styles.brand}>{t('app.name')}</div>
        <SideNavigation />
      </Layout.Sider>
      <Layout>
        <Layout.Header className={styles.header}>
          <Flex gap={12} align="center" justify="flex-end" style={{ height: '100%' }}>
            <NotificationsBell />
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content className={styles.content}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
