import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, CurrentActor, NotFoundError, SignedIn } from '@crm/core';
import type { Response } from 'express';
import { ExportStatus } from './export.entity';
import { ExportService } from './export.service';

@Controller('api/contact-exports')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  // Only its owner gets the file (ExportService.get); contacts and accounts share this route.
  @SignedIn()
  @Get(':id/file')
  async file(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const row = await this.exports.get(actor, id);
    if (row.status !== ExportStatus.COMPLETED) throw new NotFoundError('Export file');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${this.exports.fileNameOf(row)}"`);
    res.sendFile(this.exports.pathOf(row));
  }
}
