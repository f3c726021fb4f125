import { eventTable } from './eventTable';

/**
 * A meeting of some of a larger meeting's participants is that meeting when it is undated ("the two leaders shook
 * hands" at the summit), but a meeting of its own when it has its own day and the larger one has none: "Biden, López
 * Obrador and Trudeau met for the summit" and "Biden and López Obrador met on Monday" are the summit and a bilateral,
 * and the summit does not take the bilateral's day. Rows after real news phrasings (AP 2023 on the North American
 * Leaders Summit in Mexico City; Reuters 2025 on the White House summit of Armenia and Azerbaijan).
 */
eventTable(
  'a dated meeting of some of an undated meeting’s participants',
  [
    [
      'US President Joe Biden, Mexican President Andrés Manuel López Obrador and Canadian Prime Minister Justin Trudeau tried to play down their differences as they met for the near-annual summit. The leaders showed a united front on Tuesday. Tensions were plain when Biden and López Obrador met on Monday.',
      [
        'MEETING PARTICIPANT:joe-biden PARTICIPANT:andres-manuel-lopez-obrador PARTICIPANT:justin-trudeau @2023-01-10',
        'MEETING PARTICIPANT:joe-biden PARTICIPANT:andres-manuel-lopez-obrador @2023-01-09',
      ],
    ],
    // Must still merge: the same day told twice, and an undated part of a dated meeting.
    [
      'US President Joe Biden, Mexican President Andrés Manuel López Obrador and Canadian Prime Minister Justin Trudeau met in Mexico City on Tuesday. Biden and López Obrador met on Tuesday too.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:andres-manuel-lopez-obrador PARTICIPANT:justin-trudeau @2023-01-10'],
    ],
    [
      'US President Joe Biden, Mexican President Andrés Manuel López Obrador and Canadian Prime Minister Justin Trudeau met in Mexico City on Tuesday. Biden and López Obrador shook hands warmly.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:andres-manuel-lopez-obrador PARTICIPANT:justin-trudeau @2023-01-10'],
    ],
    // (Told before the larger mention, dated parts are what it sums up: one meeting of all three.)
    [
      'Turkish President Recep Tayyip Erdogan hosted Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed on Monday. The three leaders signed a joint declaration.',
      [
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud PARTICIPANT:abiy-ahmed @2023-01-09',
        'AGREEMENT PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud PARTICIPANT:abiy-ahmed @2023-01-09',
      ],
    ],
  ],
  '2023-01-10',
);
