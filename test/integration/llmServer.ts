/**
 * A local OpenAI-compatible chat-completions server for the LLM extractor's tests: node:http on a free port of
 * 127.0.0.1, answering each request with what the test prepared for the article in it (found by a phrase of its
 * text), and counting every request. No model, no network beyond this machine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does with one request. */
export type Reply =
  /** A chat completion whose message content is `content` (JSON or not), after `delayMs`. */
  | { content: string; delayMs?: number }
  /** An HTTP error status, with Retry-After when given. */
  | { status: number; retryAfter?: string }
  /** No answer at all: the client's timeout must end it. */
  | { hang: true };

/** The reply to the `attempt`-th request (0 first) about an article; undefined: the server answers 404. */
export type Script = (attempt: number) => Reply;

export interface RequestSeen {
  /** The phrase of the script that matched, or null. */
  article: string | null;
  at: number;
  responseFormat: string | null;
  authorization: string | null;
}

export interface LlmTestServer {
  baseUrl: string;
  requests: RequestSeen[];
  /** The most requests in flight at one time. */
  maxInFlight: number;
  /** Answer 400 to a json_schema response format, as a server without structured output does. */
  refuseJsonSchema: boolean;
  count(article?: string): number;
  close(): Promise<void>;
}

interface ChatRequest {
  messages?: { role: string; content: string }[];
  response_format?: { type?: string };
}

const completion = (content: string) => ({
  id: 'chatcmpl-test',
  object: 'chat.completion',
  model: 'test-model',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
});

async function bodyOf(req: IncomingMessage): Promise<ChatRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
}

/** `scripts`: by a phrase that occurs in exactly one article's text, what to answer about that article. */
export async function startLlmServer(scripts: ReadonlyMap<string, Script>): Promise<LlmTestServer> {
  let inFlight = 0;
  const hanging = new Set<ServerResponse>();
  const state: LlmTestServer = {
    baseUrl: '',
    requests: [],
    maxInFlight: 0,
    refuseJsonSchema: false,
    count: (article) => state.requests.filter((r) => article === undefined || r.article === article).length,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await bodyOf(req);
    const user = body.messages?.find((m) => m.role === 'user')?.content ?? '';
    const article = [...scripts.keys()].find((phrase) => user.includes(phrase)) ?? null;
    const responseFormat = body.response_format?.type ?? null;
    const attempt = state.count(article ?? undefined);
    state.requests.push({ article, at: Date.now(), responseFormat, authorization: req.headers.authorization ?? null });
    if (req.url !== '/v1/chat/completions' || article === null) {
      res.writeHead(404).end();
      return;
    }
    if (state.refuseJsonSchema && responseFormat === 'json_schema') {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"response_format json_schema"}');
      return;
    }
    const reply = scripts.get(article)?.(attempt) ?? { status: 404 };
    if ('hang' in reply) {
      hanging.add(res);
      return;
    }
    if ('status' in reply) {
      res.writeHead(reply.status, reply.retryAfter ? { 'retry-after': reply.retryAfter } : {}).end();
      return;
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(reply.content)));
  }

  const server = createServer((req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    answer(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}
