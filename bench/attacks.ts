// The requests of issue 11's availability and abuse reports, as data: `npm run bench:abuse`
// times each against a real server, and test/abuse asserts each is refused in time.
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Bytes on the wire (before decompression). */
  wireBytes: number;
  /** The body, decompressed. */
  text: string;
}

/** One HTTP request over loopback, with the wire size visible (fetch hides compression). */
export function send(
  url: string,
  { method = 'POST', headers = {}, body, timeoutMs = 60_000 }: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(body);
    const req = httpRequest(url, {
      method,
      headers: { ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}), ...headers },
      timeout: timeoutMs,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const decoded = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, wireBytes: raw.length, text: decoded.toString('utf8') });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(data);
  });
}

const graphqlResponseJson = 'application/graphql-response+json';

export function postGraphQL(url: string, payload: unknown, timeoutMs?: number, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send(url, { body: JSON.stringify(payload), headers: { accept: `${graphqlResponseJson}, application/json`, ...headers }, timeoutMs });
}

const words = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

// Each mention leads back to its article and all of that article's mentions: n × n × n bodies.
const nestedByVariables = `query($n: Int) { articles(first: $n) { edges { node { mentions(first: $n) { edges { node {
  article { mentions(first: $n) { edges { node { article { body } } } } } } } } } } } }`;

const fakeIds = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`Person:${1_000_000 + i}`).toString('base64'));

export interface Attack {
  /** Item number in issue 11. */
  item: number;
  name: string;
  run(url: string, timeoutMs: number): Promise<RawResponse>;
}

export const attacks: Attack[] = [
  { item: 1, name: 'search, 400 words', run: (url, t) => postGraphQL(url, { query: `{ search(query: "${words('the', 400)}") { totalCount } }` }, t) },
  { item: 1, name: 'search, 1,000 words', run: (url, t) => postGraphQL(url, { query: 'query($q: String!) { search(query: $q) { totalCount } }', variables: { q: words('the', 1000) } }, t) },
  { item: 1, name: 'search, 100 KB query', run: (url, t) => postGraphQL(url, { query: 'query($q: String!) { search(query: $q) { totalCount } }', variables: { q: words('word', 20_000) } }, t) },
  { item: 2, name: 'page sizes by variable, n = 50', run: (url, t) => postGraphQL(url, { query: nestedByVariables, variables: { n: 50 } }, t) },
  { item: 2, name: 'page sizes by variable, n = 100', run: (url, t) => postGraphQL(url, { query: nestedByVariables, variables: { n: 100 } }, t) },
  { item: 3, name: 'nodes(ids:) with 50,000 ids', run: (url, t) => postGraphQL(url, { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: fakeIds(50_000) } }, t) },
  { item: 4, name: 'GraphiQL page, gzip accepted', run: (url, t) => send(url, { method: 'GET', headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' }, timeoutMs: t }) },
  {
    item: 4, name: 'GraphiQL page, 50 requests',
    run: async (url, t) => {
      let last: RawResponse | undefined;
      for (let i = 0; i < 50; i++) last = await send(url, { method: 'GET', headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' }, timeoutMs: t });
      return last as RawResponse;
    },
  },
  {
    item: 5, name: 'meetings(first:100) × participants(first:100)',
    run: (url, t) => postGraphQL(url, { query: '{ meetings(first: 100) { edges { node { summary participants(first: 100) { edges { node { name } } } } } } }' }, t),
  },
  { item: 9, name: 'articles(filter:{source}) with 100k characters', run: (url, t) => postGraphQL(url, { query: 'query($s: String) { articles(filter: { source: $s }) { totalCount } }', variables: { s: 'x'.repeat(100_000) } }, t) },
  { item: 10, name: 'request without a query ({})', run: (url, t) => postGraphQL(url, {}, t) },
];
