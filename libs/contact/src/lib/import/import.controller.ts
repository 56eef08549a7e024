import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Actor, CurrentActor, RequirePermission, SignedIn, uploadedFileName, ValidationError } from '@crm/core';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { escapeFormula } from './csv-file';
import { ContactImport, CsvEncodingOption } from './import.entity';
import { ImportService } from './import.service';

/** The import as GraphQL shows it: enum names, and none of the internal columns (actor, storage key). */
export function publicImport({ actor: _actor, userId: _userId, storageKey: _storageKey, mapping: _mapping, ...row }: ContactImport) {
  const encoding = Object.entries(CsvEncodingOption).find(([, value]) => value === row.encoding)?.[0];
  return { ...row, encoding };
}

/** Uploads stream to disk (multer storage configured in ContactModule), so a large file never sits in memory. */
@Controller('api/contact-imports')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @RequirePermission('contact.import')
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async upload(@CurrentActor() actor: Actor, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw ValidationError.field('file', 'attach a CSV file in the multipart field "file"');
    return { import: publicImport(await this.imports.upload(actor, 'contact', uploadedFileName(file), file.path)) };
  }

  @SignedIn()
  @Get(':id/problems.csv')
  async problems(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const rows = this.imports.problems(actor, id);
    const first = await rows.next();
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="import-${id}-problems.csv"`);
    // A BOM so Excel opens the UTF-8 file with Cyrillic intact.
    res.write('\uFEFF' + stringify([['line', 'field', 'reason', 'values']]));
    for (let batch = first; !batch.done; batch = await rows.next()) {
      res.write(stringify(batch.value.map((p) => [p.line, p.field, p.reason, ...p.values].map((v) => escapeFormula(String(v))))));
    }
    res.end();
  }
}
