import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, APP_CONFIG, AppConfig, ConflictError, CustomFieldService, CustomFieldType, fieldProblems, JobQueue, NotFoundError, requireUuid, NotificationService,
  requirePermission, User, ValidationError,
} from '@crm/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { Contact, EmailKind, PhoneKind } from '../contact/contact.entity';
import { CreateContactInput } from '../contact/contact.inputs';
import { ContactService } from '../contact/contact.service';
import { CsvEncoding, CsvRecord, isFormula, previewCsv, PREVIEW_BYTES, readCsvRecords } from './csv-file';
import { IMPORT_FIELDS, MappedRow, mapRecord, parseDateText, suggestField } from './field-mapping';
import { ContactImport, ContactImportProblem, CsvEncodingOption, ImportDuplicatePolicy, ImportStatus } from './import.entity';

const BATCH_SIZE = 500;
const NAME_OR_CONTACT_FIELDS = ['firstName', 'lastName', 'fullName', 'phone', 'mobilePhone', 'workPhone', 'homePhone', 'email', 'workEmail', 'personalEmail'];

// Free-text cells that a spreadsheet would run as a formula (OWASP "CSV Injection") are refused
// rather than stored; phones, e-mails and dates are checked by their own rules.
const FORMULA_REASON = 'starts with =, +, - or @ and would run as a spreadsheet formula';
const FORMULA_CHECKED_FIELDS = ['firstName', 'middleName', 'lastName', 'position', 'company', 'description', 'language', 'externalId'] as const;

export interface StartImportInput {
  id: string;
  mapping: { column: number; field: string }[];
  encoding?: CsvEncodingOption | null;
  delimiter?: string | null;
  onDuplicate: ImportDuplicatePolicy;
}

type RowOutcome = { kind: 'created' | 'updated'; contact: Contact } | { kind: 'skipped' | 'rejected'; problems: { field: string; reason: string }[] };

