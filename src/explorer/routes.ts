// Serves the explorer under /explore on the API's own server and port, as a yoga plugin.
// Every response carries a Content-Security-Policy that allows scripts, styles and requests
// from this origin only: no inline script, no foreign script, no plugin.
import type { Plugin } from 'graphql-yoga';
import { explorerAssets, type AssetName } from './assets.ts';

export const explorerPath = '/explore';

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const files: Record<string, AssetName> = {
  [explorerPath]: 'index.html',
  [`${explorerPath}/`]: 'index.html',
  [`${explorerPath}/app.js`]: 'app.js',
  [`${explorerPath}/app.css`]: 'app.css',
};

export function explorer(): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== explorerPath && !url.pathname.startsWith(`${explorerPath}/`)) return;
      const headers = {
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      };
      const name = files[url.pathname];
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new fetchAPI.Response('Method not allowed', { status: 405, headers: { ...headers, allow: 'GET, HEAD' } }));
      }
      if (!name) return endResponse(new fetchAPI.Response(`No such explorer file: ${url.pathname}`, { status: 404, headers }));
      const asset = (await explorerAssets())[name];
      const cacheHeaders = { ...headers, etag: asset.etag, 'cache-control': 'no-cache' };
      if (request.headers.get('if-none-match') === asset.etag) {
        return endResponse(new fetchAPI.Response(null, { status: 304, headers: cacheHeaders }));
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
        status: 200,
        headers: { ...cacheHeaders, 'content-type': asset.contentType, 'content-length': String(asset.body.byteLength) },
      }));
    },
  };
}
