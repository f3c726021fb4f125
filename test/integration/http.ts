/** Starts the real HTTP server on a free port for a test file, and posts GraphQL to it. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createServer, type ServerOptions } from '../../src/server';

export interface TestServer {
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** The answer's data, for a query that must answer without errors (it throws with them otherwise). */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export async function startTestServer(
  driver: Driver,
  options: Omit<ServerOptions, 'driver' | 'logger'> = {},
): Promise<TestServer> {
  const server: Server = createServer({ driver, logger: pino({ level: 'silent' }), ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const graphql: TestServer['graphql'] = async (query, variables, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  return {
    url,
    graphql,
    async data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const { data, errors } = await graphql<T>(query, variables);
      if (errors !== undefined) throw new Error(`data: ${query} answered errors: ${JSON.stringify(errors)}`);
      if (data === undefined) throw new Error(`data: no data for ${query}`);
      return data;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
