/** Our GraphQL server (and the peer's) on a free loopback port, and a timed client. */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { Client } from 'undici';
import { createServer } from '../../src/server';

export interface Served {
  url: string;
  /** Posts a query to this server through its own client; throws on an HTTP or GraphQL error (see postTo). */
  post(query: string, variables: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

export async function listen(server: Server): Promise<Served> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const client = new Client(new URL(url).origin);
  return {
    url,
    post: (query, variables) => postTo(client, '/graphql', query, variables),
    close: async () => {
      await client.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function serveOurs(driver: Driver): Promise<Served> {
  return listen(createServer({ driver, logger: pino({ level: 'silent' }) }));
}

export function serveHandler(handler: Parameters<typeof createHttpServer>[1]): Promise<Served> {
  return listen(createHttpServer(handler));
}

/**
 * Posts a query; throws on an HTTP or GraphQL error, since a failed answer has no meaningful time. Through
 * undici's Client (one kept-alive connection) rather than fetch or node:http: a client's own cost is neither
 * the API's nor the baseline's, and the client runs in the process that serves. Against node:http's request,
 * it took 0.03-0.09 ms less per request and half the CPU (a JSON answer on loopback, 3,000 requests, quiet
 * machine); fetch (undici's too, with the WHATWG layers) had cost about 0.4 ms more than node:http.
 */
async function postTo(
  client: Client,
  path: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const { statusCode, body } = await client.request({
    path,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return dataOf(statusCode, await body.text());
}

function dataOf(status: number, text: string): unknown {
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (status < 200 || status >= 300 || body.errors !== undefined)
    throw new Error(`GraphQL answered ${status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return body.data;
}
