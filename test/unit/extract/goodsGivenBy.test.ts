import { eventsOf, eventTable } from './eventTable';

/**
 * Goods named before a participle of giving go from the actor after its "by" to the one after its "to" (triggers.ts,
 * supply-given-by-agent; participants.ts, givenBySides). Rows after real news phrasings of 2014-2022 (Daily Mirror,
 * ADBR, China Military Online; names and wording shortened).
 */
eventTable('goods given by one actor to another', [
  [
    'The second patrol boat gifted by Australia to the Sri Lanka Navy arrived at the Port of Colombo this morning.',
    ['SUPPLY SOURCE:australia TARGET:sri-lanka @2025-03-04'],
  ],
  [
    'The first of 20 Bushmaster vehicles to be donated by Australia to Ukraine have departed Amberley.',
    ['SUPPLY SOURCE:australia TARGET:ukraine @2025-03-04'],
  ],
  [
    "A ceremony marking the handover of supplies provided by China's Ministry of National Defense to its Cambodian counterpart was held on September 20, 2022.",
    ['SUPPLY SOURCE:china TARGET:cambodia @2022-09-20'],
  ],
  [
    'The handover of mine-sweeping materials offered by China to Cambodia was held in Phnom Penh on Monday.',
    ['SUPPLY SOURCE:china TARGET:cambodia @2025-03-03'],
  ],
]);

describe('what is given by no actor, to no one named, or is no goods supplies nothing', () => {
  const rows: string[] = [
    // (TASS 2023, Asumetech 2022: "the West" is no actor.)
    'About 20% of the weapons sent by the West to Kiev end up on the black market, the Russian diplomat said.',
    'Russia said that advanced weapons supplied by the West to Ukraine are making their way to the black market.',
    // (East Coast Daily 2022: no "to", no receiver named.)
    'HIMARS rocket systems were supplied by the United States, Ukraine announced on Thursday.',
    // People and words sent or delivered are no goods.
    'An envoy sent by Putin to Kyiv met Zelensky on Monday.',
    'A message delivered by Iran to the United States was read out on Friday.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text).filter((e) => e.startsWith('SUPPLY'))).toEqual([]));
});
