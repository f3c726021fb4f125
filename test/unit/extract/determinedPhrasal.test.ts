import { eventTable } from './eventTable';

/**
 * "held a telephone call on Friday with Putin": the call is a noun though compromise reads "call on" as a phrasal verb
 * (2-sentences.ts determinedPhrasalNoun), so the "with" after the day reaches it. Rows that must not change: the call
 * told without the day between, and "called on" as a verb.
 */
eventTable(
  'a call after an article and a noun, its day and its "with"',
  [
    [
      'Turkish President Recep Tayyip Erdogan held a telephone call on Friday with Russian President Vladimir Putin.',
      ['CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-05-30'],
    ],
    [
      'Erdogan had a telephone call on Friday with Putin.',
      ['CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-05-30'],
    ],
    // Must not change.
    [
      'Erdogan held a telephone call with Putin on Friday.',
      ['CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-05-30'],
    ],
    ['A spokesman called on Israel to halt the offensive.', []],
  ],
  '2025-06-03',
);
