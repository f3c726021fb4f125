/** The extractor a run chose by name (`--extractor`, `EXTRACTOR`), configured from the environment. */
import type { ArticleInput, ExtractedGraph } from '../domain/types';
import { RULE_EXTRACTOR, isExtractorName, EXTRACTOR_NAMES, type Extractor } from '../extract/extractor';
import type { LlmSettings } from '.';
import { LlmRunReport } from './report';
import { llmSettings, type LlmOverrides } from './settings';

export function chooseExtractor(name: string, env: NodeJS.ProcessEnv, overrides: LlmOverrides = {}): Extractor {
  if (!isExtractorName(name))
    throw new Error(`the extractor must be one of ${EXTRACTOR_NAMES.join(', ')}, got ${JSON.stringify(name)}`);
  return name === 'rules' ? RULE_EXTRACTOR : new LlmOnFirstUse(llmSettings(env, overrides));
}

/**
 * The LLM extractor, loaded with its first article. It grounds the model's answers with the rules' own stages, so
 * loading it loads them too: a run of the rules, whose main thread only hands articles to the workers, never does.
 */
class LlmOnFirstUse implements Extractor {
  readonly name = 'llm';
  private extractor: Extractor | null = null;

  constructor(private readonly settings: LlmSettings) {}

  async extract(article: ArticleInput): Promise<ExtractedGraph> {
    if (this.extractor === null) {
      const { LlmExtractor } = await import('.');
      this.extractor ??= new LlmExtractor(this.settings);
    }
    return this.extractor.extract(article);
  }

  /** Before any article, the report of a run that asked nothing. */
  reportLines(): string[] {
    return this.extractor?.reportLines() ?? new LlmRunReport().lines();
  }
}
