import type { ApolloCache } from '@apollo/client';
import { BOARD_COLUMN_DEALS, SALES_BOARD } from './graphql/deals';
import type { BoardColumn, BoardFilter, DealListItem } from './graphql/types';
import { COLUMN_PAGE_SIZE } from './hooks/useBoard';

/** Which board a move happens on: its columns' cached cards and sums are adjusted at once. */
export interface BoardView {
  pipelineId: string;
  filter: BoardFilter;
}

const weighted = (deal: Pick<DealListItem, 'amountBase' | 'probability'>) => (deal.amountBase * deal.probability) / 100;

function adjustColumn(column: BoardColumn, sign: 1 | -1, deal: DealListItem): BoardColumn {
  return {
    ...column,
    count: Math.max(0, column.count + sign),
    amount: column.amount + sign * deal.amountBase,
    weightedAmount: column.weightedAmount + sign * weighted(deal),
  };
}

/**
 * Moves a card between two cached columns and shifts the columns' counts and sums. Run inside a
 * mutation's update: with an optimistic answer it is undone by Apollo if the server refuses.
 */
export function moveCardOnBoard(cache: ApolloCache, view: BoardView, before: DealListItem, after: DealListItem): void {
  if (before.stageId === after.stageId) return;
  const columnVariables = (stageId: string) => ({ stageId, first: COLUMN_PAGE_SIZE, filter: view.filter });

  cache.updateQuery({ query: BOARD_COLUMN_DEALS, variables: columnVariables(before.stageId) }, (data) =>
    data
      ? {
          boardColumnDeals: {
            ...data.boardColumnDeals,
            edges: data.boardColumnDeals.edges.filter((edge) => edge.node.id !== before.id),
            totalCount: Math.max(0, data.boardColumnDeals.totalCount - 1),
          },
        }
      : data,
  );
  cache.updateQuery({ query: BOARD_COLUMN_DEALS, variables: columnVariables(after.stageId) }, (data) =>
    data
      ? {
          boardColumnDeals: {
            ...data.boardColumnDeals,
            // Newest in the stage first, as the server orders the column.
            edges: [
              { __typename: 'DealEdge', cursor: data.boardColumnDeals.edges[0]?.cursor ?? '', node: after },
              ...data.boardColumnDeals.edges.filter((edge) => edge.node.id !== after.id),
            ],
            totalCount: data.boardColumnDeals.totalCount + 1,
          },
        }
      : data,
  );
  cache.updateQuery({ query: SALES_BOARD, variables: { pipelineId: view.pipelineId, filter: view.filter } }, (data) =>
    data
      ? {
          salesBoard: {
            ...data.salesBoard,
            columns: data.salesBoard.columns.map((column) => {
              if (column.stage.id === before.stageId) return adjustColumn(column, -1, before);
              if (column.stage.id === after.stageId) return adjustColumn(column, 1, after);
              return column;
            }),
          },
        }
      : data,
  );
}