/**
 * CSV import of contacts: upload → preview with suggested mapping → a background job that
 * validates every row like the API does, checks duplicates by e-mail, phone and external id
 * (among the contacts the importer may see), and reports each rejected row with its line.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contacts: ContactService,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
    private readonly customFields: CustomFieldService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get dir() {
    return join(this.config.files.dataDir, 'imports');
  }

  /** Takes ownership of an uploaded temp file and reads its header and first rows. */
  async upload(actor: Actor, fileName: string, tempPath: string): Promise<ContactImport> {
    requirePermission(actor, 'contact.import');
    const repo = this.db.getRepository(ContactImport);
    const row = repo.create({ actor, userId: actor.userId, fileName, storageKey: '', status: ImportStatus.UPLOADED, encoding: CsvEncodingOption.UTF8, delimiter: ',', columns: [] });
    row.storageKey = `${randomUUID()}.csv`;
    await mkdir(this.dir, { recursive: true });
    await rename(tempPath, join(this.dir, row.storageKey));
    const preview = await this.previewOrRefuse(row.storageKey);
    if (!preview.headers.length) {
      await rm(join(this.dir, row.storageKey), { force: true });
      throw ValidationError.field('file', 'the file has no header row');
    }
    Object.assign(row, { encoding: preview.encoding as CsvEncodingOption, delimiter: preview.delimiter, columns: await this.columnsOf(preview) });
    return repo.save(row);
  }

  async get(actor: Actor, id: string): Promise<ContactImport> {
    const row = await this.db.getRepository(ContactImport).findOne({ where: { id: requireUuid(id, 'Import') } });
    // Imports are private to whoever started them (admins see all).
    if (!row || (row.userId !== actor.userId && actor.role !== 'admin')) throw new NotFoundError('Import');
    return row;
  }

  async start(actor: Actor, input: StartImportInput): Promise<ContactImport> {
    requirePermission(actor, 'contact.import');
    const row = await this.get(actor, input.id);
    if (row.status !== ImportStatus.UPLOADED) throw ValidationError.field('id', `this import is already ${row.status.toLowerCase()}`);
    const encoding = input.encoding ?? row.encoding;
    const delimiter = input.delimiter ?? row.delimiter;
    if (![',', ';', '\t', '|'].includes(delimiter)) throw ValidationError.field('delimiter', 'must be comma, semicolon, tab or |');
    const preview = await this.previewWith(row.storageKey, encoding, delimiter, input.delimiter ? 'delimiter' : 'encoding');
    const customKeys = (await this.customFields.list('contact')).map((f) => `custom.${f.key}`);
    const problems = input.mapping.flatMap((m, i) => {
      if (![...IMPORT_FIELDS, ...customKeys].includes(m.field)) return [{ field: `mapping.${i}.field`, message: `unknown field "${m.field}"` }];
      if (m.column < 0 || m.column >= preview.headers.length) return [{ field: `mapping.${i}.column`, message: `the file has columns 0 to ${preview.headers.length - 1}` }];
      return [];
    });
    if (!input.mapping.some((m) => NAME_OR_CONTACT_FIELDS.includes(m.field))) problems.push({ field: 'mapping', message: 'map at least a name, phone or e-mail column' });
    if (problems.length) throw new ValidationError(problems);
    Object.assign(row, { encoding, delimiter, mapping: input.mapping, onDuplicate: input.onDuplicate, status: ImportStatus.QUEUED, columns: await this.columnsOf(preview) });
    await this.db.getRepository(ContactImport).save(row);
    try {
      await this.jobs.enqueue('contact.import.run', { importId: row.id }, { jobId: `import-${row.id}` });
    } catch (e) {
      // Not queued means not started: the user can press start again once Redis is back.
      await this.db.getRepository(ContactImport).update({ id: row.id }, { status: ImportStatus.UPLOADED });
      throw e;
    }
    return row;
  }

  /** Runs (or resumes) an import: rows up to processedRows were committed by an earlier attempt. */
  async run(importId: string): Promise<void> {
    const repo = this.db.getRepository(ContactImport);
    const row = await repo.findOne({ where: { id: importId } });
    if (!row || row.status === ImportStatus.COMPLETED || row.status === ImportStatus.FAILED || !row.mapping) return;
    const actor = await this.currentActor(row);
    if (!actor) return this.fail(row, 'the user who started the import is no longer active');
    if (row.totalRows === null) {
      let total = 0;
      for await (const _ of this.records(row)) total++;
      await repo.update({ id: row.id }, { totalRows: total, status: ImportStatus.RUNNING });
    } else {
      await repo.update({ id: row.id }, { status: ImportStatus.RUNNING });
    }
    let index = 0;
    let batch: CsvRecord[] = [];
    for await (const record of this.records(row)) {
      if (index++ < row.processedRows) continue;
      batch.push(record);
      if (batch.length === BATCH_SIZE) {
        await this.processBatch(actor, row, batch);
        batch = [];
      }
    }
    if (batch.length) await this.processBatch(actor, row, batch);
    const done = await repo.findOneByOrFail({ id: row.id });
    await repo.update({ id: row.id }, { status: ImportStatus.COMPLETED, finishedAt: new Date() });
    if (row.userId) {
      await this.notifications.notify({
        userId: row.userId,
        kind: 'contact.import.finished',
        title: `Import of ${row.fileName} finished`,
        body: `${done.createdCount} created, ${done.updatedCount} updated, ${done.skippedCount} duplicates skipped, ${done.rejectedCount} rejected`,
        link: `/contacts/import/${row.id}`,
        dedupeKey: `import:${row.id}`,
      });
    }
    await rm(join(this.dir, row.storageKey), { force: true });
  }

  async markFailed(importId: string, message: string) {
    const row = await this.db.getRepository(ContactImport).findOne({ where: { id: importId } });
    if (row) await this.fail(row, message);
  }

  /** The report of rejected and skipped rows, in line order, for streaming as CSV. */
  async *problems(actor: Actor, importId: string): AsyncGenerator<ContactImportProblem[]> {
    await this.get(actor, importId);
    let after = { line: 0, field: '' };
    for (;;) {
      const rows = await this.db
        .getRepository(ContactImportProblem)
        .createQueryBuilder('p')
        .where('p.import_id = :importId', { importId })
        .andWhere('(p.line, p.field) > (:line, :field)', after)
        .orderBy('p.line')
        .addOrderBy('p.field')
        .limit(1000)
        .getMany();
      if (!rows.length) return;
      yield rows;
      after = { line: rows.at(-1)!.line, field: rows.at(-1)!.field };
    }
  }

  /** One transaction per batch: its contacts, its problems and the progress counters commit together. */
  private async processBatch(actor: Actor, row: ContactImport, batch: CsvRecord[]) {
    const dated: string[] = [];
    await this.db.transaction(async (m) => {
      const counts = { created: 0, updated: 0, skipped: 0, rejected: 0 };
      const problems: ContactImportProblem[] = [];
      const mapped = batch.map((r) => ('error' in r ? null : mapRecord(r.values, row.mapping! as never)));
      const existing = await this.findExisting(actor, m, mapped.filter((x): x is MappedRow => !!x));
      const textFields = new Set((await this.customFields.list('contact', false, m)).filter((f) => f.type === CustomFieldType.TEXT).map((f) => f.key));
      for (const [i, record] of batch.entries()) {
        const outcome = 'error' in record ? { kind: 'rejected' as const, problems: [{ field: 'row', reason: record.error }] } : await this.importRow(actor, m, row, mapped[i]!, existing, textFields);
        counts[outcome.kind]++;
        if ('contact' in outcome && (outcome.contact.birthday || outcome.contact.keyDates.length)) dated.push(outcome.contact.id);
        if ('problems' in outcome) {
          const values = 'values' in record ? record.values : [];
          for (const p of outcome.problems) problems.push(Object.assign(new ContactImportProblem(), { importId: row.id, line: record.line, field: p.field, reason: p.reason, values }));
        }
      }
      if (problems.length) await m.createQueryBuilder().insert().into(ContactImportProblem).values(problems).orIgnore().execute();
      await m.query(
        `UPDATE contact.import SET processed_rows = processed_rows + $2, created_count = created_count + $3, updated_count = updated_count + $4,
           skipped_count = skipped_count + $5, rejected_count = rejected_count + $6 WHERE id = $1`,
        [row.id, batch.length, counts.created, counts.updated, counts.skipped, counts.rejected],
      );
    });
    // Reminders are planned once the batch is committed and visible to the planner.
    for (const contactId of dated) await this.contacts.planReminders(contactId);
  }

  private async importRow(actor: Actor, m: EntityManager, row: ContactImport, mapped: MappedRow, existing: ExistingIndex, textFields: Set<string>): Promise<RowOutcome> {
    const { input, problems } = await this.toInput(mapped, textFields);
    if (problems.length) return { kind: 'rejected', problems };
    const duplicate = existing.match(mapped);
    try {
      if (duplicate && row.onDuplicate === ImportDuplicatePolicy.SKIP) {
        return { kind: 'skipped', problems: [{ field: duplicate.by, reason: `duplicate of ${duplicate.contact.code} (same ${duplicate.by})` }] };
      }
      if (duplicate) {
        const updated = await this.contacts.update(actor, { ...mergeInto(duplicate.contact, input), id: duplicate.contact.id, expectedVersion: duplicate.contact.version }, m, { fromText: true });
        existing.add(updated);
        return { kind: 'updated', contact: updated };
      }
      const created = await this.contacts.create(actor, input, m, { fromText: true });
      existing.add(created, mapped.externalId ? [mapped.externalId] : []);
      return { kind: 'created', contact: created };
    } catch (e) {
      // Validation happens before any write, so a refused row leaves nothing behind.
      if (e instanceof ValidationError) return { kind: 'rejected', problems: e.fields.map((f) => ({ field: f.field, reason: f.message })) };
      if (e instanceof ConflictError) return { kind: 'rejected', problems: [{ field: String(e.details.field ?? 'row'), reason: e.message }] };
      throw e;
    }
  }

  /** The row as an API input, validated by the same rules as createContact. */
  private async toInput(mapped: MappedRow, textFields: Set<string>): Promise<{ input: CreateContactInput; problems: { field: string; reason: string }[] }> {
    const problems: { field: string; reason: string }[] = [];
    const birthday = mapped.birthday ? parseDateText(mapped.birthday) : null;
    if (mapped.birthday && !birthday) problems.push({ field: 'birthday', reason: `"${mapped.birthday}" is not a date` });
    const plain = {
      firstName: mapped.firstName, middleName: mapped.middleName, lastName: mapped.lastName, position: mapped.position, company: mapped.company,
      description: mapped.description, language: mapped.language?.toLowerCase(), birthday: birthday ?? undefined, tags: mapped.tags,
      phones: mapped.phones.map((p) => ({ number: p.number, kind: p.kind as PhoneKind })),
      emails: mapped.emails.map((e) => ({ address: e.address, kind: e.kind as EmailKind })),
      externalIds: mapped.externalId ? [{ system: 'import', externalId: mapped.externalId }] : undefined,
      // Typed values ("1 234,50", "да", "31.12.2025") are read by the custom fields' own rules.
      customFields: Object.entries(mapped.custom ?? {}).map(([key, value]) => ({ key, value })),
    };
    for (const field of FORMULA_CHECKED_FIELDS) {
      if (mapped[field] && isFormula(mapped[field])) problems.push({ field, reason: FORMULA_REASON });
    }
    mapped.tags.forEach((tag, i) => isFormula(tag) && problems.push({ field: `tags.${i}`, reason: FORMULA_REASON }));
    for (const [key, value] of Object.entries(mapped.custom ?? {})) {
      if (textFields.has(key) && isFormula(value)) problems.push({ field: `customFields.${key}`, reason: FORMULA_REASON });
    }
    const input = plainToInstance(CreateContactInput, plain);
    const errors = await validate(input, { forbidUnknownValues: false });
    problems.push(...fieldProblems(errors).map((p) => ({ field: p.field, reason: p.message })));
    return { input, problems };
  }

  /** Visible contacts sharing an e-mail, phone or external id with any row of the batch. */
  private async findExisting(actor: Actor, m: EntityManager, rows: MappedRow[]): Promise<ExistingIndex> {
    const emails = [...new Set(rows.flatMap((r) => r.emails.map((e) => e.address.trim().toLowerCase())))];
    const phones = [...new Set(rows.flatMap((r) => r.phones.map((p) => this.normalisedPhone(p.number)).filter((p): p is string => !!p)))];
    const externalIds = [...new Set(rows.map((r) => r.externalId).filter((x): x is string => !!x))];
    const index = new ExistingIndex((n) => this.normalisedPhone(n));
    if (!emails.length && !phones.length && !externalIds.length) return index;
    const found = await this.contacts
      .visibleQuery(actor, m)
      .andWhere(
        `(c.email_addresses && :emails::text[] OR c.phone_numbers && :phones::text[]
          OR EXISTS (SELECT 1 FROM contact.external_id x WHERE x.contact_id = c.id AND x.system = 'import' AND x.external_id = ANY(:externalIds)))`,
        { emails, phones, externalIds },
      )
      .getMany();
    const links: { contact_id: string; external_id: string }[] = found.length
      ? await m.query(`SELECT contact_id, external_id FROM contact.external_id WHERE system = 'import' AND contact_id = ANY($1)`, [found.map((c) => c.id)])
      : [];
    for (const c of found) index.add(c, links.filter((l) => l.contact_id === c.id).map((l) => l.external_id));
    return index;
  }

  private normalisedPhone(text: string): string | null {
    return this.contacts.normalisePhone(text);
  }

  private async currentActor(row: ContactImport): Promise<Actor | null> {
    if (!row.userId) return row.actor;
    const user = await this.db.getRepository(User).findOne({ where: { id: row.userId, active: true } });
    return user ? { ...row.actor, role: user.role, teamId: user.teamId, territoryId: user.territoryId, partnerAccountId: user.partnerAccountId } : null;
  }

  private async fail(row: ContactImport, message: string) {
    await this.db.getRepository(ContactImport).update({ id: row.id }, { status: ImportStatus.FAILED, error: message, finishedAt: new Date() });
  }

  private records(row: ContactImport): AsyncIterable<CsvRecord> {
    return readCsvRecords(createReadStream(join(this.dir, row.storageKey)), { encoding: row.encoding as CsvEncoding, delimiter: row.delimiter });
  }

  private async head(storageKey: string): Promise<Buffer> {
    const file = await open(join(this.dir, storageKey), 'r');
    try {
      const buffer = Buffer.alloc(PREVIEW_BYTES);
      const { bytesRead } = await file.read(buffer, 0, PREVIEW_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  }

  private async previewOrRefuse(storageKey: string) {
    try {
      return previewCsv(await this.head(storageKey));
    } catch (e) {
      await rm(join(this.dir, storageKey), { force: true });
      throw ValidationError.field('file', (e as Error).message, 'CSV_UNREADABLE');
    }
  }

  /** The preview read with the chosen settings; a header they make unreadable is blamed on the overridden field. */
  private async previewWith(storageKey: string, encoding: CsvEncodingOption, delimiter: string, field: string) {
    try {
      return previewCsv(await this.head(storageKey), encoding as CsvEncoding, delimiter);
    } catch (e) {
      throw ValidationError.field(field, (e as Error).message, 'CSV_UNREADABLE');
    }
  }

  private async columnsOf(preview: ReturnType<typeof previewCsv>) {
    const customFields = await this.customFields.list('contact');
    return preview.headers.map((header, index) => ({
      index,
      header,
      sample: preview.sampleRows.map((r) => r[index] ?? '').slice(0, 3),
      suggestedField: suggestField(header, customFields),
    }));
  }
}

/**
 * The "update" duplicate policy: filled cells overwrite, empty cells keep the current value, and
 * phones, e-mails and tags are added to the existing ones rather than replacing them.
 */
function mergeInto(current: Contact, input: CreateContactInput) {
  const { externalIds: _ignored, ...fields } = input;
  // Custom values: filled cells overwrite, empty cells keep what the contact has.
  const filled = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && !v.length)));
  return {
    ...filled,
    phones: input.phones?.length ? [...current.phones.map((p) => ({ number: p.number, kind: p.kind, extension: p.extension })), ...input.phones] : undefined,
    emails: input.emails?.length ? [...current.emails, ...input.emails] : undefined,
    tags: input.tags?.length ? [...current.tags, ...input.tags] : undefined,
  };
}

