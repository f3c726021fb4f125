import { peopleAndEvents } from './eventTable';

/**
 * "his counterpart, Chinese Foreign Minister Wang Yi,": a title set off by a comma before a titled person is in
 * apposition with that person. The words after the comma open a title of their own (a state's adjective, then a
 * title with its head); they are no name (they were read as a person "Chinese Foreign", the meeting's side, and the
 * real person lost the first words of the title). Rows that must not change: a plain name after the comma.
 */
const read = (body: string, published: string) =>
  peopleAndEvents(body, published, (a) => `${a.id}|${a.role}|${a.affiliation}`);

const rows: [string, string, string[], string[]][] = [
  // (charm-retirement.com, 23 Oct 2025.)
  [
    'The meeting comes after Treasury Secretary Scott Bessent met directly with his Chinese counterpart, Chinese Vice Premier He Lifeng, last week in Washington.',
    '2025-10-23',
    ['scott-bessent|Treasury Secretary|united-states', 'he-lifeng|Vice Premier|china'],
    ['MEETING PARTICIPANT:scott-bessent PARTICIPANT:he-lifeng'],
  ],
  [
    'Blinken met his counterpart, Chinese Foreign Minister Wang Yi, in Washington on Thursday.',
    '2023-10-27',
    ['antony-blinken|Secretary of State|united-states', 'wang-yi|Foreign Minister|china'],
    ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:wang-yi'],
  ],
  [
    'Rajnath Singh held talks with his counterpart, Chinese Defence Minister Dong Jun, in Vientiane on Wednesday.',
    '2024-11-20',
    ['rajnath-singh|Defence Minister|india', 'dong-jun|Defence Minister|china'],
    ['MEETING PARTICIPANT:rajnath-singh PARTICIPANT:dong-jun'],
  ],
  // (A title with no state's adjective after the comma: the same.)
  [
    'Blinken spoke with his counterpart, Foreign Minister Wang Yi, on Friday.',
    '2024-05-10',
    ['antony-blinken|Secretary of State|united-states', 'wang-yi|Foreign Minister|china'],
    ['CALL PARTICIPANT:antony-blinken PARTICIPANT:wang-yi'],
  ],
  // Must not change: a name after the comma.
  [
    'Lavrov met his Turkish counterpart, Hakan Fidan, in Moscow on Friday.',
    '2024-05-10',
    ['sergei-lavrov|Foreign Minister|russia', 'hakan-fidan|Foreign Minister|turkey'],
    ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:hakan-fidan'],
  ],
];

describe('a title in apposition with a titled person: the person, not the words that open the title', () => {
  it.each(rows)('%s (published %s)', (text, published, people, events) =>
    expect(read(text, published)).toEqual({ people, events }),
  );
});
