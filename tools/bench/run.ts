// `npm run bench -- <scenario[,scenario…]|all> --size S|M|L [--rounds N] [--seconds N] [--connections N] [--quick]`
// Runs each scenario's subject (our API over HTTP) and its baselines — A: the same SQL straight
// through pg; B: a bare node:http + pg handler — alternately, round after round, after a warm-up.
// Figures are ratios measured in the same run, because these machines are noisy. Prints a table
// and writes tmp/bench/<size>-<time>.json (machine, versions, PostgreSQL settings, raw numbers).
import autocannon from 'autocannon';
import Redis from 'ioredis';
import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { BENCH_PASSWORD, Dataset, prepareDataset, Size, SIZES } from './dataset';
import { Context, postGraphql, Scenario, SCENARIOS, SEGMENT_FILTER, Target } from './scenarios';
import { TrialResult, TRIALS } from './trials';

const root = join(__dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const size = option('size', 'S').toUpperCase() as Size;
const rounds = Number(option('rounds', '5'));
const seconds = Number(option('seconds', '5'));
const connections = Number(option('connections', '10'));
/** Smaller trials (import rows, reminders, rows scrolled) for the CI smoke run. */
const quick = args.includes('--quick');
const wanted = args.find((a, i) => !a.startsWith('--') && !['--size', '--rounds', '--seconds', '--connections'].includes(args[i - 1])) ?? 'all';

interface Sample {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

const log = (line: string) => console.log(line);

async function main() {
  if (!SIZES[size]) throw new Error(`--size must be S, M or L, not ${size}`);
  const names = wanted === 'all' ? [...SCENARIOS, ...TRIALS].map((s) => s.name) : wanted.split(',');
  const unknown = names.filter((n) => ![...SCENARIOS, ...TRIALS].some((s) => s.name === n));
  if (unknown.length) throw new Error(`no scenario "${unknown.join(', ')}"; there are: ${[...SCENARIOS, ...TRIALS].map((s) => s.name).join(', ')}, all`);
  const scenarios = SCENARIOS.filter((s) => names.includes(s.name));
  const trials = TRIALS.filter((t) => names.includes(t.name));
  const data = await prepareDataset(size, log);
  const missing = ['gateway', 'worker', 'web'].filter((app) => !existsSync(join(root, 'dist/apps', app, app === 'web' ? 'index.html' : 'main.js')));
  if (missing.length) {
    log(`building ${missing.join(', ')} (npx nx run-many -t build)`);
    const built = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...missing], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  }
  const ctx = await contextOf(data);
  const gatewayPort = 3900;
  const barePort = 3901;
  const appEnv = {
    ...process.env, DATABASE_URL: data.url, QUEUE_PREFIX: `bench-${process.pid}`, DATA_DIR: join(root, 'tmp/bench/data'), LOG_LEVEL: 'warn', NODE_ENV: 'production',
  };
  const gateway = await startGateway(appEnv, gatewayPort);
  const bare = await startBare(ctx, barePort);
  const pool = new Pool({ connectionString: data.url, max: connections });
  const workers: ChildProcess[] = [];
  let failed = false;
  try {
    const cookie = await signIn(gatewayPort, data.whale.email);
    const results = [];
    for (const scenario of scenarios) {
      log(`\n${scenario.name}: ${scenario.what}`);
      results.push(await measure(scenario, ctx, { gatewayPort, barePort, cookie, pool }));
    }
    const trialResults: TrialResult[] = [];
    for (const trial of trials) {
      log(`\n${trial.name}: ${trial.what}`);
      // A trial that fails is reported as such; the others' figures still count.
      trialResults.push(
        await trial.run({
          ctx, pool, root, gatewayPort, cookie, appEnv, quick, log,
          startWorker: async () => {
            const worker = spawn('node', [join(root, 'dist/apps/worker/main.js')], { cwd: root, env: appEnv, stdio: ['ignore', 'inherit', 'inherit'] });
            workers.push(worker);
            await new Promise((r) => setTimeout(r, 3_000)); // the worker has no port to poll; it connects in well under this
            if (worker.exitCode !== null) throw new Error(`the worker exited with ${worker.exitCode}`);
            return worker;
          },
        }).catch((err: Error) => ({ scenario: trial.name, what: trial.what, figures: {}, misses: [`failed: ${err.message}`] })),
      );
      failed ||= trialResults[trialResults.length - 1].misses.some((m) => m.startsWith('failed: '));
    }
    report(results, trialResults, await machine(data.url));
    if (failed) process.exitCode = 1;
  } finally {
    await pool.end();
    gateway.kill();
    bare.kill();
    workers.forEach((w) => w.kill('SIGKILL'));
    await removeQueueKeys(appEnv.QUEUE_PREFIX);
  }
}

/** The run's job queues live under their own Redis prefix; nothing of them is needed afterwards. */
async function removeQueueKeys(prefix: string) {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    const stream = redis.scanStream({ match: `${prefix}:*`, count: 1000 });
    for await (const keys of stream) if ((keys as string[]).length) await redis.del(...(keys as string[]));
  } finally {
    redis.disconnect();
  }
}

