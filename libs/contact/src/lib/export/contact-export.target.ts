import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, CustomFieldService, customValueText, hiddenFields, ReadAuditService } from '@crm/core';
import { Contact, CONTACT_PERSONAL_FIELDS } from '../contact/contact.entity';
import { ContactFilter } from '../contact/contact.inputs';
import { ContactService } from '../contact/contact.service';
import { ExportColumn, ExportTargets } from './export-target';

type Column = ExportColumn<Contact> & { field: string };

/** Columns of the contacts export; hidden fields of the actor's role are left out entirely. */
const COLUMNS: Column[] = [
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

/** Contacts as an export target; every exported person is recorded in the read audit. */
@Injectable()
export class ContactExportTarget implements OnModuleInit {
  constructor(
    private readonly targets: ExportTargets,
    private readonly contacts: ContactService,
    private readonly customFields: CustomFieldService,
    private readonly audit: ReadAuditService,
  ) {}

  onModuleInit() {
    this.targets.register<Contact>({
      entityType: 'contact',
      permission: 'contact.export',
      fileName: 'contacts',
      count: (actor, filter) => this.contacts.count(actor, filter as ContactFilter | null),
      columns: (actor) => this.columns(actor),
      batch: async (actor, filter, after, size) => {
        const qb = (await this.contacts.filteredQuery(actor, filter as ContactFilter | null)).orderBy('c.sort_name').addOrderBy('c.id').limit(size);
        if (after) qb.andWhere('(c.sort_name, c.id) > (:sortName, :id)', { sortName: after[0], id: after[1] });
        const rows = await qb.getMany();
        return { rows, cursor: rows.length ? [rows.at(-1)!.sortName, rows.at(-1)!.id] : null };
      },
      audit: async (actor, rows, columns) => {
        const personal = (columns as Column[]).map((c) => c.field).filter((f) => (CONTACT_PERSONAL_FIELDS as readonly string[]).includes(f));
        await this.audit.recordReads(actor, 'contact', rows.map((c) => c.id), personal, 'exportContacts');
      },
    });
  }

  /** Built-in columns, then custom fields headed by their labels, written as the import reads them back. */
  private async columns(actor: Actor): Promise<Column[]> {
    const hidden = hiddenFields(actor, 'contact');
    const custom = (await this.customFields.list('contact')).map((f) => ({ header: f.label, field: `custom.${f.key}`, value: (c: Contact) => customValueText(f, c.custom[f.key]) }));
    return [...COLUMNS, ...custom].filter((c) => !hidden.includes(c.field));
  }
}
