import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createRootLogger, JobWorkerHost, loadConfig, PinoNestLogger } from '@crm/core';
import { WorkerModule } from './worker.module';

/** Runs every job handler; refuses to start if a declared job has no handler or two. SIGTERM lets running jobs finish. */
async function main() {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new PinoNestLogger(logger) });
  app.enableShutdownHooks();
  await app.get(JobWorkerHost).start({ concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) });
  logger.info('worker started');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
