// Child process: the hand-written baseline. Plain node:http (the stack graphql-yoga runs on)
// with better-sqlite3 prepared statements, answering the benchmark operations only.
// Usage: node --import tsx bench/handwritten-server.ts <sqlite file>; prints {"url": ...}.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { handwrittenOperations } from './handwritten-sql.ts';
import { operations, type GraphQLRequest } from './operations.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: handwritten-server.ts <sqlite file>');
const db = new Database(file, { readonly: true });
const handlers = handwrittenOperations(db);
const byQuery = new Map(operations.map((op) => [op.query, handlers[op.key]]));

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { query, variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLRequest;
    const handler = byQuery.get(query);
    if (!handler) {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"unknown operation"}]}');
      return;
    }
    try {
      const body = JSON.stringify({ data: handler(variables) });
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` }));
});
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => {
    db.close();
    process.exit(0);
  });
});
