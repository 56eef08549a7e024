import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, Clock, diffFields, escapeLike, EventLog, FieldProblem, isValidLocalDate, JobQueue, NotFoundError, orderForKeyset, Page, pageSize,
  requireActiveOwner, requireEditableFields, requirePermission, requireUuid, scopeCondition, SortSpec, StaleVersionError, toPage, ValidationError,
  oneOf,
} from '@crm/core';
import { AccountService } from '@crm/account';
import { cleanText, ContactService } from '@crm/contact';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { ExchangeRateService } from '../money/exchange-rate.service';
import { isKnownCurrency } from '../money/money.rules';
import { LossReason, Pipeline, Stage, StageKind } from '../pipeline/pipeline.entity';
import { PipelineService } from '../pipeline/pipeline.service';
import { Product } from '../product/product.entity';
import { ProductService } from '../product/product.service';
import { Deal, DealContact, DealLine, DealStageStay } from './deal.entity';
import { CreateDealInput, DealContactInput, DealFilter, DealLineInput, DealOrderBy, DealOrderField, MoveDealInput, ReopenDealInput, UpdateDealInput } from './deal.inputs';
import { dealAmount, isOpenCategory, lineProblems, moveProblems, PricedLine, priceLine, stageConsequences } from './deal.rules';

export const DEAL_SCOPE = { owner: 'owner_id', territory: 'territory_id', partner: 'partner_account_id' };
/** The policy field deal events reveal: roles that may not read deals see neither the deals nor their events' values. */
const ABOUT = 'deals';
const TRACKED = [
  'title', 'accountId', 'ownerId', 'source', 'description', 'currency', 'amount', 'probability', 'forecastCategory', 'expectedCloseOn',
  'pipelineId', 'stageId', 'status', 'closedOn', 'lossReasonId', 'lossNote', 'lines', 'contacts',
] as const;

const SORTS: Record<DealOrderField, SortSpec<Deal>> = {
  [DealOrderField.UPDATED_AT]: { expr: 'd.updated_at', nullable: false, value: (d) => d.updatedAt.toISOString() },
  [DealOrderField.CREATED_AT]: { expr: 'd.created_at', nullable: false, value: (d) => d.createdAt.toISOString() },
  [DealOrderField.EXPECTED_CLOSE]: { expr: 'd.expected_close_on', nullable: true, value: (d) => d.expectedCloseOn },
  [DealOrderField.AMOUNT]: { expr: 'd.amount_base', nullable: false, value: (d) => d.amountBase },
};

type DealFields = Pick<Deal, 'title' | 'accountId' | 'ownerId' | 'source' | 'description' | 'currency' | 'expectedCloseOn'>;

/**
 * Deals (SAL-2): the only writer of deals, their lines, contacts and stage history. Actor first;
 * the record scope is applied in SQL, so a deal the actor may not see is "not found" and never counted.
 */
