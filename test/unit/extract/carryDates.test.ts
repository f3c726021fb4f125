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
});

/** A deal of two sides is reached at their meeting, call or talks: it takes that occasion's date. */
describe("carryDates: an undated agreement takes the date of its sides' meeting, call or talks", () => {
  const more: Record<string, string> = { lee: 'south-korea', ishiba: 'japan', trump: 'united-states', putin: 'russia' };
  const sideOf = (id: string) => more[id] ?? id;
  const carried = (events: ExtractedEvent[]) => carryDates(events, sideOf).map((e) => e.date);
  const rows: [string, ExtractedEvent[], (string | null)[]][] = [
    [
      'leaders who met in Busan on Tuesday, then "Lee and Ishiba agreed to set up a joint body"',
      [event('MEETING', ['lee', 'ishiba'], '2025-09-30'), event('AGREEMENT', ['lee', 'ishiba'], null)],
      ['2025-09-30', '2025-09-30'],
    ],
    [
      'presidents who met in Helsinki on Monday, then "they have agreed to keep open lines between their agencies"',
      [event('MEETING', ['trump', 'putin'], '2018-07-16'), event('AGREEMENT', ['united-states', 'russia'], null)],
      ['2018-07-16', '2018-07-16'],
    ],
    [
      'a meeting of the states, then "the two leaders agreed to a ceasefire in the south"',
      [event('MEETING', ['united-states', 'russia'], '2017-07-07'), event('AGREEMENT', ['trump', 'putin'], null)],
      ['2017-07-07', '2017-07-07'],
    ],
    [
      'a call on Friday, then "the two agreed on the need to de-escalate"',
      [event('CALL', ['united-states', 'russia'], '2022-01-28'), event('AGREEMENT', ['trump', 'putin'], null)],
      ['2022-01-28', '2022-01-28'],
    ],
    [
      'talks held in April, then "Beijing and Washington have agreed to enhance cooperation"',
      [
        event('NEGOTIATION', ['united-states', 'china'], '2017-04'),
        event('AGREEMENT', ['united-states', 'china'], null),
      ],
      ['2017-04', '2017-04'],
    ],
    [
      "an agreement of other sides than the meeting's: no date",
      [event('MEETING', ['lee', 'ishiba'], '2025-09-30'), event('AGREEMENT', ['japan', 'china'], null)],
      ['2025-09-30', null],
    ],
    [
      'two meetings of the sides on different days: no guess',
      [
        event('MEETING', ['lee', 'ishiba'], '2025-08-23'),
        event('MEETING', ['lee', 'ishiba'], '2025-09-30'),
        event('AGREEMENT', ['lee', 'ishiba'], null),
      ],
      ['2025-08-23', '2025-09-30', null],
    ],
    [
      'criticism voiced beside the meeting is not dated by it',
      [event('MEETING', ['trump', 'putin'], '2018-07-16'), event('CRITICISM', ['trump', 'putin'], null)],
      ['2018-07-16', null],
    ],
    [
      'a meeting is not dated by the agreement',
      [event('AGREEMENT', ['trump', 'putin'], '2018-07-16'), event('MEETING', ['trump', 'putin'], null)],
      ['2018-07-16', null],
    ],
  ];
  it.each(rows)('%s', (_name, events, expected) => expect(carried(events)).toEqual(expected));

  it('keeps an agreement undated when its bounds end before the meeting ("had agreed in 2015")', () => {
    const earlier = { ...event('AGREEMENT', ['lee', 'ishiba'], null), latest: '2015-12-31' };
    expect(carried([event('MEETING', ['lee', 'ishiba'], '2025-09-30'), earlier])).toEqual(['2025-09-30', null]);
  });

  it('gives a dated event the id of its date', () => {
    const [, carried = missing('carryDates keeps every event')] = carryDates(
      [event('MEETING', ['iran', 'united-states'], '2025-04-12'), event('MEETING', ['araghchi', 'witkoff'], null)],
      stateOf,
    );
    expect(carried.id).toBe(eventId('MEETING', carried.participants, '2025-04-12'));
  });
});
