import { eventTable } from './eventTable';

/**
 * The US cabinet's portfolios before "Secretary" make one title with it, so the person named after it is the side,
 * not the state before the title (lexicon/titles.ts, TITLE_MODIFIERS; Reuters and AP 2021-2024 on Yellen, Raimondo
 * and Mayorkas). The department named alone still stands for its state.
 */
eventTable(
  'a cabinet secretary titled by the portfolio',
  [
    [
      'U.S. Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng in Beijing on Friday.',
      ['MEETING PARTICIPANT:janet-yellen PARTICIPANT:he-lifeng @2023-07-07'],
    ],
    [
      'US Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao on Monday.',
      ['MEETING PARTICIPANT:gina-raimondo PARTICIPANT:wang-wentao @2023-07-03'],
    ],
    [
      'US Homeland Security Secretary Alejandro Mayorkas met Mexican Foreign Minister Marcelo Ebrard on Monday.',
      ['MEETING PARTICIPANT:alejandro-mayorkas PARTICIPANT:marcelo-ebrard @2023-07-03'],
    ],
    // Must not: the department without a secretary after it is its state's voice.
    [
      'The U.S. Treasury sanctioned three Iranian officials on Monday.',
      ['SANCTION SOURCE:united-states TARGET:iran @2023-07-03'],
    ],
  ],
  '2023-07-08',
);

/**
 * A movement's political wing titles its leader ("Hamas political chief Ismail Haniyeh", "Hamas political bureau chief",
 * AP, Reuters, Al Jazeera 2019-2024; "Under Secretary of State for Political Affairs Victoria Nuland"): the person named
 * after the title is the side, not the movement.
 */
eventTable('a political wing or office in a title', [
  [
    'Sheikh Tamim met Hamas political bureau chief Ismail Haniyeh in Doha on Monday.',
    ['MEETING PARTICIPANT:tamim-bin-hamad-al-thani PARTICIPANT:ismail-haniyeh @2025-03-03'],
  ],
  [
    'Sheikh Tamim met the Hamas political chief, Ismail Haniyeh, in Doha on Monday.',
    ['MEETING PARTICIPANT:tamim-bin-hamad-al-thani PARTICIPANT:ismail-haniyeh @2025-03-03'],
  ],
  // Must not: the political wing named alone stays the movement's.
  [
    'Sheikh Tamim met the Hamas political bureau in Doha on Monday.',
    ['MEETING PARTICIPANT:tamim-bin-hamad-al-thani PARTICIPANT:hamas @2025-03-03'],
  ],
]);
