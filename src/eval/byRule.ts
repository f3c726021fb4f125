/**
 * Right, wrong and missed edges per extraction rule (`npm run eval -- --by-rule`).
 * A predicted edge names its rule in its `rule` field. A missed gold edge has no
 * rule of its own: it is charged to the rules that fired on its evidence sentence
 * (they saw the sentence and got the edge wrong or not at all), or to
 * NO_RULE_FIRED when none did.
 */
import type { PredictedEdge } from './formats';
import type { ArticleScore } from './score';

/** The tally of predicted edges that carry no rule id. */
export const NO_RULE_ID = '(no rule id)';
/** The tally of missed gold edges whose sentence no predicted edge came from. */
export const NO_RULE_FIRED = '(no rule fired)';

export interface RuleTally {
  right: number;
  wrong: number;
  missed: number;
}

const CURLY_SINGLE_QUOTES = /[‘’‚‛]/g;
const CURLY_DOUBLE_QUOTES = /[“”„‟]/g;
const WHITESPACE_RUNS = /\s+/g;

/** A sentence compared with quotes straightened and whitespace collapsed. */
export function foldSentence(sentence: string): string {
  return sentence
    .replace(CURLY_SINGLE_QUOTES, "'")
    .replace(CURLY_DOUBLE_QUOTES, '"')
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
}

function ruleOf(edge: PredictedEdge): string {
  return edge.rule ?? NO_RULE_ID;
}

/** The rules charged with missing a gold edge whose evidence is `evidence`. */
export function rulesAtSentence(evidence: string, predicted: readonly PredictedEdge[]): string[] {
  const sentence = foldSentence(evidence);
  const rules = new Set(predicted.filter((edge) => foldSentence(edge.evidence) === sentence).map(ruleOf));
  return rules.size > 0 ? [...rules] : [NO_RULE_FIRED];
}

/** Tallies per rule id, sorted by id. */
export function tallyByRule(articles: readonly ArticleScore[]): Map<string, RuleTally> {
  const tallies = new Map<string, RuleTally>();
  const tallyOf = (rule: string): RuleTally => {
    const known = tallies.get(rule);
    if (known !== undefined) return known;
    const fresh = { right: 0, wrong: 0, missed: 0 };
    tallies.set(rule, fresh);
    return fresh;
  };
  for (const article of articles) {
    for (const { predicted } of article.right) tallyOf(ruleOf(predicted)).right += 1;
    for (const { edge } of article.wrong) tallyOf(ruleOf(edge)).wrong += 1;
    for (const gold of article.missed) {
      for (const rule of rulesAtSentence(gold.evidence, article.predicted)) tallyOf(rule).missed += 1;
    }
  }
  return new Map([...tallies].sort(([a], [b]) => a.localeCompare(b)));
}
