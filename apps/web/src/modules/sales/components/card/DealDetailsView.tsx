import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../../ui/format';
import { accountPath } from '../../../account';
import type { DealDetails } from '../../graphql/types';
import { useReportingCurrency } from '../../hooks/useSalesReferences';

export function DealDetailsView({ deal }: { deal: DealDetails }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { currency: reportingCurrency } = useReportingCurrency();
  const items: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'account',
      label: t('sales.fields.account'),
      children: deal.account ? <Link to={accountPath(deal.account.id)}>{deal.account.name}</Link> : '—',
    },
    { key: 'owner', label: t('sales.fields.owner'), children: deal.owner.name },
    { key: 'amount', label: t('sales.fields.amount'), children: format.money(deal.amount, deal.currency) },
    { key: 'amountBase', label: t('sales.fields.amountBase'), children: reportingCurrency ? format.money(deal.amountBase, reportingCurrency) : '…' },
    {
      key: 'probability',
      label: t('sales.fields.probability'),
      children: `${deal.probability} %${deal.probabilityManual ? ` (${t('sales.card.manual')})` : ''}`,
    },
    {
      key: 'forecastCategory',
      label: t('sales.fields.forecastCategory'),
      children: `${t(`sales.forecast.${deal.forecastCategory}`)}${deal.forecastCategoryManual ? ` (${t('sales.card.manual')})` : ''}`,
    },
    { key: 'expectedCloseOn', label: t('sales.fields.expectedCloseOn'), children: deal.expectedCloseOn ? format.date(deal.expectedCloseOn) : '—' },
    { key: 'closedOn', label: t('sales.fields.closedOn'), children: deal.closedOn ? format.date(deal.closedOn) : '—' },
    { key: 'source', label: t('sales.fields.source'), children: deal.source ?? '—' },
    { key: 'stageEnteredAt', label: t('sales.fields.stageEnteredAt'), children: format.dateTime(deal.stageEnteredAt) },
    ...(deal.status === 'LOST'
      ? [
          { key: 'lossReason', label: t('sales.fields.lossReason'), children: deal.lossReason?.name ?? '—' },
          { key: 'lossNote', label: t('sales.fields.lossNote'), children: deal.lossNote ?? '—' },
        ]
      : []),
    { key: 'createdAt', label: t('sales.fields.createdAt'), children: format.dateTime(deal.createdAt) },
    { key: 'updatedAt', label: t('sales.fields.updatedAt'), children: format.dateTime(deal.updatedAt) },
  ];
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} items={items} data-testid="deal-details" />
      {deal.description && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }} data-testid="deal-description">
          {deal.description}
        </Typography.Paragraph>
      )}
    </>
  );
}
