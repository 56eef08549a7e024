import { Flex, Typography } from 'antd';
import type { DragEvent } from 'react';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../../../ui/format';
import type { DealListItem } from '../../graphql/types';
import { dealPath } from '../../paths';
import styles from './Board.module.css';

/** The type under which a dragged card carries its deal id. */
export const DEAL_DRAG_TYPE = 'application/x-crm-deal';

interface DealCardProps {
  deal: DealListItem;
  /** Open deals the user may update can be dragged; won and lost ones only reopened on their page. */
  draggable: boolean;
  dragging: boolean;
  onDragStart: (deal: DealListItem) => void;
  onDragEnd: () => void;
}

export function DealCard({ deal, draggable, dragging, onDragStart, onDragEnd }: DealCardProps) {
  const format = useFormatters();
  const navigate = useNavigate();

  const handleDragStart = (event: DragEvent<HTMLDivElement>) => {
    event.dataTransfer.setData(DEAL_DRAG_TYPE, deal.id);
    event.dataTransfer.setData('text/plain', deal.title);
    event.dataTransfer.effectAllowed = 'move';
    onDragStart(deal);
  };

  const classes = [styles.card, draggable && styles.cardDraggable, dragging && styles.cardDragging].filter(Boolean);
  return (
    <div
      className={classes.join(' ')}
      draggable={draggable}
      onDragStart={draggable ? handleDragStart : undefined}
      onDragEnd={onDragEnd}
      onClick={() => void navigate(dealPath(deal.id))}
      onKeyDown={(event) => event.key === 'Enter' && void navigate(dealPath(deal.id))}
      role="link"
      tabIndex={0}
      data-testid={`deal-card-${deal.title}`}
      data-deal-id={deal.id}
      data-status={deal.status}
    >
      <span className={styles.cardTitle}>{deal.title}</span>
      {deal.account && (
        <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
          {deal.account.name}
        </Typography.Text>
      )}
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text strong data-testid="deal-card-amount">
          {format.money(deal.amount, deal.currency)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {deal.closedOn ? format.date(deal.closedOn) : deal.expectedCloseOn && format.date(deal.expectedCloseOn)}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        № {deal.number} · {deal.owner.name}
      </Typography.Text>
    </div>
  );
}
