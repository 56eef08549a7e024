import { createTestContext, TestContext } from '@crm/core/testing';
import { DOMAIN_MODULES } from '@crm/modules';

/**
 * Migration drift: after every migration has run, TypeORM compares the entities with the
 * database. Anything it would create or alter means an entity changed without a migration.
 * Foreign keys and CHECK constraints exist only in the hand-written SQL (entities do not declare
 * them), so TypeORM proposing to drop those is expected.
 */
const EXPECTED_EXTRAS = /^ALTER TABLE "\w+"\."\w+" DROP CONSTRAINT "\w+_(fkey|check)"$/;

describe('migrations', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(DOMAIN_MODULES);
  });
  afterAll(() => ctx.close());

  it('leave no drift between the entities and the database schema', async () => {
    const { upQueries } = await ctx.db.driver.createSchemaBuilder().log();
    const drift = upQueries.map((q) => q.query).filter((sql) => !EXPECTED_EXTRAS.test(sql));
    expect(drift).toEqual([]);
  });

  it('create the extensions search depends on, in a database whose ctype understands Cyrillic', async () => {
    const extensions = (await ctx.db.query(`SELECT extname FROM pg_extension`)).map((e: { extname: string }) => e.extname);
    expect(extensions).toEqual(expect.arrayContaining(['pg_trgm', 'pgcrypto']));
    expect((await ctx.db.query(`SELECT lower('ПЕТРОВ') AS l`))[0].l).toBe('петров');
  });
});
