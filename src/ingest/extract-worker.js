// The body of an extraction worker thread (extract-workers.ts). Plain JavaScript because a
// worker starts without its parent's TypeScript loader: it registers tsx, as bin/newsgraph.js
// does, before importing the extractor.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractArticle, ArticleParseError } = await import('../extract/index.ts');

parentPort.on('message', ({ id, fileName, text }) => {
  try {
    parentPort.postMessage({ id, facts: extractArticle(fileName, text) });
  } catch (error) {
    if (error instanceof ArticleParseError) parentPort.postMessage({ id, parseError: error.message });
    else parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
