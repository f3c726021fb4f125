import { eventTable } from './eventTable';

/**
 * "Hungary blocked EU sanctions on Russia", "Slovakia vetoed the sanctions package": an act another blocks or vetoes
 * did not happen (lexicon/modality.ts BLOCKING, in NOT_ASSERTED); a threat to block a measure is not aimed at the
 * measure's target (participants.ts object). Rows that must not change: a verb in the past after "and" is an act of its
 * own (assertion.ts DENIAL_VERB), and a threat to impose a measure still threatens its target.
 */
eventTable(
  'an act blocked or vetoed is no act',
  [
    ['Hungary blocked EU sanctions on Russia.', []],
    ['Slovakia vetoed the EU sanctions package against Russia on Friday.', []],
    ['Orban threatened to block sanctions on Russia.', []],
    // Must not change.
    [
      'The Houthis blocked shipping in the Red Sea and attacked a US destroyer.',
      ['CONFLICT PARTICIPANT:houthis PARTICIPANT:united-states @null'],
    ],
    [
      'Trump threatened to impose tariffs on Mexico on Saturday.',
      ['THREAT SOURCE:donald-trump TARGET:mexico @2025-05-31'],
    ],
  ],
  '2025-06-03',
);
