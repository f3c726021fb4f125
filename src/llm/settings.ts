/**
 * The LLM extractor's settings: the endpoint from the environment (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY,
 * LLM_CACHE_DIR), the rest from the command's options, each with its default here.
 */
import path from 'node:path';
import type { LlmSettings } from '.';

/** Where answers are kept unless told otherwise: beside the embedded Neo4j's store, out of git. */
export const DEFAULT_CACHE_DIR = path.resolve(__dirname, '..', '..', '.data', 'llm-cache');

export const LLM_DEFAULTS = {
  /** A local model on a CPU can take minutes over a long article. */
  timeoutMs: 300_000,
  retries: 4,
  /** A local server answers one request at a time per model; two keep it busy without queueing much. */
  concurrency: 2,
  backoffMs: 1_000,
  maxWaitMs: 60_000,
  /** About 3,000 tokens of English: a news article in one piece, with room for the answer in an 8k context. */
  maxChars: 12_000,
  overlapChars: 1_500,
} as const;

export type LlmOverrides = Partial<Omit<LlmSettings, 'baseUrl' | 'model' | 'apiKey'>>;

/** The settings of a run; throws naming the variable when LLM_BASE_URL or LLM_MODEL is not set. */
export function llmSettings(env: NodeJS.ProcessEnv, overrides: LlmOverrides = {}): LlmSettings {
  const baseUrl = env.LLM_BASE_URL?.trim();
  const model = env.LLM_MODEL?.trim();
  if (!baseUrl)
    throw new Error('the llm extractor needs LLM_BASE_URL (an OpenAI-compatible endpoint: http://localhost:11434/v1)');
  if (!model) throw new Error('the llm extractor needs LLM_MODEL (the model the endpoint serves: llama3.1:8b)');
  const apiKey = env.LLM_API_KEY?.trim();
  return {
    ...LLM_DEFAULTS,
    cacheDir: env.LLM_CACHE_DIR?.trim() || DEFAULT_CACHE_DIR,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
    baseUrl,
    model,
    ...(apiKey ? { apiKey } : {}),
  };
}
