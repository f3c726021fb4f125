import { eventId, eventKey } from '../../src/domain/ids';
import type { ExtractedEvent, Participant } from '../../src/domain/types';
import { resolveEvent, type StoredEvent } from '../../src/graph/identity';

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
  return { id: eventId('CALL', participants, date), key, date };
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
