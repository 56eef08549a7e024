import { ApiOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { API_KEYS_PATH, canManageApiKeys } from '../modules/api-keys';
import { useCurrentUser } from '../modules/auth';
import { CONTACTS_PATH } from '../modules/contact';
import styles from './AppShell.module.css';

interface NavItem {
  path: string;
  icon: ReactNode;
  label: string;
  testId: string;
}

/** Lists only the modules this build has and this user may open. */
export function SideNavigation() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  const items: NavItem[] = [
    { path: CONTACTS_PATH, icon: <TeamOutlined />, label: t('nav.contacts'), testId: 'nav-contacts' },
  ];
  if (canManageApiKeys(user)) {
    items.push({ path: API_KEYS_PATH, icon: <ApiOutlined />, label: t('nav.apiKeys'), testId: 'nav-api-keys' });
  }

  // Plain links rather than antd Menu: two entries do not justify the menu code in the first download.
  return (
    <nav className={styles.nav}>
      {items.map((item) => (
        <NavLink
          key={item.path}
          to={item.path}
          className={({ isActive }) => (isActive ? `${styles.navItem} ${styles.navItemActive}` : styles.navItem)}
          data-testid={item.testId}
        >
          {item.icon}
          <span>{item.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
