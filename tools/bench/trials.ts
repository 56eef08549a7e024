/// <reference lib="dom" />
// Scenarios that are not request/response loads: a CSV import through the real import job, key-date
// reminders fired by the real worker (killed and restarted on the way), and the SPA's size and DOM
// in Chromium. Each measures its subject and, where there is one, its baseline in the same run.
import { Clock, JobQueue, loadConfig } from '@crm/core';
import { ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { gzipSync } from 'node:zlib';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { chromium } from 'playwright-core';
import { BENCH_PASSWORD } from './dataset';
import { Context, postGraphql, removeContactsAt } from './scenarios';

export interface TrialEnv {
  ctx: Context;
  pool: Pool;
  root: string;
  gatewayPort: number;
  /** The whale's session cookie. */
  cookie: string;
  /** Environment the gateway runs with (database, queue prefix, data dir): the worker gets the same. */
  appEnv: NodeJS.ProcessEnv;
  startWorker(): Promise<ChildProcess>;
  /** Smaller volumes for the CI smoke run. */
  quick: boolean;
  log(line: string): void;
}

export interface TrialResult {
  scenario: string;
  what: string;
  figures: Record<string, number | string>;
  misses: string[];
}

export interface Trial {
  name: string;
  what: string;
  run(env: TrialEnv): Promise<TrialResult>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

/** Rows the import trial writes carry this e-mail domain, so they can be removed afterwards. */
const IMPORT_DOMAIN = 'import.bench.test';

/**
 * The import file: 94 % new people, 5 % duplicates (half of people already in the CRM, half of rows
 * earlier in the file), 1 % invalid (a broken e-mail). Phones typed the way people type them.
 */
function importFile(path: string, rows: number, knownPhones: string[]) {
  const lines = ['Фамилия;Имя;Телефон;E-mail;Должность'];
  const families = ['Орлов', 'Зайцева', 'Лебедев', 'Морозова', 'Parker', 'Ковалёв'];
  const given = ['Игорь', 'Наталья', 'Сергей', 'Ольга', 'Mary', 'Денис'];
  for (let i = 0; i < rows; i++) {
    const digits = String((i * 7907) % 10_000_000).padStart(7, '0');
    let phone = `8 (812) ${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
    let email = `row${i}@${IMPORT_DOMAIN}`;
    const kind = i % 100;
    if (kind < 3 && knownPhones.length) phone = knownPhones[i % knownPhones.length];
    else if (kind < 5 && i > 100) email = `row${i - 50}@${IMPORT_DOMAIN}`;
    else if (kind === 5) email = `row${i}@@${IMPORT_DOMAIN}`;
    lines.push([families[i % 6], given[(i >> 3) % 6], phone, email, i % 7 ? 'Менеджер' : ''].join(';'));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

const importTrial: Trial = {
  name: 'import',
  what: 'CSV import (5 % duplicates, 1 % invalid) through upload, the real import job and its progress, vs COPY + one set-based dedupe',
  async run(env) {
    const rows = env.quick ? 2_000 : 100_000;
    mkdirSync(join(env.root, 'tmp/bench'), { recursive: true });
    const file = join(env.root, `tmp/bench/import-${rows}.csv`);
    importFile(file, rows, env.ctx.data.samples.teamPhones.map((p) => `+7 ${p.slice(2, 5)} ${p.slice(5, 8)}-${p.slice(8, 10)}-${p.slice(10)}`));
    const worker = await env.startWorker();
    await removeContactsAt(env.pool, IMPORT_DOMAIN);
    try {
      // Ours: upload, map, start, then poll the progress like the SPA does.
      const started = Date.now();
      const form = new FormData();
      form.append('file', new Blob([readFileSync(file)], { type: 'text/csv' }), 'contacts.csv');
      const res = await fetch(`http://127.0.0.1:${env.gatewayPort}/api/contact-imports`, { method: 'POST', headers: { cookie: env.cookie, 'x-crm-csrf': '1' }, body: form });
      if (!res.ok) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
      const { import: uploaded } = (await res.json()) as { import: { id: string } };
      await postGraphql(env.gatewayPort, env.cookie, {
        query: 'mutation($i: StartContactImportInput!) { startContactImport(input: $i) { import { id } } }',
        variables: { i: { id: uploaded.id, onDuplicate: 'SKIP', mapping: ['lastName', 'firstName', 'phone', 'email', 'position'].map((field, column) => ({ column, field })) } },
      });
      let last = { processedRows: 0, at: Date.now() };
      let longestSilence = 0;
      let done: { status: string; processedRows: number; createdCount: number; skippedCount: number; rejectedCount: number };
      for (;;) {
        await sleep(200);
        done = (
          await postGraphql<{ contactImport: typeof done }>(env.gatewayPort, env.cookie, {
            query: 'query($id: String!) { contactImport(id: $id) { status processedRows createdCount skippedCount rejectedCount } }',
            variables: { id: uploaded.id },
          })
        ).contactImport;
        if (done.processedRows !== last.processedRows) {
          longestSilence = Math.max(longestSilence, Date.now() - last.at);
          last = { processedRows: done.processedRows, at: Date.now() };
        }
        if (done.status === 'COMPLETED' || done.status === 'FAILED') break;
        if (Date.now() - last.at > 120_000) throw new Error(`the import made no progress for 2 minutes (status ${done.status})`);
      }
      const oursSeconds = (Date.now() - started) / 1000;
      env.log(`  ours: ${done.status}, ${done.createdCount} created, ${done.skippedCount} duplicates, ${done.rejectedCount} rejected in ${oursSeconds.toFixed(1)} s; progress at least every ${(longestSilence / 1000).toFixed(1)} s`);
      await removeContactsAt(env.pool, IMPORT_DOMAIN);

      // Baseline: COPY the file into a staging table, then one INSERT … SELECT that normalises,
      // drops invalid rows and duplicates (in the file and against the CRM) and numbers the codes.
      const baseStarted = Date.now();
      const client = await env.pool.connect();
      let baseCreated = 0;
      try {
        await client.query('BEGIN');
        await client.query('CREATE TEMP TABLE staging (last_name text, first_name text, phone text, email text, position text) ON COMMIT DROP');
        await pipeline(createReadStream(file), client.query(copyFrom(`COPY staging FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';')`)));
        const inserted = await client.query(
          `WITH rows AS (
             SELECT last_name, first_name, position, lower(email) AS email,
                    '+7' || right(regexp_replace(phone, '\\D', '', 'g'), 10) AS phone
               FROM staging WHERE email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
           known AS (SELECT unnest(phone_numbers) AS key FROM contact.contact UNION ALL SELECT unnest(email_addresses) FROM contact.contact),
           fresh AS (
             SELECT DISTINCT ON (email) * FROM rows r
              WHERE NOT EXISTS (SELECT 1 FROM known k WHERE k.key = r.phone) AND NOT EXISTS (SELECT 1 FROM known k WHERE k.key = r.email)
              ORDER BY email),
           coded AS (SELECT *, nextval('core.customer_code_seq') AS n FROM fresh)
           INSERT INTO contact.contact (code, first_name, last_name, full_name, sort_name, position, phones, phone_numbers, emails, email_addresses, owner_id, territory_id, search_text, version)
           SELECT 'C-' || lpad(n::text, 7, '0') || '-0', first_name, last_name, last_name || ' ' || first_name, lower(last_name || ' ' || first_name), position,
                  jsonb_build_array(jsonb_build_object('number', phone, 'kind', 'MOBILE')), ARRAY[phone], jsonb_build_array(jsonb_build_object('address', email, 'kind', 'WORK')), ARRAY[email],
                  $1, NULL, lower(last_name || ' ' || first_name) || ' ' || email || ' ' || substr(phone, 2), 1
             FROM coded`,
          [env.ctx.userId],
        );
        baseCreated = inserted.rowCount ?? 0;
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
      const baseSeconds = (Date.now() - baseStarted) / 1000;
      env.log(`  baseline: ${baseCreated} created in ${baseSeconds.toFixed(1)} s`);
      const ratio = baseSeconds / oursSeconds;
      const rate = rows / oursSeconds;
      const misses: string[] = [];
      if (done.status !== 'COMPLETED') misses.push(`the import ended ${done.status}`);
      if (ratio < 0.1) misses.push(`ours/baseline ${ratio.toFixed(3)} < 0.1`);
      if (rate < 5000) misses.push(`${rate.toFixed(0)} rows/s < 5,000`);
      if (longestSilence > 2000) misses.push(`progress silent for ${(longestSilence / 1000).toFixed(1)} s > 2 s`);
      return {
        scenario: this.name, what: this.what, misses,
        figures: {
          rows, fileMB: Number((statSync(file).size / 2 ** 20).toFixed(1)), oursSeconds, oursRowsPerSecond: Math.round(rate), created: done.createdCount, skipped: done.skippedCount,
          rejected: done.rejectedCount, longestProgressGapSeconds: longestSilence / 1000, baselineSeconds: baseSeconds, baselineCreated: baseCreated, ratio: Number(ratio.toFixed(3)),
        },
      };
    } finally {
      await removeContactsAt(env.pool, IMPORT_DOMAIN);
      worker.kill('SIGKILL');
    }
  },
};

const remindersTrial: Trial = {
  name: 'reminders',
  what: 'key-date reminders: many due over a window plus a burst due in the same second; the worker is killed and restarted once',
  async run(env) {
    const spread = env.quick ? 200 : 10_000;
    const burst = env.quick ? 50 : 1_000;
    const windowMs = env.quick ? 10_000 : 600_000;
    // People whose birthday is today, each with one reminder due at a chosen instant.
    const today = new Date().toISOString().slice(0, 10);
    const ids: string[] = (await env.pool.query(`SELECT id FROM contact.contact ORDER BY id LIMIT $1`, [spread + burst])).rows.map((r) => r.id);
    await env.pool.query(`DELETE FROM core.notification WHERE kind = 'contact.key-date'`);
    await env.pool.query(`UPDATE contact.contact SET birthday = $2 WHERE id = ANY($1)`, [ids, `${Number(today.slice(0, 4)) - 30}${today.slice(4)}`]);
    const queue = new JobQueue(loadConfig(env.appEnv), new Clock());
    let worker = await env.startWorker();
    try {
      const t0 = Date.now() + 5_000;
      const due = new Map<string, number>();
      ids.forEach((id, k) => due.set(id, k < spread ? t0 + Math.floor((k * windowMs) / spread) : t0 + Math.floor(windowMs / 2)));
      for (const [contactId, at] of due) {
        await queue.enqueue('contact.reminder.fire', { contactId, occasion: 'birthday', on: today }, { jobId: `bench-${contactId}-${today}`, runAt: new Date(at) });
      }
      env.log(`  ${spread} reminders over ${windowMs / 1000} s and ${burst} due at once; the worker is killed at ${((windowMs * 0.3) / 1000).toFixed(0)} s`);
      await sleep(Math.max(0, t0 + windowMs * 0.3 - Date.now()));
      // Killed outright and started again at once, as a supervisor would.
      worker.kill('SIGKILL');
      worker = await env.startWorker();
      // Wait for the window to pass, then for stragglers (stalled jobs are retried after 30 s).
      const expected = ids.length;
      const deadline = t0 + windowMs + 60_000;
      let delivered = 0;
      while (Date.now() < deadline) {
        delivered = (await env.pool.query(`SELECT count(*)::int AS n FROM core.notification WHERE kind = 'contact.key-date'`)).rows[0].n;
        if (delivered >= expected && Date.now() > t0 + windowMs) break;
        await sleep(1_000);
      }
      const rows: { key: string; at: Date }[] = (await env.pool.query(`SELECT dedupe_key AS key, created_at AS at FROM core.notification WHERE kind = 'contact.key-date'`)).rows;
      const byContact = new Map<string, number>();
      const lateness: number[] = [];
      for (const r of rows) {
        const contactId = r.key.split(':')[1];
        byContact.set(contactId, (byContact.get(contactId) ?? 0) + 1);
        lateness.push(r.at.getTime() - due.get(contactId)!);
      }
      const early = lateness.filter((ms) => ms < 0).length;
      const lost = ids.filter((id) => !byContact.has(id)).length;
      const duplicates = [...byContact.values()].filter((n) => n > 1).length;
      const p50 = quantile(lateness, 0.5);
      const p99 = quantile(lateness, 0.99);
      const max = quantile(lateness, 1);
      env.log(`  delivered ${rows.length}/${expected}: lateness p50 ${p50} ms, p99 ${p99} ms, max ${max} ms; ${early} early, ${lost} lost, ${duplicates} duplicates`);
      const misses: string[] = [];
      if (p99 > 1000) misses.push(`lateness p99 ${p99} ms > 1 s`);
      if (early) misses.push(`${early} early`);
      if (lost) misses.push(`${lost} lost`);
      if (duplicates) misses.push(`${duplicates} duplicates`);
      return { scenario: this.name, what: this.what, misses, figures: { reminders: expected, windowSeconds: windowMs / 1000, latenessP50Ms: p50, latenessP99Ms: p99, latenessMaxMs: max, early, lost, duplicates } };
    } finally {
      worker.kill('SIGKILL');
      await queue.onModuleDestroy();
      await env.pool.query(`UPDATE contact.contact SET birthday = NULL WHERE id = ANY($1)`, [ids]);
      await env.pool.query(`DELETE FROM core.notification WHERE kind = 'contact.key-date'`);
    }
  },
};

const KB = 1024;

/** First-load JavaScript: the entry script and what index.html preloads; every other chunk loads on a route. */
function bundleSizes(webDist: string) {
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const chunks = readdirSync(join(webDist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `assets/${f}`, gzip: gzipSync(readFileSync(join(webDist, 'assets', f))).length }));
  const first = chunks.filter((c) => initial.has(c.file)).reduce((n, c) => n + c.gzip, 0);
  const lazy = chunks.filter((c) => !initial.has(c.file)).sort((a, b) => b.gzip - a.gzip);
  return { first, largest: lazy[0] ?? { file: '-', gzip: 0 } };
}

const spaTrial: Trial = {
  name: 'spa',
  what: 'SPA: first-load JavaScript and route chunks (gzip); DOM nodes while scrolling through a 10,000-row contact list in Chromium',
  async run(env) {
    const webDist = join(env.root, 'dist/apps/web');
    const sizes = bundleSizes(webDist);
    env.log(`  first load ${(sizes.first / KB).toFixed(1)} KB gzip; largest route chunk ${sizes.largest.file} ${(sizes.largest.gzip / KB).toFixed(1)} KB`);
    const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
    if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    const total = Number((await env.pool.query('SELECT count(*) AS n FROM contact.contact')).rows[0].n);
    const wanted = Math.min(total, env.quick ? 1_000 : 10_000);
    let maxNodes = 0;
    let loaded = 0;
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`http://127.0.0.1:${env.gatewayPort}/contacts`);
      await page.getByTestId('signin-email').fill(env.ctx.data.admin);
      await page.getByTestId('signin-password').fill(BENCH_PASSWORD);
      await page.getByTestId('signin-submit').click();
      await page.getByTestId('contact-list').locator('[data-row-id]').first().waitFor({ timeout: 30_000 });
      // Scroll to the end again and again: each time the list loads the next page of 50. The
      // virtual list's height tells how many rows are loaded.
      const started = Date.now();
      let grewAt = started;
      while (loaded < wanted && Date.now() - grewAt < 15_000 && Date.now() - started < 300_000) {
        const state = await page.evaluate(() => {
          const list = document.querySelector('[data-testid="contact-list"]') as HTMLElement;
          list.scrollTop = list.scrollHeight;
          const row = list.querySelector('[data-row-id]') as HTMLElement;
          const header = list.querySelector('[role="row"]') as HTMLElement;
          return { nodes: document.getElementsByTagName('*').length, rows: Math.floor((list.scrollHeight - header.offsetHeight) / row.offsetHeight) };
        });
        maxNodes = Math.max(maxNodes, state.nodes);
        if (Math.floor(state.rows / 1000) > Math.floor(loaded / 1000)) env.log(`  ${state.rows} rows after ${((Date.now() - started) / 1000).toFixed(0)} s, ${state.nodes} DOM nodes`);
        if (state.rows > loaded) grewAt = Date.now();
        loaded = Math.max(loaded, state.rows);
        await sleep(100);
      }
    } finally {
      await browser.close();
    }
    env.log(`  scrolled through ${loaded} rows; at most ${maxNodes} DOM nodes`);
    const misses: string[] = [];
    if (sizes.first > 300 * KB) misses.push(`first load ${(sizes.first / KB).toFixed(1)} KB > 300 KB`);
    if (sizes.largest.gzip > 150 * KB) misses.push(`${sizes.largest.file} ${(sizes.largest.gzip / KB).toFixed(1)} KB > 150 KB`);
    if (loaded < wanted * 0.99) misses.push(`only ${loaded} of ${wanted} rows reached by scrolling`);
    if (maxNodes > 2000) misses.push(`${maxNodes} DOM nodes > 2,000`);
    return {
      scenario: this.name, what: this.what, misses,
      figures: { firstLoadKB: Number((sizes.first / KB).toFixed(1)), largestChunk: sizes.largest.file, largestChunkKB: Number((sizes.largest.gzip / KB).toFixed(1)), rowsScrolled: loaded, maxDomNodes: maxNodes },
    };
  },
};

export const TRIALS: Trial[] = [spaTrial, importTrial, remindersTrial];