/** Duplicate candidates of a batch, updated as rows are created so the file's own repeats are caught too. */
class ExistingIndex {
  private readonly byEmail = new Map<string, Contact>();
  private readonly byPhone = new Map<string, Contact>();
  private readonly byExternalId = new Map<string, Contact>();

  constructor(private readonly normalise: (phone: string) => string | null) {}

  add(contact: Contact, externalIds: string[] = []) {
    for (const e of contact.emailAddresses ?? contact.emails.map((x) => x.address)) this.byEmail.set(e, contact);
    for (const p of contact.phoneNumbers ?? contact.phones.map((x) => x.number)) this.byPhone.set(p, contact);
    for (const x of externalIds) this.byExternalId.set(x, contact);
  }

  match(row: MappedRow): { contact: Contact; by: 'externalId' | 'email' | 'phone' } | null {
    if (row.externalId && this.byExternalId.has(row.externalId)) return { contact: this.byExternalId.get(row.externalId)!, by: 'externalId' };
    for (const e of row.emails) {
      const hit = this.byEmail.get(e.address.trim().toLowerCase());
      if (hit) return { contact: hit, by: 'email' };
    }
    for (const p of row.phones) {
      const n = this.normalise(p.number);
      const hit = n ? this.byPhone.get(n) : undefined;
      if (hit) return { contact: hit, by: 'phone' };
    }
    return null;
  }
}
