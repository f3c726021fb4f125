import { eventTable } from './eventTable';

/**
 * compromise reads a plural noun right after a preposition as a verb in "-s" ("tariffs on imports from Brazil"), which
 * cut the goods, and the state they come from, off from the measure; no finite verb stands right after a preposition,
 * so the word is read as a noun. Rows after real news phrasings (VOA, Fox 5, VisaVerge and NBC, 2025, on the US
 * tariffs on Canada, Mexico, China and Brazil).
 */
eventTable('a plural noun after a preposition is no verb', [
  [
    'President Donald Trump signed an order to impose stiff tariffs on imports from Mexico, Canada and China.',
    [
      'SANCTION SOURCE:donald-trump TARGET:mexico @null',
      'SANCTION SOURCE:donald-trump TARGET:canada @null',
      'SANCTION SOURCE:donald-trump TARGET:china @null',
    ],
  ],
  [
    'President Trump signed executive orders imposing 25% tariffs on imports from Canada and Mexico.',
    ['SANCTION SOURCE:donald-trump TARGET:canada @null', 'SANCTION SOURCE:donald-trump TARGET:mexico @null'],
  ],
  [
    'The U.S. will impose the tariff on imports from Brazil, Trump said.',
    ['SANCTION SOURCE:united-states TARGET:brazil @null'],
  ],
  // A measure threatened on the goods stays a threat; proposed or lifted ones impose nothing.
  ['Trump threatened tariffs on imports from Mexico.', ['THREAT SOURCE:donald-trump TARGET:mexico @2025-03-04']],
  ['Trump proposed tariffs on imports from Mexico, the newspaper said.', []],
  ['China called for the lifting of US tariffs on imports from China.', []],
]);
