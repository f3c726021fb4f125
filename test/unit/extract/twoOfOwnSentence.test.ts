import { eventTable } from './eventTable';

/**
 * "Modi hosted Prabowo on Sunday, and the two signed a trade agreement": "the two" opening a clause after a
 * coordinator or a subordinator stands for the two actors its own sentence names before it, as "the two sides" does
 * (references.ts isTwoOpeningClause, sidesOfOwnSentence); a capital after "in" is the venue, not a side. Rows that
 * must not change: "the two" in an absolute phrase ("with the two discussing") or in words reported ("saying the two
 * had discussed"), and a call whose discussion is its own.
 */
eventTable(
  '"the two" opening a clause: the two actors named before it in its sentence',
  [
    [
      'Modi hosted Prabowo in New Delhi on Sunday and the two signed a trade agreement.',
      [
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:prabowo-subianto @2025-06-01',
        'AGREEMENT PARTICIPANT:narendra-modi PARTICIPANT:prabowo-subianto @2025-06-01',
      ],
    ],
    [
      'China summoned the Japanese ambassador on Monday as the two traded accusations.',
      ['CRITICISM SOURCE:china TARGET:japan @2025-06-02', 'CRITICISM SOURCE:japan TARGET:china @2025-06-02'],
    ],
    // Must not change.
    [
      'Biden called Netanyahu on Sunday, and the two discussed the hostage deal.',
      ['CALL PARTICIPANT:joe-biden PARTICIPANT:benjamin-netanyahu @2025-06-01'],
    ],
    ['Moscow is rebuilding relations with Washington, with the two discussing the war in Ukraine.', []],
    // (A meeting to come.)
    ['Xi said he looks forward to talks with Obama when the two meet in Washington next week.', []],
    ['Lavrov welcomed the call from Rubio on Saturday, saying the two had discussed the war in Ukraine.', []],
  ],
  '2025-06-03',
);
