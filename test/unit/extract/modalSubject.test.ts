import { eventTable } from './eventTable';

/**
 * A noun of an event as the subject of a modal verb ("cooperation could play a vital part") is what might be, not an
 * event (issue 20, seventh round, from South and Central Asian news labelled in full). Rows retell wire phrasings.
 */

eventTable(
  'a noun that is the subject of a modal verb states no event',
  [
    [
      'In the conversation, Shehbaz Sharif and Muhammad Yunus also agreed that greater regional cooperation could play a vital part in improving lives.',
      ['CALL PARTICIPANT:shehbaz-sharif PARTICIPANT:muhammad-yunus @2024-08-31'],
    ],
    // Must still fire: cooperation agreed on, with no modal after the noun.
    [
      'Kazakhstan and Uzbekistan agreed to deepen cooperation in energy.',
      [
        'AGREEMENT PARTICIPANT:kazakhstan PARTICIPANT:uzbekistan @2024-08-31',
        'COOPERATION PARTICIPANT:kazakhstan PARTICIPANT:uzbekistan @null',
      ],
    ],
  ],
  '2024-08-31',
);
