import { Button, Empty, Flex, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { useFormatters } from '../../../../ui/format';
import type { BoardColumn as BoardColumnData, BoardFilter, DealListItem } from '../../graphql/types';
import { useBoardColumnDeals } from '../../hooks/useBoard';
import styles from './Board.module.css';
import { DealCard } from './DealCard';

interface BoardColumnProps {
  column: BoardColumnData;
  filter: BoardFilter;
  currency: string;
  /** The card being dragged, if any. */
  dragged: DealListItem | null;
  canDrag: boolean;
  onDragStart: (deal: DealListItem) => void;
  onDragEnd: () => void;
  onDrop: (stageId: string) => void;
}

/** Loads the next page when the end of the column scrolls into view (the button is the fallback). */
function useInfiniteScroll(enabled: boolean, loadMore: () => void) {
  const sentinel = useRef<HTMLDivElement>(null);
  const latest = useRef(loadMore);
  latest.current = loadMore;
  useEffect(() => {
    const element = sentinel.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);
  return sentinel;
}

export function BoardColumn({ column, filter, currency, dragged, canDrag, onDragStart, onDragEnd, onDrop }: BoardColumnProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { stage } = column;
  const { deals, hasNextPage, loading, loadingMore, error, loadMoreError, loadMore, retry } = useBoardColumnDeals(stage.id, filter);
  const [over, setOver] = useState(false);
  const sentinel = useInfiniteScroll(hasNextPage && !loadingMore && !loadMoreError, loadMore);
  const accepts = dragged !== null && dragged.stageId !== stage.id;

  const handleDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
  };
  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    setOver(false);
    if (!accepts) return;
    event.preventDefault();
    onDrop(stage.id);
  };

  const classes = [
    styles.column,
    stage.kind === 'WON' && styles.columnWon,
    stage.kind === 'LOST' && styles.columnLost,
    over && accepts && styles.columnDropTarget,
  ].filter(Boolean);

  const body = () => {
    if (loading) return <Spin style={{ margin: 24 }} />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (deals.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sales.board.emptyColumn')} />;
    return (
      <>
        {deals.map((deal) => (
          <DealCard
            key={deal.id}
            deal={deal}
            draggable={canDrag && deal.status === 'OPEN'}
            dragging={dragged?.id === deal.id}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
          />
        ))}
        {loadMoreError !== undefined && <InlineError error={loadMoreError} onRetry={loadMore} />}
        {hasNextPage && (
          <Button block size="small" loading={loadingMore} onClick={loadMore} data-testid={`board-column-more-${stage.name}`}>
            {t('common.loadMore')}
          </Button>
        )}
        <div ref={sentinel} className={styles.sentinel} />
      </>
    );
  };

  return (
    <section
      className={classes.join(' ')}
      onDragOver={handleDragOver}
      onDragEnter={handleDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={handleDrop}
      data-testid={`board-column-${stage.name}`}
      data-stage-id={stage.id}
      data-stage-kind={stage.kind}
    >
      <header className={styles.columnHeader}>
        <Flex justify="space-between" align="baseline" gap={8}>
          <Typography.Text strong ellipsis>
            {stage.name}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="board-column-count">
            {format.number(column.count)}
          </Typography.Text>
        </Flex>
        <Typography.Text data-testid="board-column-sum">{format.money(column.amount, currency)}</Typography.Text>
        {stage.kind === 'OPEN' && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('sales.board.weighted', { amount: format.money(column.weightedAmount, currency), probability: stage.probability })}
          </Typography.Text>
        )}
      </header>
      <div className={styles.columnBody}>{body()}</div>
    </section>
  );
}