@Injectable()
export class DealService {
  private readonly logger = new Logger(DealService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventLog,
    private readonly pipelines: PipelineService,
    private readonly products: ProductService,
    private readonly rates: ExchangeRateService,
    private readonly accounts: AccountService,
    private readonly contacts: ContactService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Deals the actor may see, as a query builder aliased "d". */
  visibleQuery(actor: Actor, manager: EntityManager = this.db.manager): SelectQueryBuilder<Deal> {
    requirePermission(actor, 'deal.read');
    const scope = scopeCondition(actor, 'd', DEAL_SCOPE);
    return manager.getRepository(Deal).createQueryBuilder('d').where(scope.sql, scope.params);
  }

  /** Visible deals with their stage joined (every view of a deal shows it): one statement, not two. */
  readQuery(actor: Actor): SelectQueryBuilder<Deal> {
    return this.visibleQuery(actor).leftJoinAndMapOne('d.stageRow', Stage, 'st', 'st.id = d.stage_id');
  }

  async get(actor: Actor, id: string): Promise<Deal> {
    const deal = await this.readQuery(actor).andWhere('d.id = :id', { id: requireUuid(id, 'Deal') }).getOne();
    if (!deal) throw new NotFoundError('Deal');
    return deal;
  }

  async list(actor: Actor, args: { first?: number | null; after?: string | null; filter?: DealFilter | null; orderBy?: DealOrderBy | null }): Promise<Page<Deal> & { cursor: (d: Deal) => string }> {
    const first = pageSize(args.first);
    const qb = this.filteredQuery(actor, args.filter, undefined, true).limit(first + 1);
    const cursor = orderForKeyset(qb, 'd.id', SORTS[args.orderBy?.field ?? DealOrderField.UPDATED_AT], args.orderBy?.direction ?? 'DESC', args.after);
    return { ...toPage(await qb.getMany(), first), cursor };
  }

  count(actor: Actor, filter?: DealFilter | null): Promise<number> {
    return this.filteredQuery(actor, filter).getCount();
  }

  /** Visible deals matching a filter; every filter is served by an index. */
  filteredQuery(actor: Actor, filter?: DealFilter | null, manager?: EntityManager, withStage = false): SelectQueryBuilder<Deal> {
    const qb = withStage ? this.readQuery(actor) : this.visibleQuery(actor, manager);
    if (!filter) return qb;
    const problems: FieldProblem[] = (['from', 'to'] as const)
      .filter((f) => filter[f] && !isValidLocalDate(filter[f]!))
      .map((field) => ({ field: `filter.${field}`, message: 'must be a real date written as YYYY-MM-DD' }));
    if (problems.length) throw new ValidationError(problems);
    if (filter.pipelineId) qb.andWhere('d.pipeline_id = :fPipeline', { fPipeline: filter.pipelineId });
    if (filter.stageId) qb.andWhere('d.stage_id = :fStage', { fStage: filter.stageId });
    if (filter.statuses?.length) qb.andWhere('d.status = ANY(:fStatuses)', { fStatuses: filter.statuses });
    if (filter.ownerIds?.length) qb.andWhere(...oneOf('d.owner_id', 'fOwners', filter.ownerIds));
    if (filter.teamId) qb.andWhere('d.owner_id IN (SELECT tu.id FROM core."user" tu WHERE tu.team_id = :fTeam)', { fTeam: filter.teamId });
    if (filter.accountId) qb.andWhere('d.account_id = :fAccount', { fAccount: filter.accountId });
    if (filter.contactId) qb.andWhere('d.id IN (SELECT dc.deal_id FROM sales.deal_contact dc WHERE dc.contact_id = :fContact)', { fContact: filter.contactId });
    if (filter.productId) qb.andWhere('d.id IN (SELECT dl.deal_id FROM sales.deal_line dl WHERE dl.product_id = :fProduct)', { fProduct: filter.productId });
    const search = filter.search?.trim();
    if (search) {
      const number = /^#?(\d{1,15})$/.exec(search);
      if (number) qb.andWhere('(d.number = :fNumber OR lower(d.title) LIKE :fSearch)', { fNumber: number[1], fSearch: `%${escapeLike(search.toLowerCase())}%` });
      else qb.andWhere('lower(d.title) LIKE :fSearch', { fSearch: `%${escapeLike(search.toLowerCase())}%` });
    }
    // A period means: open deals expected in it, closed deals closed in it.
    if (filter.from) qb.andWhere(`(CASE WHEN d.status = 'OPEN' THEN d.expected_close_on ELSE d.closed_on END) >= :fFrom`, { fFrom: filter.from });
    if (filter.to) qb.andWhere(`(CASE WHEN d.status = 'OPEN' THEN d.expected_close_on ELSE d.closed_on END) <= :fTo`, { fTo: filter.to });
    return qb;
  }

  async create(actor: Actor, input: CreateDealInput): Promise<Deal> {
    requirePermission(actor, 'deal.create');
    const ownerId = input.ownerId ?? actor.userId;
    if (input.ownerId && input.ownerId !== actor.userId) requireEditableFields(actor, 'deal', ['ownerId']);
    const { deal, productIds } = await this.db.transaction(async (m) => {
      const pipeline = input.pipelineId ? await m.getRepository(Pipeline).findOneBy({ id: input.pipelineId, archived: false }) : await this.pipelines.defaultPipeline(m);
      if (!pipeline) throw ValidationError.field('pipelineId', input.pipelineId ? 'no such pipeline' : 'there is no pipeline yet; an administrator creates one');
      const stages = await m.getRepository(Stage).find({ where: { pipelineId: pipeline.id }, order: { position: 'ASC' } });
      const stage = input.stageId ? await this.pipelines.stage(input.stageId, m) : stages.find((s) => s.kind === StageKind.OPEN && !s.archived);
      if (!stage) throw ValidationError.field('stageId', 'no such stage');
      const owner = await requireActiveOwner(m, ownerId);
      const fields = cleanFields({ title: '', accountId: null, ownerId: owner.id, source: null, description: null, currency: this.rates.reportingCurrency, expectedCloseOn: null }, input);
      const closedOn = stage.kind === StageKind.OPEN ? null : (input.closedOn ?? this.rates.today());
      const problems = [...fieldProblems(fields, input), ...(input.closedOn && !isValidLocalDate(input.closedOn) ? [{ field: 'closedOn', message: 'must be a real date written as YYYY-MM-DD' }] : [])];
      const lines = await this.priceLines(m, input.lines ?? [], fields.currency, closedOn ?? this.rates.today(), input.priceListId, [], problems);
      const amount = dealAmount(lines, input.amount);
      problems.push(...amount.problems);
      problems.push(...(await this.relatedProblems(actor, m, fields, input.contacts ?? [], input.lossReasonId ?? null)));
      if (!fields.accountId && !input.contacts?.length) problems.push({ field: 'accountId', message: 'a deal needs an account or a contact' });
      const draft = { pipelineId: pipeline.id, stageId: '', status: StageKind.OPEN, amount: amount.amount, lossReasonId: input.lossReasonId ?? null };
      problems.push(...moveProblems(draft, stage));
      if (problems.length) throw new ValidationError(problems);
      const manual = { probability: input.probability ?? stage.probability, probabilityManual: input.probability != null, forecastCategory: input.forecastCategory ?? stage.forecastCategory, forecastCategoryManual: input.forecastCategory != null, reachedPosition: 0 };
      const territoryId = await this.territoryOf(m, fields.accountId, owner.territoryId);
      const now = this.clock.now();
      const saved = await m.getRepository(Deal).save(
        m.getRepository(Deal).create({
          ...fields, ...manual, ...stageConsequences(manual, stage), pipelineId: pipeline.id, stageId: stage.id, territoryId,
          partnerAccountId: actor.partnerAccountId, amount: amount.amount, amountFromLines: amount.fromLines,
          amountBase: await this.rates.toBase(m, amount.amount, fields.currency, closedOn ?? fields.expectedCloseOn),
          closedOn, lossReasonId: stage.kind === StageKind.LOST ? (input.lossReasonId ?? null) : null, lossNote: stage.kind === StageKind.LOST ? cleanText(input.lossNote) : null,
          stageEnteredAt: now, createdAt: now, createdBy: actor.userId,
        }),
      );
      await this.saveLines(m, saved.id, lines);
      await this.saveContacts(m, saved.id, input.contacts ?? []);
      await m.getRepository(DealStageStay).insert({ dealId: saved.id, pipelineId: pipeline.id, stageId: stage.id, enteredAt: now, leftAt: null });
      const subjectId = await this.subjectOf(m, saved);
      await this.events.append(m, actor, {
        type: 'sales.deal.created', entityType: 'sales.deal', entityId: saved.id, subjectId,
        changes: diffFields({}, { ...this.tracked(saved), lines: lines.length, contacts: (input.contacts ?? []).map((c) => c.contactId) }, TRACKED),
        data: { about: ABOUT, title: saved.title, stage: stage.name },
      });
      if (stage.kind !== StageKind.OPEN) await this.appendClosed(m, actor, saved, stage, subjectId, null);
      return { deal: saved, productIds: saved.status === StageKind.WON ? lines.map((l) => l.productId) : [] };
    });
    await this.planTrendRefresh(productIds);
    return deal;
  }

  async update(actor: Actor, input: UpdateDealInput): Promise<Deal> {
    requirePermission(actor, 'deal.update');
    const { deal, productIds } = await this.db.transaction(async (m) => {
      const current = await this.lockVisible(actor, m, input.id, input.expectedVersion);
      const fields = cleanFields(current, input);
      const problems = fieldProblems(fields, input);
      const currentLines = await m.getRepository(DealLine).find({ where: { dealId: current.id }, order: { position: 'ASC' } });
      if (fields.currency !== current.currency && currentLines.length && !input.lines) {
        problems.push({ field: 'currency', message: 'the deal has line items priced in the old currency; send the lines again with the new currency' });
      }
      const rateDay = current.closedOn ?? this.rates.today();
      const lines = input.lines ? await this.priceLines(m, input.lines, fields.currency, rateDay, input.priceListId, currentLines, problems) : currentLines;
      const amount = dealAmount(lines, input.amount === undefined ? (current.amountFromLines ? 0 : current.amount) : input.amount);
      problems.push(...amount.problems);
      problems.push(...(await this.relatedProblems(actor, m, fields, input.contacts ?? [], null, current)));
      if (input.contacts && !input.contacts.length && !fields.accountId) problems.push({ field: 'contacts', message: 'a deal needs an account or a contact' });
      if (input.accountId === null && !input.contacts && !(await m.getRepository(DealContact).existsBy({ dealId: current.id }))) {
        problems.push({ field: 'accountId', message: 'a deal needs an account or a contact' });
      }
      if (current.status === StageKind.WON && amount.amount <= 0) problems.push({ field: 'amount', message: 'a won deal needs an amount above zero' });
      if (input.forecastCategory && (current.status !== StageKind.OPEN || !isOpenCategory(input.forecastCategory))) {
        problems.push({ field: 'forecastCategory', message: current.status === StageKind.OPEN ? 'CLOSED is for won deals' : 'a closed deal keeps CLOSED or OMITTED' });
      }
      if (input.probability != null && current.status !== StageKind.OPEN) problems.push({ field: 'probability', message: 'a closed deal\'s probability is 100 (won) or 0 (lost)' });
      if (problems.length) throw new ValidationError(problems);
      const stage = (await this.pipelines.stage(current.stageId, m))!;
      const previousAccountId = current.accountId;
      const before = { ...this.tracked(current), lines: currentLines.map(lineText), contacts: await this.contactIdsOf(m, current.id) };
      const manual = {
        probability: input.probability === undefined ? current.probability : (input.probability ?? stage.probability),
        probabilityManual: input.probability === undefined ? current.probabilityManual : input.probability !== null,
        forecastCategory: input.forecastCategory === undefined ? current.forecastCategory : (input.forecastCategory ?? stage.forecastCategory),
        forecastCategoryManual: input.forecastCategory === undefined ? current.forecastCategoryManual : input.forecastCategory !== null,
        reachedPosition: current.reachedPosition,
      };
      Object.assign(current, fields, manual, stageConsequences(manual, stage), { amount: amount.amount, amountFromLines: amount.fromLines });
      if (fields.accountId !== previousAccountId) current.territoryId = await this.territoryOf(m, fields.accountId, current.territoryId);
      current.amountBase = await this.rates.toBase(m, current.amount, current.currency, current.closedOn ?? current.expectedCloseOn);
      if (input.lines) await this.saveLines(m, current.id, lines as PricedLine[]);
      if (input.contacts) await this.saveContacts(m, current.id, input.contacts);
      const after = { ...this.tracked(current), lines: input.lines ? (lines as PricedLine[]).map(lineText) : before.lines, contacts: input.contacts ? input.contacts.map((c) => c.contactId) : before.contacts };
      const changes = diffFields(before, after, TRACKED);
      requireEditableFields(actor, 'deal', Object.keys(changes));
      if (!Object.keys(changes).length) return { deal: current, productIds: [] };
      // Lines or contacts alone change no column of the deal: updatedAt does, so the version goes up.
      current.updatedAt = this.clock.now();
      const saved = await m.getRepository(Deal).save(current);
      await this.events.append(m, actor, { type: 'sales.deal.updated', entityType: 'sales.deal', entityId: saved.id, subjectId: await this.subjectOf(m, saved), changes, data: { about: ABOUT, title: saved.title } });
      const touched = saved.status === StageKind.WON && (changes.lines || changes.amount || changes.currency) ? [...currentLines, ...lines].map((l) => l.productId) : [];
      return { deal: saved, productIds: touched };
    });
    await this.planTrendRefresh(productIds);
    return deal;
  }

  /** Moves an open deal to another stage (a drag on the board); won needs an amount, lost a reason. */
  async move(actor: Actor, input: MoveDealInput): Promise<Deal> {
    requirePermission(actor, 'deal.update');
    return this.changeStage(actor, input.id, input.expectedVersion, input.stageId, { lossReasonId: input.lossReasonId ?? null, lossNote: input.lossNote ?? null, closedOn: input.closedOn ?? null });
  }

  /** Brings a won or lost deal back into an open stage. */
  async reopen(actor: Actor, input: ReopenDealInput): Promise<Deal> {
    requirePermission(actor, 'deal.update');
    return this.changeStage(actor, input.id, input.expectedVersion, input.stageId, { reopen: true });
  }

  async delete(actor: Actor, id: string, expectedVersion: number): Promise<string> {
    requirePermission(actor, 'deal.delete');
    const productIds = await this.db.transaction(async (m) => {
      const current = await this.lockVisible(actor, m, id, expectedVersion);
      const lines = await m.getRepository(DealLine).findBy({ dealId: id });
      const subjectId = await this.subjectOf(m, current);
      await m.getRepository(Deal).delete({ id });
      await this.events.append(m, actor, { type: 'sales.deal.deleted', entityType: 'sales.deal', entityId: id, subjectId, data: { about: ABOUT, title: current.title, number: current.number } });
      return current.status === StageKind.WON ? lines.map((l) => l.productId) : [];
    });
    await this.planTrendRefresh(productIds);
    return id;
  }

  linesOf(dealIds: readonly string[]): Promise<DealLine[]> {
    return this.db.getRepository(DealLine).find({ where: { dealId: In([...dealIds]) }, order: { position: 'ASC' } });
  }

  /** The deals' contact links, only to contacts the actor may see (a hidden contact's role is not shown either). */
  contactLinksOf(actor: Actor, dealIds: readonly string[]): Promise<DealContact[]> {
    const visible = this.contacts.visibleQuery(actor).select('c.id');
    return this.db
      .getRepository(DealContact)
      .createQueryBuilder('dc')
      .where('dc.deal_id = ANY(:dealIds)', { dealIds })
      .andWhere(`dc.contact_id IN (${visible.getQuery()})`, visible.getParameters())
      .orderBy('dc.is_primary', 'DESC')
      .getMany();
  }

  stagesVisitedBy(dealIds: readonly string[]): Promise<DealStageStay[]> {
    return this.db.getRepository(DealStageStay).find({ where: { dealId: In([...dealIds]) }, order: { enteredAt: 'ASC', id: 'ASC' } });
  }

  /** Visible deals of each account or contact, newest first (the cards' deals tabs), in the order of ids. */
  async ofCustomers(actor: Actor, kind: 'account' | 'contact', ids: readonly string[]): Promise<Deal[][]> {
    const qb = this.readQuery(actor).orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC');
    if (kind === 'account') {
      const deals = await qb.andWhere('d.account_id = ANY(:ids)', { ids }).getMany();
      return ids.map((id) => deals.filter((d) => d.accountId === id));
    }
    // A deal may involve several of the contacts asked about: it belongs to each of them. The
    // joins are one-to-one, so raw rows and entities line up.
    const { entities, raw } = await qb
      .andWhere('d.id IN (SELECT dc.deal_id FROM sales.deal_contact dc WHERE dc.contact_id = ANY(:ids))', { ids })
      .addSelect('ARRAY(SELECT dc.contact_id FROM sales.deal_contact dc WHERE dc.deal_id = d.id AND dc.contact_id = ANY(:ids))', 'via_contacts')
      .getRawAndEntities();
    const via = new Map(entities.map((d, i) => [d.id, raw[i].via_contacts as string[]]));
    return ids.map((id) => entities.filter((d) => via.get(d.id)!.includes(id)));
  }

  private async changeStage(
    actor: Actor, id: string, expectedVersion: number, stageId: string,
    options: { reopen?: boolean; lossReasonId?: string | null; lossNote?: string | null; closedOn?: string | null },
  ): Promise<Deal> {
    const { deal, productIds } = await this.db.transaction(async (m) => {
      const current = await this.lockVisible(actor, m, id, expectedVersion);
      const to = await this.pipelines.stage(stageId, m);
      if (!to) throw ValidationError.field('stageId', 'no such stage');
      if (to.id === current.stageId && !options.reopen) return { deal: current, productIds: [] };
      const problems = moveProblems({ ...current, lossReasonId: options.lossReasonId ?? null }, to, { reopen: options.reopen });
      if (options.closedOn && !isValidLocalDate(options.closedOn)) problems.push({ field: 'closedOn', message: 'must be a real date written as YYYY-MM-DD' });
      if (options.lossReasonId && to.kind === StageKind.LOST && !(await m.getRepository(LossReason).existsBy({ id: options.lossReasonId, archived: false }))) {
        problems.push({ field: 'lossReasonId', message: 'no such loss reason' });
      }
      if (problems.length) throw new ValidationError(problems);
      const from = (await this.pipelines.stage(current.stageId, m))!;
      const before = this.tracked(current);
      const now = this.clock.now();
      await closeStay(m, current, now);
      await m.getRepository(DealStageStay).insert({ dealId: current.id, pipelineId: to.pipelineId, stageId: to.id, enteredAt: now, leftAt: null });
      const closing = to.kind !== StageKind.OPEN;
      Object.assign(current, stageConsequences(current, to), {
        stageId: to.id, stageEnteredAt: now,
        closedOn: closing ? (options.closedOn ?? this.rates.today()) : null,
        lossReasonId: to.kind === StageKind.LOST ? options.lossReasonId : null,
        lossNote: to.kind === StageKind.LOST ? cleanText(options.lossNote) : null,
      });
      current.amountBase = await this.rates.toBase(m, current.amount, current.currency, current.closedOn ?? current.expectedCloseOn);
      const saved = await m.getRepository(Deal).save(current);
      const subjectId = await this.subjectOf(m, saved);
      const changes = diffFields(before, this.tracked(saved), TRACKED);
      const data = { about: ABOUT, title: saved.title, fromStage: from.name, toStage: to.name };
      if (options.reopen) await this.events.append(m, actor, { type: 'sales.deal.reopened', entityType: 'sales.deal', entityId: saved.id, subjectId, changes, data });
      else if (closing) await this.appendClosed(m, actor, saved, to, subjectId, from, changes);
      else await this.events.append(m, actor, { type: 'sales.deal.stageChanged', entityType: 'sales.deal', entityId: saved.id, subjectId, changes, data });
      const wonBefore = before.status === StageKind.WON;
      const lines = wonBefore || saved.status === StageKind.WON ? await m.getRepository(DealLine).findBy({ dealId: saved.id }) : [];
      return { deal: saved, productIds: lines.map((l) => l.productId) };
    });
    await this.planTrendRefresh(productIds);
    return deal;
  }

  private async appendClosed(m: EntityManager, actor: Actor, deal: Deal, to: Stage, subjectId: string | null, from: Stage | null, changes?: Record<string, { before: unknown; after: unknown }>) {
    await this.events.append(m, actor, {
      type: to.kind === StageKind.WON ? 'sales.deal.won' : 'sales.deal.lost', entityType: 'sales.deal', entityId: deal.id, subjectId, changes,
      data: { about: ABOUT, title: deal.title, fromStage: from?.name ?? null, toStage: to.name, amount: deal.amount, currency: deal.currency },
    });
  }

  private async lockVisible(actor: Actor, m: EntityManager, id: string, expectedVersion: number): Promise<Deal> {
    const current = await this.visibleQuery(actor, m).andWhere('d.id = :id', { id: requireUuid(id, 'Deal') }).setLock('pessimistic_write').getOne();
    if (!current) throw new NotFoundError('Deal');
    if (current.version !== expectedVersion) throw new StaleVersionError('Deal', current.version);
    return current;
  }

  /** Checks lines and prices them: a line's price comes from the line, else from the price list on the day. */
  private async priceLines(
    m: EntityManager, drafts: DealLineInput[], currency: string, day: string, priceListId: string | null | undefined, keep: DealLine[], problems: FieldProblem[],
  ): Promise<PricedLine[]> {
    drafts.forEach((l, i) => problems.push(...lineProblems(l, i)));
    if (!drafts.length) return [];
    const ids = [...new Set(drafts.map((l) => l.productId))];
    const found = await m.getRepository(Product).findBy({ id: In(ids) });
    const listPrices = await this.products.priceOn(m, ids, currency, day, priceListId);
    const lines: PricedLine[] = [];
    drafts.forEach((l, i) => {
      const product = found.find((p) => p.id === l.productId);
      // A line kept from before may keep its product after the product was deactivated.
      if (!product) problems.push({ field: `lines[${i}].productId`, message: 'no such product' });
      else if (!product.active && !keep.some((k) => k.productId === product.id)) problems.push({ field: `lines[${i}].productId`, message: `${product.name} is no longer sold` });
      const listPrice = listPrices.get(l.productId);
      if (l.unitPrice == null && listPrice === undefined) problems.push({ field: `lines[${i}].unitPrice`, message: `no ${currency} price for this product on ${day}; enter a unit price` });
      if (!problems.some((p) => p.field.startsWith(`lines[${i}]`))) lines.push(priceLine(l, listPrice ?? 0));
    });
    return lines;
  }

  private async relatedProblems(actor: Actor, m: EntityManager, fields: DealFields, contacts: DealContactInput[], lossReasonId: string | null, current?: Deal): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (!isKnownCurrency(fields.currency)) problems.push({ field: 'currency', message: 'is not an ISO 4217 currency code' });
    else if (!(await this.rates.convertible(m, fields.currency))) {
      problems.push({ field: 'currency', message: `no exchange rate to ${this.rates.reportingCurrency} is set for ${fields.currency}; add one under Sales settings` });
    }
    if (fields.accountId && fields.accountId !== current?.accountId && !(await this.accounts.visibleQuery(actor, m).andWhere('a.id = :id', { id: fields.accountId }).getExists())) {
      problems.push({ field: 'accountId', message: 'no such account' });
    }
    if (fields.ownerId !== current?.ownerId && current) await requireActiveOwner(m, fields.ownerId);
    const contactIds = contacts.map((c) => c.contactId);
    if (new Set(contactIds).size !== contactIds.length) problems.push({ field: 'contacts', message: 'lists a contact twice' });
    if (contacts.filter((c) => c.isPrimary).length > 1) problems.push({ field: 'contacts', message: 'only one contact can be primary' });
    if (contactIds.length) {
      const visible = await this.contacts.visibleQuery(actor, m).andWhere('c.id = ANY(:ids)', { ids: contactIds }).select('c.id').getMany();
      contacts.forEach((c, i) => {
        if (!visible.some((v) => v.id === c.contactId)) problems.push({ field: `contacts[${i}].contactId`, message: 'no such contact' });
      });
    }
    if (lossReasonId && !(await m.getRepository(LossReason).existsBy({ id: lossReasonId, archived: false }))) problems.push({ field: 'lossReasonId', message: 'no such loss reason' });
    return problems;
  }

