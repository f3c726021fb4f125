import type { ArticleInput, ExtractedGraph } from '../domain/types';

/**
 * One interface for every extractor, chosen per run (`--extractor rules|llm`, `EXTRACTOR` for the server): an
 * article in, its actors and events out. The rule extractor (src/extract/index.ts) is the default; the LLM
 * extractor (src/llm) asks a model for the events and checks each against its sentence.
 */

/** The extractors a run may choose, the default first; spelled once, for the options and the server's setting. */
export const EXTRACTOR_NAMES = ['rules', 'llm'] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];

export function isExtractorName(value: unknown): value is ExtractorName {
  return typeof value === 'string' && (EXTRACTOR_NAMES as readonly string[]).includes(value);
}

export interface Extractor {
  readonly name: ExtractorName;
  /** The article's actors and events; throws (with the reason a user is shown) when it cannot extract them. */
  extract(article: ArticleInput): Promise<ExtractedGraph>;
  /** What the run cost and what it dropped, as lines for the run's report; none for the rules. */
  reportLines(): string[];
}

/**
 * The rule extractor: synchronous, so ingest runs it as it always has, in its worker threads. Its rules are loaded
 * on first use: a thread that only hands articles to the workers never loads them.
 */
export const RULE_EXTRACTOR: Extractor = {
  name: 'rules',
  extract: async (article) => (await import('.')).extract(article),
  reportLines: () => [],
};
