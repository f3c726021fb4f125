import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, parseArticle, toEvalJson } from '../../../src/extract';

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
    const found = edge(type, source, target);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date, datePrecision, location, parties: [] });
    expect(found[0].confidence).toBeGreaterThan(0);
    expect(found[0].confidence).toBeLessThanOrEqual(1);
  });

  it('gives the mediation as one edge with exactly its two parties', () => {
    const mediation = json.edges.filter((e) => e.type === 'MEDIATION' && e.parties.includes('united-states'));
    expect(mediation).toHaveLength(1);
    expect(mediation[0]).toMatchObject({ source: 'russia', target: 'united-states' });
    expect([...mediation[0].parties].sort()).toEqual(['iran', 'united-states']);
    expect(mediation[0].evidence).toMatch(/^Russia has agreed to assist/);
  });

  it('gives the call’s best evidence: the sentence with its day', () => {
    expect(edge('CALL', 'donald-trump', 'vladimir-putin')[0].evidence).toMatch(/^His Feb\. 12 call with Putin/);
  });

  it('gives each edge the id of the rule behind it: the rule that fired in its evidence', () => {
    expect(json.edges.every((e) => typeof e.rule === 'string' && e.rule.length > 0)).toBe(true);
    expect(edge('CALL', 'donald-trump', 'vladimir-putin')[0].rule).toBe('call-call-noun');
    expect(edge('BRIEFING', 'sergei-lavrov', 'abbas-araghchi')[0].rule).toBe('briefing-briefed-verb');
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
