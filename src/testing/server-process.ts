// Runs `newsgraph serve` in a child process on an ephemeral loopback port, so a test or benchmark
// can attack a real server, watch its /health and memory, and kill it if it stalls.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../db/paths.ts';

export interface ServerProcess {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql. */
  url: string;
  /** Scheme, host and port, for /health and other paths. */
  origin: string;
  /** Peak resident memory of the server so far, in MB (Linux only; 0 elsewhere). */
  peakRssMb(): number;
  close(): Promise<void>;
}

export async function startServerProcess(
  { databaseUrl, env = {}, startupMs = 60_000 }: { databaseUrl: string; env?: Record<string, string>; startupMs?: number },
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src', 'cli.ts'), 'serve', '--port', '0', '--no-seed'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${startupMs} ms:\n${output}`)), startupMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    origin: new URL(url).origin,
    peakRssMb() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
        return kb ? Math.round(Number(kb) / 1024) : 0;
      } catch {
        return 0;
      }
    },
    async close() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
