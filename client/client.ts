// A small typed GraphQL client: plain fetch plus TypedDocumentNode, so each operation's result
// and variables are typed from the generated documents in ./gql.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  headers?: Record<string, string>;
  /** Send only the operation's hash (the server must know it from the persisted manifest). */
  persisted?: boolean;
}

export class GraphQLResponseError extends Error {
  constructor(readonly errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphQLResponseError';
  }
}

/** Variables are optional exactly when the operation declares none that are required. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** The hash the client preset embeds in each document (`sha256:<hex>`). */
function documentHash(document: object): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash.replace(/^sha256:/, '') : undefined;
}

export function createClient({ url, headers = {}, persisted = false }: ClientOptions) {
  return async function execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): Promise<TResult> {
    const hash = documentHash(document);
    if (persisted && !hash) throw new Error('persisted mode needs documents generated with persistedDocuments');
    const body = persisted
      ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
      : { query: print(document), variables };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify(body),
    });
    const payload = (await response.json()) as { data?: TResult | null; errors?: GraphQLResponseError['errors'] };
    if (payload.errors?.length) throw new GraphQLResponseError(payload.errors);
    if (payload.data == null) throw new Error(`no data in the response (HTTP ${response.status})`);
    return payload.data;
  };
}

export type Execute = ReturnType<typeof createClient>;
