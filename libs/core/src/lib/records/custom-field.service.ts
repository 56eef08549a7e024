import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requirePermission } from '../access/access';
import { Actor } from '../access/actor';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ConflictError, FieldProblem, NotFoundError, StaleVersionError, ValidationError } from '../errors/errors';
import { EventLog, diffFields } from '../events/event-log.service';
import { JobQueue } from '../jobs/job-queue.service';
import { OnJob } from '../jobs/on-job.decorator';
import { CustomField, CustomFieldOption, CustomFieldType } from './custom-field.entity';
import { applyCustomValues, CUSTOM_FIELD_KEY, CustomPatchOptions, CustomValuePatch, CustomValues } from './custom-field.rules';
import { SortSpec } from '../database/keyset';
import { Loaders } from '../graphql/loaders';
import { CriteriaField, RecordTypes } from './record-types';
import { CustomFieldValue, customFieldValues } from './records.graphql';

export interface CustomFieldDraft {
  entityType: string;
  key: string;
  label: string;
  type: CustomFieldType;
  required?: boolean | null;
  options?: { key: string; label: string; archived?: boolean | null }[] | null;
  helpText?: string | null;
  section?: string | null;
  position?: number | null;
  currency?: string | null;
}

export interface CustomFieldChanges {
  id: string;
  expectedVersion: number;
  label?: string | null;
  required?: boolean | null;
  options?: CustomFieldDraft['options'];
  helpText?: string | null;
  section?: string | null;
  position?: number | null;
  currency?: string | null;
}

const TRACKED = ['label', 'required', 'options', 'helpText', 'section', 'position', 'currency', 'archivedAt'] as const;
const SELECTS = [CustomFieldType.SELECT, CustomFieldType.MULTI_SELECT];
const COMPLETENESS_BATCH = 5000;

/**
 * The customer portrait schema (ACC-7): admins define, change and archive custom fields; every
 * module validates its records' values through `apply` and keeps their completeness score with
 * `refreshCompleteness`. Filters on custom values are backed by a GIN index on each table's
 * `custom` column (containment) and by one expression index per field, built in the background.
 */
