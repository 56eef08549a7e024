// Each scenario: the request our API gets (the subject) and the same work as plain SQL, which
// baseline A runs straight through pg and baseline B behind a bare node:http handler. Requests
// vary by call number so caches see realistic spread.
import { escapeLike, formatCustomerCode, isPhoneLike, phoneSearchFragments, searchedCode } from '@crm/core';
import { Pool } from 'pg';
import { Dataset, typedPhone } from './dataset';

export interface Target {
  /** ours / A throughput at least this. */
  minRatioA?: number;
  /** ours / B throughput at least this. */
  minRatioB?: number;
  /** ours p99 at most (ms). */
  maxP99?: number;
  /** ours p95 at most (ms). */
  maxP95?: number;
  /** ours p95 at most this × A's p95 plus `plusMs`. */
  maxP95VsA?: { times: number; plusMs: number };
}

export interface Context {
  data: Dataset;
  /** The signed-in user's scope, for the baselines' SQL (the API derives it from the session). */
  teamId: string;
  userId: string;
  /** Keyset cursor of a deep page of the whale's contact list (for list-deep). */
  deepCursor: { sortName: string; id: string; encoded: string } | null;
}

export interface Scenario {
  name: string;
  what: string;
  target: Target;
  /** The GraphQL request for call i. */
  graphql(ctx: Context, i: number): { query: string; variables: Record<string, unknown> };
  /** The same statements through pg, for call i. */
  sql(pool: Pool, ctx: Context, i: number): Promise<unknown>;
  /** A check of the answers themselves (search quality), run once before the load. */
  quality?(ctx: Context, ask: <T>(request: { query: string; variables: Record<string, unknown> }) => Promise<T>): Promise<{ summary: string; misses: string[]; details: unknown }>;
  /** Undoes what the scenario wrote, so the dataset stays the same run after run. */
  cleanup?(pool: Pool, ctx: Context): Promise<void>;
}

const pickOf = <T>(list: T[], i: number) => list[i % list.length];
/** The list scenarios' custom-field filter (a select field on a quarter of the contacts). */
export const SEGMENT_FILTER = { field: 'custom.segment', op: 'EQ', value: 'vip' };
const SEGMENT_SQL = `custom @> '{"segment": "vip"}'::jsonb`;
const TEAM_SCOPE = `owner_id IN (SELECT id FROM core."user" WHERE team_id = $1)`;

