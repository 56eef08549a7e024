import {
  ApiOutlined,
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  FundProjectionScreenOutlined,
  IdcardOutlined,
  MergeOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ACCOUNTS_PATH, canReadAccounts } from '../modules/account';
import { API_KEYS_PATH, canManageApiKeys } from '../modules/api-keys';
import { useCurrentUser } from '../modules/auth';
import { CONTACTS_PATH } from '../modules/contact';
import { canReviewDuplicates, DUPLICATES_PATH } from '../modules/customer';
import { canManageCustomFields, CUSTOM_FIELDS_PATH } from '../modules/custom-fields';
import {
  canOpenSalesAnalytics,
  canOpenSalesSettings,
  canReadDeals,
  DEALS_PATH,
  SALES_ANALYTICS_PATH,
  SALES_SETTINGS_PATH,
} from '../modules/sales';
import { canReadSegments, SEGMENTS_PATH } from '../modules/segment';
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
  if (canReadAccounts(user)) {
    items.push({ path: ACCOUNTS_PATH, icon: <BankOutlined />, label: t('nav.accounts'), testId: 'nav-accounts' });
  }
  // Sales: the deals board, its analytics and its settings (catalogue, pipelines, plans).
  if (canReadDeals(user)) {
    items.push({ path: DEALS_PATH, icon: <FundProjectionScreenOutlined />, label: t('nav.deals'), testId: 'nav-deals' });
    if (canOpenSalesAnalytics(user)) {
      items.push({ path: SALES_ANALYTICS_PATH, icon: <BarChartOutlined />, label: t('nav.salesAnalytics'), testId: 'nav-sales-analytics' });
    }
    if (canOpenSalesSettings(user)) {
      items.push({ path: SALES_SETTINGS_PATH, icon: <SettingOutlined />, label: t('nav.salesSettings'), testId: 'nav-sales-settings' });
    }
  }
  if (canReviewDuplicates(user)) {
    items.push({ path: DUPLICATES_PATH, icon: <MergeOutlined />, label: t('nav.duplicates'), testId: 'nav-duplicates' });
  }
  if (canReadSegments(user)) {
    items.push({ path: SEGMENTS_PATH, icon: <ApartmentOutlined />, label: t('nav.segments'), testId: 'nav-segments' });
  }
  if (canManageCustomFields(user)) {
    items.push({ path: CUSTOM_FIELDS_PATH, icon: <IdcardOutlined />, label: t('nav.customFields'), testId: 'nav-custom-fields' });
  }
  if (canManageApiKeys(user)) {
    items.push({ path: API_KEYS_PATH, icon: <ApiOutlined />, label: t('nav.apiKeys'), testId: 'nav-api-keys' });
  }

  // Plain links rather than antd Menu: a handful of entries do not justify the menu code in the first download.
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
