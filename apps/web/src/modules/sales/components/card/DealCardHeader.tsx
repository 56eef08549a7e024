import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../ui/format';
import type { DealDetails } from '../../graphql/types';
import { StageTag, StatusTag } from '../StageTag';

export function DealCardHeader({ deal }: { deal: DealDetails }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary" data-testid="deal-number">
        {t('sales.card.number', { number: deal.number })} · {deal.pipeline.name}
      </Typography.Text>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="deal-title">
          {deal.title}
        </Typography.Title>
        <StageTag name={deal.stage.name} kind={deal.stage.kind} />
        <StatusTag status={deal.status} />
      </Flex>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="deal-amount">
        {format.money(deal.amount, deal.currency)}
        <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 8 }}>
          {t('sales.card.probability', { probability: deal.probability })}
        </Typography.Text>
      </Typography.Title>
    </Flex>
  );
}
