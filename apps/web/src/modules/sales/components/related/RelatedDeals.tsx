import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import { useCurrentUser } from '../../../auth';
import type { DealListItem } from '../../graphql/types';
import { useRelatedDeals } from '../../hooks/useDeal';
import { dealPath, newDealPath } from '../../paths';
import { canCreateDeals } from '../../permissions';
import { StageTag, StatusTag } from '../StageTag';

export interface RelatedDealsProps {
  owner: 'account' | 'contact';
  id: string;
}

/** The Deals tab of an account or contact card. Default export: the cards load it lazily. */
export default function RelatedDeals({ owner, id }: RelatedDealsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useCurrentUser();
  const { deals, loading, error, retry } = useRelatedDeals(owner, id);

  const columns: SimpleColumn<DealListItem>[] = [
    { key: 'title', title: t('sales.fields.title'), render: (deal) => <Link to={dealPath(deal.id)}>{deal.title}</Link> },
    { key: 'stage', title: t('sales.fields.stage'), render: (deal) => <StageTag name={deal.stage.name} kind={deal.stage.kind} /> },
    { key: 'amount', title: t('sales.fields.amount'), align: 'right', render: (deal) => format.money(deal.amount, deal.currency) },
    { key: 'status', title: t('sales.fields.status'), render: (deal) => <StatusTag status={deal.status} /> },
    {
      key: 'expectedCloseOn',
      title: t('sales.fields.expectedCloseOn'),
      render: (deal) => (deal.expectedCloseOn ? format.date(deal.expectedCloseOn) : '—'),
    },
  ];

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (deals.length === 0) return <Empty description={t('sales.related.empty')} data-testid="related-deals-empty" />;
    return (
      <SimpleTable
        columns={columns}
        rows={deals}
        rowKey={(deal) => deal.id}
        rowTestId={(deal) => `related-deal-${deal.title}`}
        data-testid="related-deals"
      />
    );
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('sales.related.hint')}</Typography.Text>
        {canCreateDeals(user) && (
          <Link to={newDealPath(owner === 'account' ? { accountId: id } : { contactId: id })}>
            <Button icon={<PlusOutlined />} data-testid="related-new-deal">
              {t('sales.board.newDeal')}
            </Button>
          </Link>
        )}
      </Flex>
      {list()}
    </Flex>
  );
}
