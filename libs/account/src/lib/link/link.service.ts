import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, EventLog, isValidLocalDate, NotFoundError, requirePermission, ValidationError } from '@crm/core';
import { cleanText, ContactService } from '@crm/contact';
import { DataSource, EntityManager } from 'typeorm';
import { AccountService } from '../account/account.service';
import { AccountContact } from './account-contact.entity';
import { LinkContactInput } from './link.inputs';

/**
 * Links between contacts and accounts. Linking needs edit rights on the account and sight of the
 * contact; reads only ever return links whose both ends the reader may see.
 */
@Injectable()
export class LinkService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountService,
    private readonly contacts: ContactService,
    private readonly events: EventLog,
  ) {}

  /** Creates or updates the link (role, position, primary flag). */
  async link(actor: Actor, input: LinkContactInput): Promise<AccountContact> {
    requirePermission(actor, 'account.update');
    if (input.since && !isValidLocalDate(input.since)) throw ValidationError.field('since', 'must be a real date written as YYYY-MM-DD');
    return this.db.transaction(async (m) => {
      await this.requireEnds(actor, m, input.accountId, input.contactId);
      const repo = m.getRepository(AccountContact);
      const before = await repo.findOne({ where: { accountId: input.accountId, contactId: input.contactId } });
      const link = repo.create({
        ...(before ?? {}),
        accountId: input.accountId,
        contactId: input.contactId,
        role: input.role === undefined ? before?.role ?? null : cleanText(input.role),
        position: input.position === undefined ? before?.position ?? null : cleanText(input.position),
        isPrimary: input.isPrimary ?? before?.isPrimary ?? false,
        since: input.since === undefined ? before?.since ?? null : input.since,
      });
      // One primary contact per account.
      if (link.isPrimary) await repo.update({ accountId: input.accountId, isPrimary: true }, { isPrimary: false });
      const saved = await repo.save(link);
      await this.events.append(m, actor, {
        type: before ? 'account.contact.linkUpdated' : 'account.contact.linked',
        entityType: 'account',
        entityId: input.accountId,
        subjectId: input.contactId,
        data: { accountId: input.accountId, role: saved.role, position: saved.position, isPrimary: saved.isPrimary },
      });
      return saved;
    });
  }

  async unlink(actor: Actor, accountId: string, contactId: string): Promise<void> {
    requirePermission(actor, 'account.update');
    await this.db.transaction(async (m) => {
      await this.requireEnds(actor, m, accountId, contactId);
      const removed = await m.getRepository(AccountContact).delete({ accountId, contactId });
      if (!removed.affected) throw new NotFoundError('AccountContact');
      await this.events.append(m, actor, { type: 'account.contact.unlinked', entityType: 'account', entityId: accountId, subjectId: contactId, data: { accountId } });
    });
  }

  /** Links of the given accounts to contacts the actor may see (batched for DataLoader). */
  async contactsOf(actor: Actor, accountIds: readonly string[]): Promise<AccountContact[]> {
    return this.contacts
      .visibleQuery(actor)
      .innerJoin(AccountContact, 'l', 'l.contact_id = c.id')
      .select(['l.account_id AS "accountId"', 'l.contact_id AS "contactId"', 'l.role AS role', 'l.position AS position', 'l.is_primary AS "isPrimary"', 'l.since::text AS since', 'l.created_at AS "createdAt"'])
      .andWhere('l.account_id = ANY(:ids)', { ids: accountIds })
      .orderBy('l.is_primary', 'DESC')
      .addOrderBy('c.sort_name')
      .getRawMany<AccountContact>();
  }

  /** Links of the given contacts to accounts the actor may see. */
  async accountsOf(actor: Actor, contactIds: readonly string[]): Promise<AccountContact[]> {
    return this.accounts
      .visibleQuery(actor)
      .innerJoin(AccountContact, 'l', 'l.account_id = a.id')
      .select(['l.account_id AS "accountId"', 'l.contact_id AS "contactId"', 'l.role AS role', 'l.position AS position', 'l.is_primary AS "isPrimary"', 'l.since::text AS since', 'l.created_at AS "createdAt"'])
      .andWhere('l.contact_id = ANY(:ids)', { ids: contactIds })
      .orderBy('a.sort_name')
      .getRawMany<AccountContact>();
  }

  private async requireEnds(actor: Actor, m: EntityManager, accountId: string, contactId: string) {
    if (!(await this.accounts.visibleQuery(actor, m).andWhere('a.id = :id', { id: accountId }).getExists())) throw ValidationError.field('accountId', 'no such account');
    if (!(await this.contacts.visibleQuery(actor, m).andWhere('c.id = :id', { id: contactId }).getExists())) throw ValidationError.field('contactId', 'no such contact');
  }
}
