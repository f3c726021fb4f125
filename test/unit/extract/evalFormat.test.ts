import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, parseArticle, toEvalJson } from '../../../src/extract';

/** The one item of a list that must hold exactly one. */
function only<T>(items: readonly T[]): T {
  const [item, ...rest] = items;
  if (item === undefined || rest.length > 0) throw new Error(`expected exactly one item, received ${items.length}`);
  return item;
}

const seedPath = join(__dirname, '../../../seeds/articles/00-russia-us-iran-mediation.txt');

describe('toEvalJson on the seed article', () => {
  const json = toEvalJson(
    extract(parseArticle(readFileSync(seedPath, 'utf8'), '00-russia-us-iran-mediation.txt')),
    '00-russia-us-iran-mediation.txt',
  );
  const edge = (type: string, source: string, target: string) =>
    json.edges.filter(
      (e) =>
        e.type === type &&
        ((e.source === source && e.target === target) || (e.source === target && e.target === source)),
    );

  const rows: [string, string, string, string | null, 'day' | 'month' | 'year' | null, string | null][] = [
    ['CALL', 'donald-trump', 'vladimir-putin', '2025-02-12', 'day', null],
    ['MEETING', 'marco-rubio', 'sergei-lavrov', '2025-02-18', 'day', 'Riyadh, Saudi Arabia'],
    ['ALLIANCE', 'russia', 'iran', null, null, null],
    ['BRIEFING', 'sergei-lavrov', 'abbas-araghchi', null, null, null],
    ['CRITICISM', 'mike-waltz', 'democratic-party', '2025-03-02', 'day', null],
    ['CRITICISM', 'ali-khamenei', 'donald-trump', null, null, null],
    ['CONFLICT', 'russia', 'ukraine', '2022', 'year', null],
  ];
  it.each(rows)('one %s %s–%s dated %s', (type, source, target, date, datePrecision, location) => {
    const found = only(edge(type, source, target));
    expect(found).toMatchObject({ date, datePrecision, location, parties: [] });
    expect(found.confidence).toBeGreaterThan(0);
    expect(found.confidence).toBeLessThanOrEqual(1);
  });

  it('gives the mediation as one edge with exactly its two parties', () => {
    const mediation = only(json.edges.filter((e) => e.type === 'MEDIATION' && e.parties.includes('united-states')));
    expect(mediation).toMatchObject({ source: 'russia', target: 'united-states' });
    expect([...mediation.parties].sort()).toEqual(['iran', 'united-states']);
    expect(mediation.evidence).toMatch(/^Russia has agreed to assist/);
  });

  it('gives the call’s best evidence: the sentence with its day', () => {
    expect(only(edge('CALL', 'donald-trump', 'vladimir-putin')).evidence).toMatch(/^His Feb\. 12 call with Putin/);
  });

  it('gives each edge the id of the rule behind it: the rule that fired in its evidence', () => {
    expect(json.edges.every((e) => typeof e.rule === 'string' && e.rule.length > 0)).toBe(true);
    expect(only(edge('CALL', 'donald-trump', 'vladimir-putin')).rule).toBe('call-call-noun');
    expect(only(edge('BRIEFING', 'sergei-lavrov', 'abbas-araghchi')).rule).toBe('briefing-briefed-verb');
  });

  it('gives affiliations as names', () => {
    expect(json.actors.find((a) => a.id === 'sergei-lavrov')).toMatchObject({
      name: 'Sergei Lavrov',
      kind: 'PERSON',
      role: 'Foreign Minister',
      affiliation: 'Russia',
    });
  });

  it('asserts nothing from negated or hypothetical sentences', () => {
    expect(
      json.edges.filter((e) => e.type === 'NEGOTIATION' && /rejecting talks|should resolve/.test(e.evidence)),
    ).toEqual([]);
  });
});
