import { Injectable } from '@nestjs/common';
import { JobPayloads, OnJob } from '@crm/core';
import { Job } from 'bullmq';
import { ExportService } from './export.service';

@Injectable()
export class ExportProcessor {
  constructor(private readonly exports: ExportService) {}

  /** Restarts from scratch on retry (the file is rewritten); the last failed attempt marks the export failed. */
  @OnJob('contact.export.run')
  async run(payload: JobPayloads['contact.export.run'], job: Job): Promise<void> {
    try {
      await this.exports.run(payload.exportId);
    } catch (e) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.exports.markFailed(payload.exportId, 'The export stopped on an unexpected error.');
      throw e;
    }
  }
}
