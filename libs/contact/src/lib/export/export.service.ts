import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, APP_CONFIG, AppConfig, can, JobQueue, NotFoundError, NotificationService, requirePermission, requireUuid, User } from '@crm/core';
import { stringify } from 'csv-stringify/sync';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { escapeFormula } from '../import/csv-file';
import { ExportTargets } from './export-target';
import { ContactExport, ExportStatus } from './export.entity';

const BATCH = 1000;

/** CSV export of contacts, accounts and other registered targets, as a background job. */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: ExportTargets,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  pathOf(row: ContactExport) {
    return join(this.config.files.dataDir, 'exports', `${row.id}.csv`);
  }

  fileNameOf(row: ContactExport) {
    return `${this.targets.get(row.entityType).fileName}-${row.createdAt.toISOString().slice(0, 10)}.csv`;
  }

  async start(actor: Actor, entityType: string, filter: object | null | undefined): Promise<ContactExport> {
    const target = this.targets.get(entityType);
    requirePermission(actor, target.permission);
    const plainFilter = filter ? { ...filter } : null;
    await target.count(actor, plainFilter); // validates the filter (e.g. an unknown segment) before queueing
    const row = await this.db.getRepository(ContactExport).save({ actor, userId: actor.userId, entityType, filter: plainFilter, status: ExportStatus.QUEUED });
    try {
      await this.jobs.enqueue('contact.export.run', { exportId: row.id }, { jobId: `export-${row.id}` });
    } catch (e) {
      await this.markFailed(row.id, 'The export could not be queued; try again.');
      throw e;
    }
    return row;
  }

  /** Exports are private to whoever asked for them, and only while they may export such records. */
  async get(actor: Actor, id: string): Promise<ContactExport> {
    const row = await this.db.getRepository(ContactExport).findOne({ where: { id: requireUuid(id, 'Export') } });
    if (row) requirePermission(actor, this.targets.get(row.entityType).permission);
    if (!row || row.userId !== actor.userId) throw new NotFoundError('Export');
    return row;
  }

  async run(exportId: string): Promise<void> {
    const repo = this.db.getRepository(ContactExport);
    const row = await repo.findOne({ where: { id: exportId } });
    if (!row || row.status === ExportStatus.COMPLETED) return;
    const target = this.targets.get(row.entityType);
    const user = row.userId ? await this.db.getRepository(User).findOne({ where: { id: row.userId, active: true } }) : null;
    if (!user) return this.markFailed(row.id, 'the user who asked for the export is no longer active');
    const actor: Actor = { ...row.actor, role: user.role, teamId: user.teamId, territoryId: user.territoryId, partnerAccountId: user.partnerAccountId };
    // The role may have changed since the request; a file its owner may not download is never written.
    if (!can(actor, target.permission)) return this.markFailed(row.id, `the user who asked for the export may no longer export ${target.fileName}`);
    await repo.update({ id: row.id }, { status: ExportStatus.RUNNING, totalRows: await target.count(actor, row.filter), processedRows: 0 });
    const columns = await target.columns(actor);
    await mkdir(join(this.config.files.dataDir, 'exports'), { recursive: true });
    const out = createWriteStream(this.pathOf(row));
    out.write('\uFEFF' + stringify([columns.map((c) => c.header)]));
    let after: unknown[] | null = null;
    let processed = 0;
    for (;;) {
      const { rows, cursor } = await target.batch(actor, row.filter, after, BATCH);
      if (!rows.length) break;
      await target.audit?.(actor, rows, columns);
      if (!out.write(stringify(rows.map((r) => columns.map((col) => escapeFormula(col.value(r))))))) await new Promise<void>((r) => out.once('drain', () => r()));
      processed += rows.length;
      await repo.update({ id: row.id }, { processedRows: processed });
      after = cursor;
    }
    out.end();
    await finished(out);
    await repo.update({ id: row.id }, { status: ExportStatus.COMPLETED, finishedAt: new Date() });
    await this.notifications.notify({
      userId: user.id,
      kind: `${row.entityType}.export.finished`,
      title: `Export of ${target.fileName} is ready`,
      body: `${processed} ${target.fileName}`,
      link: `/api/contact-exports/${row.id}/file`,
      dedupeKey: `export:${row.id}`,
    });
  }

  async markFailed(exportId: string, message: string) {
    const row = await this.db.getRepository(ContactExport).findOne({ where: { id: exportId } });
    if (!row) return;
    await this.db.getRepository(ContactExport).update({ id: exportId }, { status: ExportStatus.FAILED, error: message, finishedAt: new Date() });
    await rm(this.pathOf(row), { force: true });
  }
}
