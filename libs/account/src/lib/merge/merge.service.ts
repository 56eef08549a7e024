import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, APP_CONFIG, AppConfig, CustomFieldService, customChanges, diffFields, EventLog, MergeFieldChoice, MergeParticipants, mergeRecordValues,
  normalizePhone, requireEditableFields, requirePermission, StaleVersionError, ValidationError,
} from '@crm/core';
import { DataSource, EntityManager } from 'typeorm';
import { Account, ACCOUNT_TRACKED_FIELDS } from '../account/account.entity';
import { sortNameOf } from '../account/account.rules';
import { AccountService, derivedColumns } from '../account/account.service';
import { checkInn, checkRegistrationNumber } from '../requisites/requisites.rules';
import { AccountDuplicateProbe } from './merge.graphql';

const SCALARS = ['name', 'legalName', 'parentId', 'industry', 'region', 'size', 'employees', 'website', 'description', 'inn', 'kpp', 'ogrn', 'vatId', 'ownerId', 'territoryId'] as const;
const LISTS = ['kinds', 'phones', 'emails', 'addresses', 'tags', 'bankAccounts', 'competitorPurchases'] as const;
const WEIGHTS = { INN: 0.95, OGRN: 0.95, EMAIL: 0.8, PHONE: 0.7, NAME: 0.6 } as const;

const combine = (weights: number[]) => 1 - weights.reduce((p, w) => p * (1 - w), 1);

/**
 * Duplicate accounts (ACC-6): candidates by tax id, e-mail, phone and fuzzy name before saving,
 * and merge. Also moves account links when two contacts merge.
 */
