import { datedEdgesOf } from './eventTable';

/**
 * A relative clause ties an occasion to its date past the clause the date stands in (6-events/circumstances.ts
 * occasionClauseDate, whenClauseDate): an occasion noun's own clause whose verb only an occasion takes ("which was held
 * this evening", "that took place on January 17"), and a "when" clause opened right after a date ("since June 2021,
 * when Putin last met Biden"). Phrasings of wire reports (mehrnews.com 2018, bimba-news.in.ua 2025, menafn.com 2025),
 * shortened. Rows that must not apply: a clause after another occasion ("after the summit, which was held"), a clause
 * whose verb is no occasion's ("which Trump described on Friday"), an occasion clause without a date.
 */

/** "TYPE a->b date" of every event of a type. */
const edges = (body: string, published: string, type: string): string[] =>
  datedEdgesOf(body, published).filter((e) => e.startsWith(`${type} `));

describe('a relative clause dates the occasion it is about', () => {
  const rows: [string, string, string, string, string][] = [
    [
      'a meeting noun, "which was held this evening"',
      'Çavuşoğlu was also present in the meeting between Zarif and President Recep Tayyip Erdoğan which was held this evening.',
      '2018-08-29',
      'MEETING',
      'MEETING mohammad-javad-zarif->recep-tayyip-erdogan 2018-08-29',
    ],
    [
      'a call noun, ", that took place on January 17"',
      'Xi Jinping told Putin about his phone call with Trump, that took place on January 17.',
      '2025-01-21',
      'CALL',
      'CALL xi-jinping->donald-trump 2025-01-17',
    ],
    [
      'a call noun, "that was held on" (a phrasal "held on")',
      'Xi Jinping told Putin about his phone call with Trump that was held on January 17.',
      '2025-01-21',
      'CALL',
      'CALL xi-jinping->donald-trump 2025-01-17',
    ],
    [
      'talks, "which were held in Beijing last week" (a place before the date)',
      'The ministers discussed the outcome of the talks between Blinken and Wang Yi, which were held in Beijing last week.',
      '2024-06-10',
      'MEETING',
      'MEETING antony-blinken->wang-yi 2024-06',
    ],
    [
      'a "when" clause right after a date',
      'The upcoming dialogue will mark the first in-person encounter between a sitting Russian and American president since June 2021, when President Putin last met with then-US President Joe Biden in Geneva, Switzerland.',
      '2025-08-13',
      'MEETING',
      'MEETING vladimir-putin->joe-biden 2021-06',
    ],
    [
      'must not: the clause of another occasion, after an ordering word',
      'Biden described his call with Xi after the summit, which was held on Monday.',
      '2025-03-05',
      'CALL',
      'CALL joe-biden->xi-jinping 2025-03',
    ],
    [
      'must not: a clause whose verb is no occasion’s',
      'Xi told Putin about his phone call with Trump, which Trump described on Friday as productive.',
      '2025-01-21',
      'CALL',
      'CALL xi-jinping->donald-trump none',
    ],
    [
      'must not: an occasion clause without a date leaves the news day',
      'The meeting between Biden and Xi, which was held behind closed doors, lasted four hours.',
      '2023-11-16',
      'MEETING',
      'MEETING joe-biden->xi-jinping 2023-11-16',
    ],
  ];
  test.each(rows)('%s', (_label, body, published, type, expected) => {
    expect(edges(body, published, type)).toEqual([expected]);
  });
});
