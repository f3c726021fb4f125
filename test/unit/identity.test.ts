import { spanOf, type Bounds } from '../../src/domain/dayBounds';
import { boundedEventId, eventId, eventKey } from '../../src/domain/ids';
import type { ExtractedEvent, Participant } from '../../src/domain/types';
import { eventBounds, resolveEvent, type StoredEvent } from '../../src/graph/identity';

const participants: Participant[] = [
  { actorId: 'donald-trump', role: 'PARTICIPANT' },
  { actorId: 'vladimir-putin', role: 'PARTICIPANT' },
];
const key = eventKey('CALL', participants);

function callOn(date: string | null): ExtractedEvent {
  return {
    id: eventId('CALL', participants, date),
    type: 'CALL',
    participants,
    date,
    location: null,
    confidence: 1,
    evidence: [],
  };
}
function stored(date: string | null): StoredEvent {
  return { id: eventId('CALL', participants, date), key, date, ...spanOf(date) };
}

describe('resolveEvent', () => {
  test.each<
    [string, string | null, StoredEvent[], { date: string | null; renameFrom: string | null; merged: boolean }]
  >([
    ['nothing stored: a new event', '2025-02-12', [], { date: '2025-02-12', renameFrom: null, merged: false }],
    [
      'the same event again',
      '2025-02-12',
      [stored('2025-02-12')],
      { date: '2025-02-12', renameFrom: null, merged: true },
    ],
    [
      'a less precise report keeps the stored day',
      '2025-02',
      [stored('2025-02-12')],
      { date: '2025-02-12', renameFrom: null, merged: true },
    ],
    [
      'a more precise report refines the stored month',
      '2025-02-12',
      [stored('2025-02')],
      { date: '2025-02-12', renameFrom: stored('2025-02').id, merged: true },
    ],
    [
      'another day is another event',
      '2025-03-18',
      [stored('2025-02-12')],
      { date: '2025-03-18', renameFrom: null, merged: false },
    ],
    [
      'a month matching two stored days is left alone',
      '2025-02',
      [stored('2025-02-12'), stored('2025-02-20')],
      { date: '2025-02', renameFrom: null, merged: false },
    ],
    ['undated meets undated', null, [stored(null)], { date: null, renameFrom: null, merged: true }],
    [
      'undated does not absorb a dated one',
      null,
      [stored('2025-02-12')],
      { date: null, renameFrom: null, merged: false },
    ],
  ])('%s', (_, date, storedEvents, expected) => {
    const resolved = resolveEvent(callOn(date), storedEvents);
    expect({ date: resolved.date, renameFrom: resolved.renameFrom, merged: resolved.merged }).toEqual(expected);
    expect(resolved.id).toBe(eventId('CALL', participants, expected.date));
  });
});

