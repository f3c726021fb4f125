import { eventTable } from './eventTable';

/**
 * Issue 20, criticism recall on fresh news (audit crit3): constructions of censure that news reports use and the
 * extractor missed or read wrong. Rows retold after wire reports (Reuters, AP, AFP, Kyodo, Gulf News, 2015-2025),
 * wording changed; each mechanism has rows that must fire and rows that must not.
 */

// A backer named in a hyphenated modifier is not the subject: "the Saudi-backed government of Yemen accused ..." is
// Yemen's voice (the leader of a coalition named by no name stays its voice: "the Saudi-led coalition accused").
eventTable('criticism: a hyphenated backer is no critic', [
  [
    'The Saudi-backed government of Yemen accused the Houthis of attacking a school.',
    ['CRITICISM SOURCE:yemen TARGET:houthis @2025-03-04'],
  ],
  ['The Saudi-backed government accused the Houthis of attacking a school.', []],
  ['The Russia-backed separatists accused Ukraine of shelling Donetsk.', []],
  [
    'The Saudi-led coalition accused the Houthis of attacking a school.',
    ['CRITICISM SOURCE:saudi-arabia TARGET:houthis @2025-03-04'],
  ],
  [
    'The Iran-backed Houthis accused Saudi Arabia of killing civilians.',
    ['SUPPLY SOURCE:iran TARGET:houthis @2025-03-04', 'CRITICISM SOURCE:houthis TARGET:saudi-arabia @2025-03-04'],
  ],
]);
