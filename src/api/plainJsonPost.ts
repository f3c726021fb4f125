/**
 * The common request, answered without yoga's Fetch layer: a POST of a JSON body (query,
 * variables, operationName, extensions) from a client that accepts JSON and sends no
 * Origin. Node's request is not copied into a Fetch Request with a body stream, nor the
 * answer into a Fetch Response: the body is read here, and yoga runs the operation
 * (`getResultForParams`: its params hooks, envelop with every plugin, the masked errors)
 * as it does for any request. One at a time this took 0.2-0.3 ms off each request of the
 * load mix (BENCHMARKS.md, issue 22).
 *
 * Only what yoga would answer as plain `application/json` comes this way; whatever else
 * (another Accept, an Origin for CORS, a body that is not a params object, a batch) goes
 * to yoga whole, and so does every answer that carries errors: those are written by
 * yoga's own `processRegularResult`, status and headers included.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { processRegularResult, type GraphQLParams, type YogaServerInstance } from 'graphql-yoga';
import { isJsonObject } from '../domain/json';
import type { Context } from './context';

export type Yoga = YogaServerInstance<Record<string, unknown>, Context>;

/** What a client sends, in the form yoga's params check lets through (JSON's nulls read as absent by yoga). */
type PlainParams = GraphQLParams & { query: string };

/** Accept headers yoga answers with `application/json` (its media-type choice, result-processor/accept). */
const JSON_ACCEPTS: ReadonlySet<string> = new Set(['*/*', 'application/json', 'application/json;charset=utf-8']);

const isJsonMediaType = (contentType: string | undefined) =>
  contentType !== undefined && /^application\/json\s*(?:;|$)/i.test(contentType);

const acceptsPlainJson = (accept: string | undefined) =>
  accept === undefined || JSON_ACCEPTS.has(accept.replace(/\s/g, '').toLowerCase());

/** Whether a request may take this route, from its headers alone (the body is read after). */
export function isPlainJsonPost(req: IncomingMessage): boolean {
  return (
    req.method === 'POST' &&
    req.headers.origin === undefined &&
    req.headers['content-length'] !== undefined &&
    isJsonMediaType(req.headers['content-type']) &&
    acceptsPlainJson(req.headers.accept)
  );
}

const isOptional = (value: unknown, is: (v: unknown) => boolean) => value === undefined || value === null || is(value);
const PARAM_NAMES: ReadonlySet<string> = new Set(['query', 'variables', 'operationName', 'extensions']);

/** A body that passes yoga's params check as it stands (so that check cannot throw here). */
export function asPlainParams(body: unknown): PlainParams | null {
  if (!isJsonObject(body) || typeof body.query !== 'string') return null;
  const wellFormed =
    Object.keys(body).every((key) => PARAM_NAMES.has(key) || body[key] === null || body[key] === undefined) &&
    isOptional(body.variables, isJsonObject) &&
    isOptional(body.operationName, (v) => typeof v === 'string') &&
    isOptional(body.extensions, isJsonObject);
  return wellFormed ? (body as unknown as PlainParams) : null;
}

/** The JSON body parsed, or null when it is not JSON (yoga then says so, in its words). */
export function parsedBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** An answer yoga wrote as a Fetch Response, copied to Node's. */
export async function sendFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** A target of one plain segment (`/graphql`): the URL parser would give it back as it is. */
const PLAIN_TARGET = /^\/[\w-]*$/;

/**
 * The Request's URL: for a plain target, its text, which the Request parses only if something reads its
 * parts (nothing does on this route); parsing every request's URL cost about 0.01 ms of CPU. Any other
 * target is parsed (and normalised) as before.
 */
const requestUrl = (target: string): string | URL =>
  PLAIN_TARGET.test(target) ? `http://localhost${target}` : new URL(target, 'http://localhost');

/**
 * Runs the operation of a plain JSON POST whose body was read and checked, and answers it:
 * a result without errors as `application/json`, anything else through yoga's writer.
 */
export async function answerPlainJsonPost(
  yoga: Yoga,
  req: IncomingMessage,
  res: ServerResponse,
  params: PlainParams,
): Promise<void> {
  // The Request that the context and yoga's hooks read (headers, method, URL); it has no body.
  const request = new yoga.fetchAPI.Request(requestUrl(req.url ?? '/'), {
    method: 'POST',
    headers: req.headers as Record<string, string>,
  });
  const result = await yoga.getResultForParams({ params, request }, { req, res });
  if (result === undefined || Symbol.asyncIterator in result || result.errors?.length || result.extensions?.http) {
    return sendFetchResponse(res, await processRegularResult(result as never, yoga.fetchAPI, 'application/json'));
  }
  const body = JSON.stringify(result);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
