// CPU time of the processes serving a request: the server's own process and, on PostgreSQL,
// the backend processes of its connections, read from /proc (utime + stime), so the CPU a
// request costs can be compared across servers whose work is split differently.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { withConnection } from '../src/db/postgresql-admin.ts';

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** Seconds of CPU `pid` has used so far; null once it is gone. */
async function cpuSeconds(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  // Fields after the command name (which may hold spaces), counted from field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/** The backend processes connected to PostgreSQL database `database` (but the caller's own). */
async function backends(adminUrl: string, database: string): Promise<number[]> {
  return withConnection(adminUrl, async (client) => {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database],
    );
    return rows.map((r) => r.pid);
  });
}

export interface CpuTarget {
  pid: number;
  /** PostgreSQL the server uses, whose backends count too. */
  postgres?: { adminUrl: string; database: string };
}

/** CPU seconds `target` spends while `run` runs. A process that exits meanwhile is missed (pools keep theirs open). */
export async function cpuDuring<T>(target: CpuTarget, run: () => Promise<T>): Promise<{ result: T; cpuSeconds: number }> {
  const pidsNow = async () => [target.pid, ...(target.postgres ? await backends(target.postgres.adminUrl, target.postgres.database) : [])];
  const before = new Map<number, number>();
  for (const pid of await pidsNow()) before.set(pid, (await cpuSeconds(pid)) ?? 0);
  const result = await run();
  let total = 0;
  for (const pid of new Set([...before.keys(), ...(await pidsNow())])) {
    const now = await cpuSeconds(pid);
    if (now !== null) total += now - (before.get(pid) ?? 0);
  }
  return { result, cpuSeconds: total };
}
