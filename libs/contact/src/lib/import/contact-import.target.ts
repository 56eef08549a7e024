import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, ConflictError, CustomFieldService, CustomFieldType, fieldProblems, ValidationError } from '@crm/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EntityManager } from 'typeorm';
import { Contact, EmailKind, PhoneKind } from '../contact/contact.entity';
import { CreateContactInput } from '../contact/contact.inputs';
import { ContactService } from '../contact/contact.service';
import { isFormula } from './csv-file';
import { IMPORT_FIELDS, MappedRow, mapRecord, parseDateText, suggestField } from './field-mapping';
import { ContactImport, ImportDuplicatePolicy } from './import.entity';
import { FORMULA_REASON, ImportOutcome, ImportTargets } from './import-target';

const NAME_OR_CONTACT_FIELDS = ['firstName', 'lastName', 'fullName', 'phone', 'mobilePhone', 'workPhone', 'homePhone', 'email', 'workEmail', 'personalEmail'];
const FORMULA_CHECKED_FIELDS = ['firstName', 'middleName', 'lastName', 'position', 'company', 'description', 'language', 'externalId'] as const;

/** A row the service refused: validation happens before any write, so it left nothing behind. */
function refused(e: ValidationError | ConflictError): ImportOutcome {
  return e instanceof ValidationError
    ? { kind: 'rejected', problems: e.fields.map((f) => ({ field: f.field, reason: f.message })) }
    : { kind: 'rejected', problems: [{ field: String(e.details.field ?? 'row'), reason: e.message }] };
}

/**
 * Contacts as an import target: rows are validated like createContact, duplicates are matched by
 * e-mail, phone and external id among the contacts the importer may see.
 */
@Injectable()
export class ContactImportTarget implements OnModuleInit {
  constructor(
    private readonly targets: ImportTargets,
    private readonly contacts: ContactService,
    private readonly customFields: CustomFieldService,
  ) {}

  onModuleInit() {
    this.targets.register({
      entityType: 'contact',
      permission: 'contact.import',
      fields: IMPORT_FIELDS,
      identifying: { fields: NAME_OR_CONTACT_FIELDS, message: 'map at least a name, phone or e-mail column' },
      suggestField,
      importBatch: (actor, m, records, row) => this.importBatch(actor, m, records, row),
      afterCommit: async (ids) => {
        // Reminders are planned once the batch is committed and visible to the planner.
        for (const id of ids) await this.contacts.planReminders(id);
      },
    });
  }

  /**
   * Rows become new contacts together (one createMany per run of new rows); a row that matches a
   * contact still waiting to be written first writes the waiting ones, so it is seen as their duplicate.
   */
  private async importBatch(actor: Actor, m: EntityManager, records: { line: number; values: string[] }[], row: ContactImport): Promise<ImportOutcome[]> {
    const mapped = records.map((r) => mapRecord(r.values, row.mapping! as never));
    const existing = await this.findExisting(actor, m, mapped);
    const textFields = new Set((await this.customFields.list('contact', false, m)).filter((f) => f.type === CustomFieldType.TEXT).map((f) => f.key));
    const outcomes: ImportOutcome[] = [];
    let waiting: { at: number; input: CreateContactInput; mapped: MappedRow }[] = [];
    const waitingKeys = new Set<string>();
    const writeWaiting = async () => {
      const created = await this.contacts.createMany(actor, waiting.map((w) => w.input), m, { fromText: true });
      created.forEach((result, k) => {
        const { at, mapped: item } = waiting[k];
        if (result instanceof Error) {
          outcomes[at] = refused(result);
          return;
        }
        existing.add(result, item.externalId ? [item.externalId] : []);
        outcomes[at] = { kind: 'created', followUpId: result.birthday || result.keyDates.length ? result.id : undefined };
      });
      waiting = [];
      waitingKeys.clear();
    };
    for (const [at, item] of mapped.entries()) {
      const { input, problems } = await this.toInput(item, textFields);
      if (problems.length) {
        outcomes[at] = { kind: 'rejected', problems };
        continue;
      }
      const keys = existing.keysOf(item);
      if (keys.some((k) => waitingKeys.has(k))) await writeWaiting();
      const duplicate = existing.match(item);
      if (!duplicate) {
        waiting.push({ at, input, mapped: item });
        keys.forEach((k) => waitingKeys.add(k));
      } else if (row.onDuplicate === ImportDuplicatePolicy.SKIP) {
        outcomes[at] = { kind: 'skipped', problems: [{ field: duplicate.by, reason: `duplicate of ${duplicate.contact.code} (same ${duplicate.by})` }] };
      } else {
        try {
          const updated = await this.contacts.update(actor, { ...mergeInto(duplicate.contact, input), id: duplicate.contact.id, expectedVersion: duplicate.contact.version }, m, { fromText: true });
          existing.add(updated);
          outcomes[at] = { kind: 'updated', followUpId: updated.birthday || updated.keyDates.length ? updated.id : undefined };
        } catch (e) {
          if (e instanceof ValidationError || e instanceof ConflictError) outcomes[at] = refused(e);
          else throw e;
        }
      }
    }
    if (waiting.length) await writeWaiting();
    return outcomes;
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
      // One indexed lookup per kind of key; an OR of them scans the whole table (2.3 s at a million contacts).
      .andWhere(
        `c.id IN (SELECT id FROM contact.contact WHERE email_addresses && :emails::text[]
          UNION SELECT id FROM contact.contact WHERE phone_numbers && :phones::text[]
          UNION SELECT contact_id FROM contact.external_id WHERE system = 'import' AND external_id = ANY(:externalIds))`,
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
  }}

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

  /** The keys a row is matched by, normalised as `match` reads them. */
  keysOf(row: MappedRow): string[] {
    return [
      ...(row.externalId ? [`x:${row.externalId}`] : []),
      ...row.emails.map((e) => `e:${e.address.trim().toLowerCase()}`),
      ...row.phones.map((p) => `p:${this.normalise(p.number) ?? ''}`).filter((k) => k !== 'p:'),
    ];
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