  private async saveLines(m: EntityManager, dealId: string, lines: PricedLine[]) {
    await m.getRepository(DealLine).delete({ dealId });
    if (lines.length) await m.getRepository(DealLine).insert(lines.map((l, position) => ({ ...l, dealId, position })));
  }

  private async saveContacts(m: EntityManager, dealId: string, contacts: DealContactInput[]) {
    await m.getRepository(DealContact).delete({ dealId });
    const primary = contacts.some((c) => c.isPrimary) ? null : contacts[0]?.contactId;
    if (contacts.length) {
      await m.getRepository(DealContact).insert(contacts.map((c) => ({ dealId, contactId: c.contactId, role: cleanText(c.role), isPrimary: !!c.isPrimary || c.contactId === primary })));
    }
  }

  private async contactIdsOf(m: EntityManager, dealId: string): Promise<string[]> {
    return (await m.getRepository(DealContact).find({ where: { dealId }, order: { isPrimary: 'DESC' } })).map((c) => c.contactId);
  }

  /** The customer whose timeline shows the deal: its account, else its primary contact. */
  private async subjectOf(m: EntityManager, deal: Deal): Promise<string | null> {
    if (deal.accountId) return deal.accountId;
    const [primary] = await m.getRepository(DealContact).find({ where: { dealId: deal.id }, order: { isPrimary: 'DESC' }, take: 1 });
    return primary?.contactId ?? null;
  }

