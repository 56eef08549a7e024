import { ACCESS, AccessDeclaration } from '@crm/core';
import { createTestContext, TestContext } from '@crm/core/testing';
import { DOMAIN_MODULES } from '@crm/modules';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMA_FILE = join(__dirname, '../schema.graphql');
const ACCESS_FILE = join(__dirname, '../access-declarations.txt');
const update = process.env.UPDATE_SNAPSHOTS === '1';
/** @nestjs/graphql's metadata key for @Query/@Mutation/@Subscription methods. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

/** Compares generated text with its committed file; UPDATE_SNAPSHOTS=1 rewrites the file instead. */
function expectCommitted(file: string, generated: string) {
  if (update) writeFileSync(file, generated);
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (committed !== generated) {
    throw new Error(`${file} differs from what the code generates. Review the change, then run: UPDATE_SNAPSHOTS=1 npx jest apps/gateway/src/schema`);
  }
}

describe('whole-schema checks', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(DOMAIN_MODULES);
  });
  afterAll(() => ctx.close());

  it('the committed schema.graphql matches the code (integrators see every API change in review)', () => {
    const schema = ctx.get(GraphQLSchemaHost).schema;
    expectCommitted(SCHEMA_FILE, printSchema(lexicographicSortSchema(schema)) + '\n');
  });

  it('every query and mutation declares its access, and the declarations match the reviewed snapshot', () => {
    const discovery = ctx.get(DiscoveryService);
    const scanner = ctx.get(MetadataScanner);
    const reflector = ctx.get(Reflector);
    const lines: string[] = [];
    const undeclared: string[] = [];
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(proto)) {
        const kind = reflector.get<string | undefined>(RESOLVER_TYPE_METADATA, proto[method]);
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        const declaration = reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS, [proto[method], proto.constructor]);
        if (!declaration) undeclared.push(`${proto.constructor.name}.${method}`);
        const access = !declaration ? 'UNDECLARED' : declaration.kind === 'permission' ? `permission ${declaration.permission}` : declaration.kind;
        lines.push(`${kind} ${method}: ${access}`);
      }
    }
    expect(undeclared).toEqual([]);
    expectCommitted(ACCESS_FILE, lines.sort().join('\n') + '\n');
  });

  it('REST endpoints declare their access too', () => {
    const discovery = ctx.get(DiscoveryService);
    const scanner = ctx.get(MetadataScanner);
    const reflector = ctx.get(Reflector);
    const undeclared = discovery.getControllers().flatMap((wrapper) => {
      const proto = Object.getPrototypeOf(wrapper.instance);
      return scanner
        .getAllMethodNames(proto)
        .filter((m) => reflector.get('path', proto[m]) !== undefined && !reflector.getAllAndOverride(ACCESS, [proto[m], proto.constructor]))
        .map((m) => `${proto.constructor.name}.${m}`);
    });
    expect(undeclared).toEqual([]);
  });
});
