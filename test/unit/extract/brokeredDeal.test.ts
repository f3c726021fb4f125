import { eventsOf, eventTable } from './eventTable';

/**
 * A deal that a passive "brokered by" or "that was brokered" qualifies is agreed by its sides, as an object after an
 * active "brokered" is (index.ts, isPassiveOf). Rows after real news phrasings of 2024 (Semafor, Indian Defence News,
 * Devdiscourse, TRT; names and wording shortened): the mediation, and the agreement between the deal's sides.
 */
eventTable('a deal before a passive "brokered by": its sides agreed to it', [
  [
    'A ceasefire between Israel and Hezbollah, brokered by the United States and France, took effect on Wednesday.',
    [
      'MEDIATION MEDIATOR:united-states PARTY:israel PARTY:hezbollah @2025-02-26',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-02-26',
      'MEDIATION MEDIATOR:france PARTY:israel PARTY:hezbollah @2025-02-26',
    ],
  ],
  [
    'The truce between Israel and Hamas, which was brokered by Egypt, held on Monday.',
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-03-03',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-03-03',
    ],
  ],
]);

/** What the passive verb qualifies is no deal, or no mediation is told: no agreement. */
describe('no agreement from a passive mediation of something that is no deal', () => {
  const rows: string[] = [
    'Hamas rejected a ceasefire proposal brokered by Egypt on Monday.',
    'Talks between Israel and Hamas, mediated by Egypt, resumed on Monday.',
    'A ceasefire between Israel and Hamas to be brokered by Egypt is expected next week.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text).filter((e) => e.startsWith('AGREEMENT'))).toEqual([]));
});
