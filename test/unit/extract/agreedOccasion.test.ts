import { eventsOf, eventTable } from './eventTable';

/**
 * Sides that agree only to meet, to hold or arrange talks or a summit, or to attend a meeting, make a plan, no deal
 * between them (assertion.ts, isAgreedOccasion; lexicon/occasions.ts AGREED_OCCASION_VERBS, SETTING_UP). Rows after
 * real news phrasings of 2019-2025 (Reuters/Japan Today, AFP/Global Times, Bernama/Malay Mail, AFP digest, View US;
 * names and wording shortened); what they agree to that is no occasion is still an agreement.
 */
describe('no agreement between sides that only agreed to meet', () => {
  const rows: string[] = [
    'Japan and South Korea agreed on Saturday to hold formal talks next month.',
    'Japanese and South Korean foreign ministers agreed Saturday to arrange a summit between their leaders next month.',
    'Thailand and Cambodia have agreed to attend an Asean foreign ministers’ meeting in Kuala Lumpur on December 22.',
    'Thailand and Cambodia agreed on Monday to hold a December 24 meeting of defence officials.',
    'US President Joe Biden and Chinese President Xi Jinping have agreed to hold a follow-up summit.',
    'Hollande and Poroshenko agreed to meet again.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text).filter((e) => e.startsWith('AGREEMENT'))).toEqual([]));
});

eventTable('what is agreed that is no occasion to come is still an agreement', [
  [
    'Biden and Xi agreed to restore some military-to-military communications on Wednesday.',
    ['AGREEMENT PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-02-26'],
  ],
  [
    'Iran and Israel have agreed to a total and complete ceasefire.',
    ['AGREEMENT PARTICIPANT:iran PARTICIPANT:israel @2025-03-04'],
  ],
  [
    'Thailand and Cambodia have agreed to a ceasefire and will withdraw troops from the border.',
    ['AGREEMENT PARTICIPANT:thailand PARTICIPANT:cambodia @2025-03-04'],
  ],
  // (A process agreed to, with no verb of holding: audit fixture as-909's "agreed to further discussions".)
  [
    'Penny Wong and Wang Yi agreed to further discussions on Wednesday.',
    ['AGREEMENT PARTICIPANT:penny-wong PARTICIPANT:wang-yi @2025-02-26'],
  ],
]);
