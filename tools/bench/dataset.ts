// The benchmark dataset: deterministic (seeded PRNG), realistic skew, bulk-loaded with COPY into
// its own database (crm_bench_<size>), never the user's. Indexes are dropped before the load and
// rebuilt after, then VACUUM ANALYZE. The rows go through the same derivation rules as the
// services (names, search text, customer codes), so queries see what production would.
import { adminUrl, databaseName, ensureDatabase, formatCustomerCode, hashPassword, runMigrations } from '@crm/core';
import { derivedColumns as accountColumns } from '@crm/account';
import { derivedColumns as contactColumns, transliterate } from '@crm/contact';
import { ALL_MIGRATIONS } from '@crm/modules';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type Size = 'S' | 'M' | 'L';

export const SIZES: Record<Size, { contacts: number; accounts: number; deals: number; events: number }> = {
  S: { contacts: 10_000, accounts: 2_000, deals: 5_000, events: 20_000 },
  M: { contacts: 100_000, accounts: 20_000, deals: 50_000, events: 200_000 },
  L: { contacts: 1_000_000, accounts: 200_000, deals: 500_000, events: 2_000_000 },
};

/** Bump when the generated data changes: an older dataset is then rebuilt. */
const DATASET_VERSION = 5;
const SEED = 20261122;
const TEAMS = 5;
const REPS = 50;
/** The few owners of a large share of records ("whales"). */
const WHALES = 3;
/** Open deals in the board scenario's pipeline, all visible to the whale's team. */
const BOARD_DEALS = 5_000;
/** A custom select field on contacts, for the filtered list scenario. */
export const SEGMENTS = ['retail', 'wholesale', 'partner', 'vip'];
export const BENCH_PASSWORD = 'bench-crm-2026';

export interface Dataset {
  size: Size;
  url: string;
  /** Users the scenarios sign in as. */
  admin: string;
  whale: { id: string; email: string };
  /** The pipeline holding every generated deal (funnel). */
  pipelineId: string;
  /** Its open stages in order, then won and lost. */
  stageIds: string[];
  /** A pipeline of exactly BOARD_DEALS open deals owned by the whale's team (board). */
  board: { id: string; stageIds: string[] };
  /** The funnel's year: deals created from yearAgo to today. */
  yearAgo: string;
  today: string;
  /** Records the whale's team may see, spread over the data, for per-request variation. */
  samples: { teamContactIds: string[]; teamPhones: string[] };
  /** Search box queries as people type them, with the record each should find (global search). */
  searches: { query: string; expect: string; kind: string }[];
}

