// GraphQL Code Generator: typed documents for the operations in client/, from schema.graphql.
// `npm run codegen` regenerates client/gql/; a test fails when the committed output drifts.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/**/*.ts', '!client/gql/**'],
  ignoreNoDocuments: false,
  // The project is ESM with .ts imports (no build step), so generated imports name their files.
  importExtension: '.ts',
  generates: {
    'client/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // Each document carries its sha256 hash, and persisted-documents.json maps hashes to
        // documents: the server accepts a hash in place of the query text.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