async function audit(pool: Pool, ctx: Context, ids: string[], operation: string) {
  await pool.query(
    `INSERT INTO core.read_audit (actor_kind, actor_user_id, actor_api_key_id, entity_type, entity_id, fields, operation)
     SELECT 'user', $1, NULL, 'contact', id, $3, $4 FROM unnest($2::uuid[]) AS id`,
    [ctx.userId, ids, ['phones'], operation],
  );
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'phone-lookup',
    what: 'contactByPhone with the number typed in any format, access check and read audit',
    target: { minRatioA: 0.15, minRatioB: 0.25, maxP99: 20 },
    graphql: (ctx, i) => ({
      query: 'query($p: String!) { contactByPhone(phone: $p) { id code fullName phones { number } owner { name } } }',
      variables: { p: typedPhone(pickOf(ctx.data.samples.teamPhones, i), i) },
    }),
    async sql(pool, ctx, i) {
      const { rows } = await pool.query(
        `SELECT id, code, full_name, phones, owner_id FROM contact.contact WHERE id = (
           WITH m AS MATERIALIZED (SELECT id, updated_at, owner_id FROM contact.contact WHERE phone_numbers @> ARRAY[$2]::text[])
           SELECT id FROM m WHERE ${TEAM_SCOPE} ORDER BY updated_at DESC LIMIT 1)`,
        [ctx.teamId, pickOf(ctx.data.samples.teamPhones, i)],
      );
      if (rows[0]) {
        await audit(pool, ctx, [rows[0].id], 'Query.contactByPhone');
        rows[0].owner = (await pool.query(`SELECT name FROM core."user" WHERE id = $1`, [rows[0].owner_id])).rows[0];
      }
      return rows[0] ?? null;
    },
  },
  {
    name: 'search',
    what: 'global search box: contacts and companies by name (typos, Latin letters), e-mail, phone fragment, code, INN',
    target: { maxP95: 100, maxP95VsA: { times: 1.5, plusMs: 5 } },
    graphql: (ctx, i) => ({
      query: 'query($q: String!) { searchContacts(query: $q, first: 5) { id code fullName } searchAccounts(query: $q, first: 5) { id code name } }',
      variables: { q: pickOf(ctx.data.searches, i).query },
    }),
    async quality(ctx, ask) {
      const rows: (Dataset['searches'][number] & { found: boolean })[] = [];
      for (const s of ctx.data.searches) {
        const data = await ask<{ searchContacts: { id: string; fullName: string }[]; searchAccounts: { id: string }[] }>({ query: 'query($q: String!) { searchContacts(query: $q, first: 5) { id fullName } searchAccounts(query: $q, first: 5) { id } }', variables: { q: s.query } });
        const [kind, wanted] = s.expect.split(/:(.*)/);
        const found =
          kind === 'account' ? data.searchAccounts.some((a) => a.id === wanted)
          : kind === 'contact' ? data.searchContacts.some((c) => c.id === wanted)
          : data.searchContacts.some((c) => c.fullName.startsWith(wanted));
        rows.push({ ...s, found });
      }
      const hits = rows.filter((r) => r.found).length;
      const byKind = [...new Set(rows.map((r) => r.kind))].map((kind) => `${kind} ${rows.filter((r) => r.kind === kind && r.found).length}/${rows.filter((r) => r.kind === kind).length}`);
      const rate = hits / rows.length;
      return {
        summary: `expected record in the top 5 for ${hits} of ${rows.length} queries (${(rate * 100).toFixed(1)} %): ${byKind.join(', ')}`,
        misses: rate < 0.95 ? [`top-5 hit rate ${(rate * 100).toFixed(1)} % < 95 %`] : [],
        details: rows.filter((r) => !r.found),
      };
    },
    async sql(pool, ctx, i) {
      const q = pickOf(ctx.data.searches, i).query.trim().toLowerCase();
      const contacts = await rankedSql(pool, 'contact.contact', 'id, code, full_name', ctx.teamId, q, null);
      const accounts = await rankedSql(pool, 'account.account', 'id, code, name', ctx.teamId, q, /^\d{10}(\d{2})?$/.test(q) ? q : null);
      return { contacts, accounts };
    },
  },
  {
    name: 'list-page',
    what: 'contact list page: one owner and a custom field, sorted by name, 50 rows, first page (keyset)',
    target: { minRatioA: 0.2, maxP95: 30 },
    graphql: (ctx) => ({
      query: 'query($o: [ID!], $c: JSON) { contacts(first: 50, filter: { ownerIds: $o, criteria: $c }, orderBy: { field: NAME }) { edges { cursor node { id code fullName owner { name } } } } }',
      variables: { o: [ctx.data.whale.id], c: SEGMENT_FILTER },
    }),
    async sql(pool, ctx) {
      const { rows } = await pool.query(
        `SELECT id, code, full_name, sort_name, owner_id FROM contact.contact WHERE ${TEAM_SCOPE} AND owner_id = $2 AND ${SEGMENT_SQL} ORDER BY sort_name, id LIMIT 51`,
        [ctx.teamId, ctx.data.whale.id],
      );
      await audit(pool, ctx, rows.slice(0, 50).map((r) => r.id), 'Query.contacts');
      await pool.query(`SELECT id, name FROM core."user" WHERE id = ANY($1)`, [[...new Set(rows.map((r) => r.owner_id))]]);
      return rows.slice(0, 50);
    },
  },
  {
    name: 'list-deep',
    what: 'the same list, a page deep in it (keyset cursor: costs what page 1 costs)',
    target: { minRatioA: 0.2, maxP95: 30 },
    graphql: (ctx) => ({
      query: 'query($o: [ID!], $c: JSON, $a: String) { contacts(first: 50, after: $a, filter: { ownerIds: $o, criteria: $c }, orderBy: { field: NAME }) { edges { cursor node { id code fullName owner { name } } } } }',
      variables: { o: [ctx.data.whale.id], c: SEGMENT_FILTER, a: ctx.deepCursor?.encoded ?? null },
    }),
    async sql(pool, ctx) {
      const after = ctx.deepCursor ?? { sortName: '', id: '00000000-0000-0000-0000-000000000000' };
      const { rows } = await pool.query(
        `SELECT id, code, full_name, sort_name, owner_id FROM contact.contact WHERE ${TEAM_SCOPE} AND owner_id = $2 AND ${SEGMENT_SQL} AND (sort_name, id) > ($3, $4) ORDER BY sort_name, id LIMIT 51`,
        [ctx.teamId, ctx.data.whale.id, after.sortName, after.id],
      );
      await audit(pool, ctx, rows.slice(0, 50).map((r) => r.id), 'Query.contacts');
      await pool.query(`SELECT id, name FROM core."user" WHERE id = ANY($1)`, [[...new Set(rows.map((r) => r.owner_id))]]);
      return rows.slice(0, 50);
    },
  },
  {
    name: 'record-page',
    what: 'contact card + its last 50 timeline events + its deals',
    target: { maxP95: 30 },
    graphql: (ctx, i) => ({
      query: `query($id: String!) { contact(id: $id) { id code fullName phones { number } emails { address } owner { name }
        timeline(first: 50) { edges { node { type occurredAt actorName } } } deals { id title amount stage { name } } } }`,
      variables: { id: pickOf(ctx.data.samples.teamContactIds, i) },
    }),
    async sql(pool, ctx, i) {
      const id = pickOf(ctx.data.samples.teamContactIds, i);
      const contact = (await pool.query(`SELECT * FROM contact.contact WHERE ${TEAM_SCOPE} AND id = $2`, [ctx.teamId, id])).rows[0];
      await audit(pool, ctx, [id], 'Query.contact');
      const events = (
        await pool.query(
          `SELECT e.*, u.name AS actor_name FROM core.event e LEFT JOIN core."user" u ON u.id = e.actor_user_id
            WHERE e.subject_id = $1 ORDER BY e.id DESC LIMIT 51`,
          [id],
        )
      ).rows;
      const owner = (await pool.query(`SELECT name FROM core."user" WHERE id = $1`, [contact?.owner_id])).rows[0];
      const deals = (
        await pool.query(
          `SELECT d.id, d.title, d.amount, s.name AS stage FROM sales.deal d JOIN sales.stage s ON s.id = d.stage_id
            WHERE d.${TEAM_SCOPE} AND d.id IN (SELECT deal_id FROM sales.deal_contact WHERE contact_id = $2) ORDER BY d.created_at DESC`,
          [ctx.teamId, id],
        )
      ).rows;
      return { contact, owner, events, deals };
    },
  },
  {
    name: 'board',
    what: 'Kanban board of a pipeline with 5,000 open deals: column counts and sums + the first 50 cards of every open column',
    target: { maxP95VsA: { times: 3, plusMs: 10 } },
    graphql: (ctx) => ({
      query: `query($p: ID!) { salesBoard(pipelineId: $p) { columns { stage { id name } count amount weightedAmount } }
        ${[0, 1, 2, 3, 4].map((s) => `c${s}: boardColumnDeals(stageId: "${ctx.data.board.stageIds[s]}", first: 50) { edges { node { id title amount expectedCloseOn owner { name } } } }`).join('\n')} }`,
      variables: { p: ctx.data.board.id },
    }),
    async sql(pool, ctx) {
      const scope = `d.owner_id IN (SELECT id FROM core."user" WHERE team_id = $1)`;
      const columns = (
        await pool.query(
          `SELECT d.stage_id, count(*), sum(d.amount_base), sum(round(d.amount_base * d.probability / 100.0)) FROM sales.deal d
            WHERE ${scope} AND d.pipeline_id = $2 AND (d.status = 'OPEN' OR d.closed_on >= current_date - 30) GROUP BY 1`,
          [ctx.teamId, ctx.data.board.id],
        )
      ).rows;
      const cards = [];
      for (const stageId of ctx.data.board.stageIds.slice(0, 5)) {
        cards.push(
          (
            await pool.query(
              `SELECT d.id, d.title, d.amount, d.expected_close_on, u.name FROM sales.deal d JOIN core."user" u ON u.id = d.owner_id
                WHERE ${scope} AND d.stage_id = $2 ORDER BY d.stage_entered_at DESC, d.id DESC LIMIT 51`,
              [ctx.teamId, stageId],
            )
          ).rows,
        );
      }
      return { columns, cards };
    },
  },
  {
    name: 'funnel',
    what: 'funnel report of the department over a year: conversion by stage and time in stage',
    target: { maxP95VsA: { times: 3, plusMs: 200 } },
    graphql: (ctx) => ({
      query: 'query($i: FunnelInput!) { salesFunnel(input: $i) { entered won lost winRate stages { stage { name } reached conversion lostHere averageDays } } }',
      variables: { i: { pipelineId: ctx.data.pipelineId, from: ctx.data.yearAgo, to: ctx.data.today } },
    }),
    async sql(pool, ctx) {
      return (
        await pool.query(
          `SELECT d.reached_position, d.status, count(*), sum(d.amount_base) FROM sales.deal d
            WHERE d.pipeline_id = $1 AND d.created_at >= $2 AND d.created_at < $3::date + 1 GROUP BY 1, 2`,
          [ctx.data.pipelineId, ctx.data.yearAgo, ctx.data.today],
        )
      ).rows;
    },
  },
  {
    name: 'create-contact',
    what: 'createContact: validation, phone and e-mail normalisation, customer code, event log, in one transaction',
    target: { minRatioA: 0.15 },
    graphql: (_ctx, i) => {
      const n = newPerson(i);
      return {
        query: 'mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id code } } }',
        variables: { i: { firstName: n.firstName, lastName: n.lastName, phones: [{ number: n.typedPhone }], emails: [{ address: n.email }] } },
      };
    },
    async sql(pool, ctx, i) {
      const n = newPerson(i + 5_000_000);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const owner = (await client.query(`SELECT id, territory_id FROM core."user" WHERE id = $1 AND active`, [ctx.userId])).rows[0];
        const code = formatCustomerCode(Number((await client.query(`SELECT nextval('core.customer_code_seq') AS n`)).rows[0].n));
        const name = `${n.lastName} ${n.firstName}`;
        const search = `${name.toLowerCase()} ${n.email} ${n.phone.slice(1)} 8${n.phone.slice(2)} ${code.toLowerCase()}`;
        const [{ id }] = (
          await client.query(
            `INSERT INTO contact.contact (code, first_name, last_name, full_name, sort_name, phones, phone_numbers, emails, email_addresses, owner_id, territory_id, search_text, completeness, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 30, 1) RETURNING id`,
            [code, n.firstName, n.lastName, name, name.toLowerCase(), JSON.stringify([{ number: n.phone, kind: 'MOBILE' }]), [n.phone], JSON.stringify([{ address: n.email, kind: 'WORK' }]), [n.email], owner.id, owner.territory_id, search],
          )
        ).rows;
        await client.query(
          `INSERT INTO core.event (type, actor_kind, actor_user_id, entity_type, entity_id, subject_id, changes) VALUES ('contact.contact.created', 'user', $1, 'contact', $2, $2, $3)`,
          [ctx.userId, id, JSON.stringify({ firstName: [null, n.firstName], lastName: [null, n.lastName], phones: [null, [n.phone]], emails: [null, [n.email]] })],
        );
        await client.query('COMMIT');
        return { id, code };
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
    },
    cleanup: (pool) => removeContactsAt(pool, NEW_DOMAIN),
  },
];

