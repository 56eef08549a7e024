import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, APP_CONFIG, AppConfig, Clock, ConflictError, customChanges, CustomFieldService, diffFields, EventLog, filterBySearchText, hiddenFields, JobQueue,
  maskHidden, nextCustomerCodes, normalizePhone, NotFoundError, orderForKeyset, Page, pageSize, parseCustomerCode, rankedSearch, ReadAuditService,
  removeStoredFiles, requireActiveOwner, requireEditableFields, requirePermission, requireUuid, scopeCondition, searchedCode, SegmentService, SortSpec,
  StaleVersionError, survivorOfCode, toPage, User, ValidationError,
  localDate,
  oneOf,
} from '@crm/core';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ContactGroup, ContactGroupKind } from '../group/group.entity';
import { Contact, CONTACT_PERSONAL_FIELDS, CONTACT_TRACKED_FIELDS, ContactExternalId } from './contact.entity';
import { ContactFilter, ContactOrderBy, ContactOrderField, CreateContactInput, OrderDirection, UpdateContactInput } from './contact.inputs';
import { applyContactPatch, ContactValues, EMPTY_CONTACT, fullNameOf, searchTextOf, sortNameOf } from './contact.rules';

/** Which operation read personal data and which fields it asked for (X-1 read audit). */
export interface ReadContext {
  operation: string;
  fields: Iterable<string>;
}

export const CONTACT_SCOPE = { owner: 'owner_id', territory: 'territory_id', partner: 'partner_account_id' };

const SORTS: Record<Exclude<ContactOrderField, ContactOrderField.CUSTOM>, SortSpec<Contact>> = {
  [ContactOrderField.NAME]: { expr: 'c.sort_name', nullable: false, value: (c) => c.sortName },
  [ContactOrderField.CREATED_AT]: { expr: 'c.created_at', nullable: false, value: (c) => c.createdAt.toISOString() },
  [ContactOrderField.UPDATED_AT]: { expr: 'c.updated_at', nullable: false, value: (c) => c.updatedAt.toISOString() },
  [ContactOrderField.COMPLETENESS]: { expr: 'c.completeness', nullable: false, value: (c) => c.completeness },
};

const valuesOf = (c: Contact): ContactValues => ({
  firstName: c.firstName, middleName: c.middleName, lastName: c.lastName, position: c.position, company: c.company, phones: c.phones,
  emails: c.emails, addresses: c.addresses, birthday: c.birthday, keyDates: c.keyDates, socialProfiles: c.socialProfiles,
  preferredChannel: c.preferredChannel, language: c.language, description: c.description, tags: c.tags,
});

/**
 * Contacts (CON-1, CON-2, CON-7): the only writer of contact rows. Every method takes the actor
 * first and applies the access policy in SQL, so a record the actor may not see is "not found"
 * and never counted.
 */
