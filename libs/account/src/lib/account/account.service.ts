import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, APP_CONFIG, AppConfig, ConflictError, customChanges, CustomFieldService, diffFields, EventLog, filterBySearchText, maskHidden, nextCustomerCode,
  normalizePhone, NotFoundError, orderForKeyset, Page, pageSize, parseCustomerCode, rankedSearch, requireActiveOwner, requireEditableFields,
  requirePermission, requireUuid, scopeCondition, searchedCode, SegmentService, SortSpec, StaleVersionError, survivorOfCode, toPage, ValidationError,
  oneOf,
} from '@crm/core';
import { OrderDirection } from '@crm/contact';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Account, ACCOUNT_TRACKED_FIELDS, AccountExternalId } from './account.entity';
import { AccountFilter, AccountOrderBy, AccountOrderField, CreateAccountInput, UpdateAccountInput } from './account.inputs';
import { AccountValues, applyAccountPatch, EMPTY_ACCOUNT, searchTextOf, sortNameOf } from './account.rules';

export const ACCOUNT_SCOPE = { owner: 'owner_id', territory: 'territory_id', partner: 'partner_account_id' };

const SORTS: Record<Exclude<AccountOrderField, AccountOrderField.CUSTOM>, SortSpec<Account>> = {
  [AccountOrderField.NAME]: { expr: 'a.sort_name', nullable: false, value: (a) => a.sortName },
  [AccountOrderField.CREATED_AT]: { expr: 'a.created_at', nullable: false, value: (a) => a.createdAt.toISOString() },
  [AccountOrderField.UPDATED_AT]: { expr: 'a.updated_at', nullable: false, value: (a) => a.updatedAt.toISOString() },
  [AccountOrderField.COMPLETENESS]: { expr: 'a.completeness', nullable: false, value: (a) => a.completeness },
};

const valuesOf = (a: Account): AccountValues => ({
  name: a.name, legalName: a.legalName, kinds: a.kinds, parentId: a.parentId, industry: a.industry, region: a.region, size: a.size,
  employees: a.employees, website: a.website, phones: a.phones, emails: a.emails, addresses: a.addresses, description: a.description, tags: a.tags,
  inn: a.inn, kpp: a.kpp, ogrn: a.ogrn, vatId: a.vatId, bankAccounts: a.bankAccounts, competitorPurchases: a.competitorPurchases,
});

