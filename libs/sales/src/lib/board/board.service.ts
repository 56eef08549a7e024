import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, orderForKeyset, Page, pageSize, requirePermission, requireUuid, toPage } from '@crm/core';
import { SelectQueryBuilder } from 'typeorm';
import { Deal } from '../deal/deal.entity';
import { DealService } from '../deal/deal.service';
import { ExchangeRateService } from '../money/exchange-rate.service';
import { addDays } from '../plan/period.rules';
import { StageKind } from '../pipeline/pipeline.entity';
import { PipelineService } from '../pipeline/pipeline.service';
import { Board, BoardFilter } from './board.graphql';

/** How far back the WON and LOST columns reach when no period is chosen. */
const CLOSED_DAYS = 30;

/**
 * The Kanban board (SAL-3): one grouped query gives every column's count and sums; each column's
 * cards are then paged on their own (newest in the stage first), so a stage with thousands of
 * deals opens as fast as an empty one. Everything is limited to the deals the actor may see.
 */
@Injectable()
export class BoardService {
  constructor(private readonly deals: DealService, private readonly pipelines: PipelineService, private readonly rates: ExchangeRateService) {}

  async board(actor: Actor, pipelineId: string, filter?: BoardFilter | null): Promise<Board> {
    requirePermission(actor, 'deal.read');
    const pipeline = await this.pipelines.get(actor, pipelineId);
    const stages = (await this.pipelines.stagesOf([pipeline.id])).filter((s) => !s.archived);
    const closedSince = addDays(this.rates.today(), -CLOSED_DAYS);
    const rows: { stage_id: string; count: string; amount: string | null; weighted: string | null }[] = await this.scoped(actor, pipeline.id, filter, closedSince)
      .select('d.stage_id', 'stage_id')
      .addSelect('count(*)', 'count')
      .addSelect('sum(d.amount_base)', 'amount')
      .addSelect('sum(round(d.amount_base * d.probability / 100.0))', 'weighted')
      .groupBy('d.stage_id')
      .getRawMany();
    return {
      pipelineId: pipeline.id,
      reportingCurrency: this.rates.reportingCurrency,
      closedSince,
      columns: stages.map((stage) => {
        const row = rows.find((r) => r.stage_id === stage.id);
        return { stage, count: Number(row?.count ?? 0), amount: Number(row?.amount ?? 0), weightedAmount: Number(row?.weighted ?? 0) };
      }),
    };
  }

  /** One column's cards, keyset-paged by time entered into the stage (newest first). */
  async column(actor: Actor, stageId: string, args: { first?: number | null; after?: string | null; filter?: BoardFilter | null }): Promise<Page<Deal> & { cursor: (d: Deal) => string }> {
    const first = pageSize(args.first);
    const qb = (await this.columnQuery(actor, stageId, args.filter, true)).limit(first + 1);
    const cursor = orderForKeyset(qb, 'd.id', { expr: 'd.stage_entered_at', nullable: false, value: (d) => d.stageEnteredAt.toISOString() }, 'DESC', args.after);
    return { ...toPage(await qb.getMany(), first), cursor };
  }

  async columnCount(actor: Actor, stageId: string, filter?: BoardFilter | null): Promise<number> {
    return (await this.columnQuery(actor, stageId, filter)).getCount();
  }

  private async columnQuery(actor: Actor, stageId: string, filter?: BoardFilter | null, withStage = false): Promise<SelectQueryBuilder<Deal>> {
    requirePermission(actor, 'deal.read');
    const stage = await this.pipelines.stage(requireUuid(stageId, 'Stage'));
    if (!stage) throw new NotFoundError('Stage');
    return this.scoped(actor, stage.pipelineId, filter, addDays(this.rates.today(), -CLOSED_DAYS), withStage).andWhere('d.stage_id = :stageId', { stageId });
  }

  private scoped(actor: Actor, pipelineId: string, filter: BoardFilter | null | undefined, closedSince: string, withStage = false): SelectQueryBuilder<Deal> {
    const filterOf = { pipelineId, ownerIds: filter?.ownerIds, teamId: filter?.teamId, from: filter?.from, to: filter?.to, search: filter?.search };
    const qb = this.deals.filteredQuery(actor, filterOf, undefined, withStage);
    if (!filter?.from && !filter?.to) qb.andWhere(`(d.status = '${StageKind.OPEN}' OR d.closed_on >= :closedSince)`, { closedSince });
    return qb;
  }
}