describe('resolveEvent with bounds: reports whose bounds share no day are two events', () => {
  /** An undated call "Trump later called Putin" with the bounds its article gave it. */
  const undatedCall = (bounds: Bounds): ExtractedEvent => ({ ...callOn(null), ...bounds });
  const storedUndated = (bounds: Bounds, id = eventId('CALL', participants, null)): StoredEvent => ({
    id,
    key,
    date: null,
    ...bounds,
  });
  const january: Bounds = { earliest: '2025-01-20', latest: '2025-01-31' };
  const march: Bounds = { earliest: '2025-03-01', latest: '2025-03-04' };

  test('bounds that share a day: one event, their intersection', () => {
    const resolved = resolveEvent(undatedCall({ earliest: '2025-01-25', latest: null }), [storedUndated(january)]);
    expect(resolved).toMatchObject({
      id: eventId('CALL', participants, null),
      merged: true,
      renameFrom: null,
      bounds: { earliest: '2025-01-25', latest: '2025-01-31' },
    });
  });

  test('bounds that share no day: a second event, with an id of its own that the bounds make', () => {
    const resolved = resolveEvent(undatedCall(march), [storedUndated(january)]);
    expect(resolved).toMatchObject({ merged: false, renameFrom: null, bounds: march });
    expect(resolved.id).toBe(boundedEventId('CALL', participants, null, march));
    expect(resolved.id).not.toBe(eventId('CALL', participants, null));
  });

  test('a third report finds the event its bounds meet, at whichever id it has', () => {
    const second = storedUndated(march, boundedEventId('CALL', participants, null, march));
    const resolved = resolveEvent(undatedCall({ earliest: '2025-02-25', latest: '2025-03-02' }), [
      storedUndated(january),
      second,
    ]);
    expect(resolved).toMatchObject({
      id: second.id,
      merged: true,
      renameFrom: null,
      bounds: { earliest: '2025-03-01', latest: '2025-03-02' },
    });
  });

  test('a report that meets both cannot tell which it is: a third event, numbered past a taken id', () => {
    const wide: Bounds = { earliest: '2025-01-01', latest: '2025-03-04' };
    const taken = storedUndated(march, boundedEventId('CALL', participants, null, wide));
    const resolved = resolveEvent(undatedCall(wide), [storedUndated(january), taken]);
    expect(resolved).toMatchObject({ merged: false, bounds: wide });
    expect(resolved.id).toBe(boundedEventId('CALL', participants, null, wide, 1));
  });

  test('a dated report outside the bounds of a stored month: its own event, though the dates are compatible', () => {
    const earlyFebruary = { ...stored('2025-02'), earliest: '2025-02-01', latest: '2025-02-10' };
    const resolved = resolveEvent(callOn('2025-02-12'), [earlyFebruary]);
    expect(resolved).toMatchObject({
      id: eventId('CALL', participants, '2025-02-12'),
      merged: false,
      renameFrom: null,
    });
  });

  test('a refined date whose id another event holds: the refined event takes an id of its bounds', () => {
    // A year-dated call, and a call of early February stored under the plain id of "2025-02"; a report of
    // "2025-02" bounded to late February matches the year's call only, and refines its date to the month.
    const year = stored('2025');
    const earlyFebruary = { ...stored('2025-02'), earliest: '2025-02-01', latest: '2025-02-10' };
    const lateFebruary = { ...callOn('2025-02'), earliest: '2025-02-20', latest: '2025-02-28' };
    const resolved = resolveEvent(lateFebruary, [year, earlyFebruary]);
    expect(resolved).toMatchObject({ date: '2025-02', merged: true, renameFrom: year.id });
    expect(resolved.id).toBe(
      boundedEventId('CALL', participants, '2025-02', { earliest: '2025-02-20', latest: '2025-02-28' }),
    );
  });
});

describe('eventBounds', () => {
  test.each<[string, string | null, Bounds, Bounds]>([
    [
      'a dated event without bounds spans its date',
      '2025-02',
      { earliest: null, latest: null },
      { earliest: '2025-02-01', latest: '2025-02-28' },
    ],
    [
      'bounds narrow the date',
      '2025-02',
      { earliest: '2025-02-18', latest: null },
      { earliest: '2025-02-18', latest: '2025-02-28' },
    ],
    [
      'an undated event keeps its bounds',
      null,
      { earliest: '2025-02-18', latest: '2025-03-04' },
      { earliest: '2025-02-18', latest: '2025-03-04' },
    ],
    [
      'bounds that contradict the date give way to it',
      '2025-02-12',
      { earliest: null, latest: '2025-02-10' },
      { earliest: '2025-02-12', latest: '2025-02-12' },
    ],
  ])('%s', (_, date, bounds, expected) => {
    expect(eventBounds({ date, ...bounds })).toEqual(expected);
  });

  test('a report whose bounds contradict its date still joins the stored event of that day', () => {
    const contradicting = { ...callOn('2025-02-12'), earliest: null, latest: '2025-02-10' };
    expect(resolveEvent(contradicting, [stored('2025-02-12')])).toMatchObject({
      merged: true,
      id: stored('2025-02-12').id,
    });
  });
});
