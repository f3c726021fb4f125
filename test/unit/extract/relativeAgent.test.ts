import { eventTable } from './eventTable';

/**
 * A trigger inside a relative clause set off by ", who" or ", which" is done by the pronoun's antecedent, however far
 * the trigger stands from the pronoun, not by the main clause's subject; a comma that closes the relative clause hands
 * the trigger back to the main clause. Rows after real news phrasings (names and wording changed).
 */
eventTable('a relative clause: the antecedent does what the clause says, the main subject does not', [
  // (AP 2020: a state named as the place of a phrase is the antecedent that acts; and the same act told plainly, Reuters.)
  [
    'The European Union imposed sanctions Friday on 40 officials suspected of election misconduct and a brutal security crackdown on protesters in Belarus, which quickly retaliated by announcing its own sanctions against the EU and recalling its ambassadors from Poland and Lithuania.',
    ['SANCTION SOURCE:belarus TARGET:poland @2025-02-28', 'SANCTION SOURCE:belarus TARGET:lithuania @2025-02-28'],
  ],
  [
    'Belarus recalled its own ambassadors from Poland and Lithuania last Friday.',
    ['SANCTION SOURCE:belarus TARGET:poland @2025-02-28', 'SANCTION SOURCE:belarus TARGET:lithuania @2025-02-28'],
  ],
  [
    'Turkish Foreign Minister Mevlut Cavusoglu was in Washington with Turkish President Recep Tayyip Erdogan, who was on an official visit to meet U.S. President Donald Trump.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:donald-trump @2025-03-04'],
  ],
  [
    'Turkish Foreign Minister Mevlut Cavusoglu travelled with Turkish President Recep Tayyip Erdogan, who went to Washington to meet U.S. President Donald Trump.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:donald-trump @2025-03-04'],
  ],
  [
    'Hungarian Prime Minister Viktor Orban, who had criticised the sanctions, met Russian President Vladimir Putin in Moscow on Friday.',
    ['MEETING PARTICIPANT:viktor-orban PARTICIPANT:vladimir-putin @2025-02-28'],
  ],
  [
    'French President Emmanuel Macron spoke with Turkish President Recep Tayyip Erdogan, who later held talks with Russian President Vladimir Putin.',
    [
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:recep-tayyip-erdogan @2025-03-04',
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-04',
    ],
  ],
]);

eventTable(
  'a comma that closes the relative clause before the trigger hands it back to the whole coordinated subject',
  [
    [
      'Putin and Xi, who are old friends, met in Beijing on Monday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
    ],
    [
      'Russian President Vladimir Putin and Chinese President Xi Jinping, who last met in October, spoke by phone on Monday.',
      // (The October meeting is an occasion of its own, on another day: 7-merge.ts isSubsumedByCall.)
      [
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2024-10',
        'CALL PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03',
      ],
    ],
    [
      'French President Emmanuel Macron and German Chancellor Olaf Scholz, who were both in Brussels for the summit, held talks on Monday.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03'],
    ],
    // Must not: a trigger inside the clause is still the antecedent's, and the verb after it no meeting of theirs.
    [
      'Hungarian Prime Minister Viktor Orban, who met Putin on Monday, said the war must end.',
      ['MEETING PARTICIPANT:viktor-orban PARTICIPANT:vladimir-putin @2025-03-03'],
    ],
    ['The Kremlin said Putin and Xi, who are close allies, would not meet this year.', []],
  ],
);

eventTable('a relative clause after a coordinated subject is said of every member of it', [
  [
    'Egypt and Qatar, which have been mediating between Israel and Hamas, said talks would resume.',
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-03-04',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-03-04',
    ],
  ],
  // Must not: a preposition's list before the clause is no subject, and the clause is said of the noun before it
  // (after Russian foreign ministry and Reuters readouts, 2025).
  ['The ministers noted progress on the peace treaty between Yerevan and Baku, which was praised in Moscow.', []],
  [
    'The talks follow an exchange of letters between Donald Trump and Ali Khamenei, which led to indirect talks in Oman.',
    [],
  ],
]);
