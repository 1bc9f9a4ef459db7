// Cross-origin access: off unless origins are allowed by name (NEWSGRAPH_CORS_ORIGINS), and then
// only for those exact origins and never with credentials (cookies), so no other site can use a
// visitor's session against the API.
import type { YogaServerOptions } from 'graphql-yoga';

/** The allow-list from a comma-separated setting; an entry that is not an origin is an error naming it. */
export function parseCorsOrigins(setting: string | undefined, name = 'NEWSGRAPH_CORS_ORIGINS'): string[] {
  const entries = (setting ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    if (!URL.canParse(entry) || new URL(entry).origin !== entry) {
      throw new Error(`${name}: "${entry}" is not an origin such as https://app.example (scheme, host and port only)`);
    }
  }
  return entries;
}

export function corsPolicy(origins: readonly string[]): NonNullable<YogaServerOptions<object, object>['cors']> {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false;
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['accept', 'authorization', 'content-type'] };
  };
}
