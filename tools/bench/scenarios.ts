// Each scenario: the request our API gets (the subject) and the same work as plain SQL, which
// baseline A runs straight through pg and baseline B behind a bare node:http handler. Requests
// vary by call number so caches see realistic spread.
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
}

const pickOf = <T>(list: T[], i: number) => list[i % list.length];
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
    name: 'list-page',
    what: 'contact list page: one owner, sorted by name, 50 rows, first page (keyset)',
    target: { minRatioA: 0.2, maxP95: 30 },
    graphql: (ctx) => ({
      query: 'query($o: [ID!]) { contacts(first: 50, filter: { ownerIds: $o }, orderBy: { field: NAME }) { edges { cursor node { id code fullName owner { name } } } } }',
      variables: { o: [ctx.data.whale.id] },
    }),
    async sql(pool, ctx) {
      const { rows } = await pool.query(
        `SELECT id, code, full_name, sort_name, owner_id FROM contact.contact WHERE ${TEAM_SCOPE} AND owner_id = $2 ORDER BY sort_name, id LIMIT 51`,
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
      query: 'query($o: [ID!], $a: String) { contacts(first: 50, after: $a, filter: { ownerIds: $o }, orderBy: { field: NAME }) { edges { cursor node { id code fullName owner { name } } } } }',
      variables: { o: [ctx.data.whale.id], a: ctx.deepCursor?.encoded ?? null },
    }),
    async sql(pool, ctx) {
      const after = ctx.deepCursor ?? { sortName: '', id: '00000000-0000-0000-0000-000000000000' };
      const { rows } = await pool.query(
        `SELECT id, code, full_name, sort_name, owner_id FROM contact.contact WHERE ${TEAM_SCOPE} AND owner_id = $2 AND (sort_name, id) > ($3, $4) ORDER BY sort_name, id LIMIT 51`,
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
    what: 'Kanban board: column counts and sums + the first 50 cards of every open column',
    target: { maxP95VsA: { times: 3, plusMs: 10 } },
    graphql: (ctx) => ({
      query: `query($p: ID!) { salesBoard(pipelineId: $p) { columns { stage { id name } count amount weightedAmount } }
        ${[0, 1, 2, 3, 4].map((s) => `c${s}: boardColumnDeals(stageId: "${ctx.data.stageIds[s]}", first: 50) { edges { node { id title amount expectedCloseOn owner { name } } } }`).join('\n')} }`,
      variables: { p: ctx.data.pipelineId },
    }),
    async sql(pool, ctx) {
      const scope = `d.owner_id IN (SELECT id FROM core."user" WHERE team_id = $1)`;
      const columns = (
        await pool.query(
          `SELECT d.stage_id, count(*), sum(d.amount_base), sum(round(d.amount_base * d.probability / 100.0)) FROM sales.deal d
            WHERE ${scope} AND d.pipeline_id = $2 AND (d.status = 'OPEN' OR d.closed_on >= current_date - 30) GROUP BY 1`,
          [ctx.teamId, ctx.data.pipelineId],
        )
      ).rows;
      const cards = [];
      for (const stageId of ctx.data.stageIds.slice(0, 5)) {
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
];
