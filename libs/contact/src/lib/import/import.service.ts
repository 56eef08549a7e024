import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, APP_CONFIG, AppConfig, CustomFieldService, JobQueue, NotFoundError, NotificationService, requirePermission, requireUuid, User, ValidationError,
} from '@crm/core';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CsvEncoding, CsvRecord, previewCsv, PREVIEW_BYTES, readCsvRecords } from './csv-file';
import { ContactImport, ContactImportProblem, CsvEncodingOption, ImportDuplicatePolicy, ImportStatus } from './import.entity';
import { ImportOutcome, ImportTargets } from './import-target';

/** Progress commits with each batch: at a few milliseconds a row, 100 rows report about every second. */
const BATCH_SIZE = 100;
export interface StartImportInput {
  id: string;
  mapping: { column: number; field: string }[];
  encoding?: CsvEncodingOption | null;
  delimiter?: string | null;
  onDuplicate: ImportDuplicatePolicy;
}

/**
 * CSV import of contacts, accounts and other registered targets: upload → preview with
 * suggested mapping → a background job that validates every row like the API does, checks
 * duplicates among the records the importer may see, and reports each rejected row with its line.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: ImportTargets,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
    private readonly customFields: CustomFieldService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get dir() {
    return join(this.config.files.dataDir, 'imports');
  }

  /** Takes ownership of an uploaded temp file and reads its header and first rows. */
  async upload(actor: Actor, entityType: string, fileName: string, tempPath: string): Promise<ContactImport> {
    const target = this.targets.get(entityType);
    requirePermission(actor, target.permission);
    const repo = this.db.getRepository(ContactImport);
    const row = repo.create({ actor, userId: actor.userId, entityType, fileName, storageKey: '', status: ImportStatus.UPLOADED, encoding: CsvEncodingOption.UTF8, delimiter: ',', columns: [] });
    row.storageKey = `${randomUUID()}.csv`;
    await mkdir(this.dir, { recursive: true });
    await rename(tempPath, join(this.dir, row.storageKey));
    const preview = await this.previewOrRefuse(row.storageKey);
    if (!preview.headers.length) {
      await rm(join(this.dir, row.storageKey), { force: true });
      throw ValidationError.field('file', 'the file has no header row');
    }
    Object.assign(row, { encoding: preview.encoding as CsvEncodingOption, delimiter: preview.delimiter, columns: await this.columnsOf(entityType, preview) });
    return repo.save(row);
  }

  async get(actor: Actor, id: string): Promise<ContactImport> {
    const row = await this.db.getRepository(ContactImport).findOne({ where: { id: requireUuid(id, 'Import') } });
    // Imports are private to whoever started them (admins see all).
    if (!row || (row.userId !== actor.userId && actor.role !== 'admin')) throw new NotFoundError('Import');
    return row;
  }

  async start(actor: Actor, input: StartImportInput): Promise<ContactImport> {
    const row = await this.get(actor, input.id);
    const target = this.targets.get(row.entityType);
    requirePermission(actor, target.permission);
    if (row.status !== ImportStatus.UPLOADED) throw ValidationError.field('id', `this import is already ${row.status.toLowerCase()}`);
    const encoding = input.encoding ?? row.encoding;
    const delimiter = input.delimiter ?? row.delimiter;
    if (![',', ';', '\t', '|'].includes(delimiter)) throw ValidationError.field('delimiter', 'must be comma, semicolon, tab or |');
    const preview = await this.previewWith(row.storageKey, encoding, delimiter, input.delimiter ? 'delimiter' : 'encoding');
    const customKeys = (await this.customFields.list(row.entityType)).map((f) => `custom.${f.key}`);
    const problems = input.mapping.flatMap((m, i) => {
      if (![...target.fields, ...customKeys].includes(m.field)) return [{ field: `mapping.${i}.field`, message: `unknown field "${m.field}"` }];
      if (m.column < 0 || m.column >= preview.headers.length) return [{ field: `mapping.${i}.column`, message: `the file has columns 0 to ${preview.headers.length - 1}` }];
      return [];
    });
    if (!input.mapping.some((m) => target.identifying.fields.includes(m.field))) problems.push({ field: 'mapping', message: target.identifying.message });
    if (problems.length) throw new ValidationError(problems);
    Object.assign(row, { encoding, delimiter, mapping: input.mapping, onDuplicate: input.onDuplicate, status: ImportStatus.QUEUED, columns: await this.columnsOf(row.entityType, preview) });
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
        kind: `${row.entityType}.import.finished`,
        title: `Import of ${row.fileName} finished`,
        body: `${done.createdCount} created, ${done.updatedCount} updated, ${done.skippedCount} duplicates skipped, ${done.rejectedCount} rejected`,
        link: `/${row.entityType}s/import/${row.id}`,
        dedupeKey: `import:${row.id}`,
      });
    }
    await rm(join(this.dir, row.storageKey), { force: true });
    // Imported records join the duplicates review queue now rather than after the nightly scan.
    await this.jobs.enqueue('core.duplicates.scan', { entityType: row.entityType }, { jobId: `duplicates-after-import-${row.id}` }).catch(() => undefined); // the nightly scan catches up
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

  /** One transaction per batch: its records, its problems and the progress counters commit together. */
  private async processBatch(actor: Actor, row: ContactImport, batch: CsvRecord[]) {
    const target = this.targets.get(row.entityType);
    const followUps: string[] = [];
    await this.db.transaction(async (m) => {
      const counts = { created: 0, updated: 0, skipped: 0, rejected: 0 };
      const problems: ContactImportProblem[] = [];
      const readable = batch.filter((r): r is Extract<CsvRecord, { values: string[] }> => !('error' in r));
      const outcomes = await target.importBatch(actor, m, readable, row);
      const outcomeOf = new Map(readable.map((r, i) => [r, outcomes[i]]));
      for (const record of batch) {
        const outcome: ImportOutcome = 'error' in record ? { kind: 'rejected', problems: [{ field: 'row', reason: record.error }] } : outcomeOf.get(record)!;
        counts[outcome.kind]++;
        if (outcome.followUpId) followUps.push(outcome.followUpId);
        const values = 'values' in record ? record.values : [];
        for (const p of outcome.problems ?? []) problems.push(Object.assign(new ContactImportProblem(), { importId: row.id, line: record.line, field: p.field, reason: p.reason, values }));
      }
      if (problems.length) await m.createQueryBuilder().insert().into(ContactImportProblem).values(problems).orIgnore().execute();
      await m.query(
        `UPDATE contact.import SET processed_rows = processed_rows + $2, created_count = created_count + $3, updated_count = updated_count + $4,
           skipped_count = skipped_count + $5, rejected_count = rejected_count + $6 WHERE id = $1`,
        [row.id, batch.length, counts.created, counts.updated, counts.skipped, counts.rejected],
      );
    });
    await target.afterCommit?.(followUps);
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

  private async columnsOf(entityType: string, preview: ReturnType<typeof previewCsv>) {
    const target = this.targets.get(entityType);
    const customFields = await this.customFields.list(entityType);
    return preview.headers.map((header, index) => ({
      index,
      header,
      sample: preview.sampleRows.map((r) => r[index] ?? '').slice(0, 3),
      suggestedField: target.suggestField(header, customFields),
    }));
  }
}
