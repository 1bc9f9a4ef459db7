// Persisted operations: clients generated from client/ may send the sha256 of an operation
// (Apollo's `extensions.persistedQuery`) instead of its text. Arbitrary operations stay
// allowed unless `allowArbitrary` is false, e.g. for a production deployment serving only
// known clients.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { projectRoot } from '../db/paths.ts';

/** Hash (`sha256:<hex>`) -> operation text, as written by the client preset. */
export type PersistedOperationManifest = Record<string, string>;

export const manifestFile = path.join(projectRoot, 'client', 'gql', 'persisted-documents.json');

export function loadManifest(file = manifestFile): PersistedOperationManifest {
  return JSON.parse(readFileSync(file, 'utf8')) as PersistedOperationManifest;
}

export interface PersistedOperationsOptions {
  manifest: PersistedOperationManifest;
  /** Whether operations outside the manifest may run. */
  allowArbitrary: boolean;
}

export function persistedOperations({ manifest, allowArbitrary }: PersistedOperationsOptions): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: allowArbitrary,
    // APQ clients send the bare hex digest; the manifest keys carry the algorithm.
    getPersistedOperation: (hash) => manifest[`sha256:${hash}`] ?? manifest[hash] ?? null,
  });
}
