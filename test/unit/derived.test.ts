import type { RelationType } from '../../src/domain/ontology';
import type { Participant } from '../../src/domain/types';
import { derivedPairs } from '../../src/graph/derived';

const p = (actorId: string, role: Participant['role']): Participant => ({ actorId, role });

describe('derivedPairs', () => {
  test.each<[string, RelationType, Participant[], { from: string; to: string }[]]>([
    [
      'symmetric pair, ordered by id',
      'CALL',
      [p('vladimir-putin', 'PARTICIPANT'), p('donald-trump', 'PARTICIPANT')],
      [{ from: 'donald-trump', to: 'vladimir-putin' }],
    ],
    [
      'summit of three: every pair once',
      'MEETING',
      [p('c', 'PARTICIPANT'), p('a', 'PARTICIPANT'), p('b', 'PARTICIPANT')],
      [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'c' },
        { from: 'b', to: 'c' },
      ],
    ],
    [
      'directed: source to target',
      'BRIEFING',
      [p('sergei-lavrov', 'SOURCE'), p('abbas-araghchi', 'TARGET')],
      [{ from: 'sergei-lavrov', to: 'abbas-araghchi' }],
    ],
    [
      'mediation: mediator to each party, not party to party',
      'MEDIATION',
      [p('russia', 'MEDIATOR'), p('united-states', 'PARTY'), p('iran', 'PARTY')],
      [
        { from: 'russia', to: 'united-states' },
        { from: 'russia', to: 'iran' },
      ],
    ],
  ])('%s', (_, type, participants, expected) => {
    expect(derivedPairs(type, participants)).toEqual(expected);
  });
});
