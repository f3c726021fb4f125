/**
 * A client of an OpenAI-compatible chat-completions endpoint (OpenAI, Ollama's /v1, llama.cpp's server, vLLM):
 * POST {baseUrl}/chat/completions asking for JSON that fits a schema. It bounds how many requests are in flight,
 * stops waiting after a timeout, sends again after a 429 or a 5xx (waiting what Retry-After asks, else backing off
 * exponentially), and counts requests and tokens into the run's report. An endpoint that refuses a json_schema
 * response format (HTTP 400 or 422) is asked in JSON mode (`json_object`) from then on, the schema being in the
 * prompt either way.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { LlmRunReport } from './report';
import { retryAfterMs } from './retryAfter';

export interface ClientSettings {
  /** LLM_BASE_URL: up to and without /chat/completions ("http://localhost:11434/v1"). */
  baseUrl: string;
  /** LLM_MODEL. */
  model: string;
  /** LLM_API_KEY, sent as a bearer token; local servers need none. */
  apiKey?: string;
  /** How long one request may take before it is given up (--llm-timeout). */
  timeoutMs: number;
  /** How many times a request is sent again after a 429 or a 5xx (--llm-retries). */
  retries: number;
  /** Requests in flight at most (--llm-concurrency). */
  concurrency: number;
  /** The first back-off without Retry-After; doubled at each retry. */
  backoffMs: number;
  /** The longest wait between two attempts, whatever Retry-After asks. */
  maxWaitMs: number;
}

export type ChatMessage = { role: 'system' | 'user'; content: string };

/** A request that got no usable answer: timed out, refused, or answered with something other than a completion. */
export class LlmRequestError extends Error {
  override name = 'LlmRequestError';
}

interface Completion {
  choices?: { message?: { content?: unknown } }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
}

/** A counting semaphore: at most `limit` holders at once, the others queued in order. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(limit: number) {
    this.free = limit;
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

const isRetryable = (status: number) => status === 429 || status >= 500;

/**
 * Why fetch got no response. (By name, not by class: fetch's DOMException and errors of another realm, as under a
 * test runner, are not instances of this realm's Error.)
 */
function whyNoAnswer(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { message?: string } };
  if (name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  return cause?.message ?? message ?? String(error);
}

export class ChatClient {
  private readonly slots: Slots;
  private jsonMode: 'json_schema' | 'json_object' = 'json_schema';

  constructor(
    private readonly settings: ClientSettings,
    private readonly report: LlmRunReport,
  ) {
    if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1)
      throw new Error(`ChatClient: concurrency must be a whole number from 1, got ${settings.concurrency}`);
    this.slots = new Slots(settings.concurrency);
  }

  /** The content of the model's answer to `messages`, asked to fit `schema`; throws LlmRequestError. */
  complete(messages: ChatMessage[], schema: Record<string, unknown>): Promise<string> {
    return this.slots.run(() => this.attempts(messages, schema));
  }

  private async attempts(messages: ChatMessage[], schema: Record<string, unknown>): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const mode = this.jsonMode;
      const response = await this.post(messages, schema, mode);
      if (response.ok) return this.contentOf(response);
      await response.body?.cancel();
      if (mode === 'json_schema' && (response.status === 400 || response.status === 422)) {
        this.jsonMode = 'json_object';
        continue;
      }
      if (!isRetryable(response.status) || attempt >= this.settings.retries)
        throw new LlmRequestError(`HTTP ${response.status} from ${this.settings.baseUrl}`);
      const asked = retryAfterMs(response.headers.get('retry-after'));
      await sleep(Math.min(asked ?? this.settings.backoffMs * 2 ** attempt, this.settings.maxWaitMs));
      this.report.retries++;
    }
  }

  private async post(
    messages: ChatMessage[],
    schema: Record<string, unknown>,
    mode: 'json_schema' | 'json_object',
  ): Promise<Response> {
    const { baseUrl, model, apiKey, timeoutMs } = this.settings;
    const responseFormat =
      mode === 'json_schema'
        ? { type: 'json_schema', json_schema: { name: 'extraction', strict: true, schema } }
        : { type: 'json_object' };
    this.report.requests++;
    try {
      return await fetch(`${baseUrl.replace(/\/+$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        body: JSON.stringify({ model, messages, temperature: 0, response_format: responseFormat }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new LlmRequestError(`${baseUrl}: ${whyNoAnswer(error, timeoutMs)}`);
    }
  }

  private async contentOf(response: Response): Promise<string> {
    let body: Completion;
    try {
      body = (await response.json()) as Completion;
    } catch {
      throw new LlmRequestError(`the answer of ${this.settings.baseUrl} is not JSON: not a chat completion`);
    }
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string')
      throw new LlmRequestError(`the answer of ${this.settings.baseUrl} has no choices[0].message.content`);
    const { prompt_tokens: prompt, completion_tokens: completion } = body.usage ?? {};
    if (typeof prompt === 'number') this.report.promptTokens += prompt;
    if (typeof completion === 'number') this.report.completionTokens += completion;
    return content;
  }
}
