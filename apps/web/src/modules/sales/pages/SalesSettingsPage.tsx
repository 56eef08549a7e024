import { Card, Empty, Flex, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth';
import { CategoriesTab } from '../components/settings/CategoriesTab';
import { ExchangeRatesTab } from '../components/settings/ExchangeRatesTab';
import { LossReasonsTab } from '../components/settings/LossReasonsTab';
import { PipelinesTab } from '../components/settings/PipelinesTab';
import { PlansTab } from '../components/settings/PlansTab';
import { PriceListsTab } from '../components/settings/PriceListsTab';
import { ProductsTab } from '../components/settings/ProductsTab';
import { canManagePipelines, canManagePlans, canManageProducts } from '../permissions';

/** Catalogue, pipelines, loss reasons and plans: each tab only for those who may manage it. */
export default function SalesSettingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = (key: string, label: string, children: ReactNode) => ({
    key,
    label: <span data-testid={`settings-tab-${key}`}>{label}</span>,
    children,
  });
  const items = [
    ...(canManageProducts(user)
      ? [
          tab('products', t('sales.settings.products'), <ProductsTab />),
          tab('categories', t('sales.settings.categories'), <CategoriesTab />),
          tab('priceLists', t('sales.settings.priceLists'), <PriceListsTab />),
          tab('rates', t('sales.settings.rates'), <ExchangeRatesTab />),
        ]
      : []),
    ...(canManagePipelines(user)
      ? [tab('pipelines', t('sales.settings.pipelines'), <PipelinesTab />), tab('lossReasons', t('sales.settings.lossReasons'), <LossReasonsTab />)]
      : []),
    ...(canManagePlans(user) ? [tab('plans', t('sales.settings.plans'), <PlansTab />)] : []),
  ];
  const active = items.some((item) => item.key === searchParams.get('tab')) ? searchParams.get('tab')! : items[0]?.key;

  return (
    <Flex vertical gap={16} data-testid="sales-settings-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('sales.settings.title')}
      </Typography.Title>
      <Card>
        {items.length === 0 ? (
          <Empty description={t('errors.forbidden')} />
        ) : (
          <Tabs activeKey={active} onChange={(key) => setSearchParams({ tab: key }, { replace: true })} items={items} destroyOnHidden />
        )}
      </Card>
    </Flex>
  );
}