/**
 * Accounts (ACC-1..ACC-4, CON-2): the only writer of account rows. Actor first; the record scope
 * is applied in SQL, so an account the actor may not see is "not found" and never counted.
 */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventLog,
    private readonly customFields: CustomFieldService,
    private readonly segments: SegmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Accounts the actor may see, as a query builder aliased "a". */
  visibleQuery(actor: Actor, manager: EntityManager = this.db.manager): SelectQueryBuilder<Account> {
    requirePermission(actor, 'account.read');
    const scope = scopeCondition(actor, 'a', ACCOUNT_SCOPE);
    return manager.getRepository(Account).createQueryBuilder('a').where(scope.sql, scope.params);
  }

  async get(actor: Actor, id: string): Promise<Account> {
    const account = await this.visibleQuery(actor).andWhere('a.id = :id', { id: requireUuid(id, 'Account') }).getOne();
    if (!account) throw new NotFoundError('Account');
    return this.mask(actor, account);
  }

  async getByCode(actor: Actor, codeText: string): Promise<Account> {
    const code = parseCustomerCode(codeText);
    if (!code) throw ValidationError.field('code', 'is not a valid customer code (check the last digit)');
    // A merged account's code leads to the account it was merged into.
    const alias = await survivorOfCode(this.db.manager, code);
    const byCode = this.visibleQuery(actor);
    if (alias?.entityType === 'account') byCode.andWhere('a.id = :id', { id: alias.survivorId });
    else byCode.andWhere('a.code = :code', { code });
    const account = await byCode.getOne();
    if (!account) throw new NotFoundError('Account');
    return this.mask(actor, account);
  }

  async getByExternalId(actor: Actor, system: string, externalId: string): Promise<Account> {
    const account = await this.visibleQuery(actor)
      .innerJoin(AccountExternalId, 'x', 'x.account_id = a.id')
      .andWhere('x.system = :system AND x.external_id = :externalId', { system, externalId })
      .getOne();
    if (!account) throw new NotFoundError('Account');
    return this.mask(actor, account);
  }

  async list(
    actor: Actor,
    args: { first?: number | null; after?: string | null; filter?: AccountFilter | null; orderBy?: AccountOrderBy | null },
  ): Promise<Page<Account> & { cursor: (a: Account) => string }> {
    const first = pageSize(args.first);
    const field = args.orderBy?.field ?? AccountOrderField.NAME;
    const qb = (await this.filteredQuery(actor, args.filter)).limit(first + 1);
    const sort = field === AccountOrderField.CUSTOM ? await this.customFields.sortSpec('account', args.orderBy?.customKey, 'a') : SORTS[field];
    const cursor = orderForKeyset(qb, 'a.id', sort, args.orderBy?.direction ?? OrderDirection.ASC, args.after);
    const page = toPage(await qb.getMany(), first);
    return { nodes: page.nodes.map((a) => this.mask(actor, a)), hasNextPage: page.hasNextPage, cursor };
  }

  /** Ranked search for pickers: exact code or INN first, then phone digits, then fuzzy name (pg_trgm). */
  async search(actor: Actor, query: string, first: number): Promise<Account[]> {
    const limit = pageSize(first, 10);
    const q = query.trim().toLowerCase();
    if (q.length < 2) throw ValidationError.field('query', 'type at least 2 characters');
    const code = searchedCode(q);
    const inn = /^\d{10}(\d{2})?$/.test(q) ? q : null;
    const qb = this.visibleQuery(actor).limit(limit);
    const found = code
      ? await qb.andWhere('a.code = :code', { code }).getMany()
      : inn
        ? await qb.andWhere('a.inn = :inn', { inn }).orderBy('a.sort_name').getMany()
        : await rankedSearch(this.db, qb, 'a', q, limit);
    return found.map((a) => this.mask(actor, a));
  }

  async count(actor: Actor, filter?: AccountFilter | null): Promise<number> {
    return (await this.filteredQuery(actor, filter)).getCount();
  }

  /** Visible accounts matching a filter; each filter is backed by an index. */
  async filteredQuery(actor: Actor, filter?: AccountFilter | null, manager: EntityManager = this.db.manager): Promise<SelectQueryBuilder<Account>> {
    const qb = this.visibleQuery(actor, manager);
    if (!filter) return qb;
    if (filter.segmentId) {
      const segment = await this.segments.condition(actor, filter.segmentId, 'account', 'a');
      qb.andWhere(segment.sql, segment.params);
    }
    if (filter.criteria) {
      const criteria = await this.segments.compile(actor, 'account', filter.criteria, 'a', 'fcr', 'filter.criteria');
      qb.andWhere(criteria.sql, criteria.params);
    }
    filterBySearchText(qb, 'a', filter.search);
    if (filter.kinds?.length) qb.andWhere('a.kinds && :fkinds::text[]', { fkinds: filter.kinds });
    if (filter.ownerIds?.length) qb.andWhere(...oneOf('a.owner_id', 'fownerIds', filter.ownerIds));
    if (filter.territoryIds?.length) qb.andWhere(...oneOf('a.territory_id', 'fterritoryIds', filter.territoryIds));
    if (filter.parentId) qb.andWhere('a.parent_id = :fparentId', { fparentId: filter.parentId });
    if (filter.industry) qb.andWhere('lower(a.industry) = lower(:findustry)', { findustry: filter.industry });
    if (filter.region) qb.andWhere('lower(a.region) = lower(:fregion)', { fregion: filter.region });
    if (filter.tags?.length) qb.andWhere('a.tags && :ftags::text[]', { ftags: filter.tags });
    if (filter.completenessMin != null) qb.andWhere('a.completeness >= :fcomplMin', { fcomplMin: filter.completenessMin });
    if (filter.completenessMax != null) qb.andWhere('a.completeness <= :fcomplMax', { fcomplMax: filter.completenessMax });
    if (filter.createdFrom) qb.andWhere('a.created_at >= :fcreatedFrom', { fcreatedFrom: filter.createdFrom });
    if (filter.createdTo) qb.andWhere('a.created_at < :fcreatedTo', { fcreatedTo: filter.createdTo });
    return qb;
  }

  async create(actor: Actor, input: CreateAccountInput, tx?: EntityManager, options: { fromText?: boolean } = {}): Promise<Account> {
    requirePermission(actor, 'account.create');
    const ownerId = input.ownerId ?? actor.userId;
    const explicit = Object.keys(input).filter((k) => input[k as keyof CreateAccountInput] !== undefined && input[k as keyof CreateAccountInput] !== null);
    requireEditableFields(actor, 'account', explicit.filter((f) => !(f === 'ownerId' && ownerId === actor.userId)));
    const { values, problems } = applyAccountPatch(EMPTY_ACCOUNT, input, { phoneRegion: this.config.locale.defaultPhoneRegion });
    const account = await this.inTransaction(tx, async (m) => {
      const custom = await this.customFields.apply(m, 'account', {}, input.customFields, { creating: true, fromText: options.fromText });
      if (problems.length || custom.problems.length) throw new ValidationError([...problems, ...custom.problems]);
      const owner = await requireActiveOwner(m, ownerId);
      await this.requireRelatedAccounts(actor, m, null, values);
      await this.requireFreeExternalIds(m, input.externalIds ?? []);
      const code = await nextCustomerCode(m);
      const saved = await m.getRepository(Account).save(
        m.getRepository(Account).create({
          ...values,
          code,
          ownerId: owner.id,
          territoryId: input.territoryId ?? owner.territoryId,
          partnerAccountId: actor.partnerAccountId,
          custom: custom.values,
          ...derivedColumns(values, code),
        }),
      );
      if (input.externalIds?.length) await m.getRepository(AccountExternalId).insert(input.externalIds.map((x) => ({ ...x, accountId: saved.id })));
      saved.completeness = await this.refreshCompleteness(m, saved.id);
      await this.events.append(m, actor, {
        type: 'account.account.created',
        entityType: 'account',
        entityId: saved.id,
        subjectId: saved.id,
        changes: { ...diffFields({}, { ...values, ownerId: saved.ownerId, territoryId: saved.territoryId }, ACCOUNT_TRACKED_FIELDS), ...customChanges({}, custom.values, custom.changed) },
      });
      return saved;
    });
    return this.mask(actor, account);
  }

  async update(actor: Actor, input: UpdateAccountInput, tx?: EntityManager, options: { fromText?: boolean } = {}): Promise<Account> {
    requirePermission(actor, 'account.update');
    const account = await this.inTransaction(tx, async (m) => {
      const current = await this.visibleQuery(actor, m).andWhere('a.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!current) throw new NotFoundError('Account');
      if (current.version !== input.expectedVersion) throw new StaleVersionError('Account', current.version);
      const { values, problems } = applyAccountPatch(valuesOf(current), input, { phoneRegion: this.config.locale.defaultPhoneRegion });
      const custom = await this.customFields.apply(m, 'account', current.custom, input.customFields, { creating: false, fromText: options.fromText });
      const next = { ...values, ownerId: input.ownerId === undefined ? current.ownerId : input.ownerId, territoryId: input.territoryId === undefined ? current.territoryId : input.territoryId };
      const changes = {
        ...diffFields({ ...valuesOf(current), ownerId: current.ownerId, territoryId: current.territoryId }, next, ACCOUNT_TRACKED_FIELDS),
        ...customChanges(current.custom, custom.values, custom.changed),
      };
      requireEditableFields(actor, 'account', Object.keys(changes));
      if (problems.length || custom.problems.length) throw new ValidationError([...problems, ...custom.problems]);
      if (!Object.keys(changes).length) return current;
      if (!next.ownerId) throw ValidationError.field('ownerId', 'an account needs an owner');
      if (changes.ownerId) await requireActiveOwner(m, next.ownerId);
      await this.requireRelatedAccounts(actor, m, current.id, values);
      Object.assign(current, next, derivedColumns(values, current.code), { custom: custom.values });
      const saved = await m.getRepository(Account).save(current);
      saved.completeness = await this.refreshCompleteness(m, saved.id);
      await this.events.append(m, actor, { type: 'account.account.updated', entityType: 'account', entityId: saved.id, subjectId: saved.id, changes });
      return saved;
    });
    return this.mask(actor, account);
  }

  /** Integrators' idempotent write: creates the account for (system, externalId) or updates it. */
  async upsertByExternalId(actor: Actor, system: string, externalId: string, input: CreateAccountInput): Promise<{ account: Account; created: boolean }> {
    return this.db.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`account-external:${system}:${externalId}`]);
      const link = await m.getRepository(AccountExternalId).findOne({ where: { system, externalId } });
      if (!link) {
        const others = (input.externalIds ?? []).filter((x) => !(x.system === system && x.externalId === externalId));
        return { account: await this.create(actor, { ...input, externalIds: [{ system, externalId }, ...others] }, m), created: true };
      }
      const current = await this.visibleQuery(actor, m).andWhere('a.id = :id', { id: link.accountId }).getOne();
      if (!current) throw new NotFoundError('Account');
      const { externalIds: _ignored, ...fields } = input;
      return { account: await this.update(actor, { ...fields, id: current.id, expectedVersion: current.version }, m), created: false };
    });
  }

  async delete(actor: Actor, id: string, expectedVersion: number): Promise<string> {
    requirePermission(actor, 'account.delete');
    await this.db.transaction(async (m) => {
      const current = await this.visibleQuery(actor, m).andWhere('a.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!current) throw new NotFoundError('Account');
      if (current.version !== expectedVersion) throw new StaleVersionError('Account', current.version);
      // Children keep existing without a parent; the event log keeps the account's history and its code is never reused.
      await m.getRepository(Account).update({ parentId: id }, { parentId: null });
      await m.getRepository(Account).delete({ id });
      await this.events.append(m, actor, { type: 'account.account.deleted', entityType: 'account', entityId: id, subjectId: id, data: { code: current.code, name: current.name } });
    });
    return id;
  }

  /** E.164 of a typed phone, or null. */
  normalisePhone(text: string): string | null {
    return normalizePhone(text, this.config.locale.defaultPhoneRegion as never)?.e164 ?? null;
  }

  /** Hides the fields the actor's role may not read (null or empty). */
  mask(actor: Actor, account: Account): Account {
    return maskHidden(actor, 'account', account);
  }

  private async refreshCompleteness(m: EntityManager, id: string): Promise<number> {
    await this.customFields.refreshCompleteness(m, 'account', [id]);
    const [{ completeness }] = await m.query('SELECT completeness FROM account.account WHERE id = $1', [id]);
    return completeness;
  }

  /** The parent and the competitors must be accounts the actor can see; a parent may not be a descendant. */
  private async requireRelatedAccounts(actor: Actor, m: EntityManager, selfId: string | null, values: AccountValues) {
    if (values.parentId) {
      if (values.parentId === selfId) throw ValidationError.field('parentId', 'an account cannot be its own parent');
      const parent = await this.visibleQuery(actor, m).andWhere('a.id = :pid', { pid: values.parentId }).getExists();
      if (!parent) throw ValidationError.field('parentId', 'no such account');
      if (selfId) {
        const [{ cycle }] = await m.query(
          `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM account.account WHERE id = $1
             UNION SELECT a.id, a.parent_id FROM account.account a JOIN up ON a.id = up.parent_id)
           SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
          [values.parentId, selfId],
        );
        if (cycle) throw ValidationError.field('parentId', 'would make the account its own ancestor');
      }
    }
    const competitorIds = values.competitorPurchases.map((c) => c.competitorId).filter((id): id is string => !!id);
    if (competitorIds.length) {
      const found = new Set((await this.visibleQuery(actor, m).select('a.id').andWhere('a.id = ANY(:cids)', { cids: competitorIds }).getMany()).map((a) => a.id));
      const missing = values.competitorPurchases.findIndex((c) => c.competitorId && !found.has(c.competitorId));
      if (missing >= 0) throw ValidationError.field(`competitorPurchases.${missing}.competitorId`, 'no such account');
    }
    values.competitorPurchases.forEach((c, i) => {
      if (!c.product) throw ValidationError.field(`competitorPurchases.${i}.product`, 'must not be empty');
    });
  }

  private async requireFreeExternalIds(m: EntityManager, ids: { system: string; externalId: string }[]) {
    for (const [i, x] of ids.entries()) {
      const repeated = ids.findIndex((y) => y.system === x.system && y.externalId === x.externalId) !== i;
      const taken = repeated || (await m.getRepository(AccountExternalId).exists({ where: { system: x.system, externalId: x.externalId } }));
      if (taken) throw new ConflictError(`externalIds.${i}: this ${x.system} id is already linked to an account`, 'DUPLICATE_EXTERNAL_ID', { field: `externalIds.${i}` });
    }
  }

  private inTransaction<T>(tx: EntityManager | undefined, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.db.transaction(work);
  }
}

export function derivedColumns(values: AccountValues, code: string) {
  return {
    sortName: sortNameOf(values.name),
    phoneNumbers: values.phones.map((p) => p.number),
    emailAddresses: values.emails.map((e) => e.address),
    searchText: searchTextOf(values, code),
  };
}
