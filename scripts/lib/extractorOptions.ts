/** The options that choose and tune the extractor, shared by ingest, extract and eval. */
import path from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { chooseExtractor } from '../../src/llm/choose';
import { EXTRACTOR_NAMES, type Extractor } from '../../src/extract/extractor';
import { DEFAULT_CACHE_DIR, LLM_DEFAULTS } from '../../src/llm/settings';

export interface ExtractorOptions {
  extractor: string;
  llmConcurrency?: number;
  llmTimeout?: number;
  llmRetries?: number;
  llmMaxChars?: number;
  /** A folder, or false after --no-llm-cache. */
  llmCache?: string | false;
}

export const wholeNumber =
  (min: number) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`expected a whole number from ${min}, got ${JSON.stringify(value)}`);
    return n;
  };

export const EXTRACTOR_HELP = `
Extractor (--extractor): rules (the default) or llm, any OpenAI-compatible
chat-completions endpoint, set by the environment:
  LLM_BASE_URL   the endpoint without /chat/completions (Ollama: http://localhost:11434/v1)
  LLM_MODEL      the model it serves (llama3.1:8b)
  LLM_API_KEY    sent as a bearer token; local servers need none
  LLM_CACHE_DIR  where answers are kept (default .data/llm-cache; --llm-cache overrides)
The llm extractor keeps an event only when its evidence sentence is in the article
and its participants are named there or known to the article; dates are read by
our own date stage. The run ends with a report: requests, tokens, answers from the
cache, articles failed and events dropped, each with its reason.`;

/** Adds --extractor (one name, unless eval passes its own option taking several) and the --llm-… options. */
export function addExtractorOptions(
  command: Command,
  extractor = new Option('--extractor <name>', 'who finds the events').choices(EXTRACTOR_NAMES).default('rules'),
): Command {
  return command
    .addOption(extractor)
    .addOption(
      new Option('--llm-concurrency <n>', 'llm: requests in flight at most')
        .default(LLM_DEFAULTS.concurrency)
        .argParser(wholeNumber(1)),
    )
    .addOption(
      new Option('--llm-timeout <ms>', 'llm: give a request up after this long')
        .default(LLM_DEFAULTS.timeoutMs)
        .argParser(wholeNumber(1)),
    )
    .addOption(
      new Option('--llm-retries <n>', 'llm: send a request again this many times after a 429 or 5xx')
        .default(LLM_DEFAULTS.retries)
        .argParser(wholeNumber(0)),
    )
    .addOption(
      new Option('--llm-max-chars <n>', 'llm: split longer articles at paragraph ends, with overlap')
        .default(LLM_DEFAULTS.maxChars)
        .argParser(wholeNumber(2 * LLM_DEFAULTS.overlapChars)),
    )
    .addOption(
      new Option(
        '--llm-cache <dir>',
        `llm: where answers are kept (default: LLM_CACHE_DIR, else ${path.relative(process.cwd(), DEFAULT_CACHE_DIR) || '.'})`,
      ),
    )
    .option('--no-llm-cache', 'llm: ask again, keep nothing');
}

/** The extractor the options name, for one name of --extractor. */
export function extractorFor(name: string, opts: ExtractorOptions): Extractor {
  return chooseExtractor(name, process.env, {
    concurrency: opts.llmConcurrency,
    timeoutMs: opts.llmTimeout,
    retries: opts.llmRetries,
    maxChars: opts.llmMaxChars,
    ...(opts.llmCache === false ? { cacheDir: null } : opts.llmCache === undefined ? {} : { cacheDir: opts.llmCache }),
  });
}
