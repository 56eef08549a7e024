import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Actor, CurrentActor, RequirePermission, uploadedFileName, ValidationError } from '@crm/core';
import { ImportService, publicImport } from '@crm/contact';

/**
 * Uploads of accounts and of monthly account metrics; the rest of the import (startContactImport,
 * contactImport polling, /api/contact-imports/:id/problems.csv) is shared with contacts.
 */
@Controller('api')
export class AccountImportController {
  constructor(private readonly imports: ImportService) {}

  @RequirePermission('account.import')
  @Post('account-imports')
  @UseInterceptors(FileInterceptor('file'))
  uploadAccounts(@CurrentActor() actor: Actor, @UploadedFile() file?: Express.Multer.File) {
    return this.upload(actor, 'account', file);
  }

  @RequirePermission('account.import')
  @Post('account-metric-imports')
  @UseInterceptors(FileInterceptor('file'))
  uploadMetrics(@CurrentActor() actor: Actor, @UploadedFile() file?: Express.Multer.File) {
    return this.upload(actor, 'account_metric', file);
  }

  private async upload(actor: Actor, entityType: string, file?: Express.Multer.File) {
    if (!file) throw ValidationError.field('file', 'attach a CSV file in the multipart field "file"');
    return { import: publicImport(await this.imports.upload(actor, entityType, uploadedFileName(file), file.path)) };
  }
}
