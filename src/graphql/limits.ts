// Limits on what one request may ask of the server.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

export const limits = {
  /** Field nesting; a relay path costs two levels per relation (edges, node). */
  maxDepth: 15,
  maxAliases: 15,
  /** GraphQL Armor's structural cost: each field weighs more the deeper it sits. */
  maxCost: 100_000,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Request body bytes: room for a 2 MB article, JSON-escaped, plus the query. */
  maxBodyBytes: 3 * 1024 * 1024,
} as const;

export function armor(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
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
