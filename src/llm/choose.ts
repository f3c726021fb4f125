/** The extractor a run chose by name (`--extractor`, `EXTRACTOR`), configured from the environment. */
import { RULE_EXTRACTOR, isExtractorName, EXTRACTOR_NAMES, type Extractor } from '../extract/extractor';
import { LlmExtractor } from '.';
import { llmSettings, type LlmOverrides } from './settings';

export function chooseExtractor(name: string, env: NodeJS.ProcessEnv, overrides: LlmOverrides = {}): Extractor {
  if (!isExtractorName(name))
    throw new Error(`the extractor must be one of ${EXTRACTOR_NAMES.join(', ')}, got ${JSON.stringify(name)}`);
  return name === 'rules' ? RULE_EXTRACTOR : new LlmExtractor(llmSettings(env, overrides));
}
