// `npm run bench -- --peer postgraphile`: a PostgreSQL copy of the seeded SQLite database, and
// on it two servers measured beside the SQLite ones: newsgraph itself (DATABASE_URL-style
// postgresql:// URL) and PostGraphile (bench/postgraphile-server.ts). The database is named
// newsgraph_bench_peer_* and dropped by `stop()`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createDatabase, dropDatabase, uniqueDatabaseName, withConnection, withDatabaseName } from '../src/db/postgresql-admin.ts';
import { projectRoot, startServerChild, type ServerChild } from './children.ts';
import { copyToPostgres, type CopyResult } from './postgres-copy.ts';

export const peers = ['postgraphile'] as const;
export type Peer = (typeof peers)[number];

export interface PeerServers {
  adminUrl: string;
  database: string;
  copy: CopyResult;
  newsgraphPostgres: ServerChild;
  postgraphile: ServerChild;
  stop(): Promise<void>;
}

export async function startPeer(sqliteFile: string, adminUrl: string, log: (message: string) => void): Promise<PeerServers> {
  if (!adminUrl.startsWith('postgres')) throw new Error('--peer needs PostgreSQL: DATABASE_URL must be a postgresql:// URL (or unset, for the local server)');
  const database = uniqueDatabaseName('bench_peer');
  const url = withDatabaseName(adminUrl, database);
  await createDatabase(adminUrl, database);
  const servers: ServerChild[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await dropDatabase(adminUrl, database);
  };
  try {
    log(`copying the seeded rows into PostgreSQL database ${database}`);
    const copy = await copyToPostgres(sqliteFile, url);
    log(`copied ${copy.rows} rows in ${copy.seconds.toFixed(1)} s; starting newsgraph and PostGraphile on it`);
    const sql = await readFile(path.join(projectRoot, 'bench', 'postgraphile.sql'), 'utf8');
    await withConnection(url, (client) => client.query(sql));
    const newsgraphPostgres = await startServerChild('bench/graphql-server.ts', [url]);
    servers.push(newsgraphPostgres);
    const postgraphile = await startServerChild('bench/postgraphile-server.ts', [url]);
    servers.push(postgraphile);
    return { adminUrl, database, copy, newsgraphPostgres, postgraphile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
