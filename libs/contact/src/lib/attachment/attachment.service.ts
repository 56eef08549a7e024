import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, APP_CONFIG, AppConfig, checkFile, EventLog, NotFoundError, requirePermission, safeFileName, storedFilePath, storeFile, ValidationError } from '@crm/core';
import { rm } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { ContactService } from '../contact/contact.service';
import { ContactAttachment } from './attachment.entity';

@Injectable()
export class AttachmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contacts: ContactService,
    private readonly events: EventLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  pathOf(attachment: ContactAttachment): string {
    return storedFilePath(this.config.files.dataDir, attachment.storageKey);
  }

  async add(actor: Actor, contactId: string, originalName: string, content: Buffer): Promise<ContactAttachment> {
    requirePermission(actor, 'contact.update');
    const fileName = safeFileName(originalName);
    const checked = checkFile(fileName, content, this.config.files.attachmentMaxBytes);
    if ('problem' in checked) throw ValidationError.field('file', checked.problem, 'FILE_REFUSED');
    const { storageKey, sha256, path } = await storeFile(this.config.files.dataDir, content);
    try {
      return await this.db.transaction(async (m) => {
        const visible = await this.contacts.visibleQuery(actor, m).andWhere('c.id = :contactId', { contactId }).getExists();
        if (!visible) throw new NotFoundError('Contact');
        const attachment = await m.getRepository(ContactAttachment).save({
          contactId, fileName, mimeType: checked.mimeType, size: content.length, storageKey, sha256, uploadedBy: actor.userId,
        });
        await this.events.append(m, actor, {
          type: 'contact.attachment.added', entityType: 'contact.attachment', entityId: attachment.id, subjectId: contactId, data: { fileName, size: content.length },
        });
        return attachment;
      });
    } catch (e) {
      await rm(path, { force: true });
      throw e;
    }
  }

  /** The attachment if its contact is visible to the actor. */
  async get(actor: Actor, id: string): Promise<ContactAttachment> {
    const attachment = await this.db.getRepository(ContactAttachment).findOne({ where: { id } });
    const visible = attachment && (await this.contacts.visibleQuery(actor).andWhere('c.id = :id', { id: attachment.contactId }).getExists());
    if (!attachment || !visible) throw new NotFoundError('Attachment');
    return attachment;
  }

  listFor(contactIds: readonly string[]): Promise<ContactAttachment[]> {
    return this.db.getRepository(ContactAttachment).createQueryBuilder('a').where('a.contact_id = ANY(:ids)', { ids: contactIds }).orderBy('a.created_at', 'DESC').getMany();
  }

  async delete(actor: Actor, id: string): Promise<string> {
    requirePermission(actor, 'contact.update');
    const attachment = await this.get(actor, id);
    await this.db.transaction(async (m) => {
      await m.getRepository(ContactAttachment).delete({ id });
      await this.events.append(m, actor, {
        type: 'contact.attachment.deleted', entityType: 'contact.attachment', entityId: id, subjectId: attachment.contactId, data: { fileName: attachment.fileName },
      });
    });
    await rm(this.pathOf(attachment), { force: true });
    return id;
  }
}
