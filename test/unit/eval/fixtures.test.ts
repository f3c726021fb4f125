/**
 * The scorer end to end on a fixed pair of small gold and prediction folders
 * (test/fixtures/eval/): every figure and the whole text report are pinned, so a
 * change to matching, totals or layout shows here. The figures were also checked
 * against the scorer the project used before this one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NO_RULE_FIRED, NO_RULE_ID, tallyByRule } from '../../../src/eval/byRule';
import { readGold, readPrediction } from '../../../src/eval/formats';
import { articleLines, ruleTable, summaryLines, typeTable } from '../../../src/eval/report';
import { figures, scoreArticle, summarise } from '../../../src/eval/score';

const DIR = path.join(__dirname, '../../fixtures/eval');

function scoreFixtures() {
  const goldDir = path.join(DIR, 'gold');
  return readdirSync(goldDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const predFile = path.join(DIR, 'pred', file);
      const prediction = existsSync(predFile)
        ? readPrediction(JSON.parse(readFileSync(predFile, 'utf8')), predFile)
        : null;
      const gold = readGold(JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')), file);
      return scoreArticle(path.basename(file, '.json'), gold, prediction);
    });
}

describe('the scorer on test/fixtures/eval', () => {
  const articles = scoreFixtures();
  const summary = summarise(articles);

  it('gives the pinned summary', () => {
    expect(summary).toEqual({
      articles: 2,
      core: figures(3, 2, 1),
      all: figures(4, 4, 3),
      byType: {
        ALLIANCE: figures(0, 0, 1),
        CALL: figures(1, 0, 0),
        CONFLICT: figures(0, 0, 1),
        CRITICISM: figures(0, 1, 1),
        MEDIATION: figures(1, 0, 0),
        MEETING: figures(1, 2, 0),
        SANCTION: figures(1, 0, 0),
        THREAT: figures(0, 1, 0),
      },
      dateAccuracy: 0.75,
      actorRecall: 0.7,
      duplicates: 1,
    });
  });

  it('prints the pinned report', () => {
    const report = [...articles.flatMap(articleLines), ...typeTable(summary), ...summaryLines(summary)];
    expect(report.join('\n')).toBe(
      `
== a-alpha-beta: 4 right, 4 wrong, 2 missed, 2 ignored; actors 7/8
  missed CRITICISM Bob Beta -> Ann Alpha 2024-05-03
  missed ALLIANCE Beta Land -> Gamma Land 
  wrong  MEETING Ann Alpha -> Bob Beta 2024-05-02 (duplicate)
  wrong  CRITICISM Ann Alpha -> Bob Beta 2024-05-03
  wrong  THREAT Gamma Land -> Beta Land 
  wrong  MEETING ?stranger -> Ann Alpha 
  date   SANCTION Alpha Land -> Gamma Land: gold 2024-05-01, got 2024-05

== b-no-prediction (no prediction file): 0 right, 0 wrong, 1 missed, 0 ignored; actors 0/2
  missed CONFLICT Epsilon -> Zeta 2024

type           P      R     F1   tp  fp  fn
ALLIANCE       0.0   0.0   0.0    0   0   1
CALL         100.0 100.0 100.0    1   0   0
CONFLICT       0.0   0.0   0.0    0   0   1
CRITICISM      0.0   0.0   0.0    0   1   1
MEDIATION    100.0 100.0 100.0    1   0   0
MEETING       33.3 100.0  50.0    1   2   0
SANCTION     100.0 100.0 100.0    1   0   0
THREAT         0.0   0.0   0.0    0   1   0

actor recall  70.0%   date accuracy on matched edges  75.0%   duplicate edges 1
core F1  66.7% (P  60.0 R  75.0)   all F1  53.3% (P  50.0 R  57.1)`,
    );
  });

  it('tallies right, wrong and missed per rule', () => {
    const tallies = tallyByRule(articles);
    expect(Object.fromEntries(tallies)).toEqual({
      [NO_RULE_FIRED]: { right: 0, wrong: 0, missed: 2 },
      [NO_RULE_ID]: { right: 1, wrong: 0, missed: 0 },
      'call.phoned': { right: 1, wrong: 0, missed: 0 },
      'criticism.criticised': { right: 0, wrong: 1, missed: 1 },
      'mediation.brokered': { right: 1, wrong: 0, missed: 0 },
      'meeting.met': { right: 1, wrong: 2, missed: 0 },
      'threat.warned': { right: 0, wrong: 1, missed: 0 },
    });
    expect(ruleTable(tallies).join('\n')).toBe(
      `
rule                  right wrong missed
(no rule fired)           0     0      2
(no rule id)              1     0      0
call.phoned               1     0      0
criticism.criticised      0     1      1
mediation.brokered        1     0      0
meeting.met               1     2      0
threat.warned             0     1      0`,
    );
  });
});
