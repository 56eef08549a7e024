import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { runWithContext } from '../logging/request-context';
import { JobQueue } from './job-queue.service';
import { JOB_NAMES, JobName, JOBS, QUEUES } from './job-registry';
import { ON_JOB } from './on-job.decorator';

type Handler = (payload: unknown, job: Job) => Promise<unknown>;

export class JobRegistryError extends Error {}

/**
 * Runs the handlers of every declared job. Discovery is strict: the worker refuses to start when
 * a job has no handler or two, so a typo never silently drops work.
 */
@Injectable()
export class JobWorkerHost implements OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The handlers of the loaded modules. The worker loads every module, so a job without a handler
   * (or with two) is a bug; `partial` is for tests that load only some modules.
   */
  discoverHandlers(options: { partial?: boolean } = {}): Map<JobName, Handler> {
    const found = new Map<JobName, Handler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const name = this.reflector.get<JobName | undefined>(ON_JOB, proto[method]);
        if (!name) continue;
        if (!JOBS[name]) throw new JobRegistryError(`@OnJob('${name}') on ${wrapper.name}.${method}: no such job in the registry`);
        const handler = (instance[method] as Handler).bind(instance);
        found.set(name, [...(found.get(name) ?? []), handler]);
      }
    }
    const problems = JOB_NAMES.flatMap((name) => {
      const count = found.get(name)?.length ?? 0;
      return count === 1 || (count === 0 && options.partial) ? [] : [`${name}: ${count} handlers`];
    });
    if (problems.length) throw new JobRegistryError(`Every job needs exactly one handler:\n  ${problems.join('\n  ')}`);
    return new Map([...found].map(([name, [handler]]) => [name, handler]));
  }

  async start(options: { concurrency?: number; schedule?: boolean; partial?: boolean } = {}): Promise<void> {
    const handlers = this.discoverHandlers({ partial: options.partial });
    const connection = { url: this.config.redis.url };
    this.workers = QUEUES.map(
      (queue) =>
        new Worker(
          queue,
          (job) => {
            const handler = handlers.get(job.name as JobName);
            if (!handler) throw new JobRegistryError(`No handler for job ${job.name}`);
            return runWithContext({ jobId: job.id, jobName: job.name }, () => handler(job.data, job));
          },
          { connection, prefix: this.config.redis.queuePrefix, concurrency: options.concurrency ?? 4 },
        ),
    );
    for (const worker of this.workers) {
      worker.on('failed', (job, err) =>
        this.logger.error({ jobId: job?.id, jobName: job?.name, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
      );
      worker.on('error', (err) => this.logger.error({ err: err.message }, 'worker error'));
    }
    if (options.schedule !== false) await this.scheduleRepeats();
  }

  /**
   * Cron jobs are upserted, so N workers booting still leaves one schedule per job. Each also
   * runs once at boot: a sweep that catches up whatever was missed while no worker was running.
   */
  private async scheduleRepeats() {
    for (const name of JOB_NAMES) {
      const def = JOBS[name];
      if (!def.repeat) continue;
      await this.jobs
        .queue(def.queue)
        .upsertJobScheduler(name, { pattern: def.repeat, tz: this.config.locale.timezone }, { name, data: {} });
      await this.jobs.enqueue(name, {} as never, { jobId: `${name}-boot-${Math.floor(Date.now() / 60_000)}` });
    }
  }

  /** Graceful shutdown: running jobs finish, nothing new is taken. */
  async onApplicationShutdown() {
    await Promise.all(this.workers.map((w) => w.close()));
    this.workers = [];
  }
}
