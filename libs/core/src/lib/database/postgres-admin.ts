import { Client } from 'pg';

/** Connection URL of the same server's maintenance database. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates the database if it does not exist. UTF-8 with a Unicode-aware ctype, because
 * lower() and pg_trgm must understand Cyrillic.
 */
export async function ensureDatabase(url: string, template?: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    const name = databaseName(url);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return false;
    const from = template ? `TEMPLATE ${quoteIdent(template)}` : `TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`;
    await client.query(`CREATE DATABASE ${quoteIdent(name)} ${from}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabasesLike(url: string, prefix: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