/** A GraphQL request on our API as the signed-in user; a GraphQL error (which still answers 200) throws. */
export async function postGraphql<T>(port: number, cookie: string, request: { query: string; variables: Record<string, unknown> }): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(request) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(`${request.query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Removes the contacts a scenario wrote (marked by their e-mail domain) and their events, so the dataset stays the same. */
export async function removeContactsAt(pool: Pool, emailDomain: string) {
  // The event log is append-only (a trigger); replica mode skips triggers for this bench-only undo.
  await pool.query(`BEGIN; SET LOCAL session_replication_role = replica;
    DELETE FROM core.event WHERE entity_type = 'contact' AND entity_id IN (SELECT id FROM contact.contact WHERE email_addresses[1] LIKE '%@${emailDomain}');
    DELETE FROM contact.contact WHERE email_addresses[1] LIKE '%@${emailDomain}'; COMMIT`);
}

/** People the create scenario adds: unique per call and run, removed afterwards (cleanup). */
const NEW_DOMAIN = 'created.bench.test';
const runSalt = Date.now() % 1_000_000;
function newPerson(i: number) {
  const digits = String((runSalt * 10_007 + i) % 10_000_000).padStart(7, '0');
  const phone = `+7495${digits}`;
  return {
    firstName: ['Анна', 'Олег', 'Mary', 'John'][i % 4], lastName: ['Кузнецова', 'Соколов', 'Parker', 'Miller'][i % 4],
    phone, typedPhone: `8 (495) ${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`, email: `new${runSalt}.${i}@${NEW_DOMAIN}`,
  };
}

/** Our ranked search (core rankedSearch + the services' code and INN shortcuts) as plain SQL, top 5. */
async function rankedSql(pool: Pool, table: string, columns: string, teamId: string, q: string, inn: string | null) {
  const scope = `owner_id IN (SELECT id FROM core."user" WHERE team_id = $1)`;
  const code = searchedCode(q);
  if (code) return (await pool.query(`SELECT ${columns} FROM ${table} WHERE ${scope} AND code = $2 LIMIT 5`, [teamId, code])).rows;
  if (inn) return (await pool.query(`SELECT ${columns} FROM ${table} WHERE ${scope} AND inn = $2 ORDER BY sort_name LIMIT 5`, [teamId, inn])).rows;
  if (isPhoneLike(q)) {
    const fragments = phoneSearchFragments(q);
    const like = fragments.map((_, k) => `search_text LIKE $${k + 2}`).join(' OR ');
    return (await pool.query(`SELECT ${columns} FROM ${table} WHERE ${scope} AND (${like}) ORDER BY sort_name, id LIMIT 5`, [teamId, ...fragments.map((f) => `%${f}%`)])).rows;
  }
  const like = `%${escapeLike(q)}%`;
  const contained = (
    await pool.query(`SELECT ${columns} FROM ${table} WHERE ${scope} AND search_text LIKE $2 ORDER BY word_similarity($3, search_text) DESC, sort_name LIMIT 5`, [teamId, like, q])
  ).rows;
  if (contained.length >= 5 || q.includes('@')) return contained;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL pg_trgm.word_similarity_threshold = 0.4; SET LOCAL enable_seqscan = off');
    const { rows } = await client.query(
      `SELECT ${columns} FROM ${table} WHERE ${scope} AND $3 <% search_text AND search_text NOT LIKE $2
        ORDER BY word_similarity($3, search_text) DESC, sort_name LIMIT $4`,
      [teamId, like, q, 5 - contained.length],
    );
    await client.query('COMMIT');
    return [...contained, ...rows];
  } finally {
    client.release();
  }
}
