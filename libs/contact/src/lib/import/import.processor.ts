import { Injectable } from '@nestjs/common';
import { JobPayloads, OnJob } from '@crm/core';
import { Job } from 'bullmq';
import { ImportService } from './import.service';

@Injectable()
export class ImportProcessor {
  constructor(private readonly imports: ImportService) {}

  /** Resumable: a retry continues after the last committed batch. The last failed attempt marks the import failed. */
  @OnJob('contact.import.run')
  async run(payload: JobPayloads['contact.import.run'], job: Job): Promise<void> {
    try {
      await this.imports.run(payload.importId);
    } catch (e) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.imports.markFailed(payload.importId, 'The import stopped on an unexpected error; the rows before it were imported.');
      throw e;
    }
  }
}
