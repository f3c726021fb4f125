import { eventTable } from './eventTable';

/**
 * Issue 20, threats with no subject of their own (h17c-force): "there must be consequences for Iran" (New Indian
 * Express and GTA Chronicle 2024 on Miller), "there will be a high price to pay for Russia" (Yahoo 2021 on
 * Stoltenberg), "Russia warned there would be consequences for President Trump's decision" (Washington Examiner 2018):
 * consequences or a price in store for the actor after "for" threaten it, told by the sayer before the words or after
 * the quotation. No consequences, a small price, consequences for no one named, and consequences with no "for" are none.
 */
eventTable('consequences in store for an actor named after "for"', [
  [
    'State Department spokesman Matthew Miller said there must be consequences for Iran for this attack.',
    ['THREAT SOURCE:matthew-miller TARGET:iran @2025-03-04'],
  ],
  [
    '"Of course, there must be consequences for Iran for this attack," State Department spokesman Matthew Miller told reporters.',
    ['THREAT SOURCE:matthew-miller TARGET:iran @2025-03-04'],
  ],
  [
    'NATO Secretary General Jens Stoltenberg said there will be a high price to pay for Russia if it uses force.',
    ['THREAT SOURCE:jens-stoltenberg TARGET:russia @2025-03-04'],
  ],
  [
    "Russia warned on Tuesday there would be consequences for President Trump's decision to strike Syria.",
    ['THREAT SOURCE:russia TARGET:donald-trump @2025-03-04'],
  ],
  ['Russian Foreign Minister Sergei Lavrov said there will be no consequences for Israel.', []],
  ['Former US President Donald Trump said there would be a small price to pay for peace in Ukraine.', []],
  ['Putin said there would be dire consequences for those who intervened.', []],
  ['The White House warned there would be serious consequences should Russia invade further.', []],
  ['The IMF said there will be consequences for the global economy.', []],
]);
