import { eventTable } from './eventTable';

/**
 * "Trudeau stressed the benefits of free trade and warned him against the Buy American policy": a trigger verb right
 * after "and", with no actor between, is the subject's second predicate even when its first verb is one of saying
 * ("stressed", "said"); words reported with a subject of their own ("said that Netanyahu met Sisi and criticised
 * Hamas") keep that subject. Rows after real news phrasings (AP 2023 on the North American Leaders Summit).
 */
eventTable('a second predicate after a verb of saying keeps the subject', [
  [
    'Canadian Prime Minister Justin Trudeau stressed free trade and criticised US President Joe Biden over the policy.',
    ['CRITICISM SOURCE:justin-trudeau TARGET:joe-biden @2025-03-04'],
  ],
  [
    'Brazilian President Lula da Silva stressed the need for peace and also criticised Israel on Monday.',
    ['CRITICISM SOURCE:luiz-inacio-lula-da-silva TARGET:israel @2025-03-03'],
  ],
  [
    'In a one-on-one meeting with Biden, Canadian Prime Minister Justin Trudeau stressed the benefits of free trade and warned him against the Buy American policy.',
    [
      'MEETING PARTICIPANT:justin-trudeau PARTICIPANT:joe-biden @2025-03-04',
      'THREAT SOURCE:justin-trudeau TARGET:joe-biden @2025-03-04',
    ],
  ],
  // Must NOT change: the reported clause has a subject of its own.
  [
    'US President Joe Biden said that Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel Fattah al-Sisi and criticised Hamas.',
    [
      'MEETING PARTICIPANT:benjamin-netanyahu PARTICIPANT:abdel-fattah-el-sisi @2025-03-04',
      'CRITICISM SOURCE:benjamin-netanyahu TARGET:hamas @2025-03-04',
    ],
  ],
]);

/**
 * "arrived in Delhi on Wednesday and hours later had a telephonic conversation with Prime Minister Modi" (Business
 * Standard/ANI 2018): words of sequence between "and" and a support verb ("hours later", "two days later", "later")
 * leave the support verb the clause's second predicate, with its subject.
 */
eventTable('a support verb after "and" and a word of sequence keeps the subject', [
  [
    'Maithripala Sirisena arrived in New Delhi on Wednesday and hours later had a phone conversation with Narendra Modi.',
    ['CALL PARTICIPANT:maithripala-sirisena PARTICIPANT:narendra-modi @2025-02-26'],
  ],
  [
    'Recep Tayyip Erdogan landed in Baku and two days later held talks with Ilham Aliyev.',
    // ("two days later" after an undated landing: no day to count from.)
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:ilham-aliyev @null'],
  ],
  // Must NOT change: a subject of its own after the words of sequence.
  [
    'Recep Tayyip Erdogan landed in Baku and hours later Vladimir Putin held talks with Ilham Aliyev.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:ilham-aliyev @2025-03-04'],
  ],
]);
