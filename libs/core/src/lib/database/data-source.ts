import { DataSource, DataSourceOptions, MigrationInterface } from 'typeorm';
import { SnakeNamingStrategy } from './naming.strategy';

type MigrationClass = new () => MigrationInterface;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityClass = Function;

export function dataSourceOptions(
  url: string,
  parts: { entities: EntityClass[]; migrations?: MigrationClass[]; poolMax?: number },
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations ?? [],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: false,
    extra: { max: parts.poolMax ?? 10, application_name: 'crm' },
  };
}

/** Runs pending migrations; returns the names applied. */
export async function runMigrations(url: string, migrations: MigrationClass[]): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, { entities: [], migrations, poolMax: 2 }));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
