import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission, toConnection } from '@crm/core';
import { DealConnection } from '../deal/deal.inputs';
import { Board, BoardFilter } from './board.graphql';
import { BoardService } from './board.service';

@Resolver(() => Board)
export class BoardResolver {
  constructor(private readonly boards: BoardService) {}

  @RequirePermission('deal.read')
  @Query(() => Board, { description: 'A pipeline\'s Kanban columns with counts and sums of the deals you may see; load cards per column with boardColumnDeals' })
  salesBoard(@CurrentActor() actor: Actor, @Args('pipelineId', { type: () => ID }) pipelineId: string, @Args('filter', { type: () => BoardFilter, nullable: true }) filter?: BoardFilter | null) {
    return this.boards.board(actor, pipelineId, filter);
  }

  @RequirePermission('deal.read')
  @Query(() => DealConnection, { description: 'One column\'s cards, newest in the stage first' })
  async boardColumnDeals(
    @CurrentActor() actor: Actor,
    @Args('stageId', { type: () => ID }) stageId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => BoardFilter, nullable: true }) filter?: BoardFilter | null,
  ) {
    const page = await this.boards.column(actor, stageId, { first, after, filter });
    return { ...toConnection(page, page.cursor), count: () => this.boards.columnCount(actor, stageId, filter) };
  }
}
