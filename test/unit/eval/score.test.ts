import type { EdgeEnds, Gold, GoldEdge, PredictedEdge, Prediction } from '../../../src/eval/formats';
import { figures, isCoreType, scoreArticle, summarise } from '../../../src/eval/score';

const goldEdge = (type: string, source: string, target: string, date: string | null = null): GoldEdge => ({
  type,
  source,
  target,
  parties: [],
  date,
  evidence: `${source} ${type} ${target}.`,
});

const predicted = (type: string, source: string, target: string, date: string | null = null): PredictedEdge => ({
  type,
  source,
  target,
  parties: [],
  date,
  evidence: `${source} ${type} ${target}.`,
  rule: null,
});

const gold = (edges: GoldEdge[], acceptable: EdgeEnds[] = []): Gold => ({
  actors: [
    { name: 'Marco Rubio', aliases: ['Rubio'], affiliation: 'United States' },
    { name: 'Sergei Lavrov', aliases: ['Lavrov'], affiliation: 'Russia' },
    { name: 'United States', aliases: ['US'], affiliation: null },
    { name: 'Russia', aliases: ['Moscow'], affiliation: null },
    { name: 'Iran', aliases: [], affiliation: null },
  ],
  edges,
  acceptable,
});

const prediction = (edges: PredictedEdge[]): Prediction => ({
  actors: [
    { id: 'rubio', name: 'Marco Rubio', aliases: [] },
    { id: 'lavrov', name: 'Lavrov', aliases: [] },
    { id: 'us', name: 'United States', aliases: [] },
    { id: 'russia', name: 'Russia', aliases: [] },
  ],
  edges,
});

const score = (g: Gold, edges: PredictedEdge[]) => scoreArticle('a', g, prediction(edges));
const counts = (s: ReturnType<typeof score>) => [s.right.length, s.wrong.length, s.missed.length, s.ignored.length];

describe('scoreArticle', () => {
  const meeting = goldEdge('MEETING', 'Marco Rubio', 'Sergei Lavrov', '2025-02-18');

  it.each([
    ['resolves predicted ids to gold names', [predicted('MEETING', 'rubio', 'lavrov', '2025-02-18')], [1, 0, 0, 0]],
    ['a reversed symmetric edge is right', [predicted('MEETING', 'lavrov', 'rubio', '2025-02-18')], [1, 0, 0, 0]],
    ['a wrong date is still a right edge', [predicted('MEETING', 'rubio', 'lavrov', '2025-02')], [1, 0, 0, 0]],
    ['nothing predicted: missed', [], [0, 0, 1, 0]],
    [
      'a second edge for the matched event is a duplicate (wrong)',
      [predicted('MEETING', 'rubio', 'lavrov', '2025-02-18'), predicted('MEETING', 'lavrov', 'rubio')],
      [1, 1, 0, 0],
    ],
    ['a roll-up to the states is ignored', [predicted('MEETING', 'us', 'russia')], [0, 0, 1, 1]],
    ['an edge gold does not have is wrong', [predicted('CALL', 'rubio', 'lavrov')], [0, 1, 1, 0]],
    ['an unknown actor makes an edge wrong', [predicted('MEETING', 'rubio', 'someone')], [0, 1, 1, 0]],
  ])('%s', (_case, edges, expected) => {
    expect(counts(score(gold([meeting]), edges))).toEqual(expected);
  });

  it('ignores an acceptable edge, but a duplicate of a gold event is wrong even when also acceptable', () => {
    const g = gold([meeting], [{ type: 'NEGOTIATION', source: 'Marco Rubio', target: 'Sergei Lavrov', parties: [] }]);
    const s = score(g, [
      predicted('MEETING', 'rubio', 'lavrov'),
      predicted('NEGOTIATION', 'lavrov', 'rubio'),
      predicted('MEETING', 'rubio', 'lavrov'),
    ]);
    expect(counts(s)).toEqual([1, 1, 0, 1]);
    expect(s.wrong.map((w) => w.isDuplicate)).toEqual([true]);
  });

  it('a gold edge takes the first candidate with a right date, else the first candidate', () => {
    const s = score(gold([meeting]), [
      predicted('MEETING', 'rubio', 'lavrov', '2025-03-01'),
      predicted('MEETING', 'rubio', 'lavrov', '2025-02-18'),
    ]);
    expect(s.right.map((r) => r.predicted.date)).toEqual(['2025-02-18']);
    expect(s.datesRight).toBe(1);
    expect(s.wrong.map((w) => [w.edge.date, w.isDuplicate])).toEqual([['2025-03-01', true]]);
  });

  it('gold edges choose greedily, in file order: the first takes the first candidate when none has its date', () => {
    const g = gold([goldEdge('CALL', 'Russia', 'Iran', '2025-01'), goldEdge('CALL', 'Russia', 'Iran', '2025-03')]);
    const s = score(g, [predicted('CALL', 'Iran', 'russia', '2025-03-02'), predicted('CALL', 'russia', 'Iran', null)]);
    expect(counts(s)).toEqual([2, 0, 0, 0]);
    expect(s.right.map((r) => [r.gold.date, r.predicted.date])).toEqual([
      ['2025-01', '2025-03-02'],
      ['2025-03', null],
    ]);
    expect(s.datesRight).toBe(0);
  });

  it('counts the gold actors some predicted actor spells', () => {
    const s = score(gold([]), []);
    expect([s.actorsFound, s.actorsGold, s.actorsPredicted]).toEqual([4, 5, 4]);
  });

  it('scores a missing prediction as predicting nothing', () => {
    const s = scoreArticle('a', gold([meeting]), null);
    expect(s.isMissing).toBe(true);
    expect(counts(s)).toEqual([0, 0, 1, 0]);
    expect(s.actorsFound).toBe(0);
  });
});

