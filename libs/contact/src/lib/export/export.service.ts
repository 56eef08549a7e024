import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, APP_CONFIG, AppConfig, can, CustomFieldService, customValueText, hiddenFields, JobQueue, NotFoundError, NotificationService, ReadAuditService,
  requirePermission, requireUuid, User,
} from '@crm/core';
import { stringify } from 'csv-stringify/sync';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { Contact, CONTACT_PERSONAL_FIELDS } from '../contact/contact.entity';
import { ContactFilter } from '../contact/contact.inputs';
import { ContactService } from '../contact/contact.service';
import { escapeFormula } from '../import/csv-file';
import { ContactExport, ExportStatus } from './export.entity';

const BATCH = 1000;

/** Columns of the export; hidden fields of the actor's role are left out entirely. */
const COLUMNS: { header: string; field: string; value: (c: Contact) => string }[] = [
  { header: 'code', field: 'code', value: (c) => c.code },
  { header: 'lastName', field: 'lastName', value: (c) => c.lastName ?? '' },
  { header: 'firstName', field: 'firstName', value: (c) => c.firstName ?? '' },
  { header: 'middleName', field: 'middleName', value: (c) => c.middleName ?? '' },
  { header: 'phones', field: 'phones', value: (c) => c.phones.map((p) => p.number + (p.extension ? ` ext. ${p.extension}` : '')).join('; ') },
  { header: 'emails', field: 'emails', value: (c) => c.emails.map((e) => e.address).join('; ') },
  { header: 'birthday', field: 'birthday', value: (c) => c.birthday ?? '' },
  { header: 'position', field: 'position', value: (c) => c.position ?? '' },
  { header: 'company', field: 'company', value: (c) => c.company ?? '' },
  { header: 'preferredChannel', field: 'preferredChannel', value: (c) => c.preferredChannel ?? '' },
  { header: 'language', field: 'language', value: (c) => c.language ?? '' },
  { header: 'tags', field: 'tags', value: (c) => c.tags.join(', ') },
  { header: 'description', field: 'description', value: (c) => c.description ?? '' },
  { header: 'createdAt', field: 'createdAt', value: (c) => c.createdAt.toISOString() },
];

/** CSV export as a background job; every exported person is recorded in the read audit. */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contacts: ContactService,
    private readonly jobs: JobQueue,
    private readonly audit: ReadAuditService,
    private readonly notifications: NotificationService,
    private readonly customFields: CustomFieldService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  pathOf(row: ContactExport) {
    return join(this.config.files.dataDir, 'exports', `${row.id}.csv`);
  }

  async start(actor: Actor, filter: ContactFilter | null | undefined): Promise<ContactExport> {
    requirePermission(actor, 'contact.export');
    await this.contacts.count(actor, filter); // validates the filter (e.g. an unknown group) before queueing
    const row = await this.db.getRepository(ContactExport).save({ actor, userId: actor.userId, filter: filter ? { ...filter } : null, status: ExportStatus.QUEUED });
    try {
      await this.jobs.enqueue('contact.export.run', { exportId: row.id }, { jobId: `export-${row.id}` });
    } catch (e) {
      await this.markFailed(row.id, 'The export could not be queued; try again.');
      throw e;
    }
    return row;
  }

  async get(actor: Actor, id: string): Promise<ContactExport> {
    const row = await this.db.getRepository(ContactExport).findOne({ where: { id: requireUuid(id, 'Export') } });
    if (!row || row.userId !== actor.userId) throw new NotFoundError('Export');
    return row;
  }

  async run(exportId: string): Promise<void> {
    const repo = this.db.getRepository(ContactExport);
    const row = await repo.findOne({ where: { id: exportId } });
    if (!row || row.status === ExportStatus.COMPLETED) return;
    const user = row.userId ? await this.db.getRepository(User).findOne({ where: { id: row.userId, active: true } }) : null;
    if (!user) return this.markFailed(row.id, 'the user who asked for the export is no longer active');
    const actor: Actor = { ...row.actor, role: user.role, teamId: user.teamId, territoryId: user.territoryId, partnerAccountId: user.partnerAccountId };
    // The role may have changed since the request; a file its owner may not download is never written.
    if (!can(actor, 'contact.export')) return this.markFailed(row.id, 'the user who asked for the export may no longer export contacts');
    const filter = row.filter as ContactFilter | null;
    await repo.update({ id: row.id }, { status: ExportStatus.RUNNING, totalRows: await this.contacts.count(actor, filter), processedRows: 0 });
    const hidden = hiddenFields(actor, 'contact');
    // Custom fields follow, headed by their labels, written as the import reads them back.
    const custom = (await this.customFields.list('contact')).map((f) => ({ header: f.label, field: `custom.${f.key}`, value: (c: Contact) => customValueText(f, c.custom[f.key]) }));
    const columns = [...COLUMNS, ...custom].filter((c) => !hidden.includes(c.field));
    const personal = columns.map((c) => c.field).filter((f) => (CONTACT_PERSONAL_FIELDS as readonly string[]).includes(f));
    await mkdir(join(this.config.files.dataDir, 'exports'), { recursive: true });
    const out = createWriteStream(this.pathOf(row));
    out.write('\uFEFF' + stringify([columns.map((c) => c.header)]));
    let after: [string, string] | null = null;
    let processed = 0;
    for (;;) {
      const qb = (await this.contacts.filteredQuery(actor, filter)).orderBy('c.sort_name').addOrderBy('c.id').limit(BATCH);
      if (after) qb.andWhere('(c.sort_name, c.id) > (:sortName, :id)', { sortName: after[0], id: after[1] });
      const batch = await qb.getMany();
      if (!batch.length) break;
      await this.audit.recordReads(actor, 'contact', batch.map((c) => c.id), personal, 'exportContacts');
      if (!out.write(stringify(batch.map((c) => columns.map((col) => escapeFormula(col.value(c))))))) await new Promise<void>((r) => out.once('drain', () => r()));
      processed += batch.length;
      await repo.update({ id: row.id }, { processedRows: processed });
      after = [batch.at(-1)!.sortName, batch.at(-1)!.id];
    }
    out.end();
    await finished(out);
    await repo.update({ id: row.id }, { status: ExportStatus.COMPLETED, finishedAt: new Date() });
    await this.notifications.notify({
      userId: user.id,
      kind: 'contact.export.finished',
      title: 'Contact export is ready',
      body: `${processed} contacts`,
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