@Injectable()
export class AccountMergeService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountService,
    private readonly customFields: CustomFieldService,
    private readonly participants: MergeParticipants,
    private readonly events: EventLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    // A merged contact keeps its account memberships (the survivor's link wins where both had one).
    this.participants.register('contact', 'account', async (tx, { id: loserId }, survivorId) => {
      await tx.query(
        `INSERT INTO account.account_contact (account_id, contact_id, role, position, is_primary, since, created_at)
         SELECT account_id, $2, role, position, is_primary, since, created_at FROM account.account_contact WHERE contact_id = $1
         ON CONFLICT (account_id, contact_id) DO UPDATE SET is_primary = account.account_contact.is_primary OR excluded.is_primary`,
        [loserId, survivorId],
      );
      await tx.query('DELETE FROM account.account_contact WHERE contact_id = $1', [loserId]);
    });
    this.participants.register('account', 'account', (tx, loser, survivorId, actor) => this.moveAccountRecords(tx, loser, survivorId, actor));
  }

  /** Everything that points at an account moves to the survivor; where both had the same thing, the survivor's stays. */
  private async moveAccountRecords(tx: EntityManager, loser: { id: string; code: string }, survivorId: string, actor: Actor) {
    const loserId = loser.id;
    const move = (sql: string) => tx.query(sql, [loserId, survivorId]);
    await move('UPDATE account.external_id SET account_id = $2 WHERE account_id = $1');
    await move(
      `INSERT INTO account.account_contact (account_id, contact_id, role, position, is_primary, since, created_at)
       SELECT $2, contact_id, role, position, is_primary AND NOT EXISTS (SELECT 1 FROM account.account_contact p WHERE p.account_id = $2 AND p.is_primary), since, created_at
       FROM account.account_contact WHERE account_id = $1 ON CONFLICT DO NOTHING`,
    );
    await tx.query('DELETE FROM account.account_contact WHERE account_id = $1', [loserId]);
    // Contract numbers are unique per account: a clash keeps both, the loser's marked with its (unique) code.
    await tx.query(
      `UPDATE account.contract k SET account_id = $2,
         number = CASE WHEN EXISTS (SELECT 1 FROM account.contract s WHERE s.account_id = $2 AND s.number = k.number) THEN k.number || ' (' || $3 || ')' ELSE k.number END
       WHERE account_id = $1`,
      [loserId, survivorId, loser.code],
    );
    // A month both accounts have keeps the survivor's value (the loser's stays in the event log).
    await move(
      `UPDATE account.metric_value v SET account_id = $2 WHERE account_id = $1
         AND NOT EXISTS (SELECT 1 FROM account.metric_value s WHERE s.account_id = $2 AND s.metric = v.metric AND s.period = v.period)`,
    );
    // Subsidiaries change parent: each says so on its own timeline.
    const children: { id: string }[] = await tx.query('SELECT id FROM account.account WHERE parent_id = $1 AND id <> $2', [loserId, survivorId]);
    await move('UPDATE account.account SET parent_id = $2, version = version + 1 WHERE parent_id = $1 AND id <> $2');
    for (const child of children) {
      await this.events.append(tx, actor, {
        type: 'account.account.updated', entityType: 'account', entityId: child.id, subjectId: child.id,
        changes: { parentId: { before: loserId, after: survivorId } }, data: { reason: 'merge', loserCode: loser.code },
      });
    }
    await move(
      `UPDATE account.account SET competitor_purchases = (
         SELECT jsonb_agg(CASE WHEN x->>'competitorId' = $1::text THEN jsonb_set(x, '{competitorId}', to_jsonb($2::text)) ELSE x END)
         FROM jsonb_array_elements(competitor_purchases) x)
       WHERE competitor_purchases @> jsonb_build_array(jsonb_build_object('competitorId', $1::text))`,
    );
    // Records shared with a partner account follow the partner.
    await move('UPDATE account.account SET partner_account_id = $2 WHERE partner_account_id = $1');
    await move('UPDATE contact.contact SET partner_account_id = $2 WHERE partner_account_id = $1');
    await move('UPDATE core."user" SET partner_account_id = $2 WHERE partner_account_id = $1');
  }

  /** Visible accounts that look like the one being entered: same INN/OGRN, e-mail, phone, or a similar name. */
  async candidates(actor: Actor, probe: AccountDuplicateProbe, limit = 10) {
    const inn = probe.inn ? checkInn(probe.inn) : null;
    const ogrn = probe.ogrn ? checkRegistrationNumber(probe.ogrn) : null;
    const emails = (probe.emails ?? []).map((e) => e.trim().toLowerCase());
    const phones = (probe.phones ?? []).map((p) => normalizePhone(p, this.config.locale.defaultPhoneRegion as never)?.e164).filter((p): p is string => !!p);
    const name = probe.name ? sortNameOf(probe.name) : '';
    const params = { inn: inn?.ok ? inn.value : null, ogrn: ogrn?.ok ? ogrn.value : null, emails, phones, name };
    const tests = [
      params.inn ? 'a.inn = :inn' : null,
      params.ogrn ? 'a.ogrn = :ogrn' : null,
      emails.length ? 'a.email_addresses && :emails::text[]' : null,
      phones.length ? 'a.phone_numbers && :phones::text[]' : null,
      name.length >= 3 ? 'a.sort_name % :name' : null,
    ].filter(Boolean);
    if (!tests.length) return [];
    const qb = this.accounts
      .visibleQuery(actor)
      .addSelect(name ? 'similarity(a.sort_name, :name)' : '0', 'name_similarity')
      .andWhere(`(${tests.join(' OR ')})`, params)
      .limit(50);
    if (probe.excludeId) qb.andWhere('a.id <> :excludeId', { excludeId: probe.excludeId });
    const { entities, raw } = await this.db.transaction(async (m) => {
      await m.query('SET LOCAL pg_trgm.similarity_threshold = 0.6');
      return qb.setQueryRunner(m.queryRunner!).getRawAndEntities();
    });
    const similarity = new Map(raw.map((r: { a_id: string; name_similarity: number }) => [r.a_id, Number(r.name_similarity)]));
    return entities
      .map((account) => {
        const reasons: (keyof typeof WEIGHTS)[] = [];
        if (params.inn && account.inn === params.inn) reasons.push('INN');
        if (params.ogrn && account.ogrn === params.ogrn) reasons.push('OGRN');
        if (account.emailAddresses.some((e) => emails.includes(e))) reasons.push('EMAIL');
        if (account.phoneNumbers.some((p) => phones.includes(p))) reasons.push('PHONE');
        if ((similarity.get(account.id) ?? 0) >= 0.6) reasons.push('NAME');
        const score = combine(reasons.map((r) => (r === 'NAME' ? WEIGHTS.NAME * (similarity.get(account.id) ?? 0) : WEIGHTS[r])));
        return { account: this.accounts.mask(actor, account), reasons, score: Math.round(score * 100) / 100 };
      })
      .filter((c) => c.reasons.length)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  async merge(actor: Actor, input: { survivorId: string; survivorVersion: number; loserId: string; loserVersion: number; fields?: MergeFieldChoice[] | null }) {
    requirePermission(actor, 'account.merge');
    if (input.survivorId === input.loserId) throw ValidationError.field('loserId', 'must be a different account than survivorId');
    const result = await this.db.transaction(async (m) => {
      const rows = await this.accounts.visibleQuery(actor, m).andWhere('a.id IN (:...ids)', { ids: [input.survivorId, input.loserId] }).orderBy('a.id').setLock('pessimistic_write').getMany();
      const survivor = rows.find((a) => a.id === input.survivorId);
      const loser = rows.find((a) => a.id === input.loserId);
      if (!survivor) throw ValidationError.field('survivorId', 'no such account');
      if (!loser) throw ValidationError.field('loserId', 'no such account');
      if (survivor.version !== input.survivorVersion) throw new StaleVersionError('Account', survivor.version);
      if (loser.version !== input.loserVersion) throw new StaleVersionError('Account', loser.version);
      const merged = mergeRecordValues(survivor, loser, { survivor: survivor.custom, loser: loser.custom }, input.fields ?? [], { scalars: SCALARS, lists: LISTS });
      if (merged.problems.length) throw new ValidationError(merged.problems);
      const values = merged.values;
      if (values.parentId === loser.id) values.parentId = null;
      // The participants re-point references to the loser in SQL; saving the survivor must not write the old ones back.
      values.competitorPurchases = values.competitorPurchases.map((c) => (c.competitorId === loser.id ? { ...c, competitorId: survivor.id } : c));
      if (values.partnerAccountId === loser.id) values.partnerAccountId = survivor.id;
      const changed = [...new Set([...Object.keys(survivor.custom), ...Object.keys(merged.custom)])].filter((k) => JSON.stringify(survivor.custom[k]) !== JSON.stringify(merged.custom[k]));
      const changes = { ...diffFields(survivor as never, values as never, [...ACCOUNT_TRACKED_FIELDS]), ...customChanges(survivor.custom, merged.custom, changed) };
      requireEditableFields(actor, 'account', Object.keys(changes));
      await this.participants.merge(m, 'account', loser, survivor.id, actor);
      await m.getRepository(Account).delete({ id: loser.id });
      Object.assign(survivor, values, { custom: merged.custom }, derivedColumns(values, survivor.code));
      const saved = await m.getRepository(Account).save(survivor);
      await this.customFields.refreshCompleteness(m, 'account', [saved.id]);
      await this.events.append(m, actor, {
        type: 'account.account.merged', entityType: 'account', entityId: saved.id, subjectId: saved.id, changes,
        data: { loserId: loser.id, loserCode: loser.code, choices: Object.fromEntries((input.fields ?? []).map((c) => [c.field, c.from])) },
      });
      return { id: saved.id, loserCode: loser.code };
    });
    return { account: await this.accounts.get(actor, result.id), loserCode: result.loserCode };
  }
}