describe('figures', () => {
  it.each([
    [3, 1, 2, { p: 0.75, r: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 }],
    [0, 0, 0, { p: 0, r: 0, f1: 0 }],
    [0, 2, 0, { p: 0, r: 0, f1: 0 }],
    [0, 0, 2, { p: 0, r: 0, f1: 0 }],
    [2, 0, 0, { p: 1, r: 1, f1: 1 }],
  ])('tp %d fp %d fn %d', (tp, fp, fn, expected) => {
    expect(figures(tp, fp, fn)).toEqual({ ...expected, tp, fp, fn });
  });
});

describe('summarise: core vs all types', () => {
  it.each(['CALL', 'MEETING', 'MEDIATION', 'ALLIANCE'])('%s is core', (type) => {
    expect(isCoreType(type)).toBe(true);
  });
  it.each(['NEGOTIATION', 'CRITICISM', 'CONFLICT', 'AGREEMENT'])('%s is not core', (type) => {
    expect(isCoreType(type)).toBe(false);
  });

  const first = score(
    gold([goldEdge('CALL', 'Russia', 'Iran', '2025'), goldEdge('SANCTION', 'United States', 'Iran')]),
    [predicted('CALL', 'russia', 'Iran', '2024'), predicted('CRITICISM', 'us', 'Iran')],
  );
  const second = score(gold([goldEdge('ALLIANCE', 'Russia', 'Iran')]), [
    predicted('ALLIANCE', 'Iran', 'russia'),
    predicted('ALLIANCE', 'Iran', 'russia'),
  ]);
  const summary = summarise([first, second]);

  it('sums core and all types over the articles', () => {
    expect(summary.articles).toBe(2);
    expect(summary.core).toEqual(figures(2, 1, 0));
    expect(summary.all).toEqual(figures(2, 2, 1));
  });

  it('lists every right, wrong or missed type, alphabetically', () => {
    expect(Object.keys(summary.byType)).toEqual(['ALLIANCE', 'CALL', 'CRITICISM', 'SANCTION']);
    expect(summary.byType.ALLIANCE).toEqual(figures(1, 1, 0));
    expect(summary.byType.SANCTION).toEqual(figures(0, 0, 1));
  });

  it('gives date accuracy on right edges, actor recall and duplicates', () => {
    expect(summary.dateAccuracy).toBe(0.5);
    expect(summary.actorRecall).toBe(8 / 10);
    expect(summary.duplicates).toBe(1);
  });

  it('gives zeros for no articles', () => {
    expect(summarise([])).toEqual({
      articles: 0,
      core: figures(0, 0, 0),
      all: figures(0, 0, 0),
      byType: {},
      dateAccuracy: 0,
      actorRecall: 0,
      duplicates: 0,
    });
  });
});
