import { eventsOf, eventTable } from './eventTable';

/**
 * Sides that "agreed to" supply, provide or send goods to a third each pledge a supply; they make no agreement with each
 * other (assertion.ts, isAgreedSupply; lexicon/force.ts GIVING_BARE). Rows after real news phrasings of 2022-2023
 * (News9, Human Times, Nuhey, KSBY; names and wording shortened); what they agree to that is no supply is still an
 * agreement.
 */
eventTable('sides that agreed to supply a third: each supplies, no agreement between them', [
  [
    'Netherlands and Denmark have agreed to provide Ukraine with F-16 fighter jets.',
    ['SUPPLY SOURCE:netherlands SOURCE:denmark TARGET:ukraine @2025-03-04'],
  ],
  [
    'US and Germany agree to supply battle tanks to Ukraine in a significant move.',
    ['SUPPLY SOURCE:united-states SOURCE:germany TARGET:ukraine @2025-03-04'],
  ],
  [
    'US and Germany agree to supply advanced weapons to Ukraine.',
    ['SUPPLY SOURCE:united-states SOURCE:germany TARGET:ukraine @2025-03-04'],
  ],
  [
    'US and Germany have agreed to provide Ukraine with military equipment, including tanks.',
    ['SUPPLY SOURCE:united-states SOURCE:germany TARGET:ukraine @2025-03-04'],
  ],
]);

eventTable('what is agreed that is no supply is still an agreement', [
  [
    'Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.',
    ['AGREEMENT PARTICIPANT:iran PARTICIPANT:saudi-arabia @2025-02-28'],
  ],
  ['Israel and Hamas agreed to a truce on Friday.', ['AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-02-28']],
]);

describe('no agreement between sides that agreed to give goods to a third', () => {
  const rows: string[] = ['France and Italy agreed to send air defence systems to Ukraine.'];
  it.each(rows)('%s', (text) => expect(eventsOf(text).filter((e) => e.startsWith('AGREEMENT'))).toEqual([]));
});
