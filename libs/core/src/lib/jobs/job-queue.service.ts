import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { Clock } from '../clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobName, JobPayloads, JOBS, QUEUES, QueueName } from './job-registry';

export interface EnqueueOptions {
  /** Same id twice = one job (idempotent enqueueing). BullMQ forbids ":" in ids. */
  jobId?: string;
  /** When the job is due, by the app's Clock; past or absent means now. */
  runAt?: Date;
}

/** The producer side: enqueue a declared job by name. */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, private readonly clock: Clock) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: { url: this.config.redis.url }, prefix: this.config.redis.queuePrefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  allQueues(): Queue[] {
    return QUEUES.map((q) => this.queue(q));
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    const def = JOBS[name];
    // BullMQ runs a delayed job at timestamp + delay; both come from our Clock so "09:00" means 09:00.
    const now = this.clock.now().getTime();
    const delay = options.runAt ? options.runAt.getTime() - now : 0;
    const opts: JobsOptions = {
      jobId: options.jobId,
      timestamp: now,
      delay: delay > 0 ? delay : undefined,
      attempts: def.attempts,
      backoff: { type: 'exponential', delay: def.backoffMs },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
    await this.queue(def.queue).add(name, payload, opts);
  }

  async onModuleDestroy() {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
