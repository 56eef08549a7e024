// A real stack for the browser tests, started from the BUILT apps (dist/): a fresh PostgreSQL
// database (migrated + demo seed), the gateway (SPA + /graphql on one origin) and the worker.
// `startStack()` returns { baseUrl, stop }. `stop()` kills both processes, drops the database,
// deletes the run's queue keys in Redis and removes the temp dir; on SIGINT/SIGTERM it runs too, and
// on any other exit the processes are killed at once. What a run killed outright (SIGKILL) leaves
// is removed by the next run (databases / temp dirs whose pid is gone).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import pg from 'pg';

export const root = join(import.meta.dirname, '../../..');
export const DEMO_PASSWORD = 'demo-crm-2026';

const PG_ADMIN_URL = process.env.E2E_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const GATEWAY = join(root, 'dist/apps/gateway/main.js');
const WORKER = join(root, 'dist/apps/worker/main.js');
const WEB_DIST = join(root, 'dist/apps/web');

function assertBuilt() {
  const missing = [GATEWAY, WORKER, join(WEB_DIST, 'index.html')].filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(
      `The browser tests run the BUILT apps, and these files are missing:\n  ${missing.join('\n  ')}\n` +
        'Build first: npx nx run-many -t build',
    );
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function dbUrl(name) {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(name) {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Deletes the BullMQ keys of one run (its QUEUE_PREFIX), or those that `filter` accepts. */
async function dropQueues(prefix, filter = () => true) {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      const keys = found.filter(filter);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

const isAlive = (pid) => {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};

/** What an earlier run that was killed outright (no teardown) left: its database, data dir, queues. */
async function removeLeftovers() {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  let dead = [];
  try {
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname ~ '^crm_e2e_[0-9]+$'`);
    dead = rows.map((r) => Number(r.datname.slice('crm_e2e_'.length))).filter((pid) => !isAlive(pid));
  } finally {
    await client.end();
  }
  for (const pid of dead) await dropDatabase(`crm_e2e_${pid}`);
  await dropQueues('crm-e2e-*', (key) => {
    const pid = Number(/^crm-e2e-(\d+):/.exec(key)?.[1]);
    return pid > 0 && !isAlive(pid);
  }).catch(() => {});
  for (const name of readdirSync(tmpdir())) {
    const match = /^crm-e2e-(\d+)-/.exec(name);
    if (match && !isAlive(Number(match[1]))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/** Runs a one-shot CLI command of the gateway (migrate, seed); throws with its output on failure. */
function runCli(args, env) {
  const result = spawnSync(process.execPath, [GATEWAY, ...args], { cwd: root, env, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) {
    throw new Error(`node dist/apps/gateway/main.js ${args.join(' ')} failed (exit ${result.status}, signal ${result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * A child process whose output is kept (last 200 lines) for failure messages. It stays in the test
 * process's group, so a Ctrl-C in the terminal reaches it too.
 */
function startChild(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split('\n')) if (line) lines.push(line);
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let dead = false;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => ((dead = true), resolve({ code, signal }))));
  return {
    name,
    exited,
    get dead() {
      return dead;
    },
    output: () => lines.join('\n'),
    /** SIGTERM (graceful shutdown), then SIGKILL after 5 s. */
    async kill() {
      if (dead) return;
      child.kill('SIGTERM');
      const timeout = sleep(5000).then(() => 'timeout');
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
    killNow() {
      if (!dead) child.kill('SIGKILL');
    },
  };
}

async function waitReady(baseUrl, children, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const dead = children.find((c) => c.dead);
    if (dead) throw new Error(`${dead.name} exited during start-up:\n${dead.output()}`);
    try {
      const res = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
      last = `${res.status} ${await res.text()}`;
    } catch (err) {
      last = err.message;
    }
    await sleep(250);
  }
  throw new Error(`GET ${baseUrl}/health/ready did not answer 200 within ${timeoutMs / 1000} s (last: ${last})\n${children.map((c) => `--- ${c.name}\n${c.output()}`).join('\n')}`);
}

const live = new Set();
let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // Last resort when the test process ends without `stop()`: the processes die synchronously here;
  // the database, queue keys and temp dir are removed by the next run (removeLeftovers).
  process.once('exit', () => {
    for (const stack of live) stack.killNow();
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      // The test runner may already be gone: writing results to its closed pipe must not crash
      // the cleanup.
      for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
      setTimeout(() => process.exit(130), 15_000).unref();
      await Promise.allSettled([...live].map((s) => s.stop()));
      process.exit(130);
    });
  }
}

/**
 * Starts a fresh stack. Options: { worker: true } (start the worker too).
 * Returns { baseUrl, databaseUrl, dataDir, stop, logs }.
 */
export async function startStack({ worker = true } = {}) {
  assertBuilt();
  installExitHooks();
  const id = `${process.pid}`;
  const dbName = `crm_e2e_${id}`;
  const dataDir = mkdtempSync(join(tmpdir(), `crm-e2e-${id}-`));
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl(dbName),
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `crm-e2e-${id}`,
    LOG_LEVEL: 'warn',
    PORT: String(port),
    WEB_DIST,
  };
  const children = [];
  let stopped = false;
  const stack = {
    baseUrl: `http://127.0.0.1:${port}`,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    logs: () => children.map((c) => `--- ${c.name}\n${c.output()}`).join('\n'),
    killNow: () => children.forEach((c) => c.killNow()),
    async stop() {
      if (stopped) return;
      stopped = true;
      const problems = [];
      await Promise.all(children.map((c) => c.kill()));
      try {
        await dropDatabase(dbName);
      } catch (err) {
        problems.push(`drop database ${dbName}: ${err.message}`);
      }
      try {
        await dropQueues(env.QUEUE_PREFIX);
      } catch (err) {
        problems.push(`delete queue keys ${env.QUEUE_PREFIX}:*: ${err.message}`);
      }
      rmSync(dataDir, { recursive: true, force: true });
      live.delete(stack);
      if (problems.length) throw new Error(problems.join('\n'));
    },
  };
  live.add(stack);
  try {
    await removeLeftovers();
    await dropDatabase(dbName); // a leftover from a crashed run that had the same pid
    runCli(['migrate'], env);
    runCli(['seed'], env);
    children.push(startChild('gateway', GATEWAY, env));
    if (worker) children.push(startChild('worker', WORKER, env));
    await waitReady(stack.baseUrl, children);
  } catch (err) {
    await stack.stop().catch(() => {});
    throw err;
  }
  return stack;
}
