/**
 * The LLM extractor's account of a run: what it asked and what it cost (requests, retries, answers from the cache,
 * tokens), which articles failed and why, and which of the model's events were dropped and why. Printed at the end
 * of `npm run ingest`, `extract` and `eval` with `--extractor llm`.
 */

/** Why an article's answer is refused as a whole: nothing of that article is written. */
export const FAILURE_REASONS = ['request failed', 'malformed JSON', 'schema violation'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** Why one event of a valid answer is dropped: the rest of the article stands. */
export const DROP_REASONS = ['evidence not found', 'unknown participant', 'roles do not fit the type'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export class LlmRunReport {
  /** HTTP requests sent (every attempt counts), and of those the ones sent again after a 429 or 5xx. */
  requests = 0;
  retries = 0;
  /** Pieces answered from .data/llm-cache without a request. */
  cached = 0;
  promptTokens = 0;
  completionTokens = 0;
  articles = 0;
  readonly failed: Record<FailureReason, number> = zeroes(FAILURE_REASONS);
  /** The model's events (one per piece that reports one, before merge) that passed grounding. */
  eventsKept = 0;
  readonly dropped: Record<DropReason, number> = zeroes(DROP_REASONS);

  lines(): string[] {
    const list = (counts: Record<string, number>) =>
      Object.entries(counts)
        .map(([reason, n]) => `${n} ${reason}`)
        .join(', ');
    const failed = Object.values(this.failed).reduce((a, b) => a + b, 0);
    const dropped = Object.values(this.dropped).reduce((a, b) => a + b, 0);
    return [
      `LLM: ${this.articles} article(s), ${this.requests} request(s) (${this.retries} retried), ` +
        `${this.cached} answer(s) from the cache; tokens: ${this.promptTokens} prompt, ${this.completionTokens} completion`,
      `LLM: ${failed} article(s) failed (${list(this.failed)})`,
      `LLM: of the model's event(s), ${this.eventsKept} kept, ${dropped} dropped (${list(this.dropped)})`,
    ];
  }
}
