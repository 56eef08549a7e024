import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Clock } from '../clock';
import { APP_CONFIG, loadConfig } from '../config/app-config';
import { JobQueue } from './job-queue.service';
import { JOB_NAMES } from './job-registry';
import { JobRegistryError, JobWorkerHost } from './job-worker.service';
import { OnJob } from './on-job.decorator';

@Injectable()
class AllHandlers {
  @OnJob('contact.reminders.plan') plan() {
    return undefined;
  }
  @OnJob('contact.reminder.fire') fire() {
    return undefined;
  }
  @OnJob('contact.import.run') importRun() {
    return undefined;
  }
  @OnJob('contact.export.run') exportRun() {
    return undefined;
  }
  @OnJob('core.customField.index') customFieldIndex() {
    return undefined;
  }
  @OnJob('core.completeness.refresh') completeness() {
    return undefined;
  }
  @OnJob('core.segment.refresh') segmentRefresh() {
    return undefined;
  }
  @OnJob('core.segments.refreshAll') segmentsRefreshAll() {
    return undefined;
  }
  @OnJob('core.duplicates.scan') duplicatesScan() {
    return undefined;
  }
  @OnJob('sales.productTrends.refresh') productTrends() {
    return undefined;
  }
  @OnJob('sales.deals.reprice') reprice() {
    return undefined;
  }
}

@Injectable()
class SecondFireHandler {
  @OnJob('contact.reminder.fire') fireAgain() {
    return undefined;
  }
}

async function hostWith(...providers: (new () => object)[]) {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [JobWorkerHost, JobQueue, Clock, { provide: APP_CONFIG, useValue: loadConfig({}) }, ...providers],
  }).compile();
  return module.get(JobWorkerHost);
}

describe('job handler discovery', () => {
  it('finds exactly one handler per declared job', async () => {
    const handlers = (await hostWith(AllHandlers)).discoverHandlers();
    expect([...handlers.keys()].sort()).toEqual([...JOB_NAMES].sort());
  });

  it('refuses to start when a job has no handler', async () => {
    const host = await hostWith();
    expect(() => host.discoverHandlers()).toThrow(JobRegistryError);
    expect(() => host.discoverHandlers()).toThrow('contact.import.run: 0 handlers');
  });

  it('lets a test load only some modules, but never two handlers for one job', async () => {
    expect([...(await hostWith()).discoverHandlers({ partial: true }).keys()]).toEqual([]);
    const doubled = await hostWith(AllHandlers, SecondFireHandler);
    expect(() => doubled.discoverHandlers({ partial: true })).toThrow('contact.reminder.fire: 2 handlers');
  });

  it('refuses to start when a job has two handlers', async () => {
    const host = await hostWith(AllHandlers, SecondFireHandler);
    expect(() => host.discoverHandlers()).toThrow('contact.reminder.fire: 2 handlers');
  });
});
