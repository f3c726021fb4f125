/**
 * Composition root of the HTTP side: the explorer page at /, GraphQL (with GraphiQL)
 * at /graphql, liveness at /health, readiness (Neo4j reachable) at /ready, the last
 * three answered by graphql-yoga. Stateless: run as many as needed behind a load balancer.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createYoga } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import sirv from 'sirv';
import type { Driver } from 'neo4j-driver';
import type { ArticleSubmission } from './domain/types';
import type { Logger } from 'pino';
import { createContext, type Context } from './api/context';
import { extractionFailed, maskError } from './api/errors';
import { HEALTH_ENDPOINT, useHealthReport } from './api/plugins/healthReport';
import { usePartialDateArguments } from './api/plugins/partialDateArguments';
import { useQueryLimits } from './api/plugins/queryLimits';
import { READY_ENDPOINT, useDatabaseReadiness } from './api/plugins/readiness';
import { useRoundTripCount } from './api/plugins/roundTripCount';
import { buildSchema } from './api/schema';
import { DEFAULT_READ_TIMEOUT_MS } from './graph/read';
import { handleExport } from './export/http';
import { ExtractorFailedError, ingestSubmission, type Extractor } from './ingest/ingest';

/** A GraphQL request is a query and its variables; an ingested article fits too. */
export const MAX_BODY_BYTES = 1_048_576;

export interface ServerOptions {
  driver: Driver;
  logger: Logger;
  /** INGEST_TOKEN: the bearer token of the ingest mutation; unset disables it. */
  ingestToken?: string;
  /** CORS_ORIGIN: origins allowed to call from a browser; unset, no cross-origin access. */
  corsOrigins?: string[];
  /** Neo4j stops a read transaction after this long (QUERY_TIMEOUT). */
  readTimeoutMs?: number;
  /** EXTRACTOR: who finds the events of an ingested article (default: the rules). */
  extractor?: Extractor;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The request body, or null once it passes `limit` bytes (then the request is answered 413). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const GRAPHQL_ENDPOINT = '/graphql';
/** The paths yoga answers whatever the method; other GETs are the explorer's files. */
const YOGA_PATHS: ReadonlySet<string> = new Set([GRAPHQL_ENDPOINT, HEALTH_ENDPOINT, READY_ENDPOINT]);

/** Where npm run build:explorer writes the page (npm start and the browser tests build it first). */
const EXPLORER_DIR = path.resolve(__dirname, '..', 'dist', 'explorer');

/**
 * The explorer's static files. `dev` mode looks each file up when asked (with an ETag)
 * instead of listing the folder once, so a rebuild is served without a restart.
 */
function explorerFiles(): (req: IncomingMessage, res: ServerResponse, notFound: () => void) => void {
  const files = sirv(EXPLORER_DIR, {
    dev: true,
    etag: true,
    setHeaders: (res) =>
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
      ),
  });
  return (req, res, notFound) => files(req, res, notFound);
}

export function createServer({
  driver,
  logger,
  ingestToken,
  corsOrigins,
  readTimeoutMs = DEFAULT_READ_TIMEOUT_MS,
  extractor,
}: ServerOptions): Server {
  const ingest = (db: Driver, submission: ArticleSubmission) =>
    ingestSubmission(db, submission, extractor).catch((error: unknown) => {
      // A model that gave no usable answer is the client's to hear about, with its reason, not an unexpected error.
      throw error instanceof ExtractorFailedError ? extractionFailed(error.message) : error;
    });
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: HEALTH_ENDPOINT,
    graphiql: { title: 'Actor graph' },
    cors: corsOrigins === undefined || corsOrigins.length === 0 ? false : { origin: corsOrigins },
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    context: ({ request }) =>
      createContext({ driver, ingestToken, ingest, readTimeoutMs }, request.headers.get('authorization')),
    // graphql-jit compiles each query document once into a function that runs it: on a
    // list of a few hundred events it saves about 2 ms a request (BENCHMARKS.md).
    plugins: [
      useHealthReport(),
      useDatabaseReadiness(driver),
      ...useQueryLimits(),
      usePartialDateArguments(),
      useRoundTripCount(),
      useGraphQlJit(),
    ],
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
  });

  /**
   * Hands a request to yoga (GraphQL, /health, /ready). The body limit stays here, checked
   * before yoga sees the request: yoga's own maxRequestBodySize answers another error code
   * (REQUEST_ENTITY_TOO_LARGE), and clients know this one (PAYLOAD_TOO_LARGE).
   */
  async function viaYoga(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const body = hasBody ? await readBody(req, MAX_BODY_BYTES) : undefined;
    if (body === null) {
      return sendJson(res, 413, {
        errors: [
          {
            message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await yoga.fetch(new URL(req.url ?? '/', 'http://localhost'), {
      method: req.method,
      headers,
      body,
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  }

  const explorer = explorerFiles();

  // Node's server stays in front of yoga for what is not GraphQL: the exports, which
  // stream files, and the explorer's static files (sirv).
  return createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/export/')) {
      void handleExport(req, res, { driver, logger, readTimeoutMs });
      return;
    }
    if (!YOGA_PATHS.has(url.pathname) && (req.method === 'GET' || req.method === 'HEAD')) {
      return explorer(req, res, () =>
        url.pathname === '/'
          ? sendJson(res, 503, {
              error: `The explorer is not built (no ${EXPLORER_DIR}/index.html): run npm run build:explorer.`,
            })
          : sendJson(res, 404, { error: `Nothing at ${url.pathname}.` }),
      );
    }
    viaYoga(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.end();
    });
  });
}
