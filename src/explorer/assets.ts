// The explorer's files: its TypeScript (client/explore, with Cytoscape and the typed client)
// bundled by esbuild on the first request and kept for the life of the process, so
// `npm install && npm start` serves it with no build step and nothing from a CDN.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { projectRoot } from '../db/paths.ts';

export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** Strong validator: a hash of the body. */
  etag: string;
}

export type AssetName = 'index.html' | 'app.js' | 'app.css';

const sourceDir = path.join(projectRoot, 'client', 'explore');

function asset(bytes: Uint8Array, contentType: string): Asset {
  const body = new Uint8Array(bytes);
  return { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

async function bundleScript(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(sourceDir, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    // graphql-js reads NODE_ENV to choose its development checks.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for ${path.join(sourceDir, 'main.ts')}`);
  return output.contents;
}

async function buildAssets(): Promise<Record<AssetName, Asset>> {
  const [html, css, js] = await Promise.all([
    readFile(path.join(sourceDir, 'index.html')),
    readFile(path.join(sourceDir, 'explore.css')),
    bundleScript(),
  ]);
  return {
    'index.html': asset(html, 'text/html; charset=utf-8'),
    'app.css': asset(css, 'text/css; charset=utf-8'),
    'app.js': asset(js, 'text/javascript; charset=utf-8'),
  };
}

let assets: Promise<Record<AssetName, Asset>> | undefined;

/** The explorer's files, built once per process; a failed build is retried on the next call. */
export function explorerAssets(): Promise<Record<AssetName, Asset>> {
  assets ??= buildAssets().catch((error: unknown) => {
    assets = undefined;
    throw error;
  });
  return assets;
}

/** Bytes of the page's JavaScript, raw and gzipped (what a browser downloads with compression). */
export async function scriptWeight(): Promise<{ bytes: number; gzipped: number }> {
  const { body } = (await explorerAssets())['app.js'];
  return { bytes: body.byteLength, gzipped: gzipSync(body, { level: 9 }).byteLength };
}
