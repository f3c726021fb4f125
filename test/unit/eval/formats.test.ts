import { readGold, readPrediction } from '../../../src/eval/formats';

describe('readGold', () => {
  it('fills absent optional fields', () => {
    const gold = readGold(
      {
        actors: [{ name: 'Iran' }, { name: 'Ali Khamenei', aliases: ['Khamenei'], affiliation: 'Iran' }],
        edges: [{ type: 'CRITICISM', source: 'Ali Khamenei', target: 'Donald Trump', date: null }],
      },
      'g.json',
    );
    expect(gold).toEqual({
      actors: [
        { name: 'Iran', aliases: [], affiliation: null },
        { name: 'Ali Khamenei', aliases: ['Khamenei'], affiliation: 'Iran' },
      ],
      edges: [
        { type: 'CRITICISM', source: 'Ali Khamenei', target: 'Donald Trump', parties: [], date: null, evidence: '' },
      ],
      acceptable: [],
    });
  });

  it.each([
    [[], 'g.json: expected an object, got []'],
    [{ actors: {} }, 'g.json.actors: expected a list, got {}'],
    [{ edges: [{ type: 'CALL', source: 'A' }] }, 'g.json.edges[0].target: expected a string, got undefined'],
    [{ actors: [{ name: 'A', aliases: [3] }] }, 'g.json.actors[0].aliases[0]: expected a string, got 3'],
  ])('names the contract and the value: %j', (json, message) => {
    expect(() => readGold(json, 'g.json')).toThrow(message);
  });
});

describe('readPrediction', () => {
  it('upper-cases types and reads the optional rule id', () => {
    const prediction = readPrediction(
      {
        article: 'x.txt',
        actors: [{ id: 'iran', name: 'Iran', kind: 'STATE', aliases: [] }],
        edges: [
          { type: 'call', source: 'iran', target: 'russia', date: '2025', evidence: 'S.', rule: 'call.phoned' },
          { type: 'MEETING', source: 'iran', target: 'russia', parties: [], date: null, evidence: 'T.' },
        ],
      },
      'p.json',
    );
    expect(prediction.edges.map((e) => [e.type, e.rule])).toEqual([
      ['CALL', 'call.phoned'],
      ['MEETING', null],
    ]);
  });
});
