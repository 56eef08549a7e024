import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { Actor, CurrentActor, RequirePermission, ValidationError } from '@crm/core';
import type { Response } from 'express';
import { ContactAttachment } from './attachment.entity';
import { downloadUrlOf } from './attachment.rules';
import { AttachmentService } from './attachment.service';
import { AttachmentUploadInterceptor } from './attachment.upload';

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
  @UseInterceptors(AttachmentUploadInterceptor)
  async upload(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) contactId: string, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw ValidationError.field('file', 'attach a file in the multipart field "file"');
    // Browsers send file names as latin1-decoded UTF-8 bytes.
    const name = Buffer.from(file.originalname, 'latin1').toString('utf8');
    return { attachment: publicAttachment(await this.attachments.add(actor, contactId, name, file.buffer)) };
  }

  @RequirePermission('contact.read')
  @Get('attachments/:id')
  async download(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const attachment = await this.attachments.get(actor, id);
    res.setHeader('Content-Type', attachment.mimeType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // RFC 5987 allows fewer characters than encodeURIComponent keeps; an apostrophe would end the name early.
    const encodedName = encodeURIComponent(attachment.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodedName}`);
    res.sendFile(this.attachments.pathOf(attachment));
  }
}
