import { createTestContext, TEST_PASSWORD, TestContext, TestUser } from '../../testing/index';
import { SESSION_COOKIE } from './auth.strategies';

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { user { id email role permissions } } }';
const ME = '{ me { id email } }';

describe('sign-in, sessions and API keys', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let rep: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.makeUser('admin');
    rep = await ctx.makeUser('sales_rep');
  });
  afterAll(() => ctx.close());

  const signIn = (email: string, password: string, ip = '10.0.0.1') =>
    ctx.http().post('/graphql').set('x-forwarded-for', ip).send({ query: SIGN_IN, variables: { i: { email, password } } });

  it('signs in with an HttpOnly, SameSite session cookie and knows who is signed in', async () => {
    const res = await signIn(rep.user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.body.data.signIn.user).toMatchObject({ id: rep.user.id, role: 'SALES_REP' });
    expect(res.body.data.signIn.user.permissions).toContain('contact.read');
    const cookie = ([] as string[]).concat(res.headers['set-cookie']).find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await ctx.http().post('/graphql').set('cookie', cookie.split(';')[0]).send({ query: ME });
    expect(me.body.data.me).toEqual({ id: rep.user.id, email: rep.user.email });
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const unknown = await signIn(`nobody.${Date.now()}@test.crm`, TEST_PASSWORD, '10.0.0.2');
    const wrong = await signIn(admin.user.email, 'wrong password', '10.0.0.3');
    const shape = (r: { body: { errors: { message: string; extensions: { code: string; reason: string } }[] } }) => ({
      message: r.body.errors[0].message, code: r.body.errors[0].extensions.code, reason: r.body.errors[0].extensions.reason,
    });
    expect(shape(unknown)).toEqual({ message: 'Invalid e-mail or password', code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(shape(wrong)).toEqual(shape(unknown));
  });

  it('throttles an account after repeated failures, even when the password is then right', async () => {
    const victim = await ctx.makeUser('sales_rep');
    for (let i = 0; i < ctx.config.auth.loginMaxFailuresPerAccount; i++) await signIn(victim.user.email, `guess ${i}`, `10.1.0.${i}`);
    const res = await signIn(victim.user.email, TEST_PASSWORD, '10.1.1.1');
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(res.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('signing out ends the session for good', async () => {
    const user = await ctx.makeUser('marketer');
    const cookie = await ctx.sessionCookie(user);
    await ctx.http().post('/graphql').set('cookie', cookie).send({ query: 'mutation { signOut { ok } }' });
    const me = await ctx.http().post('/graphql').set('cookie', cookie).send({ query: ME });
    expect(me.body.data.me).toBeNull();
  });

  describe('API keys', () => {
    const CREATE = 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id prefix scopes } } }';

    it('are created by admins, shown once, limited to their scopes, and stop working when revoked', async () => {
      const created = await ctx.gql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string } } }>(admin, CREATE, {
        i: { name: 'ERP sync', scopes: ['user.read'], userId: admin.user.id },
      });
      const { secret, apiKey } = created.data.createApiKey;
      expect(secret).toMatch(new RegExp(`^crm_${apiKey.prefix}_`));
      const listed = await ctx.gql(admin, '{ apiKeys { id prefix name } }');
      // The secret part is base64url and may itself contain "_": take everything after the prefix.
      expect(JSON.stringify(listed.data)).not.toContain(secret.slice(`crm_${apiKey.prefix}_`.length));

      const asKey = { apiKey: secret };
      expect((await ctx.gql<{ users: unknown[] }>(asKey, '{ users { id } }')).data.users.length).toBeGreaterThan(0);
      // The key's user is an admin, but the key itself was not given apikey.manage.
      expect((await ctx.gql(asKey, '{ apiKeys { id } }')).errors?.[0].extensions.code).toBe('FORBIDDEN');

      await ctx.gql(admin, 'mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { revokedAt } } }', { i: { id: apiKey.id } });
      expect((await ctx.gql(asKey, '{ users { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('are read only from the Authorization header', async () => {
      const { apiKey } = await ctx.apiKey(admin, ['user.read']);
      const inCookie = await ctx.http().post('/graphql').set('cookie', `${SESSION_COOKIE}=${apiKey}`).send({ query: '{ users { id } }' });
      expect(inCookie.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const inQuery = await ctx.http().post(`/graphql?access_token=${apiKey}`).send({ query: '{ users { id } }' });
      expect(inQuery.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('cannot be created by non-admins, nor with unknown scopes', async () => {
      expect((await ctx.gql(rep, CREATE, { i: { name: 'mine', scopes: ['contact.read'] } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      const bad = await ctx.gql(admin, CREATE, { i: { name: 'x', scopes: ['contact.read', 'everything'] } });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'scopes', message: 'unknown scope(s): everything' }] });
    });
  });
});