/** The whale's scope for the baselines, and a cursor deep into their contact list. */
async function contextOf(data: Dataset): Promise<Context> {
  const client = new Client({ connectionString: data.url });
  await client.connect();
  try {
    const [{ team_id: teamId }] = (await client.query(`SELECT team_id FROM core."user" WHERE id = $1`, [data.whale.id])).rows;
    // The list scenarios' filter: the whale's contacts in one custom-field segment.
    const listed = `owner_id = $1 AND custom @> $2::jsonb`;
    const segment = JSON.stringify({ segment: SEGMENT_FILTER.value });
    const [{ count }] = (await client.query(`SELECT count(*)::int AS count FROM contact.contact WHERE ${listed}`, [data.whale.id, segment])).rows;
    // Page 1000 when the list has it, else the middle page.
    const page = Math.min(999, Math.floor(count / 50 / 2));
    const [row] = (await client.query(`SELECT sort_name, id FROM contact.contact WHERE ${listed} ORDER BY sort_name, id OFFSET $3 LIMIT 1`, [data.whale.id, segment, page * 50 - 1])).rows;
    const deepCursor = row ? { sortName: row.sort_name, id: row.id, encoded: Buffer.from(JSON.stringify([row.sort_name, row.id])).toString('base64url') } : null;
    log(`context: the whale's list holds ${count} contacts; list-deep reads page ${page + 1}`);
    return { data, teamId, userId: data.whale.id, deepCursor };
  } finally {
    await client.end();
  }
}

async function waitFor(url: string, child: ChildProcess, what: string) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url}`);
}

async function startGateway(appEnv: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn('node', [join(root, 'dist/apps/gateway/main.js')], {
    cwd: root,
    env: { ...appEnv, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/health/ready`, child, 'the gateway');
  return child;
}

async function startBare(ctx: Context, port: number): Promise<ChildProcess> {
  const child = fork(join(__dirname, 'bare-server.ts'), [], { env: { ...process.env, PORT: String(port), BENCH_CONTEXT: JSON.stringify(ctx) }, execArgv: process.execArgv });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
  return child;
}

async function signIn(port: number, email: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', variables: { i: { email, password: BENCH_PASSWORD } } }),
  });
  const cookie = res.headers.get('set-cookie');
  if (!res.ok || !cookie) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0];
}

/** Load on our API through autocannon; every request is a different call of the scenario. */
function hitGateway(scenario: Scenario, ctx: Context, port: number, cookie: string, duration: number): Promise<Sample> {
  let call = 0;
  return load({
    url: `http://127.0.0.1:${port}/graphql`, connections, duration,
    requests: [{
      method: 'POST',
      setupRequest: (req) => ({ ...req, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(scenario.graphql(ctx, call++)) }),
    }],
  });
}

