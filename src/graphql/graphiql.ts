// GraphiQL: its options and the page. The page comes from @graphql-yoga/render-graphiql, which
// inlines its assets (9 MB), so it works with no network beyond this server (yoga's default
// loads a CDN). It is rendered and compressed once per process and served with an ETag, so
// browsers cache it and revalidate with a 304 instead of fetching 9 MB each time. The module is
// imported on the first request for the page: loaded at start-up, it holds ~75 MB of RSS in every
// server, including those nobody opens GraphiQL on.
import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { acceptedEncoding, compress, type Encoding } from './compression.ts';

const defaultQuery = `# Meetings of Xi Jinping, with who else took part and where.
query XiMeetings {
  person(name: "Xi") {
    name
    meetings(first: 5) {
      totalCount
      edges {
        node {
          dateText
          summary
          status
          venue { name }
          location { name }
          participants { edges { node { name } } }
        }
      }
    }
  }
}
`;

const graphiql = { title: 'newsgraph', defaultQuery };

interface Page {
  etag: string;
  bodies: Record<Encoding | 'identity', Uint8Array<ArrayBuffer>>;
}

let page: Promise<Page> | undefined;

function renderPage(): Promise<Page> {
  page ??= (async () => {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    const html = new TextEncoder().encode(renderGraphiQL(graphiql));
    const [br, gzip] = await Promise.all([compress(html, 'br'), compress(html, 'gzip')]);
    return { etag: `"${createHash('sha256').update(html).digest('hex').slice(0, 32)}"`, bodies: { identity: html, br, gzip } };
  })();
  return page;
}

/** Serves GraphiQL at `endpoint` to browsers (GET accepting text/html). */
export function graphiqlPage(endpoint: string): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== 'GET' || url.pathname !== endpoint || !request.headers.get('accept')?.includes('text/html')) return;
      const { etag, bodies } = await renderPage();
      const encoding = acceptedEncoding(request);
      const headers = {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'public, max-age=3600',
        etag,
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      };
      const fresh = request.headers.get('if-none-match') === etag;
      endResponse(new fetchAPI.Response(fresh ? null : bodies[encoding ?? 'identity'], { status: fresh ? 304 : 200, headers }));
    },
  };
}
