/** Our GraphQL server (and the peer's) on a free loopback port, and a timed client. */
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
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

/**
 * Posts a query; throws on an HTTP or GraphQL error, since a failed answer has no meaningful time. Through
 * node:http (its global agent keeps the connection alive) rather than fetch: a client's own cost is neither the
 * API's nor the baseline's, and fetch (undici) cost about 0.4 ms more per request than this on the bench's one
 * request at a time (p50 2.57 against 2.19 ms, a timeline on the seeds, 2,500 requests alternating, busy machine).
 */
export function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            resolve(dataOf(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

function dataOf(status: number, text: string): unknown {
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (status < 200 || status >= 300 || body.errors !== undefined)
    throw new Error(`GraphQL answered ${status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return body.data;
}
