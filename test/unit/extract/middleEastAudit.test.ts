import { eventTable } from './eventTable';

/**
 * Mechanisms found by labelling Middle East news whole (issue 20, eighth round): the rows retell wire phrasings in
 * other words; each table has rows that must fire and rows that must not.
 */

eventTable("coordinated states' adjectives before a plural title and two names are each name's state, in order", [
  [
    'Egyptian and Jordanian Foreign Ministers Sameh Shoukry and Ayman Safadi met in Cairo on Sunday.',
    ['MEETING PARTICIPANT:sameh-shoukry PARTICIPANT:ayman-safadi @2025-03-02'],
  ],
  [
    'Turkish and Russian Presidents Recep Tayyip Erdogan and Vladimir Putin held talks in Sochi on Monday.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  // Must not: coordinated adjectives before a group noun with no names after it stay the sides.
  ['Indian and Chinese officials held talks on Monday.', ['MEETING PARTICIPANT:india PARTICIPANT:china @2025-03-03']],
]);

eventTable('those who phoned one person each called that person, not each other', [
  [
    'Saudi and Emirati Foreign Ministers Faisal bin Farhan and Abdullah bin Zayed phoned Hossein Amir-Abdollahian on Friday.',
    [
      'CALL PARTICIPANT:faisal-bin-farhan PARTICIPANT:hossein-amir-abdollahian @2025-02-28',
      'CALL PARTICIPANT:abdullah-bin-zayed PARTICIPANT:hossein-amir-abdollahian @2025-02-28',
    ],
  ],
  [
    'Biden and Kishida called Yoon on Monday.',
    [
      'CALL PARTICIPANT:joe-biden PARTICIPANT:yoon-suk-yeol @2025-03-03',
      'CALL PARTICIPANT:fumio-kishida PARTICIPANT:yoon-suk-yeol @2025-03-03',
    ],
  ],
  // Must not: a call held "with" someone is one conversation of all of them; a meeting's coordinated subjects met.
  [
    'Macron and Scholz held a joint call with Putin on Saturday.',
    ['CALL PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:vladimir-putin @2025-03-01'],
  ],
  [
    'Xi and Putin met Lula on Tuesday.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04'],
  ],
]);