function hitBare(scenario: Scenario, port: number, duration: number): Promise<Sample> {
  let call = 0;
  return load({
    url: `http://127.0.0.1:${port}`, connections, duration,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/${scenario.name}?i=${call++}` }) }],
  });
}

/** Runs autocannon, keeping every response time: its summary has no p95, and percentiles here come from all samples. */
function load(options: autocannon.Options): Promise<Sample> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, result) => {
      if (err) return reject(err);
      resolve({ ...percentiles(latencies), rps: latencies.length / (options.duration as number), errors: result.errors + result.non2xx });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function percentiles(latencies: number[]): Pick<Sample, 'p50' | 'p95' | 'p99'> {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Baseline A: `connections` concurrent loops issuing the SQL straight through pg. */
async function hitSql(scenario: Scenario, ctx: Context, pool: Pool, duration: number): Promise<Sample> {
  const latencies: number[] = [];
  const until = Date.now() + duration * 1000;
  let call = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const started = process.hrtime.bigint();
        await scenario.sql(pool, ctx, call++).catch(() => errors++);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  return { ...percentiles(latencies), rps: latencies.length / duration, errors };
}

async function measure(scenario: Scenario, ctx: Context, env: { gatewayPort: number; barePort: number; cookie: string; pool: Pool }) {
  // One call of each side first: a GraphQL error still answers 200, which the load would count as a success.
  await postGraphql(env.gatewayPort, env.cookie, scenario.graphql(ctx, 0));
  await scenario.sql(env.pool, ctx, 0);
  const quality = scenario.quality ? await scenario.quality(ctx, (request) => postGraphql(env.gatewayPort, env.cookie, request)) : undefined;
  if (quality) log(`  ${quality.summary}`);
  try {
    return { ...(await measureLoad(scenario, ctx, env)), quality };
  } finally {
    await scenario.cleanup?.(env.pool, ctx);
  }
}

async function measureLoad(scenario: Scenario, ctx: Context, env: { gatewayPort: number; barePort: number; cookie: string; pool: Pool }) {
  // Warm-up: plans, caches and JIT for all three.
  await hitGateway(scenario, ctx, env.gatewayPort, env.cookie, 1);
  await hitSql(scenario, ctx, env.pool, 1);
  await hitBare(scenario, env.barePort, 1);
  const samples: { ours: Sample; a: Sample; b: Sample }[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate the order each round so drift in the machine's load does not favour one side.
    const order = r % 2 ? ['b', 'a', 'ours'] : ['ours', 'a', 'b'];
    const round = {} as { ours: Sample; a: Sample; b: Sample };
    for (const who of order) {
      if (who === 'ours') round.ours = await hitGateway(scenario, ctx, env.gatewayPort, env.cookie, seconds);
      if (who === 'a') round.a = await hitSql(scenario, ctx, env.pool, seconds);
      if (who === 'b') round.b = await hitBare(scenario, env.barePort, seconds);
    }
    samples.push(round);
    log(`  round ${r + 1}: ours ${fmt(round.ours)} | A ${fmt(round.a)} | B ${fmt(round.b)}`);
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  const figures = {
    ours: summarise(samples.map((s) => s.ours)),
    a: summarise(samples.map((s) => s.a)),
    b: summarise(samples.map((s) => s.b)),
    ratioA: median(samples.map((s) => s.ours.rps / s.a.rps)),
    ratioB: median(samples.map((s) => s.ours.rps / s.b.rps)),
  };
  return { scenario: scenario.name, what: scenario.what, target: scenario.target, ...figures, verdict: verdict(scenario.target, figures), rounds: samples };
}

function summarise(samples: Sample[]): Sample {
  const median = (pick: (s: Sample) => number) => [...samples.map(pick)].sort((x, y) => x - y)[Math.floor(samples.length / 2)];
  return { rps: median((s) => s.rps), p50: median((s) => s.p50), p95: median((s) => s.p95), p99: median((s) => s.p99), errors: samples.reduce((n, s) => n + s.errors, 0) };
}

function verdict(target: Target, f: { ours: Sample; a: Sample; ratioA: number; ratioB: number }): { pass: boolean; misses: string[] } {
  const misses: string[] = [];
  if (f.ours.errors) misses.push(`${f.ours.errors} failed requests`);
  if (target.minRatioA !== undefined && f.ratioA < target.minRatioA) misses.push(`ours/A ${f.ratioA.toFixed(2)} < ${target.minRatioA}`);
  if (target.minRatioB !== undefined && f.ratioB < target.minRatioB) misses.push(`ours/B ${f.ratioB.toFixed(2)} < ${target.minRatioB}`);
  if (target.maxP99 !== undefined && f.ours.p99 > target.maxP99) misses.push(`p99 ${f.ours.p99.toFixed(1)} ms > ${target.maxP99} ms`);
  if (target.maxP95 !== undefined && f.ours.p95 > target.maxP95) misses.push(`p95 ${f.ours.p95.toFixed(1)} ms > ${target.maxP95} ms`);
  if (target.maxP95VsA && f.ours.p95 > f.a.p95 * target.maxP95VsA.times + target.maxP95VsA.plusMs) {
    misses.push(`p95 ${f.ours.p95.toFixed(1)} ms > ${target.maxP95VsA.times} × A's ${f.a.p95.toFixed(1)} ms + ${target.maxP95VsA.plusMs} ms`);
  }
  return { pass: !misses.length, misses };
}

const verdictText = (misses: string[]) => (misses.length ? `misses: ${misses.join('; ')}` : 'meets target');
const fmt = (s: Sample) => `${s.rps.toFixed(0)} req/s p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} p99 ${s.p99.toFixed(1)} ms`;

async function machine(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const settings = (await client.query(`SELECT name, setting FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit', 'synchronous_commit')`)).rows;
    const [{ version }] = (await client.query('SELECT version()')).rows;
    return { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: version, settings };
  } finally {
    await client.end();
  }
}

function report(results: Awaited<ReturnType<typeof measure>>[], trials: TrialResult[], facts: Awaited<ReturnType<typeof machine>>) {
  log(`\nsize ${size} · ${rounds} rounds × ${seconds} s · ${connections} connections · ${facts.cpus} CPUs · ${facts.node}`);
  log('scenario      ours req/s  p50   p95   p99 ms |  A req/s  A p95 |  B req/s | ours/A ours/B | verdict');
  for (const r of results) {
    log(
      `${r.scenario.padEnd(13)} ${r.ours.rps.toFixed(0).padStart(10)} ${r.ours.p50.toFixed(1).padStart(5)} ${r.ours.p95.toFixed(1).padStart(5)} ${r.ours.p99.toFixed(1).padStart(6)}   | ` +
        `${r.a.rps.toFixed(0).padStart(8)} ${r.a.p95.toFixed(1).padStart(6)} | ${r.b.rps.toFixed(0).padStart(8)} | ${r.ratioA.toFixed(2).padStart(6)} ${r.ratioB.toFixed(2).padStart(6)} | ` +
        verdictText([...r.verdict.misses, ...(r.quality?.misses ?? [])]),
    );
  }
  for (const t of trials) {
    log(`${t.scenario.padEnd(13)} ${Object.entries(t.figures).map(([k, v]) => `${k} ${v}`).join(', ')} | ${verdictText(t.misses)}`);
  }
  const dir = join(root, 'tmp/bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${size}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ size, rounds, seconds, connections, quick, machine: facts, results, trials }, null, 2));
  log(`\nraw figures: ${file}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
