import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import type { DealDetails, DealStageStay } from '../../graphql/types';
import { StageTag } from '../StageTag';

const DAY_MS = 24 * 60 * 60 * 1000;

export function StageHistoryView({ deal }: { deal: DealDetails }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (deal.stageHistory.length === 0) return <Empty description={t('sales.history.empty')} />;
  const days = (stay: DealStageStay) =>
    Math.max(0, Math.round(((stay.leftAt ? Date.parse(stay.leftAt) : Date.now()) - Date.parse(stay.enteredAt)) / DAY_MS));
  const columns: SimpleColumn<DealStageStay>[] = [
    { key: 'stage', title: t('sales.history.stage'), render: (stay) => <StageTag name={stay.stage.name} kind={stay.stage.kind} /> },
    { key: 'enteredAt', title: t('sales.history.enteredAt'), render: (stay) => format.dateTime(stay.enteredAt) },
    { key: 'leftAt', title: t('sales.history.leftAt'), render: (stay) => (stay.leftAt ? format.dateTime(stay.leftAt) : t('sales.history.current')) },
    { key: 'days', title: t('sales.history.days'), align: 'right', render: (stay) => format.number(days(stay)) },
  ];
  return (
    <SimpleTable columns={columns} rows={deal.stageHistory} rowKey={(stay) => stay.id} rowTestId={() => 'stage-history-row'} data-testid="stage-history" />
  );
}
