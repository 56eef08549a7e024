import { useVirtualizer } from '@tanstack/react-virtual';
import { Button, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './VirtualTable.module.css';
import { useErrorMessage } from './useErrorMessage';

const ROW_HEIGHT = 44;
/** Start fetching the next page this many rows before the end comes into view. */
const PREFETCH_ROWS = 15;

export interface VirtualColumn<TRow> {
  key: string;
  title: ReactNode;
  /** A CSS grid track, e.g. "120px" or "minmax(180px, 2fr)". */
  width: string;
  /** The narrowest the column gets, in px; the table scrolls sideways below the sum. */
  minWidth: number;
  render: (row: TRow) => ReactNode;
  /** Full text shown on hover, for cells that may be cut off. */
  hint?: (row: TRow) => string | undefined;
}

interface VirtualTableProps<TRow> {
  columns: VirtualColumn<TRow>[];
  rows: TRow[];
  rowKey: (row: TRow) => string;
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  onLoadMore: () => void;
  onOpen: (row: TRow) => void;
  testId: string;
  rowTestId: string;
}

/**
 * A keyset-paged list as a table in which only the rows in view are in the DOM, so tens of
 * thousands of loaded rows stay smooth; the next page is fetched before the end is reached.
 */
export function VirtualTable<TRow>(props: VirtualTableProps<TRow>) {
  const { columns, rows, rowKey, hasNextPage, loadingMore, loadMoreError, onLoadMore, onOpen, testId, rowTestId } = props;
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    // One extra row at the end shows the next page loading.
    count: rows.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastRenderedIndex = virtualRows.at(-1)?.index ?? -1;

  useEffect(() => {
    const nearEnd = lastRenderedIndex >= rows.length - PREFETCH_ROWS;
    if (nearEnd && hasNextPage && !loadingMore && !loadMoreError) onLoadMore();
  }, [rows.length, hasNextPage, lastRenderedIndex, loadMoreError, loadingMore, onLoadMore]);

  const grid: CSSProperties = {
    gridTemplateColumns: columns.map((column) => column.width).join(' '),
    minWidth: columns.reduce((sum, column) => sum + column.minWidth, 0),
  };

  return (
    <div ref={scrollRef} className={styles.scroller} role="table" data-testid={testId}>
      <div role="row" className={styles.header} style={grid}>
        {columns.map((column) => (
          <span key={column.key} role="columnheader">
            {column.title}
          </span>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: grid.minWidth }}>
        {virtualRows.map((virtualRow) => {
          const position = { top: virtualRow.start, height: virtualRow.size };
          const row = rows.at(virtualRow.index);
          if (row === undefined) {
            return (
              <div key="loader" className={styles.loaderRow} style={position} data-testid={`${testId}-loader`}>
                {loadMoreError ? (
                  <>
                    <Typography.Text type="danger">{describeError(loadMoreError)}</Typography.Text>
                    <Button size="small" onClick={onLoadMore}>
                      {t('common.retry')}
                    </Button>
                  </>
                ) : (
                  <Spin size="small" />
                )}
              </div>
            );
          }
          return (
            <div
              key={rowKey(row)}
              role="row"
              tabIndex={0}
              className={styles.row}
              style={{ ...grid, ...position }}
              onClick={() => onOpen(row)}
              onKeyDown={(event) => event.key === 'Enter' && onOpen(row)}
              data-testid={rowTestId}
              data-row-id={rowKey(row)}
            >
              {columns.map((column) => (
                <span key={column.key} role="cell" title={column.hint?.(row)}>
                  {column.render(row)}
                </span>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