@Injectable()
export class CustomFieldService {
  private readonly logger = new Logger(CustomFieldService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly types: RecordTypes,
    private readonly events: EventLog,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Definitions of a record type in form order; archived ones only when asked. */
  list(entityType: string, includeArchived = false, manager: EntityManager = this.db.manager): Promise<CustomField[]> {
    const qb = manager.getRepository(CustomField).createQueryBuilder('f').where('f.entity_type = :entityType', { entityType });
    if (!includeArchived) qb.andWhere('f.archived_at IS NULL');
    return qb.orderBy('f.section', 'ASC', 'NULLS FIRST').addOrderBy('f.position').addOrderBy('f.label').getMany();
  }

  /** A record's typed custom values; definitions are loaded once per request. */
  async valuesOf(loaders: Loaders, entityType: string, values: CustomValues): Promise<CustomFieldValue[]> {
    const fields = await loaders.get<string, CustomField[]>('core.customFields', (types) => Promise.all(types.map((t) => this.list(t, true)))).load(entityType);
    return customFieldValues(fields, values);
  }

  /** Validates custom values for a record of `entityType` (see applyCustomValues). */
  async apply(
    manager: EntityManager,
    entityType: string,
    current: CustomValues,
    patch: CustomValuePatch[] | null | undefined,
    options: Omit<CustomPatchOptions, 'phoneRegion'>,
  ): Promise<{ values: CustomValues; problems: FieldProblem[]; changed: string[] }> {
    if (!patch?.length && !options.creating) return { values: current, problems: [], changed: [] };
    const fields = await this.list(entityType, true, manager);
    return applyCustomValues(fields, current, patch, { ...options, phoneRegion: this.config.locale.defaultPhoneRegion });
  }

  /** `apply` for many new records, reading the field definitions once (imports). */
  async applyToNew(
    manager: EntityManager,
    entityType: string,
    patches: (CustomValuePatch[] | null | undefined)[],
    options: Omit<CustomPatchOptions, 'phoneRegion'>,
  ): Promise<{ values: CustomValues; problems: FieldProblem[]; changed: string[] }[]> {
    const fields = await this.list(entityType, true, manager);
    return patches.map((patch) => applyCustomValues(fields, {}, patch, { ...options, phoneRegion: this.config.locale.defaultPhoneRegion }));
  }

  async create(actor: Actor, draft: CustomFieldDraft): Promise<CustomField> {
    requirePermission(actor, 'customField.manage');
    if (!this.types.find(draft.entityType)) throw ValidationError.field('entityType', `must be one of ${this.types.names().join(', ')}`);
    if (!CUSTOM_FIELD_KEY.test(draft.key)) throw ValidationError.field('key', 'must start with a letter and use only a-z, 0-9 and _ (at most 40)');
    const problems = checkShape(draft.type, draft.options ?? [], draft.currency ?? null);
    if (problems.length) throw new ValidationError(problems);
    const field = await this.db.transaction(async (m) => {
      // Keys stay taken after archiving: old values still live under them.
      const taken = await m.getRepository(CustomField).exists({ where: { entityType: draft.entityType, key: draft.key } });
      if (taken) throw new ConflictError(`key: ${draft.key} is already used by a ${draft.entityType} field (perhaps an archived one)`, 'DUPLICATE_KEY', { field: 'key' });
      const [{ next }] = await m.query(`SELECT COALESCE(MAX(position), 0) + 10 AS next FROM core.custom_field WHERE entity_type = $1`, [draft.entityType]);
      const saved = await m.getRepository(CustomField).save({
        entityType: draft.entityType, key: draft.key, label: draft.label.trim(), type: draft.type, required: draft.required ?? false,
        options: normaliseOptions(draft.options ?? []), helpText: draft.helpText?.trim() || null, section: draft.section?.trim() || null,
        position: draft.position ?? next, currency: draft.type === CustomFieldType.MONEY ? draft.currency ?? null : null, archivedAt: null,
      });
      await this.events.append(m, actor, { type: 'core.customField.created', entityType: 'custom_field', entityId: saved.id, data: { entityType: saved.entityType, key: saved.key, type: saved.type } });
      return saved;
    });
    await this.afterSchemaChange(field);
    return field;
  }

  async update(actor: Actor, changes: CustomFieldChanges): Promise<CustomField> {
    requirePermission(actor, 'customField.manage');
    const field = await this.db.transaction(async (m) => {
      const current = await m.getRepository(CustomField).findOne({ where: { id: changes.id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('CustomField');
      if (current.version !== changes.expectedVersion) throw new StaleVersionError('CustomField', current.version);
      const next = { ...current };
      if (changes.label != null) next.label = changes.label.trim();
      if (changes.required != null) next.required = changes.required;
      if (changes.helpText !== undefined) next.helpText = changes.helpText?.trim() || null;
      if (changes.section !== undefined) next.section = changes.section?.trim() || null;
      if (changes.position != null) next.position = changes.position;
      if (changes.currency != null) next.currency = changes.currency;
      if (changes.options) {
        // An option once used stays: leaving it out of the list archives it, so records keep their value.
        const given = normaliseOptions(changes.options);
        const dropped = current.options.filter((o) => !given.some((g) => g.key === o.key)).map((o) => ({ ...o, archived: true }));
        next.options = [...given, ...dropped];
      }
      const problems = checkShape(current.type, next.options, next.currency);
      if (problems.length) throw new ValidationError(problems);
      const diff = diffFields(current as never, next as never, TRACKED);
      if (!Object.keys(diff).length) return current;
      const saved = await m.getRepository(CustomField).save(next);
      await this.events.append(m, actor, { type: 'core.customField.updated', entityType: 'custom_field', entityId: saved.id, changes: diff });
      return saved;
    });
    await this.afterSchemaChange(field);
    return field;
  }

  /** Archive (remove from forms, keep values) or restore a field. */
  async setArchived(actor: Actor, id: string, expectedVersion: number, archived: boolean): Promise<CustomField> {
    requirePermission(actor, 'customField.manage');
    const field = await this.db.transaction(async (m) => {
      const current = await m.getRepository(CustomField).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('CustomField');
      if (current.version !== expectedVersion) throw new StaleVersionError('CustomField', current.version);
      if (Boolean(current.archivedAt) === archived) return current;
      current.archivedAt = archived ? new Date() : null;
      const saved = await m.getRepository(CustomField).save(current);
      await this.events.append(m, actor, { type: archived ? 'core.customField.archived' : 'core.customField.restored', entityType: 'custom_field', entityId: id });
      return saved;
    });
    await this.afterSchemaChange(field);
    return field;
  }

  /** Sorting a list by a custom field (any but multi-select), as a keyset sort over `alias`. */
  async sortSpec(entityType: string, key: string | null | undefined, alias: string): Promise<SortSpec<{ custom: CustomValues }>> {
    const field = (await this.list(entityType, true)).find((f) => f.key === key);
    if (!field || field.type === CustomFieldType.MULTI_SELECT) throw ValidationError.field('orderBy.customKey', 'must be the key of a custom field that can be sorted');
    return { expr: valueExpression(field, alias), nullable: true, value: (row) => row.custom[field.key] };
  }

  /** Criteria fields for a type's active custom fields ("custom.<key>"). */
  async criteriaFields(entityType: string): Promise<CriteriaField[]> {
    return (await this.list(entityType)).map((f) => ({
      key: `custom.${f.key}`,
      label: f.label,
      type: f.type,
      options: f.options.filter((o) => !o.archived),
      sql: (alias: string) => valueExpression(f, alias),
      customKey: f.key,
      currency: f.currency ?? undefined,
    }));
  }

  /**
   * Recomputes the completeness score (share of built-in portrait fields and active custom
   * fields that are filled) of the given records, or of all records of the type in batches.
   */
  async refreshCompleteness(manager: EntityManager, entityType: string, ids?: string[]): Promise<void> {
    const type = this.types.get(entityType);
    const fields = await this.list(entityType, false, manager);
    const checks = [...type.portrait.map((p) => p.filled('t')), ...fields.map((f) => `t.custom ? '${f.key}'`)];
    const score = checks.length ? `round(100.0 * (${checks.map((c) => `(CASE WHEN ${c} THEN 1 ELSE 0 END)`).join(' + ')}) / ${checks.length})` : '100';
    if (ids) {
      await manager.query(`UPDATE ${type.table} t SET completeness = ${score} WHERE t.id = ANY($1)`, [ids]);
      return;
    }
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows: { id: string }[] = await manager.query(
        // A SELECT on top, so the driver returns the rows (an UPDATE returns [rows, count]).
        `WITH batch AS (SELECT id FROM ${type.table} WHERE id > $1 ORDER BY id LIMIT ${COMPLETENESS_BATCH}),
              done AS (UPDATE ${type.table} t SET completeness = ${score} FROM batch WHERE t.id = batch.id RETURNING t.id)
         SELECT id FROM done`,
        [after],
      );
      if (!rows.length) return;
      after = rows.reduce((max, r) => (r.id > max ? r.id : max), after);
    }
  }

  private async afterSchemaChange(field: CustomField) {
    const enqueue = (name: 'core.customField.index' | 'core.completeness.refresh', payload: never, jobId: string) =>
      this.jobs.enqueue(name, payload, { jobId }).catch((e: Error) => this.logger.warn({ err: e.message, jobId }, 'schema follow-up not queued'));
    await enqueue('core.customField.index', { fieldId: field.id } as never, `cf-index-${field.id}`);
    await enqueue('core.completeness.refresh', { entityType: field.entityType } as never, `completeness-${field.entityType}-${Date.now()}`);
  }

  /** Builds the field's expression index without locking writers (CONCURRENTLY). */
  @OnJob('core.customField.index')
  async buildIndex({ fieldId }: { fieldId: string }) {
    const field = await this.db.getRepository(CustomField).findOne({ where: { id: fieldId } });
    if (!field || SELECTS.includes(field.type) || field.type === CustomFieldType.BOOLEAN) return; // served by the GIN index
    const type = this.types.get(field.entityType);
    const name = `cf_${field.entityType}_${field.key}_idx`;
    await this.db.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${name} ON ${type.table} ((${valueExpression(field, '')}))`);
  }

  @OnJob('core.completeness.refresh')
  async refreshAll({ entityType }: { entityType: string }) {
    await this.refreshCompleteness(this.db.manager, entityType);
  }
}

/** The SQL expression of a field's value; numbers cast so that comparisons and sorts are numeric. */
export function valueExpression(field: Pick<CustomField, 'key' | 'type'>, alias: string): string {
  const column = alias ? `${alias}.custom` : 'custom';
  if (field.type === CustomFieldType.MULTI_SELECT) return `ARRAY(SELECT jsonb_array_elements_text(${column}->'${field.key}'))`;
  if (field.type === CustomFieldType.NUMBER || field.type === CustomFieldType.MONEY) return `((${column}->>'${field.key}')::numeric)`;
  if (field.type === CustomFieldType.BOOLEAN) return `((${column}->>'${field.key}')::boolean)`;
  return `(${column}->>'${field.key}')`;
}

function normaliseOptions(options: { key: string; label: string; archived?: boolean | null }[]): CustomFieldOption[] {
  return options.map((o) => ({ key: o.key.trim(), label: o.label.trim(), archived: o.archived ?? false }));
}

function checkShape(type: CustomFieldType, options: { key: string; label: string }[], currency: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (SELECTS.includes(type)) {
    if (!options.length) problems.push({ field: 'options', message: 'a select field needs at least one option' });
    options.forEach((o, i) => {
      if (!CUSTOM_FIELD_KEY.test(o.key.trim())) problems.push({ field: `options.${i}.key`, message: 'must start with a letter and use only a-z, 0-9 and _' });
      if (!o.label.trim()) problems.push({ field: `options.${i}.label`, message: 'must not be empty' });
      if (options.findIndex((x) => x.key.trim() === o.key.trim()) !== i) problems.push({ field: `options.${i}.key`, message: 'is used twice' });
    });
  } else if (options.length) {
    problems.push({ field: 'options', message: 'only select fields have options' });
  }
  if (type === CustomFieldType.MONEY && !/^[A-Z]{3}$/.test(currency ?? '')) problems.push({ field: 'currency', message: 'a money field needs an ISO currency code such as RUB' });
  return problems;
}
