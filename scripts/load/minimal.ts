/**
 * The minimal server of `npm run load`: node:http, one hand-written Cypher
 * statement per operation (./statements.ts) through neo4j-driver, the API's JSON
 * out, no GraphQL. What the least work for each answer costs, as a baseline.
 *
 * GET /op/<operation>?v=<variables as JSON> answers {"data": …}; GET /health
 * answers the process's memory, as the API's /health does.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { isOperationName, runOperation, type Variables } from './statements';

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export function createMinimalServer(driver: Driver): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      const { rss, heapUsed } = process.memoryUsage();
      return send(res, 200, { status: 'ok', rssBytes: rss, heapUsedBytes: heapUsed });
    }
    const name = url.pathname.startsWith('/op/') ? url.pathname.slice('/op/'.length) : '';
    if (!isOperationName(name)) return send(res, 404, { error: `No operation at ${url.pathname}.` });
    let variables: Variables;
    try {
      variables = JSON.parse(url.searchParams.get('v') ?? '{}') as Variables;
    } catch {
      return send(res, 400, { error: 'v: the variables as JSON' });
    }
    runOperation(driver, name, variables).then(
      (data) => send(res, 200, { data }),
      (error: unknown) => send(res, 500, { errors: [{ message: String(error) }] }),
    );
  });
}

/** The path and query of one request to the minimal server. */
export const minimalPath = (name: string, variables: Variables) =>
  `/op/${name}?v=${encodeURIComponent(JSON.stringify(variables))}`;
