import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { Actor, CurrentActor, FileUploadInterceptor, RequirePermission, sendStoredFile, uploadedFileName, ValidationError } from '@crm/core';
import type { Response } from 'express';
import { ContactAttachment } from './attachment.entity';
import { downloadUrlOf } from './attachment.rules';
import { AttachmentService } from './attachment.service';

/** The attachment as GraphQL shows it; the storage key and checksum stay on the server. */
function publicAttachment({ storageKey: _storageKey, sha256: _sha256, uploadedBy: _uploadedBy, ...attachment }: ContactAttachment) {
  return { ...attachment, downloadUrl: downloadUrlOf(attachment.id) };
}

/** File transfer stays on REST (multipart and streamed downloads); everything else is GraphQL. */
@Controller('api')
export class AttachmentController {
  constructor(private readonly attachments: AttachmentService) {}

  @RequirePermission('contact.update')
  @Post('contacts/:id/attachments')
  @UseInterceptors(FileUploadInterceptor)
  async upload(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) contactId: string, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw ValidationError.field('file', 'attach a file in the multipart field "file"');
    return { attachment: publicAttachment(await this.attachments.add(actor, contactId, uploadedFileName(file), file.buffer)) };
  }

  @RequirePermission('contact.read')
  @Get('attachments/:id')
  async download(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const attachment = await this.attachments.get(actor, id);
    sendStoredFile(res, { fileName: attachment.fileName, mimeType: attachment.mimeType, path: this.attachments.pathOf(attachment) });
  }
}
