import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Actor, CurrentActor, RequirePermission, uploadedFileName, ValidationError } from '@crm/core';
import { ImportService, publicImport } from '@crm/contact';

/**
 * Upload of an accounts CSV; the rest of the import (startContactImport, contactImport polling,
 * /api/contact-imports/:id/problems.csv) is shared with contacts.
 */
@Controller('api/account-imports')
export class AccountImportController {
  constructor(private readonly imports: ImportService) {}

  @RequirePermission('account.import')
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async upload(@CurrentActor() actor: Actor, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw ValidationError.field('file', 'attach a CSV file in the multipart field "file"');
    return { import: publicImport(await this.imports.upload(actor, 'account', uploadedFileName(file), file.path)) };
  }
}