  /** Deals sit in their account's territory (marketing and territory roles see them there), else the owner's. */
  private async territoryOf(m: EntityManager, accountId: string | null, fallback: string | null): Promise<string | null> {
    if (!accountId) return fallback;
    const [row] = await m.query(`SELECT territory_id FROM account.account WHERE id = $1`, [accountId]);
    return row?.territory_id ?? fallback;
  }

  private tracked(d: Deal): Record<string, unknown> {
    return Object.fromEntries(TRACKED.filter((f) => f !== 'lines' && f !== 'contacts').map((f) => [f, d[f as keyof Deal]]));
  }

  /** Product trends move when won deals do; refreshed after commit, and nightly in full. */
  private async planTrendRefresh(productIds: string[]) {
    if (!productIds.length) return;
    const ids = [...new Set(productIds)];
    await this.jobs
      .enqueue('sales.productTrends.refresh', { productIds: ids }, { jobId: `trends-${Date.now()}-${ids[0]}` })
      .catch((e: Error) => this.logger.warn({ err: e.message }, 'product trend refresh deferred to the nightly run'));
  }
}

/**
 * Ends the deal's current stay and, for an open stage, adds it to the month's time-in-stage sums
 * (keyed by the scope columns, so the funnel can scope them like deals). Clocks of two servers
 * may disagree a little: a stay never ends before it began.
 */
