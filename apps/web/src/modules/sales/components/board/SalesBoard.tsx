import { Alert, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../ui/ErrorState';
import { useFormatters } from '../../../../ui/format';
import { LoadingState } from '../../../../ui/LoadingState';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import type { BoardFilter, DealListItem, Stage } from '../../graphql/types';
import { useSalesBoard } from '../../hooks/useBoard';
import { useMoveDeal } from '../../hooks/useDealMutations';
import type { LossValues } from '../LossReasonModal';
import { LossReasonModal } from '../LossReasonModal';
import styles from './Board.module.css';
import { BoardColumn } from './BoardColumn';

interface SalesBoardProps {
  pipelineId: string;
  filter: BoardFilter;
  canDrag: boolean;
}

interface PendingLoss {
  deal: DealListItem;
  stage: Stage;
}

/** The Kanban board: one column per stage; dragging a card moves the deal at once, undone if refused. */
export function SalesBoard({ pipelineId, filter, canDrag }: SalesBoardProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const format = useFormatters();
  const { board, loading, error, retry } = useSalesBoard(pipelineId, filter);
  const moveDeal = useMoveDeal();
  const [dragged, setDragged] = useState<DealListItem | null>(null);
  const [pendingLoss, setPendingLoss] = useState<PendingLoss | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);

  if (loading) return <LoadingState />;
  if (error || !board) return <ErrorState error={error} onRetry={retry} />;
  if (board.columns.length === 0) return <Empty description={t('sales.board.noStages')} />;

  const move = async (deal: DealListItem, stage: Stage, loss?: LossValues) => {
    setMoveError(null);
    try {
      await moveDeal(deal, stage, { ...loss, board: { pipelineId, filter } });
    } catch (moveFailure) {
      const message = t('sales.board.moveFailed', { title: deal.title, reason: describeError(moveFailure) });
      setMoveError(message);
      toast.error(message);
      throw moveFailure;
    }
  };

  const handleDrop = (stageId: string) => {
    const deal = dragged;
    setDragged(null);
    const stage = board.columns.find((column) => column.stage.id === stageId)?.stage;
    if (!deal || !stage || deal.stageId === stageId) return;
    if (stage.kind === 'LOST') setPendingLoss({ deal, stage });
    // The card has already moved; a refusal puts it back and is shown above the board.
    else move(deal, stage).catch(() => undefined);
  };

  return (
    <>
      {moveError && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setMoveError(null) }}
          title={moveError}
          style={{ marginBottom: 12 }}
          data-testid="board-move-error"
        />
      )}
      <div className={styles.board} data-testid="sales-board" data-pipeline-id={pipelineId}>
        {board.columns.map((column) => (
          <BoardColumn
            key={column.stage.id}
            column={column}
            filter={filter}
            currency={board.reportingCurrency}
            dragged={dragged}
            canDrag={canDrag}
            onDragStart={setDragged}
            onDragEnd={() => setDragged(null)}
            onDrop={handleDrop}
          />
        ))}
      </div>
      {!filter.from && !filter.to && (
        <Typography.Text type="secondary" data-testid="board-closed-since">
          {t('sales.board.closedSince', { date: format.date(board.closedSince) })}
        </Typography.Text>
      )}
      <LossReasonModal
        open={pendingLoss !== null}
        dealTitle={pendingLoss?.deal.title ?? ''}
        onCancel={() => setPendingLoss(null)}
        onSubmit={async (loss) => {
          if (!pendingLoss) return;
          const { deal, stage } = pendingLoss;
          setPendingLoss(null);
          await move(deal, stage, loss).catch(() => undefined);
        }}
      />
    </>
  );
}
