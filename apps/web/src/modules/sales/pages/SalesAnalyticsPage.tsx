import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth';
import { FunnelSection } from '../components/analytics/FunnelSection';
import { PlanSection } from '../components/analytics/PlanSection';
import { ProductTrendsSection } from '../components/analytics/ProductTrendsSection';
import { StatisticsSection } from '../components/analytics/StatisticsSection';
import { canReadPlans, canSeeDepartmentTotals, canSeeSalesAnalytics } from '../permissions';

/** Funnel, plan vs actual with the forecast, product life cycles and statistics, as far as the user may see them. */
export default function SalesAnalyticsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const sections = [
    canSeeSalesAnalytics(user) && { key: 'funnel', title: t('sales.funnel.title'), body: <FunnelSection /> },
    canReadPlans(user) && { key: 'plan', title: t('sales.plan.title'), body: <PlanSection /> },
    canSeeDepartmentTotals(user) && { key: 'trends', title: t('sales.trends.title'), body: <ProductTrendsSection /> },
    canSeeSalesAnalytics(user) && { key: 'statistics', title: t('sales.statistics.title'), body: <StatisticsSection /> },
  ].filter((section) => section !== false);

  return (
    <Flex vertical gap={16} data-testid="sales-analytics-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('sales.analytics.title')}
      </Typography.Title>
      {sections.length === 0 && <Empty description={t('sales.analytics.nothing')} />}
      {sections.map((section) => (
        <Card key={section.key} title={section.title} data-testid={`analytics-${section.key}`}>
          {section.body}
        </Card>
      ))}
    </Flex>
  );
}
