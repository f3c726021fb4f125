import { mergeEvents } from '../../../src/extract/7-merge';
import type { EventMention } from '../../../src/extract/6-events';
import { eventId } from '../../../src/domain/ids';
import type { Participant } from '../../../src/domain/types';

/** For a destructuring default: the test's contract that the item is there, broken. */
function missing(what: string): never {
  throw new Error(`expected ${what}, received none`);
}

const pair = (a: string, b: string): Participant[] => [
  { actorId: a, role: 'PARTICIPANT' },
  { actorId: b, role: 'PARTICIPANT' },
];
/** A directed STATEMENT's sides: who said it, to whom. */
const said = (source: string, target: string): Participant[] => [
  { actorId: source, role: 'SOURCE' },
  { actorId: target, role: 'TARGET' },
];
const mention = (
  type: EventMention['type'],
  participants: Participant[],
  date: string | null,
  start: number,
  rule = `rule-at-${start}`,
): EventMention => ({
  type,
  participants,
  date,
  location: null,
  confidence: 0.8,
  evidence: { sentence: `sentence at ${start}`, start, end: start + 10 },
  rule,
});

describe('mergeEvents', () => {
  const call = pair('donald-trump', 'vladimir-putin');
  const rows: [string, EventMention[], [string | null, number[]][]][] = [
    [
      '"a phone call in February" and "His Feb. 12 call" are one call, dated by the sharper mention',
      [
        mention('CALL', call, '2025-02', 100),
        mention('CALL', pair('vladimir-putin', 'donald-trump'), '2025-02-12', 900),
      ],
      [['2025-02-12', [900, 100]]],
    ],
    [
      'a meeting of all three covers both meetings of the host with one guest, whichever came first',
      [
        mention('MEETING', pair('recep-tayyip-erdogan', 'hassan-sheikh-mohamud'), '2025-02-26', 10),
        mention('MEETING', pair('recep-tayyip-erdogan', 'abiy-ahmed'), '2025-02-26', 10),
        mention(
          'MEETING',
          [...pair('recep-tayyip-erdogan', 'hassan-sheikh-mohamud'), { actorId: 'abiy-ahmed', role: 'PARTICIPANT' }],
          '2025-02-26',
          200,
        ),
      ],
      [['2025-02-26', [10, 200]]],
    ],
    [
      'two meetings of a host with different guests stay two when nothing covers them both',
      [
        mention('MEETING', pair('recep-tayyip-erdogan', 'hassan-sheikh-mohamud'), '2025-02-26', 10),
        mention('MEETING', pair('recep-tayyip-erdogan', 'abiy-ahmed'), '2025-02-26', 10),
      ],
      [
        ['2025-02-26', [10]],
        ['2025-02-26', [10]],
      ],
    ],
    [
      'an undated mention joins a dated one',
      [
        mention('CONFLICT', pair('russia', 'ukraine'), '2022', 10),
        mention('CONFLICT', pair('russia', 'ukraine'), null, 50),
      ],
      [['2022', [10, 50]]],
    ],
    [
      'incompatible dates stay two events',
      [mention('CALL', call, '2025-02-12', 10), mention('CALL', call, '2025-03-03', 50)],
      [
        ['2025-02-12', [10]],
        ['2025-03-03', [50]],
      ],
    ],
    [
      'other participants stay two events',
      [mention('CALL', call, null, 10), mention('CALL', pair('donald-trump', 'xi-jinping'), null, 50)],
      [
        [null, [10]],
        [null, [50]],
      ],
    ],
    [
      'a looser MEETING in the sentence of a CALL between the same actors is the call',
      [mention('CALL', call, '2025-02-12', 10), mention('MEETING', call, '2025-02-12', 10)],
      [['2025-02-12', [10]]],
    ],
    [
      'a loose MEETING ("The two leaders discussed") anywhere in the article of their CALL is the call',
      [mention('CALL', call, '2025-02-12', 10), { ...mention('MEETING', call, null, 90), loose: true }],
      [['2025-02-12', [10]]],
    ],
    [
      'a firm MEETING of the same actors elsewhere stays a meeting',
      [mention('CALL', call, '2025-02-12', 10), mention('MEETING', call, null, 90)],
      [
        ['2025-02-12', [10]],
        [null, [90]],
      ],
    ],
    [
      '"Putin had told Macron that ..." after their call the same day is what was said in the call',
      [
        mention('CALL', call, '2025-07-01', 10),
        mention('STATEMENT', said('vladimir-putin', 'donald-trump'), null, 300),
      ],
      [['2025-07-01', [10]]],
    ],
    [
      '"Lukashenko told Putin" as they met is said in the meeting, whichever sentence came first',
      [
        mention('STATEMENT', said('donald-trump', 'vladimir-putin'), '2025-07-01', 5),
        mention('MEETING', call, null, 90),
      ],
      [[null, [90]]],
    ],
    [
      'a statement to someone outside the call stays an event',
      [mention('CALL', call, '2025-07-01', 10), mention('STATEMENT', said('donald-trump', 'xi-jinping'), null, 300)],
      [
        ['2025-07-01', [10]],
        [null, [300]],
      ],
    ],
    [
      'a statement between the same sides on a day the call does not allow stays an event',
      [
        mention('CALL', call, '2025-02-12', 10),
        mention('STATEMENT', said('vladimir-putin', 'donald-trump'), '2025-03-03', 300),
      ],
      [
        ['2025-02-12', [10]],
        ['2025-03-03', [300]],
      ],
    ],
    [
      "a demand to the side one criticises, on a day the criticism allows, is the protest's demand",
      [
        mention('CRITICISM', said('china', 'united-states'), '2018-09-25', 10),
        mention('STATEMENT', said('china', 'united-states'), '2018-09', 300),
      ],
      [['2018-09-25', [10]]],
    ],
    [
      'so is one to the side one threatens, told before the threat',
      [
        mention('STATEMENT', said('china', 'united-states'), null, 5),
        mention('THREAT', said('china', 'united-states'), '2018-09-25', 90),
      ],
      [['2018-09-25', [90]]],
    ],
    [
      'a demand from the criticised side, or to another side, stays a statement',
      [
        mention('CRITICISM', said('china', 'united-states'), '2018-09-25', 10),
        mention('STATEMENT', said('united-states', 'china'), '2018-09-25', 300),
        mention('STATEMENT', said('china', 'taiwan'), '2018-09-25', 400),
      ],
      [
        ['2018-09-25', [10]],
        ['2018-09-25', [300]],
        ['2018-09-25', [400]],
      ],
    ],
  ];
  it.each(rows)('%s', (_, mentions, expected) => {
    expect(mergeEvents(mentions).map((e) => [e.date, e.evidence.map((x) => x.start)])).toEqual(expected);
  });

  const mediation = (parties: string[], start: number) =>
    mention(
      'MEDIATION',
      [{ actorId: 'russia', role: 'MEDIATOR' }, ...parties.map((actorId): Participant => ({ actorId, role: 'PARTY' }))],
      null,
      start,
    );

  it('joins a mediation that names one party to the one that names both, and ids events deterministically', () => {
    const [event = missing('one event'), ...rest] = mergeEvents([
      mediation(['united-states'], 10),
      mediation(['united-states', 'iran'], 50),
    ]);
    expect(rest).toEqual([]);
    expect(event.participants.map((p) => p.actorId)).toEqual(['russia', 'united-states', 'iran']);
    expect(event.id).toBe(eventId('MEDIATION', event.participants, null));
  });

  // The rule an event reports is the rule that fired in its first evidence; `rules` keeps every merged rule once.
  const ruleRows: [string, EventMention[], [string | undefined, string[] | undefined][]][] = [
    [
      'one mention: its rule',
      [mention('CALL', call, null, 10, 'call-call-noun')],
      [['call-call-noun', ['call-call-noun']]],
    ],
    [
      'an undated mention joining a dated one: the first rule, then the other',
      [mention('CALL', call, '2025-02-12', 10, 'call-call-noun'), mention('CALL', call, null, 50, 'call-spoke-verb')],
      [['call-call-noun', ['call-call-noun', 'call-spoke-verb']]],
    ],
    [
      'a sharper date: its sentence goes first, and its rule with it',
      [
        mention('CALL', call, '2025-02', 10, 'call-call-noun'),
        mention('CALL', call, '2025-02-12', 50, 'call-spoke-verb'),
      ],
      [['call-spoke-verb', ['call-spoke-verb', 'call-call-noun']]],
    ],
    [
      'the same rule twice: listed once',
      [mention('CALL', call, null, 10, 'call-call-noun'), mention('CALL', call, null, 50, 'call-call-noun')],
      [['call-call-noun', ['call-call-noun']]],
    ],
  ];
  it.each(ruleRows)('rule: %s', (_, mentions, expected) => {
    expect(mergeEvents(mentions).map((e) => [e.rule, e.rules])).toEqual(expected);
  });

  it('keeps mediations between different pairs of parties apart, though they share one', () => {
    const events = mergeEvents([mediation(['united-states', 'iran'], 10), mediation(['democratic-party', 'iran'], 50)]);
    expect(events.map((e) => e.participants.map((p) => p.actorId))).toEqual([
      ['russia', 'united-states', 'iran'],
      ['russia', 'democratic-party', 'iran'],
    ]);
  });
});
