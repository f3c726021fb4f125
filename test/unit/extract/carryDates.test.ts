import { carryDates } from '../../../src/extract/8-carryDates';
import { eventId } from '../../../src/domain/ids';
import type { ExtractedEvent } from '../../../src/domain/types';
import type { RelationType } from '../../../src/domain/ontology';

/** For a destructuring default: the test's contract that the item is there, broken. */
function missing(what: string): never {
  throw new Error(`expected ${what}, received none`);
}

const event = (type: RelationType, actors: string[], date: string | null): ExtractedEvent => ({
  id: `${type}-${actors.join('-')}-${date}`,
  type,
  date,
  location: null,
  confidence: 0.9,
  evidence: [],
  participants: actors.map((actorId) => ({ actorId, role: 'PARTICIPANT' })),
});
const affiliation: Record<string, string> = {
  araghchi: 'iran',
  witkoff: 'united-states',
  lavrov: 'russia',
  rubio: 'united-states',
};
const stateOf = (id: string) => affiliation[id] ?? id;
const datesOf = (events: ExtractedEvent[]) => carryDates(events, stateOf).map((e) => e.date);

describe('carryDates: an undated event takes the date of the same occasion told at another level', () => {
  const rows: [string, ExtractedEvent[], (string | null)[]][] = [
    [
      'the people of the states that met',
      [event('MEETING', ['iran', 'united-states'], '2025-04-12'), event('MEETING', ['araghchi', 'witkoff'], null)],
      ['2025-04-12', '2025-04-12'],
    ],
    [
      'the states of the people who met',
      [event('MEETING', ['araghchi', 'witkoff'], '2025-04-12'), event('MEETING', ['iran', 'united-states'], null)],
      ['2025-04-12', '2025-04-12'],
    ],
    [
      'talks dated by their mediation',
      [
        event('MEDIATION', ['iran', 'united-states'], '2025-04-12'),
        event('NEGOTIATION', ['araghchi', 'witkoff'], null),
      ],
      ['2025-04-12', '2025-04-12'],
    ],
    [
      'other states: no date',
      [event('MEETING', ['russia', 'united-states'], '2025-02-18'), event('MEETING', ['araghchi', 'witkoff'], null)],
      ['2025-02-18', null],
    ],
    [
      'a briefing happens in the conversation',
      [event('CALL', ['iran', 'united-states'], '2025-04-12'), event('BRIEFING', ['araghchi', 'witkoff'], null)],
      ['2025-04-12', '2025-04-12'],
    ],
    [
      'a call is not the meeting',
      [event('MEETING', ['iran', 'united-states'], '2025-04-12'), event('CALL', ['araghchi', 'witkoff'], null)],
      ['2025-04-12', null],
    ],
    [
      'two dates: no guess',
      [
        event('MEETING', ['iran', 'united-states'], '2025-04-12'),
        event('MEETING', ['iran', 'united-states'], '2025-04-19'),
        event('MEETING', ['araghchi', 'witkoff'], null),
      ],
      ['2025-04-12', '2025-04-19', null],
    ],
    [
      'one side only: no date',
      [event('MEETING', ['united-states'], '2025-04-12'), event('MEETING', ['witkoff', 'rubio'], null)],
      ['2025-04-12', null],
    ],
    [
      'relations are not dated this way',
      [event('ALLIANCE', ['iran', 'russia'], '2025-01'), event('ALLIANCE', ['araghchi', 'lavrov'], null)],
      ['2025-01', null],
    ],
  ];
  it.each(rows)('%s', (_name, events, expected) => expect(datesOf(events)).toEqual(expected));

  it('gives a dated event the id of its date', () => {
    const [, carried = missing('carryDates keeps every event')] = carryDates(
      [event('MEETING', ['iran', 'united-states'], '2025-04-12'), event('MEETING', ['araghchi', 'witkoff'], null)],
      stateOf,
    );
    expect(carried.id).toBe(eventId('MEETING', carried.participants, '2025-04-12'));
  });
});
