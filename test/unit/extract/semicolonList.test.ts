import { eventTable } from './eventTable';

/**
 * Wire copy lists people with their offices as "A, vice president of the court; B, a deputy; and C, a police chief":
 * each item a name, a comma and a short description without a verb, closed by a semicolon. The actor after each
 * semicolon is the next member of the list; an actor inside a description is none, nor is one that opens a clause of its
 * own after the semicolon. Rows after real news phrasings (Reuters 2020 on U.S. sanctions on Nicaraguan officials).
 */
eventTable('a list of named people with descriptions, separated by semicolons', [
  [
    'The United States sanctioned Marvin Ramiro Aguilar Garcia, vice president of the Supreme Court; Walmaro Antonio Gutierrez Mercadeo, a deputy in the National Assembly; and Fidel De Jesus Dominguez Alvarez, a police chief.',
    [
      'SANCTION SOURCE:united-states TARGET:marvin-ramiro-aguilar-garcia @null',
      'SANCTION SOURCE:united-states TARGET:walmaro-antonio-gutierrez-mercadeo @null',
      'SANCTION SOURCE:united-states TARGET:fidel-de-jesus-dominguez-alvarez @null',
    ],
  ],
  [
    'The United States on Monday blacklisted three Nicaraguan officials. The officials blacklisted are Marvin Ramiro Aguilar Garcia, vice president of the Nicaraguan Supreme Court of Justice; Walmaro Antonio Gutierrez Mercadeo, a deputy in the National Assembly; and Fidel De Jesus Dominguez Alvarez, chief of the national police in the city of Leon.',
    [
      'SANCTION SOURCE:united-states TARGET:nicaragua @2025-03-03',
      'SANCTION SOURCE:united-states TARGET:marvin-ramiro-aguilar-garcia @2025-03-03',
      'SANCTION SOURCE:united-states TARGET:walmaro-antonio-gutierrez-mercadeo @2025-03-03',
      'SANCTION SOURCE:united-states TARGET:fidel-de-jesus-dominguez-alvarez @2025-03-03',
    ],
  ],
  // Must NOT join: an actor after the semicolon that has a verb of its own, or of another kind than the list.
  [
    "US President Joe Biden met Chinese President Xi Jinping, China's leader; Russian President Vladimir Putin, meanwhile, met Indian Prime Minister Narendra Modi.",
    [
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-04',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-04',
    ],
  ],
  [
    'The United States sanctioned Marvin Ramiro Aguilar Garcia, a judge; Russia condemned the move.',
    ['SANCTION SOURCE:united-states TARGET:marvin-ramiro-aguilar-garcia @null'],
  ],
]);

/**
 * The White House's way with a list of calls (2012 readouts, as retold by The Hindu BusinessLine and Obama Foodorama):
 * "spoke with Prime Minister A of X; President B of Y; and Prime Minister C of Z", items with no description, each a
 * title, a name and its state, ended by a semicolon.
 */
eventTable('a list of titled people and their states, separated by semicolons', [
  [
    'Barack Obama also spoke with Prime Minister Julia Gillard of Australia; President Dilma Rousseff of Brazil; and Prime Minister Stephen Harper of Canada.',
    [
      'CALL PARTICIPANT:barack-obama PARTICIPANT:julia-gillard @2025-03-04',
      'CALL PARTICIPANT:barack-obama PARTICIPANT:dilma-rousseff @2025-03-04',
      'CALL PARTICIPANT:barack-obama PARTICIPANT:stephen-harper @2025-03-04',
    ],
  ],
  // Must not: a clause of its own after the semicolon.
  [
    'Joe Biden met Xi Jinping on Monday; Vladimir Putin met Narendra Modi on Tuesday.',
    [
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-03',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-04',
    ],
  ],
]);
