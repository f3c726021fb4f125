import { eventTable } from './eventTable';

/**
 * Who "the two sides" are, and who is one side, found while labelling South and Central Asian news in full (issue
 * 20, seventh round). The rows retell wire phrasings in other words.
 */

eventTable('"the two sides" are the sides of the latest exchange between two, ahead of a one-way act told after it', [
  [
    'Nepal and India held talks on Monday after Prime Minister K P Sharma Oli asked New Delhi to withdraw its troops from Kalapani. At the meeting, the two sides discussed border management.',
    [
      'NEGOTIATION PARTICIPANT:nepal PARTICIPANT:india @2025-03-03',
      'STATEMENT SOURCE:khadga-prasad-sharma-oli TARGET:india @2025-03-03',
      'MEETING PARTICIPANT:nepal PARTICIPANT:india @2025-03-03',
    ],
  ],
  [
    'Pakistan and Afghanistan held talks in Doha on Saturday after Defence Minister Khawaja Asif accused Kabul of sheltering militants. During the talks, the two sides agreed to a ceasefire.',
    [
      'NEGOTIATION PARTICIPANT:pakistan PARTICIPANT:afghanistan @2025-03-01',
      'CRITICISM SOURCE:khawaja-asif TARGET:afghanistan @2025-03-01',
      'AGREEMENT PARTICIPANT:pakistan PARTICIPANT:afghanistan @2025-03-01',
    ],
  ],
  [
    'Sri Lanka and China held talks on Tuesday. President Ranil Wickremesinghe criticised India. The two sides discussed debt.',
    [
      'NEGOTIATION PARTICIPANT:sri-lanka PARTICIPANT:china @2025-03-04',
      'CRITICISM SOURCE:ranil-wickremesinghe TARGET:india @2025-03-04',
      'MEETING PARTICIPANT:sri-lanka PARTICIPANT:china @2025-03-04',
    ],
  ],
  // Must not fire: sides that did not meet stay unresolved.
  ['Modi criticised Sharif on Monday. The two sides have not met since 2015.', []],
]);

eventTable(
  'a person and the state they act for are one side: no meeting of the two, no statement from one to the other',
  [
    [
      'Maldivian President Mohamed Muizzu asked the Maldivian delegation to tell Indian officials that the troops must leave by March 15.',
      [],
    ],
    ["Sri Lankan President Ranil Wickremesinghe told Sri Lanka's parliament that the Chinese ship would not dock.", []],
    ['Uzbek President Shavkat Mirziyoyev told the Uzbek government to speed up the railway.', []],
    // Must still fire: another state; a state and its own critic; an envoy, whose place is not their state.
    [
      'Uzbek President Shavkat Mirziyoyev told Afghanistan to speed up the railway.',
      ['STATEMENT SOURCE:shavkat-mirziyoyev TARGET:afghanistan @2025-03-04'],
    ],
    ['Russia condemned Alexei Navalny on Monday.', ['CRITICISM SOURCE:russia TARGET:alexei-navalny @2025-03-03']],
    [
      "The Russian Foreign Ministry summoned Canada's ambassador in Moscow, Alison LeClaire, on Monday.",
      ['MEETING PARTICIPANT:russia PARTICIPANT:alison-leclaire @2025-03-03'],
    ],
  ],
);
