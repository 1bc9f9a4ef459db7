import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, whatever the working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