export function benchDatabaseUrl(size: Size): string {
  const base = new URL(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/crm');
  base.pathname = `/crm_bench_${size.toLowerCase()}`;
  return base.toString();
}

/** mulberry32: the same numbers on every machine. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic ids: the generator links rows without asking the database. */
const uuid = (kind: number, n: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ID = { team: 1, territory: 2, user: 3, contact: 4, account: 5, deal: 6, boardDeal: 9 };

/** A Russian mobile per person, unique (7919 is prime to 10^9). */
export const phoneOf = (i: number) => `+79${String((i * 7919) % 1_000_000_000).padStart(9, '0')}`;

/** A valid 10-digit organisation INN (check digit per the Federal Tax Service's weights), unique per i. */
export function innOf(i: number): string {
  const body = `77${String((i * 7919) % 10_000_000).padStart(7, '0')}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (weights.reduce((sum, w, k) => sum + w * Number(body[k]), 0) % 11) % 10;
  return body + check;
}

/** The way people type that number: the lookup scenario sends these. */
export function typedPhone(e164: string, style: number): string {
  const d = e164.slice(2);
  const [a, b, c, e] = [d.slice(0, 3), d.slice(3, 6), d.slice(6, 8), d.slice(8)];
  return [`8 (${a}) ${b}-${c}-${e}`, `+7 ${a} ${b} ${c} ${e}`, `8${d}`, `+7(${a})${b}${c}${e}`, `7-${a}-${b}-${c}-${e}`][style % 5];
}

/** Text-format COPY field: \N for null, arrays as PostgreSQL arrays (jsonb values come as JSON text), backslash escapes. */
function field(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const text = Array.isArray(v) ? `{${v.map((x) => `"${String(x).replace(/(["\\])/g, '\\$1')}"`).join(',')}}` : String(v);
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

async function copy(client: Client, table: string, columns: string[], rows: Iterable<unknown[]>) {
  function* lines() {
    let batch: string[] = [];
    for (const row of rows) {
      batch.push(row.map(field).join('\t'));
      if (batch.length === 5000) {
        yield batch.join('\n') + '\n';
        batch = [];
      }
    }
    if (batch.length) yield batch.join('\n') + '\n';
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
}

/** The dataset of a size, generated when missing or older than this generator. */
export async function prepareDataset(size: Size, log: (line: string) => void): Promise<Dataset> {
  const url = benchDatabaseUrl(size);
  const existing = await readMeta(url, size);
  if (existing) return existing;
  const started = Date.now();
  const admin = new Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`).finally(() => admin.end());
  await ensureDatabase(url);
  await runMigrations(url, ALL_MIGRATIONS);
  log(`dataset ${size}: schema migrated (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const info = await generate(client, size, url, log);
    await client.query(`CREATE SCHEMA bench; CREATE TABLE bench.meta (version int, size text, info jsonb)`);
    await client.query(`INSERT INTO bench.meta VALUES ($1, $2, $3)`, [DATASET_VERSION, size, info]);
    log(`dataset ${size}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return info;
  } finally {
    await client.end();
  }
}

async function readMeta(url: string, size: Size): Promise<Dataset | undefined> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query(`SELECT info FROM bench.meta WHERE version = $1 AND size = $2`, [DATASET_VERSION, size])).rows[0]?.info;
  } catch {
    return undefined; // no database yet, or no dataset in it
  } finally {
    await client.end().catch(() => undefined);
  }
}

const BIG_TABLES = ['contact.contact', 'account.account', 'sales.deal', 'sales.deal_contact', 'sales.deal_stage_history', 'core.event'];

