import { RELATION_TYPES } from '../../../src/domain/ontology';
import type { EdgeEnds } from '../../../src/eval/formats';
import { isDateRight, isRollUp, isSameEdge, isSameMediation, isSymmetricType } from '../../../src/eval/match';

const edge = (type: string, source: string, target: string, parties: string[] = []): EdgeEnds => ({
  type,
  source,
  target,
  parties,
});

describe('isSymmetricType', () => {
  // The scorer's yardstick: a change to the ontology's symmetric flags changes every figure, so it must show here.
  const symmetric = ['CALL', 'MEETING', 'ALLIANCE', 'NEGOTIATION', 'COOPERATION', 'CONFLICT', 'AGREEMENT'];

  it.each(RELATION_TYPES.map((type) => [type, symmetric.includes(type)]))('%s symmetric: %s', (type, expected) => {
    expect(isSymmetricType(type)).toBe(expected);
  });

  it.each(['call', 'UNKNOWN', ''])('%j (not a relation type) is not symmetric', (type) => {
    expect(isSymmetricType(type)).toBe(false);
  });
});

describe('isSameEdge', () => {
  it.each([
    ['same direction', edge('CALL', 'A', 'B'), edge('CALL', 'A', 'B'), true],
    ['symmetric type, reversed', edge('MEETING', 'A', 'B'), edge('MEETING', 'B', 'A'), true],
    ['symmetric type, reversed (CONFLICT)', edge('CONFLICT', 'A', 'B'), edge('CONFLICT', 'B', 'A'), true],
    ['directed type, reversed', edge('CRITICISM', 'A', 'B'), edge('CRITICISM', 'B', 'A'), false],
    ['directed type, reversed (SUPPLY)', edge('SUPPLY', 'A', 'B'), edge('SUPPLY', 'B', 'A'), false],
    ['another type', edge('CALL', 'A', 'B'), edge('MEETING', 'A', 'B'), false],
    ['another end', edge('CALL', 'A', 'B'), edge('CALL', 'A', 'C'), false],
    [
      'types compare exactly (the reader upper-cases predictions)',
      edge('CALL', 'A', 'B'),
      edge('call', 'A', 'B'),
      false,
    ],
  ])('%s', (_case, gold, predicted, expected) => {
    expect(isSameEdge(gold, predicted)).toBe(expected);
  });
});

describe('isSameMediation: the mediator and one shared party', () => {
  const gold = edge('MEDIATION', 'Qatar', 'Israel', ['Israel', 'Hamas']);

  it.each([
    ['the first party as target', edge('MEDIATION', 'Qatar', 'Israel'), true],
    ['the other party as target', edge('MEDIATION', 'Qatar', 'Hamas'), true],
    ['a stranger as target, a shared party listed', edge('MEDIATION', 'Qatar', 'Egypt', ['Egypt', 'Hamas']), true],
    ['another mediator', edge('MEDIATION', 'Egypt', 'Israel', ['Israel', 'Hamas']), false],
    ['the mediator as a party', edge('MEDIATION', 'Israel', 'Qatar', ['Qatar', 'Hamas']), false],
    ['no shared party', edge('MEDIATION', 'Qatar', 'Egypt', ['Egypt', 'Jordan']), false],
  ])('%s', (_case, predicted, expected) => {
    expect(isSameMediation(gold, predicted)).toBe(expected);
    expect(isSameEdge(gold, predicted)).toBe(expected);
  });

  it('a gold mediation without parties still matches on its target', () => {
    expect(isSameEdge(edge('MEDIATION', 'Qatar', 'Israel'), edge('MEDIATION', 'Qatar', 'Hamas', ['Israel']))).toBe(
      true,
    );
  });
});

describe('isDateRight: the predicted date starts with the gold date', () => {
  it.each([
    [null, null, true],
    [null, '2025-02-12', true],
    ['2025-02-12', '2025-02-12', true],
    ['2025-02', '2025-02-12', true],
    ['2025', '2025-02-12', true],
    ['2025', '2025', true],
    ['2025-02-12', '2025-02', false],
    ['2025-02-12', '2025', false],
    ['2025-02', '2025-03-01', false],
    ['2025-02-12', null, false],
    ['2025', '2024-12-31', false],
  ])('gold %j, predicted %j: %s', (gold, predicted, expected) => {
    expect(isDateRight(gold, predicted)).toBe(expected);
  });
});

describe('isRollUp: a gold edge restated between the participants’ states', () => {
  const affiliations = new Map([
    ['Marco Rubio', 'United States'],
    ['Sergei Lavrov', 'Russia'],
    ['Ali Khamenei', 'Iran'],
  ]);
  const affiliationOf = (name: string) => affiliations.get(name);
  const goldEdges = [
    edge('MEETING', 'Marco Rubio', 'Sergei Lavrov'),
    edge('CRITICISM', 'Ali Khamenei', 'Donald Trump'),
    edge('SANCTION', 'United States', 'Iran'),
  ];

  it.each([
    ['both ends rolled up', edge('MEETING', 'United States', 'Russia'), true],
    ['both ends rolled up, reversed, symmetric type', edge('MEETING', 'Russia', 'United States'), true],
    ['only one end rolled up', edge('MEETING', 'United States', 'Sergei Lavrov'), false],
    ['an end without affiliation stays itself', edge('CRITICISM', 'Iran', 'Donald Trump'), true],
    ['reversed, directed type', edge('CRITICISM', 'Donald Trump', 'Iran'), false],
    ['another type', edge('CALL', 'United States', 'Russia'), false],
    ['the gold edge itself (no affiliations)', edge('SANCTION', 'United States', 'Iran'), true],
  ])('%s', (_case, predicted, expected) => {
    expect(isRollUp(predicted, goldEdges, affiliationOf)).toBe(expected);
  });
});
