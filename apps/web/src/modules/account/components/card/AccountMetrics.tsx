import { Col, Empty, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { ACCOUNT_METRICS } from '../../graphql/types';
import { useAccountMetrics } from '../../hooks/useAccountMetrics';
import { MetricChart } from './MetricChart';
import { MetricsTable } from './MetricsTable';

export function AccountMetrics({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { values, loading, error, retry } = useAccountMetrics(accountId);

  if (loading) return <LoadingState />;
  if (error) return <InlineError error={error} onRetry={retry} />;
  // All values are in the reporting currency; before the first one it is not known here.
  const currency = values[0]?.currency ?? null;

  return (
    <Flex vertical gap={24}>
      {values.length === 0 ? (
        <Empty description={t('account.metrics.empty')} />
      ) : (
        <Row gutter={[24, 16]}>
          {ACCOUNT_METRICS.map((metric) => (
            <Col key={metric} xs={24} lg={8}>
              <MetricChart label={t(`account.metric.${metric}`)} values={values.filter((value) => value.metric === metric)} />
            </Col>
          ))}
        </Row>
      )}
      <MetricsTable accountId={accountId} values={values} currency={currency} canEdit={canEdit} />
    </Flex>
  );
}
