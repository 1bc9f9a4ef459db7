// Creating and dropping PostgreSQL databases (test databases, migration scratch databases),
// through a plain node-postgres connection to the database a URL names.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Prefix of every database newsgraph creates, so they are easy to find and clean up. */
export const databasePrefix = 'newsgraph_';

/** `url` pointing at database `name` on the same server, with the same credentials. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh name such as `newsgraph_test_1234_9f2c1a`. */
export function uniqueDatabaseName(purpose: string): string {
  return `${databasePrefix}${purpose}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

function quoted(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`invalid database name: ${name}`);
  return `"${name}"`;
}

/** Runs `use` on one connection to the database `url` names, then closes it. */
export async function withConnection<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` on `url`'s server, as a copy of `template` when given. */
export async function createDatabase(url: string, name: string, template?: string): Promise<void> {
  await withConnection(url, (client) =>
    client.query(`CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : ''}`),
  );
}

/** Drops database `name`, closing any connection still open to it. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await withConnection(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
}

/** The database names on `url`'s server that start with `prefix`. */
export async function databasesNamed(url: string, prefix: string): Promise<string[]> {
  return withConnection(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname', [prefix],
    );
    return rows.map((row) => row.datname);
  });
}
