import { conflictTable } from './eventTable';

/**
 * "striking" as the subject's own force, after "by" (the manner of a response) or after a verb of its course ("began",
 * "continued"): its object is the side struck (6-events/triggers.ts conflict-striking-gerund, lexicon/force.ts
 * STRIKING_GOVERNORS). Rows after real phrasings (The Daily Intake 2024, Sudan Echoes, From Inside Asia 2025, Reuters
 * 2024), names and wording shortened; the near misses are the adjective ("striking workers", "striking similarities"),
 * a deal struck, a denial and a strike only threatened.
 */

conflictTable('"striking" after "by" or a verb of its course is force on its object', [
  [
    'The Israeli air force retaliated by striking two Hezbollah facilities in southern Lebanon.',
    '2024-08-04',
    ['hezbollah+israel'],
  ],
  [
    'For the second consecutive day, Sudanese Army drones continued striking Rapid Support Forces positions in El-Fasher.',
    '2024-06-10',
    ['rapid-support-forces+sudan'],
  ],
  ['Israel began striking Hezbollah targets in Lebanon on Monday.', '2024-09-23', ['hezbollah+israel']],
  [
    'The United States resumed striking Houthi positions in Yemen on Saturday.',
    '2025-03-16',
    ['houthis+united-states'],
  ],
  // (must not: an adjective, a deal, a denial, a threat)
  ['South Korean police detained striking workers in Seoul.', '2024-06-10', []],
  ['The report noted striking similarities between China and Russia.', '2024-06-10', []],
  ['Britain ended the talks by striking a deal with the EU.', '2024-06-10', []],
  ['Israel denied striking Iran on Friday.', '2024-04-20', []],
  ["Putin said Russia would respond by striking Ukraine's decision-making centres.", '2024-11-29', []],
]);
