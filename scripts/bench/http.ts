/** Our GraphQL server (and the peer's) on a free loopback port, and a timed client. */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createServer } from '../../src/server';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function listen(server: Server): Promise<Served> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The API as `npm start` serves it (same plugins, limits and error masking). */
export function serveOurs(driver: Driver): Promise<Served> {
  return listen(createServer({ driver, logger: pino({ level: 'silent' }) }));
}

export function serveHandler(handler: Parameters<typeof createHttpServer>[1]): Promise<Served> {
  return listen(createHttpServer(handler));
}

/** Posts a query; throws on an HTTP or GraphQL error, since a failed answer has no meaningful time. */
export async function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors !== undefined)
    throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return body.data;
}
