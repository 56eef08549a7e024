import 'reflect-metadata';
import { createGatewayApp, createRootLogger, ensureDatabase, loadConfig, PinoNestLogger, runMigrations } from '@crm/core';
import { ALL_MIGRATIONS, DOMAIN_MODULES } from '@crm/modules';
import { seedDemoData } from './cli/seed-demo';

/**
 * `node main.js`          serve the API, the job dashboard and the SPA
 * `node main.js migrate`  create the database if missing and apply migrations
 * `node main.js seed`     load demo data when the database has no users
 */
async function main() {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const command = process.argv[2] ?? 'serve';
  if (command === 'migrate') {
    const created = await ensureDatabase(config.database.url);
    const applied = await runMigrations(config.database.url, ALL_MIGRATIONS);
    logger.info({ created, applied }, 'database ready');
  } else if (command === 'seed') {
    await seedDemoData(config, new PinoNestLogger(logger));
  } else {
    const app = await createGatewayApp(config, DOMAIN_MODULES, logger);
    await app.listen(config.http.port);
    logger.info({ port: config.http.port }, 'gateway listening');
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
