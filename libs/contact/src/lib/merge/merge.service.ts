import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, CustomFieldService, customChanges, diffFields, EventLog, MergeFieldChoice, MergeParticipants, mergeRecordValues,
  requireEditableFields, requirePermission, StaleVersionError, ValidationError,
} from '@crm/core';
import { DataSource, EntityManager } from 'typeorm';
import { Contact, CONTACT_TRACKED_FIELDS } from '../contact/contact.entity';
import { foldLookAlikes } from '../contact/contact.rules';
import { ContactService, derivedColumns } from '../contact/contact.service';
import { ContactDuplicateProbe } from './merge.graphql';

const SCALARS = ['firstName', 'middleName', 'lastName', 'position', 'company', 'birthday', 'preferredChannel', 'language', 'description', 'ownerId', 'territoryId'] as const;
const LISTS = ['phones', 'emails', 'addresses', 'keyDates', 'socialProfiles', 'tags'] as const;
const WEIGHTS = { EMAIL: 0.9, PHONE: 0.8, NAME: 0.5 } as const;

/** 1 − Π(1 − w): independent signals add up without passing 1. */
const combine = (weights: number[]) => 1 - weights.reduce((p, w) => p * (1 - w), 1);

/**
 * Duplicate contacts (ACC-6): candidates before saving, and merge. A merge moves every related
 * record (each module registers its part with MergeParticipants), keeps the loser's code and
 * timeline through the merged-record alias, and is one transaction recorded in the event log.
 */
