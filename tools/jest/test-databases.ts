// Loaded by jest's global setup in the parent process. It must not import entities or resolvers:
// their decorators would register in global metadata stores shared with the test workers.
import Redis from 'ioredis';
import { Client } from 'pg';
import { runMigrations } from '../../libs/core/src/lib/database/data-source';
import { dropDatabasesLike, ensureDatabase } from '../../libs/core/src/lib/database/postgres-admin';
import { CORE_MIGRATIONS } from '../../libs/core/src/migrations';
import { CONTACT_MIGRATIONS } from '../../libs/contact/src/migrations';
import { ACCOUNT_MIGRATIONS } from '../../libs/account/src/migrations';
import { SALES_MIGRATIONS } from '../../libs/sales/src/migrations';

export const ALL_MIGRATIONS = [...CORE_MIGRATIONS, ...CONTACT_MIGRATIONS, ...ACCOUNT_MIGRATIONS, ...SALES_MIGRATIONS];
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function assertServicesUp() {
  const pg = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3000 });
  await pg.connect().catch((e: Error) => {
    throw new Error(`PostgreSQL does not answer at ${SERVER_URL} (${e.message}). Start it, or set TEST_DATABASE_URL.`);
  });
  await pg.end();
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await redis.connect().catch((e: Error) => {
    throw new Error(`Redis does not answer at ${REDIS_URL} (${e.message}). Start it, or set TEST_REDIS_URL.`);
  });
  redis.disconnect();
}

export async function prepareTemplate() {
  await assertServicesUp();
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const template = withDatabase(SERVER_URL, `crm_tpl_${runId}`);
  await ensureDatabase(template);
  await runMigrations(template, ALL_MIGRATIONS);
  Object.assign(process.env, { CRM_TEST_RUN: runId, CRM_TEST_TEMPLATE_URL: template, CRM_TEST_REDIS_URL: REDIS_URL });
}

export async function dropRunDatabases() {
  const runId = process.env.CRM_TEST_RUN;
  if (!runId) return;
  await dropDatabasesLike(SERVER_URL, `crm_t_${runId}_`);
  await dropDatabasesLike(SERVER_URL, `crm_tpl_${runId}`);
}
