import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, whatever the working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The seed articles `serve` and `seed` read when no directory is given. */
export const defaultSeedDir = path.join(projectRoot, 'seed', 'articles');