@Injectable()
export class ContactMergeService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contacts: ContactService,
    private readonly customFields: CustomFieldService,
    private readonly participants: MergeParticipants,
    private readonly events: EventLog,
  ) {}

  onModuleInit() {
    // This module's own records that point at a contact.
    this.participants.register('contact', 'contact', async (tx, { id: loserId }, survivorId) => {
      await tx.query('UPDATE contact.note SET contact_id = $2 WHERE contact_id = $1', [loserId, survivorId]);
      await tx.query('UPDATE contact.attachment SET contact_id = $2 WHERE contact_id = $1', [loserId, survivorId]);
      await tx.query('UPDATE contact.external_id SET contact_id = $2 WHERE contact_id = $1', [loserId, survivorId]);
      await tx.query(
        `INSERT INTO contact.group_member (group_id, contact_id) SELECT group_id, $2 FROM contact.group_member WHERE contact_id = $1 ON CONFLICT DO NOTHING`,
        [loserId, survivorId],
      );
      await tx.query('DELETE FROM contact.group_member WHERE contact_id = $1', [loserId]);
    });
  }

  /** Visible contacts that look like the one being entered: same e-mail, phone, or a similar name. */
  async candidates(actor: Actor, probe: ContactDuplicateProbe, limit = 10) {
    const emails = (probe.emails ?? []).map((e) => e.trim().toLowerCase());
    const phones = (probe.phones ?? []).map((p) => this.contacts.normalisePhone(p)).filter((p): p is string => !!p);
    const name = foldLookAlikes([probe.lastName, probe.firstName, probe.middleName].map((s) => s?.trim()).filter(Boolean).join(' ').toLowerCase());
    const tests = [
      emails.length ? 'c.email_addresses && :emails::text[]' : null,
      phones.length ? 'c.phone_numbers && :phones::text[]' : null,
      name.includes(' ') ? 'c.sort_name % :name' : null,
    ].filter(Boolean);
    if (!tests.length) return [];
    const qb = this.contacts
      .visibleQuery(actor)
      .addSelect(name ? 'similarity(c.sort_name, :name)' : '0', 'name_similarity')
      .andWhere(`(${tests.join(' OR ')})`, { emails, phones, name })
      .limit(50);
    if (probe.excludeId) qb.andWhere('c.id <> :excludeId', { excludeId: probe.excludeId });
    const { entities, raw } = await this.db.transaction(async (m) => {
      await m.query('SET LOCAL pg_trgm.similarity_threshold = 0.6');
      return qb.setQueryRunner(m.queryRunner!).getRawAndEntities();
    });
    const similarity = new Map(raw.map((r: { c_id: string; name_similarity: number }) => [r.c_id, Number(r.name_similarity)]));
    return entities
      .map((contact) => {
        const reasons: (keyof typeof WEIGHTS)[] = [];
        if (contact.emailAddresses.some((e) => emails.includes(e))) reasons.push('EMAIL');
        if (contact.phoneNumbers.some((p) => phones.includes(p))) reasons.push('PHONE');
        if ((similarity.get(contact.id) ?? 0) >= 0.6) reasons.push('NAME');
        const score = combine(reasons.map((r) => (r === 'NAME' ? WEIGHTS.NAME * (similarity.get(contact.id) ?? 0) : WEIGHTS[r])));
        return { contact: this.contacts.mask(actor, contact), reasons, score: Math.round(score * 100) / 100 };
      })
      .filter((c) => c.reasons.length)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  async merge(actor: Actor, input: { survivorId: string; survivorVersion: number; loserId: string; loserVersion: number; fields?: MergeFieldChoice[] | null }) {
    requirePermission(actor, 'contact.merge');
    if (input.survivorId === input.loserId) throw ValidationError.field('loserId', 'must be a different contact than survivorId');
    const result = await this.db.transaction(async (m) => {
      const [survivor, loser] = await this.lockBoth(actor, m, input.survivorId, input.loserId);
      if (survivor.version !== input.survivorVersion) throw new StaleVersionError('Contact', survivor.version);
      if (loser.version !== input.loserVersion) throw new StaleVersionError('Contact', loser.version);
      const merged = mergeRecordValues(survivor, loser, { survivor: survivor.custom, loser: loser.custom }, input.fields ?? [], { scalars: SCALARS, lists: LISTS });
      if (merged.problems.length) throw new ValidationError(merged.problems);
      const changes = {
        ...diffFields(survivor as never, merged.values as never, [...CONTACT_TRACKED_FIELDS]),
        ...customChanges(survivor.custom, merged.custom, [...new Set([...Object.keys(survivor.custom), ...Object.keys(merged.custom)])].filter((k) => JSON.stringify(survivor.custom[k]) !== JSON.stringify(merged.custom[k]))),
      };
      requireEditableFields(actor, 'contact', Object.keys(changes));
      await this.participants.merge(m, 'contact', loser, survivor.id, actor);
      await m.getRepository(Contact).delete({ id: loser.id });
      const next = merged.values;
      Object.assign(survivor, next, { custom: merged.custom }, derivedColumns(next, survivor.code));
      const saved = await m.getRepository(Contact).save(survivor);
      await this.customFields.refreshCompleteness(m, 'contact', [saved.id]);
      const choices = Object.fromEntries((input.fields ?? []).map((c) => [c.field, c.from]));
      await this.events.append(m, actor, {
        type: 'contact.contact.merged', entityType: 'contact', entityId: saved.id, subjectId: saved.id, changes,
        data: { loserId: loser.id, loserCode: loser.code, choices },
      });
      return { contact: saved, loserCode: loser.code };
    });
    await this.contacts.planReminders(result.contact.id);
    return { contact: this.contacts.mask(actor, await this.contacts.get(actor, result.contact.id, { operation: 'mergeContacts', fields: [] })), loserCode: result.loserCode };
  }

  /** Both contacts, locked in id order (no deadlock between two opposite merges); "no such contact" names the field. */
  private async lockBoth(actor: Actor, m: EntityManager, survivorId: string, loserId: string): Promise<[Contact, Contact]> {
    const rows = await this.contacts.visibleQuery(actor, m).andWhere('c.id IN (:...ids)', { ids: [survivorId, loserId] }).orderBy('c.id').setLock('pessimistic_write').getMany();
    const survivor = rows.find((c) => c.id === survivorId);
    const loser = rows.find((c) => c.id === loserId);
    if (!survivor) throw ValidationError.field('survivorId', 'no such contact');
    if (!loser) throw ValidationError.field('loserId', 'no such contact');
    return [survivor, loser];
  }
}
