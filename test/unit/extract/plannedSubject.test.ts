import { eventTable } from './eventTable';

/**
 * An occasion named as the subject of its clause is a plan, or did not happen, when its predicate says so, past what
 * may stand between the noun and that predicate (6-events/assertion.ts isSubjectOfPlan): a participle of planning set
 * off by commas, a long ordinal gloss, an infinitive inside the noun phrase, "did not take place". A meeting held, its
 * noun phrase glossed the same ways, stays. Rows after real phrasings (RFE/RL 2015, Mint 2025, Dawn 2026, TASS 2017,
 * Reuters, AP), names and wording changed.
 */
eventTable('an occasion as the subject of a plan or a denial gives no event', [
  [
    'The meeting between Obama and Putin, scheduled for September 28 on the sidelines of the UN General Assembly, will be the first formal meeting between the two presidents in two years.',
    [],
  ],
  ['The summit between Trump and Kim Jong Un, set for June 12 in Singapore, was called off on Thursday.', []],
  ['The talks between Lavrov and Blinken, expected next week in Geneva, will focus on Ukraine.', []],
  [
    'The talks, the first between Trump and Xi Jinping in Trump\u2019s second term, are expected to focus on trade and on Russia.',
    [],
  ],
  [
    'Switzerland said talks between the United States and Iran on a pact to end the Middle East conflict would not take place on Friday.',
    [],
  ],
  [
    'On Friday, the much-anticipated meeting between Presidents Vladimir Putin and Donald Trump did not take place.',
    [],
  ],
  ['The meeting between Modi and Sharif did not happen, officials said on Monday.', []],
]);

eventTable('an occasion held, glossed the same ways, is still an event', [
  [
    'The meeting between Biden and Xi, held in Woodside on Wednesday, lasted four hours.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-02-26'],
  ],
  [
    'The talks between Putin and Xi, the first in a year, lasted three hours on Monday.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
  ],
  [
    'The talks between Putin and Xi, set up by aides in a hurry, lasted three hours.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04'],
  ],
  [
    'Talks between Russia and Ukraine to end the war were held in Istanbul on Monday.',
    ['NEGOTIATION PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03'],
  ],
  [
    'The meeting between Biden and Xi did not produce a breakthrough.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-04'],
  ],
]);
