import { createTestContext, TestContext, TestUser } from '../../testing/index';

describe('the gateway over HTTP', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let rep: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.makeUser('admin');
    rep = await ctx.makeUser('sales_rep');
  });
  afterAll(() => ctx.close());

  it('reports liveness, readiness of PostgreSQL and Redis, and Prometheus metrics', async () => {
    expect((await ctx.http().get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await ctx.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ postgres: 'ok', redis: 'ok' });
    await ctx.http().post('/graphql').send({ query: '{ me { id } }' });
    const metrics = await ctx.http().get('/metrics');
    expect(metrics.text).toContain('crm_http_request_duration_seconds_bucket');
    expect(metrics.text).toContain('crm_graphql_operations_total');
  });

  it('sends security headers and a request id', async () => {
    const res = await ctx.http().get('/health/live');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await ctx.http().get('/health/live').set('x-request-id', 'trace-12345678')).headers['x-request-id']).toBe('trace-12345678');
  });

  it('refuses anonymous access with UNAUTHENTICATED and missing permissions with FORBIDDEN', async () => {
    expect((await ctx.gql(null, '{ users { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await ctx.gql(rep, '{ apiKeys { id } }')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('limits depth, aliases and cost before running anything', async () => {
    const deep = await ctx.gql(admin, '{ me { team { name } territory { name } } }');
    expect(deep.errors).toBeUndefined();
    const nested = `{ notifications { edges { node { id } } pageInfo { endCursor } } ${'a: me { id } '.replace('a', 'x')} }`;
    expect((await ctx.gql(admin, nested)).errors).toBeUndefined();
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    expect((await ctx.gql(admin, aliases)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
    const costly = '{ notifications(first: 200) { edges { node { id kind title body link createdAt readAt } cursor } } }'.repeat(1);
    const limitedCtx = ctx.config.graphql.maxComplexity;
    expect(limitedCtx).toBeGreaterThan(0);
    expect((await ctx.gql(admin, costly)).errors).toBeUndefined();
    const tooCostly = `{ ${Array.from({ length: 10 }, (_, i) => `n${i}: notifications(first: 200) { edges { node { id kind title body link createdAt readAt } } }`).join(' ')} }`;
    expect((await ctx.gql(admin, tooCostly)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
  });

  it('allows introspection only to admins (or keys with schema.introspect) outside development', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await ctx.gql(null, query)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await ctx.gql(rep, query)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await ctx.gql<{ __schema: { queryType: { name: string } } }>(admin, query)).data.__schema.queryType.name).toBe('Query');
    expect((await ctx.gql(null, '{ __typename }')).errors).toBeUndefined();
  });

  it('rejects batched requests, oversized bodies, broken JSON and simple (CSRF-able) requests without a 500', async () => {
    const batch = await ctx.http().post('/graphql').send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    const huge = await ctx.http().post('/graphql').send({ query: '{ me { id } }', variables: { x: 'x'.repeat(10 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUEST_TOO_LARGE' });
    const broken = await ctx.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const simple = await ctx.http().post('/graphql').set('content-type', 'text/plain').send('{"query":"{ me { id } }"}');
    expect(simple.status).toBe(400);
  });

  it('names the field and the problem for invalid input, with the request id', async () => {
    const res = await ctx.gql(admin, 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { name: '', scopes: ['user.read'], userId: 'not-a-uuid' } });
    const ext = res.errors?.[0].extensions;
    expect(ext?.code).toBe('BAD_USER_INPUT');
    expect(ext?.fields?.map((f) => f.field).sort()).toEqual(['name', 'userId']);
    expect(ext?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const wrongType = await ctx.gql(admin, 'mutation { createApiKey(input: { name: 5, scopes: [] }) { secret } }');
    expect(wrongType.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('opens the job dashboard to admins only', async () => {
    expect((await ctx.http().get('/ops/queues')).status).toBe(401);
    expect((await ctx.http().get('/ops/queues').set('cookie', await ctx.sessionCookie(rep))).status).toBe(403);
    const res = await ctx.http().get('/ops/queues').set('cookie', await ctx.sessionCookie(admin));
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html');
  });
});
