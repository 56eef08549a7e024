import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, decodeCursor, encodeCursor, EventLog, NotFoundError, pageSize, requirePermission, toPage, ValidationError } from '@crm/core';
import { DataSource } from 'typeorm';
import { ContactService } from '../contact/contact.service';
import { ContactNote } from './note.entity';

@Injectable()
export class NoteService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly contacts: ContactService, private readonly events: EventLog) {}

  /** Adding a note is an edit of the contact: it needs contact.update on a visible contact. */
  async add(actor: Actor, contactId: string, bodyText: string): Promise<ContactNote> {
    requirePermission(actor, 'contact.update');
    const body = bodyText.trim();
    if (!body) throw ValidationError.field('body', 'cannot be empty');
    return this.db.transaction(async (m) => {
      const visible = await this.contacts.visibleQuery(actor, m).andWhere('c.id = :contactId', { contactId }).getExists();
      if (!visible) throw new NotFoundError('Contact');
      const note = await m.getRepository(ContactNote).save({ contactId, authorId: actor.userId, body });
      await this.events.append(m, actor, {
        type: 'contact.note.added', entityType: 'contact.note', entityId: note.id, subjectId: contactId, data: { preview: body.slice(0, 140) },
      });
      return note;
    });
  }

  /** Notes of a contact the caller has already loaded through ContactService (so it is visible). */
  async list(contactId: string, first: number | undefined, after: string | null | undefined) {
    const limit = pageSize(first);
    const qb = this.db
      .getRepository(ContactNote)
      .createQueryBuilder('n')
      .where('n.contact_id = :contactId', { contactId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1);
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      qb.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    return { ...toPage(await qb.getMany(), limit), cursor: (n: ContactNote) => encodeCursor([n.createdAt.toISOString(), n.id]) };
  }
}
