import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/format';

interface LiveCountProps {
  entityType: string;
  /** undefined while there is nothing to count, or the count failed. */
  count: number | undefined;
  loading: boolean;
  /** Why there is no count: the server refused conditions (shown at them), or the count failed. */
  problem?: 'invalid' | 'failed';
}

/** How many records the criteria being built match right now. */
export function LiveCount({ entityType, count, loading, problem }: LiveCountProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const placeholder = { invalid: t('segment.countInvalid'), failed: t('segment.countFailed') };
  return (
    <Flex gap={8} align="center" data-testid="live-count-box">
      <Typography.Text type="secondary">{t('segment.liveCount', { entity: t(`entity.${entityType}`, entityType) })}</Typography.Text>
      {count === undefined ? (
        <Typography.Text type={problem ? 'danger' : 'secondary'} data-testid="live-count-empty">
          {problem ? placeholder[problem] : t('segment.noCriteria')}
        </Typography.Text>
      ) : (
        <Typography.Text strong style={{ fontSize: 20 }} data-testid="live-count">
          {format.number(count)}
        </Typography.Text>
      )}
      {loading && <Spin size="small" />}
    </Flex>
  );
}
