import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { DealActions } from '../components/card/DealActions';
import { DealCardHeader } from '../components/card/DealCardHeader';
import { DealContactsView } from '../components/card/DealContactsView';
import { DealDetailsView } from '../components/card/DealDetailsView';
import { DealLinesView } from '../components/card/DealLinesView';
import { StageHistoryView } from '../components/card/StageHistoryView';
import { useDeal } from '../hooks/useDeal';
import { usePipelines } from '../hooks/useSalesReferences';
import { DEALS_PATH } from '../paths';

// The edit form (with its pickers) is fetched when first opened, so the card itself shows fast.
const DealEditor = lazy(() => import('../components/card/DealEditor').then((module) => ({ default: module.DealEditor })));

function DealCard({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const { deal, loading, error, reload } = useDeal(dealId);
  const pipelines = usePipelines(true);
  const [editing, setEditing] = useState(false);

  if (loading || pipelines.loading) return <LoadingState />;
  if (error || !deal) return <ErrorState error={error} onRetry={() => void reload()} />;
  // Without the stages there is nothing to move to: say so instead of showing no actions.
  if (pipelines.error) return <ErrorState error={pipelines.error} onRetry={pipelines.retry} />;

  const stages = pipelines.pipelines.find((pipeline) => pipeline.id === deal.pipelineId)?.stages ?? [];
  const tab = (key: string, label: string, children: ReactNode) => ({
    key,
    label: <span data-testid={`tab-${key}`}>{label}</span>,
    children,
  });

  return (
    <Flex vertical gap={16} data-testid="deal-card">
      <Flex justify="space-between" align="start" wrap gap={16}>
        <DealCardHeader deal={deal} />
        <DealActions deal={deal} stages={stages} editing={editing} onEdit={() => setEditing(true)} onChanged={reload} />
      </Flex>
      <Card>
        {editing ? (
          <Suspense fallback={<LoadingState />}>
            <DealEditor deal={deal} onReload={() => void reload()} onDone={() => setEditing(false)} />
          </Suspense>
        ) : (
          <Tabs
            items={[
              tab('details', t('sales.card.details'), <DealDetailsView deal={deal} />),
              tab('lines', t('sales.card.lines', { count: deal.lines.length }), <DealLinesView deal={deal} />),
              tab('contacts', t('sales.card.contacts', { count: deal.contacts.length }), <DealContactsView deal={deal} />),
              tab('history', t('sales.card.history'), <StageHistoryView deal={deal} />),
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}

export default function DealCardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const goBack = () => void (location.key === 'default' ? navigate(DEALS_PATH) : navigate(-1));
  return (
    <Flex vertical gap={8}>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={goBack}
        style={{ alignSelf: 'flex-start', paddingInline: 0 }}
        data-testid="back-to-deals"
      >
        {t('sales.card.back')}
      </Button>
      {/* Keyed so that moving to another deal starts with no edit state. */}
      <DealCard key={id} dealId={id} />
    </Flex>
  );
}
