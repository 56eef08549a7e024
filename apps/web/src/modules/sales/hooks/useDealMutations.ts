import { useApolloClient, useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import type { BoardView } from '../board-cache';
import { moveCardOnBoard } from '../board-cache';
import { evictDealLists, evictRelatedDeals } from '../cache';
import { CREATE_DEAL, DELETE_DEAL, MOVE_DEAL, REOPEN_DEAL, SALES_BOARD, UPDATE_DEAL } from '../graphql/deals';
import type { CreateDealInput, DealDetails, DealFieldsInput, DealListItem, MoveDealData, Stage } from '../graphql/types';

import { today } from '../components/analytics/period-label';

/** Resolves with the new deal's id; rejects with an ApiError. */
export function useCreateDeal() {
  const [mutate] = useMutation(CREATE_DEAL);
  return async (input: CreateDealInput): Promise<string> => {
    try {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          evictDealLists(cache);
          evictRelatedDeals(cache, [input.accountId], input.contacts?.map((contact) => contact.contactId) ?? []);
        },
      });
      if (!data) throw new Error('createDeal returned no data');
      return data.createDeal.deal.id;
    } catch (error) {
      throw toApiError(error);
    }
  };
}

const relatedIds = (deal: DealDetails) => deal.contacts.map((contact) => contact.contactId);

/** Saves changes against the version being edited (CONFLICT / STALE_VERSION otherwise). */
export function useUpdateDeal() {
  const [mutate] = useMutation(UPDATE_DEAL);
  return async (deal: DealDetails, changes: DealFieldsInput): Promise<void> => {
    try {
      await mutate({
        variables: { input: { ...changes, id: deal.id, expectedVersion: deal.version } },
        update(cache, { data }) {
          evictDealLists(cache);
          const saved = data?.updateDeal.deal;
          evictRelatedDeals(cache, [deal.accountId, saved?.accountId], [...relatedIds(deal), ...(saved ? relatedIds(saved) : [])]);
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };
}

export interface MoveOptions {
  lossReasonId?: string;
  lossNote?: string;
  /** Set on the board: the card moves and the column sums change before the server answers. */
  board?: BoardView;
}

/** The deal as it will look in the target stage, until the server says otherwise. */
function optimisticMove(deal: DealListItem, target: Stage): MoveDealData {
  return {
    moveDeal: {
      __typename: 'DealPayload',
      deal: {
        ...deal,
        __typename: 'Deal',
        stageId: target.id,
        stage: { __typename: 'Stage', id: target.id, name: target.name, kind: target.kind },
        status: target.kind,
        probability: deal.probabilityManual && target.kind === 'OPEN' ? deal.probability : target.probability,
        closedOn: target.kind === 'OPEN' ? null : today(),
      },
    },
  } as MoveDealData;
}

export function useMoveDeal() {
  const client = useApolloClient();
  const [mutate] = useMutation(MOVE_DEAL);
  return async (deal: DealListItem, target: Stage, options: MoveOptions = {}): Promise<void> => {
    const { board, lossReasonId, lossNote } = options;
    try {
      await mutate({
        variables: {
          input: {
            id: deal.id,
            stageId: target.id,
            expectedVersion: deal.version,
            ...(lossReasonId && { lossReasonId }),
            ...(lossNote?.trim() && { lossNote: lossNote.trim() }),
          },
        },
        optimisticResponse: board ? optimisticMove(deal, target) : undefined,
        update(cache, { data }) {
          if (!data) return;
          if (board) moveCardOnBoard(cache, board, deal, data.moveDeal.deal);
          else evictDealLists(cache);
          evictRelatedDeals(cache, [deal.account?.id], []);
          // The card page shows the stage history, which the move extends.
          cache.evict({ id: cache.identify({ __typename: 'Deal', id: deal.id }), fieldName: 'stageHistory' });
        },
      });
      // The optimistic sums are the browser's guess: the server's figures (rounding, won at 100 %,
      // a close date outside the board's period) replace them, and other filters' columns reload.
      if (board) {
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'boardColumnDeals' });
        client.cache.gc();
        await client.refetchQueries({ include: [SALES_BOARD] });
      }
    } catch (error) {
      throw toApiError(error);
    }
  };
}

export function useReopenDeal() {
  const [mutate, { loading }] = useMutation(REOPEN_DEAL);
  const reopen = async (deal: DealDetails, stageId: string): Promise<void> => {
    try {
      await mutate({
        variables: { input: { id: deal.id, stageId, expectedVersion: deal.version } },
        update(cache) {
          evictDealLists(cache);
          evictRelatedDeals(cache, [deal.accountId], relatedIds(deal));
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { reopen, reopening: loading };
}

export function useDeleteDeal() {
  const [mutate, { loading }] = useMutation(DELETE_DEAL);
  const deleteDeal = async (deal: DealDetails): Promise<void> => {
    try {
      await mutate({
        variables: { input: { id: deal.id, expectedVersion: deal.version } },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Deal', id: deal.id }) });
          evictDealLists(cache);
          evictRelatedDeals(cache, [deal.accountId], relatedIds(deal));
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { deleteDeal, deleting: loading };
}
