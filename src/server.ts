/**
 * Composition root of the HTTP side: GraphQL (with GraphiQL) at /graphql, liveness
 * at /health, readiness (Neo4j reachable) at /ready. Stateless: run as many as
 * needed behind a load balancer.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { createContext, type Context } from './api/context';
import { usePartialDateArguments } from './api/plugins/partialDateArguments';
import { useRoundTripCount } from './api/plugins/roundTripCount';
import { buildSchema } from './api/schema';
import { ingestSubmission } from './ingest/ingest';

export interface ServerOptions {
  driver: Driver;
  logger: Logger;
  /** INGEST_TOKEN: the bearer token of the ingest mutation; unset disables it. */
  ingestToken?: string;
}

async function databaseReachable(driver: Driver): Promise<boolean> {
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  }
}

export function createServer({ driver, logger, ingestToken }: ServerOptions): Server {
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Actor graph' },
    context: ({ request }) =>
      createContext({ driver, ingestToken, ingest: ingestSubmission }, request.headers.get('authorization')),
    plugins: [usePartialDateArguments(), useRoundTripCount()],
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
  });

  return createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/health') return json(200, { status: 'ok' });
    if (url.pathname === '/ready') {
      void databaseReachable(driver).then((ok) =>
        ok ? json(200, { status: 'ready' }) : json(503, { status: 'unavailable', reason: 'Neo4j does not answer' }),
      );
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/graphql' });
      res.end();
      return;
    }
    void yoga.handle(req, res);
  });
}
