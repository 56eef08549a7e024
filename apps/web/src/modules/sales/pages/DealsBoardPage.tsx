import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentUser } from '../../auth';
import { BoardToolbar } from '../components/board/BoardToolbar';
import { SalesBoard } from '../components/board/SalesBoard';
import { useBoardParams } from '../hooks/useBoardParams';
import { findPipeline, usePipelines } from '../hooks/useSalesReferences';
import { NEW_DEAL_PATH } from '../paths';
import { canCreateDeals, canUpdateDeals } from '../permissions';

export default function DealsBoardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pipelines, loading, error, retry } = usePipelines();
  const { params, filter, update } = useBoardParams();

  const content = () => {
    if (loading) return <LoadingState />;
    if (error) return <ErrorState error={error} onRetry={retry} />;
    const pipeline = findPipeline(pipelines, params.pipelineId);
    if (!pipeline) return <Empty description={t('sales.board.noPipelines')} data-testid="board-empty" />;
    return (
      <>
        <BoardToolbar pipelines={pipelines} pipelineId={pipeline.id} params={params} onChange={update} />
        {/* Keyed by pipeline: another pipeline starts without a half-finished drag or error. */}
        <SalesBoard key={pipeline.id} pipelineId={pipeline.id} filter={filter} canDrag={canUpdateDeals(user)} />
      </>
    );
  };

  return (
    <Flex vertical gap={16} data-testid="deals-board-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('sales.board.title')}
        </Typography.Title>
        {canCreateDeals(user) && (
          <Link to={NEW_DEAL_PATH}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-deal">
              {t('sales.board.newDeal')}
            </Button>
          </Link>
        )}
      </Flex>
      {content()}
    </Flex>
  );
}
