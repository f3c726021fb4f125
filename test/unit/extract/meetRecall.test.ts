import { eventTable } from './eventTable';

/**
 * Meetings and calls of long summit and state-visit reports (ASEAN, Central Asian, African and Latin American press,
 * 2016-2025, retold; real people's names kept), that the extractor missed for a reason outside the trigger words, and
 * the near misses that must stay silent. Articles dated 2025-03-04, a Tuesday.
 */

// A state's adjective of three letters or fewer, written in lower case, is the state's, not an unknown short word:
// "Lao Prime Minister Sonexay Siphandone" is titled and affiliated as "Laotian Prime Minister" is.
eventTable('short state adjectives title the person after them', [
  [
    'Indonesian President Prabowo Subianto met separately with Lao Prime Minister Sonexay Siphandone and Singaporean Prime Minister Lawrence Wong on Monday.',
    [
      'MEETING PARTICIPANT:prabowo-subianto PARTICIPANT:sonexay-siphandone @2025-03-03',
      'MEETING PARTICIPANT:prabowo-subianto PARTICIPANT:lawrence-wong @2025-03-03',
    ],
  ],
  [
    'Malaysian Prime Minister Anwar Ibrahim met Timorese President Jose Ramos-Horta in Kuala Lumpur on Friday.',
    ['MEETING PARTICIPANT:anwar-ibrahim PARTICIPANT:jose-ramos-horta @2025-02-28'],
  ],
  [
    'Thai Prime Minister Prayut Chan-o-cha met Lao President Thongloun Sisoulith in Vientiane on Friday.',
    ['MEETING PARTICIPANT:prayut-chan-o-cha PARTICIPANT:thongloun-sisoulith @2025-02-28'],
  ],
  // (The adjective names no side by itself: a Lao airline's flight is no meeting of Laos.)
  ['A Lao Airlines flight carrying the delegation landed in Hanoi on Friday.', []],
]);
