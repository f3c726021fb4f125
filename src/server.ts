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
import {
  answerPlainJsonPost,
  asPlainParams,
  isPlainJsonPost,
  parsedBody,
  sendFetchResponse,
} from './api/plainJsonPost';
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

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The request body, or null once it passes `limit` bytes (then the request is answered
 * 413). The rest is not kept, and the socket stays open until that answer is sent (a
 * destroyed request could not be answered at all).
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', collect);
      chunks.length = 0;
      resolve(null);
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const GRAPHQL_ENDPOINT = '/graphql';

/**
 * The path of a request's target (`/graphql?query=…` → `/graphql`), without parsing a
 * whole URL for each request; a target with dot segments or escapes (`/a/../graphql`)
 * is normalised by the URL parser, as yoga and the exports read it.
 */
function pathOf(target: string): string {
  const end = target.search(/[?#]/);
  const pathPart = end < 0 ? target : target.slice(0, end);
  return /\/\.|%|\\/.test(pathPart) ? new URL(pathPart, 'http://localhost').pathname : pathPart;
}
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
    // The body limit is checked in front of yoga (viaYoga), with the code clients know;
    // yoga's own would pipe every body through a stream of its own a second time.
    maxRequestBodySize: false,
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

  /** The request's body-limit answer, the one clients know (PAYLOAD_TOO_LARGE); the rest of the body is not read. */
  const tooLarge = (res: ServerResponse) =>
    sendJson(
      res,
      413,
      {
        errors: [
          {
            message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      },
      { connection: 'close' },
    );

  /** A request whose body was read here, handed to yoga as a Fetch request, headers and body copied. */
  async function toYogaWithBody(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await yoga.fetch(new URL(req.url ?? '/', 'http://localhost'), {
      method: req.method,
      headers,
      body,
    });
    await sendFetchResponse(res, response);
  }

  /** A request whose body length is not announced (chunked): read here up to the limit, then handed to yoga. */
  async function viaYogaFetch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return tooLarge(res);
    return toYogaWithBody(req, res, body);
  }

  /** A plain JSON POST (plainJsonPost.ts): its body read here, run without yoga's Fetch layer when it is a params object. */
  async function viaPlainJsonPost(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return tooLarge(res);
    const params = asPlainParams(parsedBody(body));
    return params === null ? toYogaWithBody(req, res, body) : answerPlainJsonPost(yoga, req, res, params);
  }

  /**
   * Hands a request to yoga (GraphQL, /health, /ready). The body limit stays here, checked
   * before yoga sees the request: yoga's own maxRequestBodySize answers another error code
   * (REQUEST_ENTITY_TOO_LARGE), and clients know this one (PAYLOAD_TOO_LARGE). A request
   * without a body, or with its length announced (Node's parser then reads no more than
   * that), goes to yoga's Node adapter as it came: no copy of its headers or body.
   */
  function viaYoga(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const length = req.headers['content-length'];
    if (!hasBody || length !== undefined) {
      if (Number(length ?? 0) > MAX_BODY_BYTES) return Promise.resolve(tooLarge(res));
      if (isPlainJsonPost(req)) return viaPlainJsonPost(req, res);
      return Promise.resolve(yoga.requestListener(req, res));
    }
    return viaYogaFetch(req, res);
  }

  const explorer = explorerFiles();

  // Node's server stays in front of yoga for what is not GraphQL: the exports, which
  // stream files, and the explorer's static files (sirv).
  return createHttpServer((req, res) => {
    const pathname = pathOf(req.url ?? '/');
    if (pathname.startsWith('/export/')) {
      void handleExport(req, res, { driver, logger, readTimeoutMs });
      return;
    }
    if (!YOGA_PATHS.has(pathname) && (req.method === 'GET' || req.method === 'HEAD')) {
      return explorer(req, res, () =>
        pathname === '/'
          ? sendJson(res, 503, {
              error: `The explorer is not built (no ${EXPLORER_DIR}/index.html): run npm run build:explorer.`,
            })
          : sendJson(res, 404, { error: `Nothing at ${pathname}.` }),
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
