// Limits on what one request may ask of the server.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxPageSize } from './builder.ts';

export const limits = {
  /** Field nesting; a relay path costs two levels per relation (edges, node). */
  maxDepth: 15,
  maxAliases: 15,
  /**
   * Nodes a query can return (src/graphql/cost.ts): admits 100 × 100 with a few sibling
   * connections, refuses 100 × 100 × 100.
   */
  maxNodes: 50_000,
  /** Ids `nodes(ids:)` accepts, like the largest page of a connection. */
  maxNodeIds: maxPageSize,
  /** Search text: words beyond these make no better match, only slower ones. */
  maxSearchLength: 500,
  maxSearchTerms: 32,
  /** Names and other text in filters and lookups. */
  maxNameLength: 200,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Request body bytes: room for a 2 MB article, JSON-escaped, plus the query. */
  maxBodyBytes: 3 * 1024 * 1024,
} as const;

/**
 * Armor throws its refusals from inside validation, prefixed "Syntax Error:", which Yoga then
 * answers with 200; reported as validation errors instead they get GraphQL over HTTP's 400.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

export function armor(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ...asValidationError },
    maxAliases: { n: limits.maxAliases, ...asValidationError },
    // Armor's cost rule weighs depth, not page sizes, and ignores variables: cost.ts counts nodes instead.
    costLimit: { enabled: false },
    // Counted while parsing, before there is a validation context: parse errors are 400 already.
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives, ...asValidationError },
    // Introspection is public, so "did you mean" suggestions reveal nothing and help clients.
    blockFieldSuggestion: { enabled: false },
  });
}

/**
 * Rejects bodies over `maxBytes` before they are read: by Content-Length, and refuses bodies
 * without one (chunked uploads), which could otherwise stream without bound.
 */
export function bodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method === 'GET' || request.method === 'HEAD') return;
      const length = request.headers.get('content-length');
      if (length === null && request.body !== null) {
        endResponse(new fetchAPI.Response('Content-Length required', { status: 411 }));
      } else if (Number(length) > maxBytes) {
        endResponse(new fetchAPI.Response(`Request body larger than ${maxBytes} bytes`, { status: 413 }));
      }
    },
  };
}

/** Refuses text longer than `max` characters with an error naming the argument or field. */
export function checkLength(field: string, value: string, max: number): void {
  if (value.length > max) {
    throw new GraphQLError(`${field} is ${value.length} characters long; at most ${max} are accepted.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}
