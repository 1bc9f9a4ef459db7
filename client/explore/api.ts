// The explorer talks to the API only through the typed client, sending operation hashes from
// the persisted manifest (so it also works on a server that accepts nothing else).
import { createClient } from '../client.ts';

export const execute = createClient({ url: new URL('/graphql', location.href).href, persisted: true });
