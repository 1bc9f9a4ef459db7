// Benchmarked code runs in child processes (plain `node --import tsx`, no wrapper process), so
// each one's peak memory and CPU profile are its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const projectRoot = path.dirname(import.meta.dirname);

export interface ChildOptions {
  /** Extra node flags, such as --cpu-prof. */
  nodeFlags?: string[];
  /** Another checkout to run the script from (bench/compare.ts); this one by default. */
  checkout?: string;
}

/** `script` is relative to the checkout's root. */
function start(script: string, args: string[], { nodeFlags = [], checkout = projectRoot }: ChildOptions): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(checkout, script), ...args], {
    cwd: checkout,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function firstJsonLine<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolve(JSON.parse(line) as T);
    });
    child.once('exit', (code) => reject(new Error(`${child.spawnfile} exited with ${code} before reporting`)));
    child.once('error', reject);
  });
}

/** Runs a script to completion. */
export async function runScript(script: string, args: string[]): Promise<void> {
  const child = start(script, args, {});
  child.stdout?.resume();
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('exit', resolve);
    child.once('error', reject);
  });
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
}

/** Runs a script to completion and returns the JSON line it printed. */
export async function runChild<T>(script: string, args: string[], options: ChildOptions = {}): Promise<T> {
  const child = start(script, args, options);
  const result = firstJsonLine<T>(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const [value, code] = await Promise.all([result, exited]);
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  return value;
}

export interface ServerChild {
  url: string;
  pid: number;
  /** Peak resident set size so far, from /proc/<pid>/status (VmHWM). */
  peakRssMb(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a server script that prints {"url": ...} once listening. */
export async function startServerChild(script: string, args: string[], options: ChildOptions = {}): Promise<ServerChild> {
  const child = start(script, args, options);
  const { url } = await firstJsonLine<{ url: string }>(child);
  const pid = child.pid as number;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid,
    async peakRssMb() {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''); // gone: it crashed
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
