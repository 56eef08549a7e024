import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, CurrentActor, NotFoundError, RequirePermission } from '@crm/core';
import type { Response } from 'express';
import { ExportStatus } from './export.entity';
import { ExportService } from './export.service';

@Controller('api/contact-exports')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @RequirePermission('contact.export')
  @Get(':id/file')
  async file(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const row = await this.exports.get(actor, id);
    if (row.status !== ExportStatus.COMPLETED) throw new NotFoundError('Export file');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="contacts-${row.createdAt.toISOString().slice(0, 10)}.csv"`);
    res.sendFile(this.exports.pathOf(row));
  }
}
