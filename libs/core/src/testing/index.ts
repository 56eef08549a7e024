import { DynamicModule, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Actor } from '../lib/access/actor';
import { Role } from '../lib/access/policy';
import { ApiKey } from '../lib/auth/api-key.entity';
import { actorOf, AuthService } from '../lib/auth/auth.service';
import { SESSION_COOKIE } from '../lib/auth/auth.strategies';
import { hashPassword } from '../lib/auth/password';
import { Team, Territory, User } from '../lib/auth/user.entity';
import { Clock } from '../lib/clock';
import { AppConfig, loadConfig } from '../lib/config/app-config';
import { ensureDatabase } from '../lib/database/postgres-admin';
import { createGatewayApp } from '../lib/http/http-setup';
import { JobQueue } from '../lib/jobs/job-queue.service';
import { JobWorkerHost } from '../lib/jobs/job-worker.service';
import { createRootLogger } from '../lib/logging/logger';

/** A clock tests can stop and move; everything else in the app reads time through Clock. */
export class TestClock extends Clock {
  private fixed: Date | null = null;
  override now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }
  set(at: Date | string | null) {
    this.fixed = at === null ? null : new Date(at);
  }
}

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestUser {
  user: User;
  actor: Actor;
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data: T;
  errors?: { message: string; extensions: { code: string; reason?: string; fields?: { field: string; message: string }[]; requestId?: string } }[];
}

/** Who sends a request: a signed-in user (session cookie), an API key, or nobody. */
export type Caller = TestUser | { apiKey: string } | null;

let passwordHash: Promise<string> | undefined;

/**
 * One isolated world per test file: a database cloned from the run's migrated template, a BullMQ
 * prefix of its own on the shared Redis, the real gateway app (GraphQL over HTTP), a settable
 * clock, and factories for users that go through real sign-in.
 */
export class TestContext {
  private cookies = new Map<string, string>();

  constructor(
    readonly app: NestExpressApplication,
    readonly config: AppConfig,
    readonly clock: TestClock,
    private readonly dataDir: string,
  ) {}

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  get<T>(token: Type<T> | string | symbol): T {
    return this.app.get(token as Type<T>);
  }

  http() {
    return request(this.app.getHttpServer());
  }

  async team(name = `Team ${randomBytes(3).toString('hex')}`): Promise<Team> {
    return this.db.getRepository(Team).save({ name });
  }

  async territory(name = `Territory ${randomBytes(3).toString('hex')}`): Promise<Territory> {
    return this.db.getRepository(Territory).save({ name });
  }

  async makeUser(role: Role, options: { team?: Team | null; territory?: Territory | null; partnerAccountId?: string | null; name?: string; locale?: string } = {}): Promise<TestUser> {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const user = await this.db.getRepository(User).save({
      email: `${role}.${randomBytes(4).toString('hex')}@test.crm`,
      name: options.name ?? `${role} ${randomBytes(2).toString('hex')}`,
      role,
      locale: options.locale ?? 'en',
      passwordHash: await passwordHash,
      teamId: options.team?.id ?? null,
      territoryId: options.territory?.id ?? null,
      partnerAccountId: options.partnerAccountId ?? null,
    });
    return { user, actor: actorOf(user) };
  }

  /** An API key made through the real service; returns the secret to send as a Bearer token. */
  async apiKey(owner: TestUser, scopes: string[], name = 'test key'): Promise<{ apiKey: string; id: string }> {
    const admin = await this.makeUser('admin');
    const { apiKey, secret } = await this.get(AuthService).createApiKey(admin.actor, { name, scopes, userId: owner.user.id });
    return { apiKey: secret, id: (apiKey as ApiKey).id };
  }

  /** Signs in through the real signIn mutation once per user and caches the session cookie. */
  async sessionCookie(who: TestUser): Promise<string> {
    const cached = this.cookies.get(who.user.id);
    if (cached) return cached;
    const res = await this.http()
      .post('/graphql')
      .send({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', variables: { i: { email: who.user.email, password: TEST_PASSWORD } } });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error(`sign-in failed for ${who.user.email}: ${JSON.stringify(res.body)}`);
    const value = cookie.split(';')[0];
    this.cookies.set(who.user.id, value);
    return value;
  }

  async authHeaders(caller: Caller): Promise<Record<string, string>> {
    if (!caller) return {};
    if ('apiKey' in caller) return { authorization: `Bearer ${caller.apiKey}` };
    return { cookie: await this.sessionCookie(caller), 'x-crm-csrf': '1' };
  }

  async gql<T = Record<string, unknown>>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const res = await this.http()
      .post('/graphql')
      .set(await this.authHeaders(caller))
      .send({ query, variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  }

  /** Runs the real job handlers in-process until no job is waiting or running (delayed jobs stay delayed). */
  async drainJobs(timeoutMs = 20_000): Promise<void> {
    const host = this.get(JobWorkerHost);
    await host.start({ concurrency: 2, schedule: false, partial: true });
    try {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const counts = await Promise.all(this.get(JobQueue).allQueues().map((q) => q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children')));
        if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
        if (Date.now() > deadline) throw new Error(`jobs still pending after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await host.onApplicationShutdown();
    }
  }

  async close() {
    await Promise.all(this.get(JobQueue).allQueues().map((q) => q.obliterate({ force: true }).catch(() => undefined)));
    await this.app.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * Counts the SQL statements sent to PostgreSQL while `work` runs (all pooled connections of this
 * process), for deterministic "no N+1" assertions instead of timings.
 */
export async function countStatements(work: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const statements: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
    if (text && !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET LOCAL)/i.test(text.trim())) statements.push(text);
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return { count: statements.length, statements };
}

/** Clones the run's template database and boots the gateway with the given modules. */
export async function createTestContext(modules: (Type | DynamicModule)[] = []): Promise<TestContext> {
  const template = process.env.CRM_TEST_TEMPLATE_URL;
  const runId = process.env.CRM_TEST_RUN;
  if (!template || !runId) throw new Error('Run integration tests through jest (tools/jest/global-setup.js prepares the template database)');
  const suffix = randomBytes(4).toString('hex');
  const url = new URL(template);
  const templateName = url.pathname.slice(1);
  url.pathname = `/crm_t_${runId}_${suffix}`;
  await ensureDatabase(url.toString(), templateName);
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    DATABASE_POOL_MAX: '5',
    REDIS_URL: process.env.CRM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `crm-test:${runId}:${suffix}`,
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LOGIN_MAX_FAILURES_PER_IP: '1000',
  });
  const clock = new TestClock();
  const app = await createGatewayApp(config, modules, createRootLogger(config.logLevel), { clock });
  await app.init();
  return new TestContext(app, config, clock, dataDir);
}
