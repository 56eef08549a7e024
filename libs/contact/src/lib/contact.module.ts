import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@crm/core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { diskStorage } from 'multer';
import { AttachmentController } from './attachment/attachment.controller';
import { ContactAttachment } from './attachment/attachment.entity';
import { AttachmentResolver } from './attachment/attachment.resolver';
import { AttachmentService } from './attachment/attachment.service';
import { Contact, ContactExternalId } from './contact/contact.entity';
import { ContactFieldResolver, TimelineEventResolver } from './contact/contact.field-resolvers';
import { ContactRecordType } from './contact/contact.record-type';
import { ContactConnectionResolver, ContactResolver } from './contact/contact.resolver';
import { ContactService } from './contact/contact.service';
import { ContactExportTarget } from './export/contact-export.target';
import { ExportController } from './export/export.controller';
import { ExportTargets } from './export/export-target';
import { ContactExport } from './export/export.entity';
import { ExportProcessor } from './export/export.processor';
import { ExportResolver } from './export/export.resolver';
import { ExportService } from './export/export.service';
import { ContactGroup, ContactGroupMember } from './group/group.entity';
import { GroupResolver } from './group/group.resolver';
import { GroupService } from './group/group.service';
import { ContactImportTarget } from './import/contact-import.target';
import { ImportController } from './import/import.controller';
import { ImportTargets } from './import/import-target';
import { ContactImport, ContactImportProblem } from './import/import.entity';
import { ImportProcessor } from './import/import.processor';
import { ImportResolver } from './import/import.resolver';
import { ImportService } from './import/import.service';
import { ContactMergeResolver } from './merge/merge.resolver';
import { ContactMergeService } from './merge/merge.service';
import { ContactNote } from './note/note.entity';
import { NoteResolver } from './note/note.resolver';
import { NoteService } from './note/note.service';
import { ReminderProcessor } from './reminder/reminder.processor';

export const CONTACT_ENTITIES = [Contact, ContactExternalId, ContactNote, ContactAttachment, ContactGroup, ContactGroupMember, ContactImport, ContactImportProblem, ContactExport];

/** Contact management (CON-1..CON-7). Other modules use ContactService through @crm/contact. */
@Module({
  imports: [
    TypeOrmModule.forFeature(CONTACT_ENTITIES),
    // Import uploads stream straight to disk, limited by IMPORT_MAX_BYTES.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const dir = join(config.files.dataDir, 'uploads');
        mkdirSync(dir, { recursive: true });
        return { storage: diskStorage({ destination: dir }), limits: { fileSize: config.files.importMaxBytes, files: 1 } };
      },
    }),
  ],
  controllers: [AttachmentController, ImportController, ExportController],
  providers: [
    ContactService, ContactRecordType, ContactMergeService, NoteService, AttachmentService, GroupService, ImportService, ImportTargets, ContactImportTarget, ExportService, ExportTargets, ContactExportTarget,
    ContactResolver, ContactConnectionResolver, ContactFieldResolver, TimelineEventResolver, NoteResolver, AttachmentResolver, GroupResolver, ImportResolver, ExportResolver, ContactMergeResolver,
    ReminderProcessor, ImportProcessor, ExportProcessor,
  ],
  // MulterModule too: other modules' CSV uploads stream to the same disk storage.
  exports: [ContactService, ImportService, ImportTargets, ExportService, ExportTargets, MulterModule],
})
export class ContactModule {}
