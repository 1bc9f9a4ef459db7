// `npm run bench:abuse [-- --timeout SECONDS] [--item N]`: runs each attack of bench/attacks.ts against a
// fresh server (child process, loopback, seeded from seed/articles) and prints its status, time,
// bytes on the wire, the server's peak memory and the slowest /health answer meanwhile.
import { parseArgs } from 'node:util';
import { createTestDatabase } from '../src/testing/test-database.ts';
import { startServerProcess } from '../src/testing/server-process.ts';
import { attacks, send } from './attacks.ts';

const { values } = parseArgs({ options: { timeout: { type: 'string', default: '20' }, item: { type: 'string' } } });
const timeoutMs = Number(values.timeout) * 1000;
const chosen = attacks.filter((attack) => values.item === undefined || String(attack.item) === values.item);

/** Polls /health until stopped; returns the slowest answer in ms (Infinity if one never came). */
function watchHealth(origin: string) {
  let worst = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        await send(`${origin}/health`, { method: 'GET', timeoutMs: 2_000 });
        worst = Math.max(worst, performance.now() - started);
      } catch {
        worst = Number.POSITIVE_INFINITY;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return worst;
  };
}

const testDb = await createTestDatabase();
await testDb.db.$disconnect();
const rows: string[] = [];
for (const attack of chosen) {
  const server = await startServerProcess({ databaseUrl: testDb.url });
  const stopWatching = watchHealth(server.origin);
  const started = performance.now();
  let outcome: string;
  try {
    const response = await attack.run(server.url, timeoutMs);
    const detail = response.text.slice(0, 90).replace(/\s+/g, ' ');
    outcome = `${response.status} | ${(response.wireBytes / 1024).toFixed(1)} KB | ${detail}`;
  } catch (error) {
    outcome = `no answer (${(error as Error).message}) | |`;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(3);
  const health = await stopWatching();
  const healthText = Number.isFinite(health) ? `${health.toFixed(0)} ms` : 'unanswered (> 2 s)';
  rows.push(`| ${attack.item} | ${attack.name} | ${seconds} s | ${outcome} | ${server.peakRssMb()} MB | ${healthText} |`);
  console.log(rows.at(-1));
  await server.close();
}
await testDb.close();
console.log(['', '| item | attack | time | status | wire | answer starts | peak RSS | slowest /health |', '| --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
