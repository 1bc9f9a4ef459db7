// Compresses responses for clients that accept it: brotli or gzip, negotiated from
// Accept-Encoding. Bodies are compressed on zlib's thread pool, so large answers do not hold up
// other requests; small ones are sent as they are.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

export type Encoding = 'br' | 'gzip';

/** Below this many bytes compression saves less than it costs. */
const minBytes = 1024;

const compressors: Record<Encoding, (bytes: Uint8Array) => Promise<Buffer>> = {
  // Quality 5 compresses JSON nearly as well as 11 at a fraction of the time.
  br: (bytes) => promisify(brotliCompress)(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (bytes) => promisify(gzip)(bytes),
};

/** Compressed bytes, in an ArrayBuffer of their own (what a Response body takes). */
export async function compress(bytes: Uint8Array, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await compressors[encoding](bytes));
}

/** The best encoding the request accepts: brotli, then gzip; null for none. */
export function acceptedEncoding(request: Request): Encoding | null {
  const accepted = new Set(
    (request.headers.get('accept-encoding') ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
      .map(([name]) => name?.trim().toLowerCase()),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

export function compressResponses(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const encoding = acceptedEncoding(request);
      const type = response.headers.get('content-type') ?? '';
      // Streams (subscriptions, incremental delivery) must flow as they are produced.
      if (!encoding || !response.body || response.headers.has('content-encoding') || /event-stream|multipart/.test(type)) return;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      headers.append('vary', 'accept-encoding');
      let body = bytes;
      if (bytes.length >= minBytes) {
        body = await compress(bytes, encoding);
        headers.set('content-encoding', encoding);
        headers.delete('content-length');
      }
      setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }));
    },
  };
}
