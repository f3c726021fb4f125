import { eventsOf, eventTable } from './eventTable';

/**
 * Sanctions named by a noun (issue 20, East Asia and the Pacific, round nine): the imposer is the possessive or
 * adjective before the measure ("China's ban on", "US tariffs on"), the subject of a clause right after it ("the
 * sanctions China imposed on Australia"), or the agent of its passive; the target is after "on" or "against". A
 * measure named without its imposer, or lifted, eased, proposed or threatened, is no sanction. Rows are written after
 * real news phrasings (KBS, Nikkei, CNBC and SBS 2019-2023, AP and AFP 2018, Reuters 2021; wording changed).
 */

eventTable('a measure\'s possessive or adjective imposes it on the actor after its "on"', [
  [
    "China's sudden ban on Taiwanese pineapples breaks trade rules, Taipei said.",
    ['SANCTION SOURCE:china TARGET:taiwan @null'],
  ],
  [
    "Japan's export controls on South Korea took effect on July 4.",
    ['SANCTION SOURCE:japan TARGET:south-korea @2024-07-04'],
  ],
  [
    "Washington's tariffs on Chinese goods came into force on Friday.",
    ['SANCTION SOURCE:united-states TARGET:china @2025-02-28'],
  ],
  [
    'New US tariffs on Chinese goods took effect on Friday.',
    ['SANCTION SOURCE:united-states TARGET:china @2025-02-28'],
  ],
  [
    "The EU's asset freeze on Lavrov took effect on Monday.",
    ['SANCTION SOURCE:european-union TARGET:sergei-lavrov @2025-03-03'],
  ],
  [
    "The move recalls China's ban on Philippine bananas after the Scarborough Shoal standoff in 2012.",
    ['SANCTION SOURCE:china TARGET:philippines @2012'],
  ],
  // No imposer named, or the measure ended, proposed or threatened.
  ['The ban on Japanese seafood took effect on Thursday.', []],
  ['Proposed US tariffs on Mexican imports would hurt farmers.', []],
  ['China called for the lifting of US tariffs on Chinese goods.', []],
  // (A threat to the goods' state, no sanction: hostility.test.ts.)
  ['Washington threatened new tariffs on Chinese goods.', ['THREAT SOURCE:united-states TARGET:china @2025-03-04']],
  ['Japan eased its restrictions on foreign tourists in October.', []],
  // (The tariff is the subject of a clause of its own: the critic imposes nothing.)
  [
    'Lula criticised Trump after a 50% tariff on Brazilian exports came into force.',
    ['CRITICISM SOURCE:luiz-inacio-lula-da-silva TARGET:donald-trump @2025-03-04'],
  ],
]);

eventTable('the subject of a clause right after the measure puts it in place', [
  [
    'The pair discussed the trade sanctions China imposed on Australia.',
    ['SANCTION SOURCE:china TARGET:australia @null'],
  ],
  [
    'China retaliated against the tariffs Washington imposed on Chinese steel.',
    // (The reprisal itself, sanction-retaliated-with-measures, and the tariffs it answers.)
    ['SANCTION SOURCE:china TARGET:united-states @null', 'SANCTION SOURCE:united-states TARGET:china @null'],
  ],
  [
    'The move answered the duties Trump slapped on $16 billion of Chinese goods.',
    ['SANCTION SOURCE:donald-trump TARGET:china @null'],
  ],
  [
    'The restrictions Beijing has placed on Australian coal cost miners billions.',
    ['SANCTION SOURCE:china TARGET:australia @null'],
  ],
  [
    'The coal ban China imposed on Australia in 2020 has cost miners billions.',
    ['SANCTION SOURCE:china TARGET:australia @2020'],
  ],
  // (Ended: no sanction imposed.)
  ['Beijing has eased the trade curbs it imposed on Australian coal in 2020.', []],
  ['Canberra wants the removal of the duties China imposed on Australian barley.', []],
]);

eventTable('a measure right after "slapped" is imposed on whom its "on" names, not hit on its qualifier', [
  [
    'The Australian government has slapped further sanctions on companies linked to Myanmar on Thursday.',
    ['SANCTION SOURCE:australia TARGET:myanmar @2025-02-27'],
  ],
  ['China has put sanctions on 20 more US weapons makers.', ['SANCTION SOURCE:china TARGET:united-states @null']],
  [
    'The United States hit Russia with new sanctions on Friday.',
    ['SANCTION SOURCE:united-states TARGET:russia @2025-02-28'],
  ],
]);

describe('a measure noun alone names no imposer', () => {
  it('leaves an unnamed imposer out rather than taking the clause subject', () => {
    expect(
      eventsOf('Sheinbaum said she had agreed with Trump to put a pause on a 25-percent tariff on Mexican imports.'),
    ).not.toContainEqual(expect.stringMatching(/^SANCTION SOURCE:claudia-sheinbaum/));
  });
});
