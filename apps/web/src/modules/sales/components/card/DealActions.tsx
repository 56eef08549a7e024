import { CheckOutlined, CloseOutlined, DeleteOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { testId } from '../../../../ui/test-id';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { useCurrentUser } from '../../../auth';
import type { DealDetails, Stage } from '../../graphql/types';
import { useDeleteDeal, useMoveDeal, useReopenDeal } from '../../hooks/useDealMutations';
import { DEALS_PATH } from '../../paths';
import { canDeleteDeals, canUpdateDeals } from '../../permissions';
import type { LossValues } from '../LossReasonModal';
import { LossReasonModal } from '../LossReasonModal';

interface DealActionsProps {
  deal: DealDetails;
  /** The stages of the deal's pipeline, in order. */
  stages: Stage[];
  editing: boolean;
  onEdit: () => void;
  onChanged: () => Promise<void>;
}

/** Edit, move, win, lose, reopen and delete, as far as the user may. */
export function DealActions({ deal, stages, editing, onEdit, onChanged }: DealActionsProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const moveDeal = useMoveDeal();
  const { reopen, reopening } = useReopenDeal();
  const { deleteDeal, deleting } = useDeleteDeal();
  const [lossStage, setLossStage] = useState<Stage | null>(null);
  const [moving, setMoving] = useState(false);
  const [reopenStageId, setReopenStageId] = useState<string>();

  const openStages = stages.filter((stage) => stage.kind === 'OPEN');
  const wonStage = stages.find((stage) => stage.kind === 'WON');
  const lostStages = stages.filter((stage) => stage.kind === 'LOST');
  const canUpdate = canUpdateDeals(user);
  const isOpen = deal.status === 'OPEN';

  const move = async (stage: Stage, loss?: LossValues) => {
    setMoving(true);
    try {
      await moveDeal(deal, stage, loss);
      toast.success(t('sales.card.moved', { stage: stage.name }));
      await onChanged();
    } catch (error) {
      toast.error(describeError(error));
      throw error;
    } finally {
      setMoving(false);
    }
  };
  const moveTo = (stageId: string) => {
    const stage = stages.find((candidate) => candidate.id === stageId);
    if (!stage) return;
    if (stage.kind === 'LOST') setLossStage(stage);
    else move(stage).catch(() => undefined);
  };

  const handleReopen = async () => {
    const stageId = reopenStageId ?? openStages.at(-1)?.id;
    if (!stageId) return;
    try {
      await reopen(deal, stageId);
      toast.success(t('sales.card.reopened'));
      await onChanged();
    } catch (error) {
      toast.error(describeError(error));
    }
  };

  const handleDelete = async () => {
    try {
      await deleteDeal(deal);
      toast.success(t('sales.card.deleted', { title: deal.title }));
      void navigate(DEALS_PATH);
    } catch (error) {
      toast.error(describeError(error));
    }
  };

  return (
    <Flex gap={8} wrap align="center" data-testid="deal-actions">
      {canUpdate && !editing && (
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid="edit-deal">
          {t('common.edit')}
        </Button>
      )}
      {canUpdate && isOpen && (
        <>
          <Select
            value={deal.stageId}
            onChange={moveTo}
            loading={moving}
            disabled={moving}
            options={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
            style={{ minWidth: 180 }}
            aria-label={t('sales.card.move')}
            data-testid="move-deal-stage"
          />
          {wonStage && (
            <Button icon={<CheckOutlined />} onClick={() => moveTo(wonStage.id)} disabled={moving} data-testid="mark-won">
              {t('sales.card.markWon')}
            </Button>
          )}
          {lostStages[0] && (
            <Button danger icon={<CloseOutlined />} onClick={() => setLossStage(lostStages[0])} disabled={moving} data-testid="mark-lost">
              {t('sales.card.markLost')}
            </Button>
          )}
        </>
      )}
      {canUpdate && !isOpen && openStages.length > 0 && (
        <>
          <Select
            value={reopenStageId ?? openStages.at(-1)?.id}
            onChange={setReopenStageId}
            options={openStages.map((stage) => ({ value: stage.id, label: stage.name }))}
            style={{ minWidth: 180 }}
            aria-label={t('sales.card.reopenStage')}
            data-testid="reopen-stage"
          />
          <Button icon={<RollbackOutlined />} onClick={() => void handleReopen()} loading={reopening} data-testid="reopen-deal">
            {t('sales.card.reopen')}
          </Button>
        </>
      )}
      {canDeleteDeals(user) && (
        <Popconfirm
          title={t('sales.card.deleteConfirm', { title: deal.title })}
          okText={t('common.delete')}
          okButtonProps={{ danger: true, ...testId<ButtonProps>('confirm-delete-deal') }}
          cancelText={t('common.cancel')}
          onConfirm={handleDelete}
        >
          <Button danger icon={<DeleteOutlined />} loading={deleting} data-testid="delete-deal">
            {t('common.delete')}
          </Button>
        </Popconfirm>
      )}
      <LossReasonModal
        open={lossStage !== null}
        dealTitle={deal.title}
        onCancel={() => setLossStage(null)}
        onSubmit={async (loss) => {
          if (!lossStage) return;
          await move(lossStage, loss);
          setLossStage(null);
        }}
      />
    </Flex>
  );
}