async function closeStay(m: EntityManager, deal: Deal, now: Date) {
  await m.query(
    `WITH closed AS (
       UPDATE sales.deal_stage_history SET left_at = GREATEST(entered_at, $2) WHERE deal_id = $1 AND left_at IS NULL
       RETURNING pipeline_id, stage_id, entered_at, left_at)
     INSERT INTO sales.stage_time (pipeline_id, stage_id, owner_id, territory_id, partner_account_id, month, stays, seconds)
     SELECT c.pipeline_id, c.stage_id, $3, $4, $5, date_trunc('month', c.entered_at)::date, 1, round(extract(epoch FROM c.left_at - c.entered_at))::bigint
       FROM closed c JOIN sales.stage s ON s.id = c.stage_id AND s.kind = 'OPEN'
     ON CONFLICT (stage_id, owner_id, territory_id, partner_account_id, month)
     DO UPDATE SET stays = sales.stage_time.stays + 1, seconds = sales.stage_time.seconds + EXCLUDED.seconds`,
    [deal.id, now, deal.ownerId, deal.territoryId, deal.partnerAccountId],
  );
}

function cleanFields(current: DealFields, patch: { [K in keyof DealFields]?: DealFields[K] | null }): DealFields {
  const next = { ...current };
  if (patch.title !== undefined) next.title = cleanText(patch.title) ?? '';
  if (patch.accountId !== undefined) next.accountId = patch.accountId ?? null;
  if (patch.ownerId != null) next.ownerId = patch.ownerId;
  if (patch.source !== undefined) next.source = cleanText(patch.source);
  if (patch.description !== undefined) next.description = cleanText(patch.description);
  if (patch.currency != null) next.currency = patch.currency;
  if (patch.expectedCloseOn !== undefined) next.expectedCloseOn = patch.expectedCloseOn ?? null;
  return next;
}

function fieldProblems(fields: DealFields, input: { expectedCloseOn?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!fields.title) problems.push({ field: 'title', message: 'must not be empty' });
  if (input.expectedCloseOn && !isValidLocalDate(input.expectedCloseOn)) problems.push({ field: 'expectedCloseOn', message: 'must be a real date written as YYYY-MM-DD' });
  return problems;
}

/** A line as the event log shows it. */
function lineText(l: { productId: string; quantity: number; unitPrice: number; discountPercent: number; amount: number }): string {
  return `${l.productId} × ${l.quantity} @ ${l.unitPrice}${Number(l.discountPercent) ? ` −${l.discountPercent}%` : ''} = ${l.amount}`;
}