async function generate(client: Client, size: Size, url: string, log: (line: string) => void): Promise<Dataset> {
  const n = SIZES[size];
  const random = prng(SEED);
  const names = readFileSync(join(__dirname, '../demo-data/ru-names.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const male = names.filter((r) => r[0] === 'male');
  const female = names.filter((r) => r[0] === 'female');
  const english = {
    given: ['James', 'Olivia', 'William', 'Emma', 'Henry', 'Sophia', 'George', 'Charlotte', 'Thomas', 'Amelia', 'Daniel', 'Grace', 'Oliver', 'Lucy', 'Jack', 'Chloe'],
    family: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Walker', 'Wright', 'Robinson', 'Thompson', 'Hughes', 'Green', 'Hall', 'Clarke', 'Baker'],
  };
  let phase = Date.now();
  const lap = (what: string) => {
    log(`dataset ${size}: ${what} (${((Date.now() - phase) / 1000).toFixed(1)} s)`);
    phase = Date.now();
  };

  // Indexes are rebuilt after the load: capture them, drop them (constraints stay).
  const indexes: { name: string; def: string }[] = (
    await client.query(
      `SELECT i.schemaname || '.' || i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        WHERE i.schemaname || '.' || i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [BIG_TABLES],
    )
  ).rows;
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

  // People: an admin, reps in teams and territories; three whales own a large share of everything.
  const password = await hashPassword(BENCH_PASSWORD);
  await copy(client, 'core.team', ['id', 'name'], Array.from({ length: TEAMS }, (_, t) => [uuid(ID.team, t), `Team ${t + 1}`]));
  await copy(client, 'core.territory', ['id', 'name'], Array.from({ length: TEAMS }, (_, t) => [uuid(ID.territory, t), `Territory ${t + 1}`]));
  const users: unknown[][] = [[uuid(ID.user, 0), 'admin@bench.crm', 'Bench Admin', password, 'admin', 'en', null, null]];
  for (let r = 1; r <= REPS; r++) users.push([uuid(ID.user, r), `rep${r}@bench.crm`, `Rep ${r}`, password, r <= 5 ? 'sales_manager' : 'sales_rep', 'en', uuid(ID.team, r % TEAMS), uuid(ID.territory, r % TEAMS)]);
  await copy(client, 'core."user"', ['id', 'email', 'name', 'password_hash', 'role', 'locale', 'team_id', 'territory_id'], users);
  const ownerOf = () => (random() < 0.45 ? 1 + Math.floor(random() * WHALES) : 1 + Math.floor(random() * REPS));

  // Contacts: three in four Russian, one in twenty a near-duplicate of an earlier person.
  const contactOwner = new Int32Array(n.contacts);
  const isDuplicate = new Uint8Array(n.contacts);
  const now = Date.now();
  const personOf = (i: number) => {
    const h = Math.imul(i + 1, 2654435761) >>> 0;
    if (i % 4 === 3) return { firstName: english.given[h % english.given.length], middleName: null, lastName: english.family[(h >>> 8) % english.family.length] };
    const list = i % 2 ? female : male;
    return { firstName: list[h % list.length][1], middleName: list[(h >>> 16) % list.length][3], lastName: list[(h >>> 8) % list.length][2] };
  };
  function* contacts() {
    for (let i = 0; i < n.contacts; i++) {
      const duplicateOf = i > 100 && random() < 0.05 ? Math.floor(random() * i) : -1;
      const person = personOf(duplicateOf >= 0 ? duplicateOf : i);
      if (duplicateOf >= 0) isDuplicate[i] = 1;
      const russian = Boolean(person.middleName);
      const values = {
        ...person,
        lastName: duplicateOf >= 0 ? person.lastName.replace(/о/, 'а') : person.lastName,
        phones: [{ number: phoneOf(i), kind: 'MOBILE', extension: null }],
        emails: [{ address: `person${i}@example.${russian ? 'ru' : 'com'}`, kind: 'WORK' }],
        company: null,
      } as unknown as Parameters<typeof contactColumns>[0];
      const code = formatCustomerCode(1001 + i);
      const derived = contactColumns(values, code);
      const owner = ownerOf();
      contactOwner[i] = owner;
      const created = new Date(now - Math.floor(random() * 3 * 365 * 86_400_000)).toISOString();
      yield [
        uuid(ID.contact, i), code, values.firstName, values.middleName, values.lastName, derived.fullName, derived.sortName, JSON.stringify(values.phones), derived.phoneNumbers,
        JSON.stringify(values.emails), derived.emailAddresses, russian ? 'ru' : 'en', uuid(ID.user, owner), uuid(ID.territory, owner % TEAMS), derived.searchText, 40,
        JSON.stringify({ segment: SEGMENTS[i % SEGMENTS.length] }), created, created, 1,
      ];
    }
  }
  await copy(
    client, 'contact.contact',
    ['id', 'code', 'first_name', 'middle_name', 'last_name', 'full_name', 'sort_name', 'phones', 'phone_numbers', 'emails', 'email_addresses', 'language', 'owner_id', 'territory_id', 'search_text', 'completeness', 'custom', 'created_at', 'updated_at', 'version'],
    contacts(),
  );
  await client.query(`INSERT INTO core.custom_field (entity_type, key, label, type, options, version) VALUES ('contact', 'segment', 'Segment', 'SELECT', $1, 1)`, [
    JSON.stringify(SEGMENTS.map((key) => ({ key, label: key, archived: false }))),
  ]);
  lap(`${n.contacts} contacts`);

  // Accounts: a fifth of them get most of the deals (below). Valid INN and KPP.
  const forms = ['ООО', 'АО', 'ПАО'];
  const accountOf = (i: number) => {
    const family = names[(Math.imul(i + 1, 2654435761) >>> 8) % names.length][2];
    const name = [`${family} и партнёры`, `${family}-Строй`, `ТД ${family}`, `${family} Логистик`][i % 4] + ` ${i}`;
    return { family, name, legalName: `${forms[i % 3]} «${name}»`, inn: innOf(i), kpp: `77${String(1 + (i % 50)).padStart(2, '0')}01001`, phones: [], emails: [], ogrn: null };
  };
  const accountOwner = new Int32Array(n.accounts);
  function* accounts() {
    for (let i = 0; i < n.accounts; i++) {
      const code = formatCustomerCode(1001 + n.contacts + i);
      const values = accountOf(i);
      const derived = accountColumns(values as unknown as Parameters<typeof accountColumns>[0], code);
      const owner = ownerOf();
      accountOwner[i] = owner;
      yield [uuid(ID.account, i), code, values.name, values.legalName, values.inn, values.kpp, derived.sortName, ['CUSTOMER'], uuid(ID.user, owner), uuid(ID.territory, owner % TEAMS), derived.searchText, 1];
    }
  }
  await copy(client, 'account.account', ['id', 'code', 'name', 'legal_name', 'inn', 'kpp', 'sort_name', 'kinds', 'owner_id', 'territory_id', 'search_text', 'version'], accounts());
  await client.query(`SELECT setval('core.customer_code_seq', $1)`, [1001 + n.contacts + n.accounts]);
  lap(`${n.accounts} accounts`);

  // Pipelines of five open stages plus won and lost, made like the demo's: "Bench" holds the
  // generated history (funnel), "Board" exactly BOARD_DEALS open deals of the whale's team.
  const makePipeline = async (n: number, name: string) => {
    const id = uuid(7, n);
    await client.query(`INSERT INTO sales.pipeline (id, name, position, is_default, version) VALUES ($1, $2, $3, $4, 1)`, [id, name, n, n === 0]);
    const made = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Contract', 'Won', 'Lost'].map((stage, position) => ({
      id: uuid(8, n * 100 + position), name: stage, position,
      kind: stage === 'Won' ? 'WON' : stage === 'Lost' ? 'LOST' : 'OPEN', probability: stage === 'Won' ? 100 : stage === 'Lost' ? 0 : 10 + position * 20,
    }));
    for (const s of made) {
      await client.query(`INSERT INTO sales.stage (id, pipeline_id, name, position, kind, probability, forecast_category, version) VALUES ($1, $2, $3, $4, $5, $6, $7, 1)`, [
        s.id, id, s.name, s.position, s.kind, s.probability, s.kind === 'WON' ? 'CLOSED' : s.kind === 'LOST' ? 'OMITTED' : 'PIPELINE',
      ]);
    }
    return { id, stages: made };
  };
  const { id: pipelineId, stages } = await makePipeline(0, 'Bench');
  const board = await makePipeline(1, 'Board');
  const dealRows: unknown[][] = [];
  const links: unknown[][] = [];
  const stays: unknown[][] = [];
  for (let i = 0; i < n.deals; i++) {
    // A fifth of the accounts own four in five deals.
    const account = random() < 0.8 ? Math.floor(random() * n.accounts * 0.2) : Math.floor(random() * n.accounts);
    const reached = Math.floor(random() * 5);
    const fate = random();
    const stage = fate < 0.25 ? stages[5] : fate < 0.45 ? stages[6] : stages[reached];
    const created = now - Math.floor(random() * 365 * 86_400_000);
    const day = 86_400_000;
    const owner = ownerOf();
    const amount = (1 + Math.floor(random() * 500)) * 10_000_00;
    const closedOn = stage.kind === 'OPEN' ? null : new Date(created + (reached + 1) * 7 * day).toISOString().slice(0, 10);
    dealRows.push([
      uuid(ID.deal, i), `Deal ${i}`, uuid(ID.account, account), uuid(ID.user, owner), uuid(ID.territory, owner % TEAMS), pipelineId, stage.id, stage.kind, 'RUB', amount, false, amount,
      stage.probability, stage.kind === 'WON' ? 'CLOSED' : stage.kind === 'LOST' ? 'OMITTED' : 'PIPELINE', new Date(created + 60 * day).toISOString().slice(0, 10), closedOn,
      stage.kind === 'WON' ? 5 : reached, new Date(created + reached * 7 * day).toISOString(), new Date(created).toISOString(), new Date(created).toISOString(), 1,
    ]);
    links.push([uuid(ID.deal, i), uuid(ID.contact, Math.floor(random() * n.contacts)), true]);
    for (let s = 0; s <= (stage.kind === 'OPEN' ? stage.position : reached); s++) {
      const entered = new Date(created + s * 7 * day).toISOString();
      const left = s < (stage.kind === 'OPEN' ? stage.position : reached + 1) ? new Date(created + (s + 1) * 7 * day).toISOString() : null;
      stays.push([uuid(ID.deal, i), pipelineId, stages[s].id, entered, left]);
    }
  }
  const teamOne = Array.from({ length: REPS / TEAMS }, (_, k) => 1 + k * TEAMS);
  for (let i = 0; i < BOARD_DEALS; i++) {
    const stage = board.stages[i % 5];
    const owner = teamOne[Math.floor(random() * teamOne.length)];
    const entered = new Date(now - Math.floor(random() * 90 * 86_400_000)).toISOString();
    const amount = (1 + Math.floor(random() * 500)) * 10_000_00;
    dealRows.push([
      uuid(ID.boardDeal, i), `Project ${i}`, uuid(ID.account, Math.floor(random() * n.accounts)), uuid(ID.user, owner), uuid(ID.territory, owner % TEAMS), board.id, stage.id, 'OPEN', 'RUB', amount, false, amount,
      stage.probability, 'PIPELINE', new Date(now + Math.floor(random() * 90) * 86_400_000).toISOString().slice(0, 10), null, stage.position, entered, entered, entered, 1,
    ]);
    stays.push([uuid(ID.boardDeal, i), board.id, stage.id, entered, null]);
  }
  await copy(
    client, 'sales.deal',
    ['id', 'title', 'account_id', 'owner_id', 'territory_id', 'pipeline_id', 'stage_id', 'status', 'currency', 'amount', 'amount_from_lines', 'amount_base', 'probability', 'forecast_category', 'expected_close_on', 'closed_on', 'reached_position', 'stage_entered_at', 'created_at', 'updated_at', 'version'],
    dealRows,
  );
  await copy(client, 'sales.deal_contact', ['deal_id', 'contact_id', 'is_primary'], links);
  await copy(client, 'sales.deal_stage_history', ['deal_id', 'pipeline_id', 'stage_id', 'entered_at', 'left_at'], stays);
  lap(`${n.deals} deals, ${stays.length} stage stays`);

  // The event log: a creation per contact, then notes and updates for a random few (the timeline).
  function* events() {
    for (let e = 0; e < n.events; e++) {
      const contact = e < n.contacts ? e : Math.floor(random() * n.contacts);
      const type = e < n.contacts ? 'contact.contact.created' : random() < 0.5 ? 'contact.note.added' : 'contact.contact.updated';
      const at = new Date(now - Math.floor(random() * 3 * 365 * 86_400_000)).toISOString();
      yield [at, type, 'user', uuid(ID.user, contactOwner[contact]), 'contact', uuid(ID.contact, contact), uuid(ID.contact, contact), type === 'contact.note.added' ? JSON.stringify({ preview: 'Called, will send an offer' }) : null];
    }
  }
  await copy(client, 'core.event', ['occurred_at', 'type', 'actor_kind', 'actor_user_id', 'entity_type', 'entity_id', 'subject_id', 'data'], events());
  lap(`${n.events} events`);

  // Time in stage as the service keeps it: finished stays of open stages, per owner and month.
  await client.query(`INSERT INTO sales.stage_time (pipeline_id, stage_id, owner_id, territory_id, partner_account_id, month, stays, seconds)
    SELECT h.pipeline_id, h.stage_id, d.owner_id, d.territory_id, d.partner_account_id, date_trunc('month', h.entered_at)::date, count(*), sum(extract(epoch FROM h.left_at - h.entered_at))::bigint
      FROM sales.deal_stage_history h JOIN sales.deal d ON d.id = h.deal_id JOIN sales.stage s ON s.id = h.stage_id AND s.kind = 'OPEN'
     WHERE h.left_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6`);
  for (const index of indexes) await client.query(index.def);
  lap(`${indexes.length} indexes rebuilt`);
  await client.query('VACUUM ANALYZE');
  lap('vacuum analyze');

  // The whale (rep 1, a sales manager) sees team 1: owners whose number leaves 1 divided by TEAMS.
  const teamContacts: number[] = [];
  for (let i = 0; i < n.contacts; i++) if (contactOwner[i] % TEAMS === 1) teamContacts.push(i);
  const sampled = Array.from({ length: 500 }, (_, k) => teamContacts[Math.floor(((k + 0.5) * teamContacts.length) / 500)]);
  const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);

  // Search box queries the way people type them, 15 of each kind, for records the whale may see.
  const typo = (word: string, k: number) => (k % 2 ? word.slice(0, 2) + word.slice(3) : word.slice(0, 2) + word[3] + word[2] + word.slice(4));
  const people = teamContacts.filter((i) => !isDuplicate[i]);
  const russians = people.filter((i) => personOf(i).middleName);
  const firms = Array.from({ length: n.accounts }, (_, i) => i).filter((i) => accountOwner[i] % TEAMS === 1);
  const spread = <T>(list: T[], k: number, salt: number) => list[Math.floor(((k + 0.37 * salt) * list.length) / 15) % list.length];
  const searches: Dataset['searches'] = [];
  for (let k = 0; k < 15; k++) {
    const r = personOf(spread(russians, k, 1));
    const l = personOf(spread(russians, k, 2));
    const c = spread(people, k, 3);
    const digits = phoneOf(c).slice(-7);
    const a = spread(firms, k, 4);
    const firm = accountOf(a);
    searches.push(
      { kind: 'name with a typo', query: `${typo(r.lastName, k)} ${r.firstName}`, expect: `contact-name:${r.lastName} ${r.firstName}` },
      { kind: 'name in Latin letters', query: `${transliterate(l.lastName)} ${transliterate(l.firstName)}`, expect: `contact-name:${l.lastName} ${l.firstName}` },
      { kind: 'e-mail', query: `person${c}@example.${personOf(c).middleName ? 'ru' : 'com'}`, expect: `contact:${uuid(ID.contact, c)}` },
      { kind: 'phone fragment', query: `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`, expect: `contact:${uuid(ID.contact, c)}` },
      { kind: 'customer code', query: formatCustomerCode(1001 + c).replace(/^C-0*/, ''), expect: `contact:${uuid(ID.contact, c)}` },
      { kind: 'INN', query: firm.inn, expect: `account:${uuid(ID.account, a)}` },
      { kind: 'company name with a typo', query: `${typo(firm.family, k)} ${a}`, expect: `account:${uuid(ID.account, a)}` },
    );
  }
  return {
    size, url, admin: 'admin@bench.crm', whale: { id: uuid(ID.user, 1), email: 'rep1@bench.crm' }, pipelineId, stageIds: stages.map((s) => s.id),
    board: { id: board.id, stageIds: board.stages.map((s) => s.id) },
    yearAgo: day(-365), today: day(0),
    samples: { teamContactIds: sampled.map((i) => uuid(ID.contact, i)), teamPhones: sampled.map((i) => phoneOf(i)) },
    searches,
  };
}
