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
  const badRequest = (message: string, code: string) => ({ message, extensions: { code, http: { status: 400 } } });
  return usePersistedOperations({
    allowArbitraryOperations: allowArbitrary,
    // APQ clients send the bare hex digest; the manifest keys carry the algorithm.
    getPersistedOperation: (hash) => manifest[`sha256:${hash}`] ?? manifest[hash] ?? null,
    // The plugin's own messages ("PersistedQueryKeyNotFound" for a request with no query at all,
    // "CANNOT_SEND_PQ_ID_AND_BODY" for a plain query in persisted-only mode) mislead.
    customErrors: {
      keyNotFound: allowArbitrary
        ? badRequest('Must provide a query string, or the sha256Hash of a persisted operation in extensions.persistedQuery.', 'QUERY_REQUIRED')
        : badRequest('Must provide the sha256Hash of a persisted operation in extensions.persistedQuery.', 'PERSISTED_QUERY_REQUIRED'),
      persistedQueryOnly: badRequest(
        "Only persisted operations are accepted here: send the sha256Hash of an operation in the generated client's manifest, not its text.",
        'PERSISTED_QUERY_ONLY',
      ),
    },
  });
}
