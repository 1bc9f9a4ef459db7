// `prisma generate` downloads a native schema engine unless PRISMA_SCHEMA_ENGINE_BINARY names
// an existing file; generating needs no engine, so any existing file will do.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const { status } = spawnSync('prisma', ['generate', ...process.argv.slice(2)], { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(status ?? 1);