@Injectable()
export class ContactService {
  private readonly logger = new Logger(ContactService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventLog,
    private readonly audit: ReadAuditService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly customFields: CustomFieldService,
    private readonly segments: SegmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Contacts the actor may see, as a query builder aliased "c". */
  visibleQuery(actor: Actor, manager: EntityManager = this.db.manager): SelectQueryBuilder<Contact> {
    requirePermission(actor, 'contact.read');
    const scope = scopeCondition(actor, 'c', CONTACT_SCOPE);
    return manager.getRepository(Contact).createQueryBuilder('c').where(scope.sql, scope.params);
  }

  async get(actor: Actor, id: string, read: ReadContext): Promise<Contact> {
    const contact = await this.visibleQuery(actor).andWhere('c.id = :id', { id: requireUuid(id, 'Contact') }).getOne();
    if (!contact) throw new NotFoundError('Contact');
    return this.reveal(actor, [contact], read).then(([c]) => c);
  }

  /** Visible contacts among ids, for DataLoaders of other modules' relation fields. */
  async getMany(actor: Actor, ids: readonly string[], read: ReadContext): Promise<Contact[]> {
    const found = await this.visibleQuery(actor).andWhere('c.id = ANY(:ids)', { ids }).getMany();
    return this.reveal(actor, found, read);
  }

  async getByCode(actor: Actor, codeText: string, read: ReadContext): Promise<Contact> {
    const code = parseCustomerCode(codeText);
    if (!code) throw ValidationError.field('code', 'is not a valid customer code (check the last digit)');
    // A merged contact's code leads to the contact it was merged into.
    const alias = await survivorOfCode(this.db.manager, code);
    const byCode = this.visibleQuery(actor);
    if (alias?.entityType === 'contact') byCode.andWhere('c.id = :id', { id: alias.survivorId });
    else byCode.andWhere('c.code = :code', { code });
    const contact = await byCode.getOne();
    if (!contact) throw new NotFoundError('Contact');
    return this.reveal(actor, [contact], read).then(([c]) => c);
  }

  async getByExternalId(actor: Actor, system: string, externalId: string, read: ReadContext): Promise<Contact> {
    const contact = await this.visibleQuery(actor)
      .innerJoin(ContactExternalId, 'x', 'x.contact_id = c.id')
      .andWhere('x.system = :system AND x.external_id = :externalId', { system, externalId })
      .getOne();
    if (!contact) throw new NotFoundError('Contact');
    return this.reveal(actor, [contact], read).then(([c]) => c);
  }

  /** Screen pop (CON-7): the caller's number in any format; null when no visible contact has it. */
  async getByPhone(actor: Actor, phone: string, read: ReadContext): Promise<Contact | null> {
    const normalised = normalizePhone(phone, this.config.locale.defaultPhoneRegion as never);
    if (!normalised) throw ValidationError.field('phone', 'is not a valid phone number');
    // Matches come from the GIN index alone (a materialized CTE), then the newest visible one wins.
    // As ORDER BY … LIMIT 1 over the table, the planner misjudges how rare a number is and walks the
    // whole updated_at index instead (seconds at a million contacts).
    const scope = scopeCondition(actor, 'pm', CONTACT_SCOPE);
    const contact = await this.visibleQuery(actor)
      .andWhere(
        `c.id = (WITH pm AS MATERIALIZED (
           SELECT id, updated_at, owner_id, territory_id, partner_account_id FROM contact.contact WHERE phone_numbers @> ARRAY[:e164]::text[])
         SELECT pm.id FROM pm WHERE ${scope.sql} ORDER BY pm.updated_at DESC LIMIT 1)`,
        { ...scope.params, e164: normalised.e164 },
      )
      .getOne();
    return contact ? this.reveal(actor, [contact], read).then(([c]) => c) : null;
  }

  async list(
    actor: Actor,
    args: { first?: number | null; after?: string | null; filter?: ContactFilter | null; orderBy?: ContactOrderBy | null },
    read: ReadContext,
  ): Promise<Page<Contact> & { cursor: (c: Contact) => string }> {
    const first = pageSize(args.first);
    const field = args.orderBy?.field ?? ContactOrderField.NAME;
    const qb = (await this.filteredQuery(actor, args.filter)).limit(first + 1);
    const sort = field === ContactOrderField.CUSTOM ? await this.customFields.sortSpec('contact', args.orderBy?.customKey, 'c') : SORTS[field];
    const cursor = orderForKeyset(qb, 'c.id', sort, args.orderBy?.direction ?? OrderDirection.ASC, args.after);
    const page = toPage(await qb.getMany(), first);
    return { nodes: await this.reveal(actor, page.nodes, read), hasNextPage: page.hasNextPage, cursor };
  }

  async count(actor: Actor, filter?: ContactFilter | null): Promise<number> {
    return (await this.filteredQuery(actor, filter)).getCount();
  }

  /** Visible contacts matching a filter; a dynamic group in the filter contributes its saved criteria. */
  async filteredQuery(actor: Actor, filter?: ContactFilter | null, manager: EntityManager = this.db.manager): Promise<SelectQueryBuilder<Contact>> {
    const qb = this.visibleQuery(actor, manager);
    if (filter?.segmentId) {
      const segment = await this.segments.condition(actor, filter.segmentId, 'contact', 'c');
      qb.andWhere(segment.sql, segment.params);
    }
    if (filter?.criteria) {
      const criteria = await this.segments.compile(actor, 'contact', filter.criteria, 'c', 'fcr', 'filter.criteria');
      qb.andWhere(criteria.sql, criteria.params);
    }
    if (!filter?.groupId) return this.applyFilter(qb, filter);
    const group = await manager.getRepository(ContactGroup).findOne({ where: { id: filter.groupId } });
    if (!group) throw ValidationError.field('filter.groupId', 'no such group');
    if (group.kind === ContactGroupKind.STATIC) return this.applyFilter(qb, filter);
    return this.applyFilter(this.applyFilter(qb, group.criteria as ContactFilter, 'g'), { ...filter, groupId: null });
  }

  /** Global search, ranked: exact code first, then phone digits, then fuzzy name/e-mail (pg_trgm). */
  async search(actor: Actor, query: string, first: number, read: ReadContext): Promise<Contact[]> {
    const limit = pageSize(first, 10);
    const q = query.trim().toLowerCase();
    if (q.length < 2) throw ValidationError.field('query', 'type at least 2 characters');
    const code = searchedCode(q);
    const qb = this.visibleQuery(actor).limit(limit);
    const found = code ? await qb.andWhere('c.code = :code', { code }).getMany() : await rankedSearch(this.db, qb, 'c', q, limit);
    return this.reveal(actor, found, read);
  }

  /** Typed filters; each is backed by an index. Also used by export and dynamic groups. */
  private applyFilter(qb: SelectQueryBuilder<Contact>, filter?: ContactFilter | null, p = 'f'): SelectQueryBuilder<Contact> {
    if (!filter) return qb;
    filterBySearchText(qb, 'c', filter.search, p);
    if (filter.ownerIds?.length) qb.andWhere(...oneOf('c.owner_id', `${p}ownerIds`, filter.ownerIds));
    if (filter.territoryIds?.length) qb.andWhere(...oneOf('c.territory_id', `${p}territoryIds`, filter.territoryIds));
    if (filter.tags?.length) qb.andWhere(`c.tags && :${p}tags::text[]`, { [`${p}tags`]: filter.tags });
    if (filter.groupId) {
      qb.andWhere(`EXISTS (SELECT 1 FROM contact.group_member gm WHERE gm.group_id = :${p}groupId AND gm.contact_id = c.id)`, { [`${p}groupId`]: filter.groupId });
    }
    if (filter.preferredChannel) qb.andWhere(`c.preferred_channel = :${p}channel`, { [`${p}channel`]: filter.preferredChannel });
    if (filter.language) qb.andWhere(`c.language = :${p}language`, { [`${p}language`]: filter.language });
    if (filter.birthdayMonth) {
      // The month-day expression matches contact_birthday_md_idx.
      qb.andWhere(`(EXTRACT(MONTH FROM c.birthday) * 100 + EXTRACT(DAY FROM c.birthday)) BETWEEN :${p}mdFrom AND :${p}mdTo`, {
        [`${p}mdFrom`]: filter.birthdayMonth * 100 + 1,
        [`${p}mdTo`]: filter.birthdayMonth * 100 + 31,
      });
    }
    if (filter.createdFrom) qb.andWhere(`c.created_at >= :${p}createdFrom`, { [`${p}createdFrom`]: filter.createdFrom });
    if (filter.createdTo) qb.andWhere(`c.created_at < :${p}createdTo`, { [`${p}createdTo`]: filter.createdTo });
    if (filter.completenessMin != null) qb.andWhere(`c.completeness >= :${p}complMin`, { [`${p}complMin`]: filter.completenessMin });
    if (filter.completenessMax != null) qb.andWhere(`c.completeness <= :${p}complMax`, { [`${p}complMax`]: filter.completenessMax });
    return qb;
  }

  async create(actor: Actor, input: CreateContactInput, tx?: EntityManager, options: { fromText?: boolean } = {}): Promise<Contact> {
    const [contact] = await this.inTransaction(tx, (m) => this.createMany(actor, [input], m, options));
    if (contact instanceof Error) throw contact;
    // Inside a caller's transaction the caller plans after its commit (see upsertByExternalId, import).
    if (!tx && (contact.birthday || contact.keyDates.length)) await this.planReminders(contact.id);
    return this.mask(actor, contact);
  }

  /**
   * Creates contacts in the caller's transaction with a handful of statements however many there
   * are (imports write a batch at once). Each input is checked like a single create; a refused one
   * comes back as its error, in its place, and the others are written. Results are not masked.
   */
  async createMany(actor: Actor, inputs: CreateContactInput[], m: EntityManager, options: { fromText?: boolean } = {}): Promise<(Contact | ValidationError | ConflictError)[]> {
    requirePermission(actor, 'contact.create');
    const customs = await this.customFields.applyToNew(m, 'contact', inputs.map((i) => i.customFields), { creating: true, fromText: options.fromText });
    const owners = new Map<string, User | ValidationError>();
    const results: (Contact | ValidationError | ConflictError)[] = [];
    const accepted: { at: number; input: CreateContactInput; values: ContactValues; owner: User; custom: (typeof customs)[number] }[] = [];
    for (const [at, input] of inputs.entries()) {
      const ownerId = input.ownerId ?? actor.userId;
      const explicit = Object.keys(input).filter((k) => input[k as keyof CreateContactInput] !== undefined && input[k as keyof CreateContactInput] !== null);
      requireEditableFields(actor, 'contact', explicit.filter((f) => !(f === 'ownerId' && ownerId === actor.userId)));
      const { values, problems } = applyContactPatch(EMPTY_CONTACT, input, this.normaliseOptions());
      if (problems.length || customs[at].problems.length) {
        results[at] = new ValidationError([...problems, ...customs[at].problems]);
        continue;
      }
      const ownerKey = ownerId ?? '';
      if (!owners.has(ownerKey)) owners.set(ownerKey, await requireActiveOwner(m, ownerId).catch((e) => (e instanceof ValidationError ? e : Promise.reject(e))));
      const owner = owners.get(ownerKey)!;
      const taken = await this.requireFreeExternalIds(m, input.externalIds ?? []).catch((e) => (e instanceof ConflictError ? e : Promise.reject(e)));
      if (owner instanceof ValidationError || taken) results[at] = owner instanceof ValidationError ? owner : taken!;
      else accepted.push({ at, input, values, owner, custom: customs[at] });
    }
    if (!accepted.length) return results;
    const codes = await nextCustomerCodes(m, accepted.length);
    const saved = accepted.map(({ input, values, owner, custom }, k) =>
      m.getRepository(Contact).create({
        ...values,
        preferredChannel: values.preferredChannel as Contact['preferredChannel'],
        code: codes[k],
        ownerId: owner.id,
        territoryId: input.territoryId ?? owner.territoryId,
        partnerAccountId: actor.partnerAccountId,
        custom: custom.values,
        ...derivedColumns(values, codes[k]),
      }),
    );
    // One INSERT for all; TypeORM fills in the generated id, timestamps and version.
    await m.getRepository(Contact).insert(saved as never[]);
    for (const [k, a] of accepted.entries()) await this.addExternalIds(m, saved[k].id, a.input.externalIds ?? []);
    const ids = saved.map((c) => c.id);
    await this.customFields.refreshCompleteness(m, 'contact', ids);
    const scores = new Map<string, number>((await m.query('SELECT id, completeness FROM contact.contact WHERE id = ANY($1)', [ids])).map((r: { id: string; completeness: number }) => [r.id, r.completeness]));
    await this.events.append(
      m,
      actor,
      accepted.map(({ values, custom }, k) => ({
        type: 'contact.contact.created',
        entityType: 'contact',
        entityId: saved[k].id,
        subjectId: saved[k].id,
        changes: { ...diffFields({}, { ...values, ownerId: saved[k].ownerId, territoryId: saved[k].territoryId }, CONTACT_TRACKED_FIELDS), ...customChanges({}, custom.values, custom.changed) },
      })),
    );
    accepted.forEach(({ at }, k) => {
      saved[k].completeness = scores.get(saved[k].id)!;
      results[at] = saved[k];
    });
    return results;
  }

  async update(actor: Actor, input: UpdateContactInput, tx?: EntityManager, options: { fromText?: boolean } = {}): Promise<Contact> {
    requirePermission(actor, 'contact.update');
    const result = await this.inTransaction(tx, async (m) => {
      const current = await this.visibleQuery(actor, m).andWhere('c.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!current) throw new NotFoundError('Contact');
      if (current.version !== input.expectedVersion) throw new StaleVersionError('Contact', current.version);
      const { values, problems } = applyContactPatch(valuesOf(current), input, this.normaliseOptions());
      const next = { ...values, ownerId: input.ownerId === undefined ? current.ownerId : input.ownerId, territoryId: input.territoryId === undefined ? current.territoryId : input.territoryId };
      const custom = await this.customFields.apply(m, 'contact', current.custom, input.customFields, { creating: false, fromText: options.fromText });
      const changes = {
        ...diffFields({ ...valuesOf(current), ownerId: current.ownerId, territoryId: current.territoryId }, next, CONTACT_TRACKED_FIELDS),
        ...customChanges(current.custom, custom.values, custom.changed),
      };
      const changed = Object.keys(changes);
      requireEditableFields(actor, 'contact', changed);
      if (problems.length || custom.problems.length) throw new ValidationError([...problems, ...custom.problems]);
      if (!changed.length) return { contact: current, changed };
      if (!next.ownerId) throw ValidationError.field('ownerId', 'a contact needs an owner');
      if (changes.ownerId) await requireActiveOwner(m, next.ownerId);
      Object.assign(current, next, derivedColumns(values, current.code), { custom: custom.values });
      const saved = await m.getRepository(Contact).save(current);
      saved.completeness = await this.refreshCompleteness(m, saved.id);
      await this.events.append(m, actor, { type: 'contact.contact.updated', entityType: 'contact', entityId: saved.id, subjectId: saved.id, changes });
      return { contact: saved, changed };
    });
    if (!tx && (result.changed.includes('birthday') || result.changed.includes('keyDates'))) await this.planReminders(result.contact.id);
    return this.mask(actor, result.contact);
  }

  /** Integrators' idempotent write: creates the contact for (system, externalId) or updates it. */
  async upsertByExternalId(actor: Actor, system: string, externalId: string, input: CreateContactInput): Promise<{ contact: Contact; created: boolean }> {
    const result = await this.db.transaction(async (m) => {
      // Serialise concurrent upserts of the same external id.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`contact-external:${system}:${externalId}`]);
      const link = await m.getRepository(ContactExternalId).findOne({ where: { system, externalId } });
      if (!link) {
        const others = (input.externalIds ?? []).filter((x) => !(x.system === system && x.externalId === externalId));
        return { contact: await this.create(actor, { ...input, externalIds: [{ system, externalId }, ...others] }, m), created: true };
      }
      const current = await this.visibleQuery(actor, m).andWhere('c.id = :id', { id: link.contactId }).getOne();
      if (!current) throw new NotFoundError('Contact');
      const { externalIds: _ignored, ...fields } = input;
      return { contact: await this.update(actor, { ...fields, id: current.id, expectedVersion: current.version }, m), created: false };
    });
    if (input.birthday !== undefined || input.keyDates !== undefined) await this.planReminders(result.contact.id);
    return result;
  }

  async delete(actor: Actor, id: string, expectedVersion: number): Promise<string> {
    requirePermission(actor, 'contact.delete');
    const attachmentKeys = await this.db.transaction(async (m) => {
      const current = await this.visibleQuery(actor, m).andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!current) throw new NotFoundError('Contact');
      if (current.version !== expectedVersion) throw new StaleVersionError('Contact', current.version);
      const attachments: { storage_key: string }[] = await m.query('SELECT storage_key FROM contact.attachment WHERE contact_id = $1', [id]);
      await m.getRepository(Contact).delete({ id });
      // The history stays: the event log keeps every event of this contact, and its code is never reused.
      await this.events.append(m, actor, { type: 'contact.contact.deleted', entityType: 'contact', entityId: id, subjectId: id, data: { code: current.code } });
      return attachments.map((a) => a.storage_key);
    });
    await removeStoredFiles(this.config.files.dataDir, attachmentKeys);
    return id;
  }

  private async refreshCompleteness(m: EntityManager, id: string): Promise<number> {
    await this.customFields.refreshCompleteness(m, 'contact', [id]);
    const [{ completeness }] = await m.query('SELECT completeness FROM contact.contact WHERE id = $1', [id]);
    return completeness;
  }

  /** Hides the fields the actor's role may not read (null or empty), after recording the read. */
  private async reveal(actor: Actor, contacts: Contact[], read: ReadContext): Promise<Contact[]> {
    const hidden = hiddenFields(actor, 'contact');
    const personal = [...read.fields].filter((f) => (CONTACT_PERSONAL_FIELDS as readonly string[]).includes(f) && !hidden.includes(f));
    await this.audit.recordReads(actor, 'contact', contacts.map((c) => c.id), personal, read.operation);
    return contacts.map((c) => this.mask(actor, c));
  }

  mask(actor: Actor, contact: Contact): Contact {
    return maskHidden(actor, 'contact', contact);
  }

  /** Checked before the contact is inserted, so a refusal leaves nothing half-written. */
  private async requireFreeExternalIds(m: EntityManager, ids: { system: string; externalId: string }[]) {
    for (const [i, x] of ids.entries()) {
      const repeated = ids.findIndex((y) => y.system === x.system && y.externalId === x.externalId) !== i;
      const taken = repeated || (await m.getRepository(ContactExternalId).exists({ where: { system: x.system, externalId: x.externalId } }));
      if (taken) throw new ConflictError(`externalIds.${i}: this ${x.system} id is already linked to a contact`, 'DUPLICATE_EXTERNAL_ID', { field: `externalIds.${i}` });
    }
  }

  private async addExternalIds(m: EntityManager, contactId: string, ids: { system: string; externalId: string }[]) {
    if (ids.length) await m.getRepository(ContactExternalId).insert(ids.map((x) => ({ system: x.system, externalId: x.externalId, contactId })));
  }

  /** E.164 of a typed phone, or null. */
  normalisePhone(text: string): string | null {
    return normalizePhone(text, this.config.locale.defaultPhoneRegion as never)?.e164 ?? null;
  }

  private normaliseOptions() {
    return { today: localDate(this.clock.now(), this.config.locale.timezone), phoneRegion: this.config.locale.defaultPhoneRegion };
  }

  private inTransaction<T>(tx: EntityManager | undefined, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.db.transaction(work);
  }

  /** After commit: a lost enqueue is recovered by the hourly planner sweep. */
  async planReminders(contactId: string) {
    await this.jobs.enqueue('contact.reminders.plan', { contactId }).catch((e: Error) => this.logger.warn({ contactId, err: e.message }, 'reminder planning deferred to the sweep'));
  }
}

/** Columns kept in step with the editable values: display and sort names, lookup arrays, search text. */
export function derivedColumns(values: ContactValues, code: string) {
  return {
    fullName: fullNameOf(values),
    sortName: sortNameOf(values),
    phoneNumbers: values.phones.map((p) => p.number),
    emailAddresses: values.emails.map((e) => e.address),
    searchText: searchTextOf(values, code),
  };
}

