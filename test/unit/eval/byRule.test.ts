import { foldSentence, NO_RULE_FIRED, NO_RULE_ID, rulesAtSentence, tallyByRule } from '../../../src/eval/byRule';
import type { Gold, GoldEdge, PredictedEdge } from '../../../src/eval/formats';
import { scoreArticle } from '../../../src/eval/score';

const predicted = (type: string, source: string, target: string, evidence: string, rule: string | null) =>
  ({ type, source, target, parties: [], date: null, evidence, rule }) satisfies PredictedEdge;

describe('foldSentence', () => {
  it.each([
    ['  Lavrov   met\nRubio. ', 'Lavrov met Rubio.'],
    ['Iran’s “maximum pressure”', 'Iran\'s "maximum pressure"'],
    ['‘quoted’ „low“', '\'quoted\' "low"'],
  ])('%j folds to %j', (sentence, folded) => {
    expect(foldSentence(sentence)).toBe(folded);
  });
});

describe('rulesAtSentence', () => {
  const edges = [
    predicted('CALL', 'A', 'B', 'A phoned B’s  leader.', 'call.phoned'),
    predicted('MEETING', 'A', 'B', "A phoned B's leader.", 'meeting.talks'),
    predicted('CALL', 'A', 'C', "A phoned B's leader.", 'call.phoned'),
    predicted('THREAT', 'A', 'B', 'A warned B.', null),
  ];

  it.each([
    ['every rule that fired on the sentence, once each', "A phoned B's leader.", ['call.phoned', 'meeting.talks']],
    ['edges without a rule id', 'A warned B.', [NO_RULE_ID]],
    ['no edge from the sentence', 'A praised B.', [NO_RULE_FIRED]],
  ])('%s', (_case, evidence, rules) => {
    expect(rulesAtSentence(evidence, edges)).toEqual(rules);
  });
});

describe('tallyByRule', () => {
  const goldEdge = (type: string, source: string, target: string, evidence: string): GoldEdge => ({
    type,
    source,
    target,
    parties: [],
    date: null,
    evidence,
  });
  const gold: Gold = {
    actors: ['A', 'B', 'C'].map((name) => ({ name, aliases: [], affiliation: null })),
    edges: [
      goldEdge('CALL', 'A', 'B', 'A phoned B.'),
      goldEdge('CRITICISM', 'B', 'A', 'B accused A.'),
      goldEdge('ALLIANCE', 'A', 'C', 'A and C are allies.'),
    ],
    acceptable: [{ type: 'STATEMENT', source: 'A', target: 'B', parties: [] }],
  };
  const article = scoreArticle('a', gold, {
    actors: [],
    edges: [
      predicted('CALL', 'A', 'B', 'A phoned B.', 'call.phoned'),
      predicted('CALL', 'B', 'A', 'A phoned B.', 'call.phoned'),
      predicted('CRITICISM', 'A', 'B', 'B  accused A.', 'criticism.accused'),
      predicted('STATEMENT', 'A', 'B', 'A said B.', 'statement.said'),
      predicted('THREAT', 'A', 'C', 'A warned C.', null),
    ],
  });

  it('counts right and wrong by the predicted edge’s rule, missed by the rules at the gold sentence', () => {
    expect(Object.fromEntries(tallyByRule([article]))).toEqual({
      [NO_RULE_FIRED]: { right: 0, wrong: 0, missed: 1 },
      [NO_RULE_ID]: { right: 0, wrong: 1, missed: 0 },
      'call.phoned': { right: 1, wrong: 1, missed: 0 },
      'criticism.accused': { right: 0, wrong: 1, missed: 1 },
    });
  });
});
