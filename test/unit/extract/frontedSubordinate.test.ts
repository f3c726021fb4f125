import { eventTable } from './eventTable';

/**
 * A subordinate clause that opens the sentence ("While X toured ...,", "As X hinted,") has a subject of its own: it does
 * not do what the main clause after its comma says, when the main clause names its own actor; a trigger inside the
 * opening clause keeps its subject. Rows after real news phrasings (Alpha News 2025 on Rubio in Panama, Reuters).
 */
eventTable('a fronted subordinate clause: its subject is not the main clause subject', [
  [
    "While Rubio toured the Miraflores Locks, a vital part of the canal's operations, China repeated that it respects the canal's neutral status, rejecting U.S. allegations of interference.",
    ['CRITICISM SOURCE:china TARGET:united-states @2025-03-04'],
  ],
  [
    "While US Secretary of State Marco Rubio toured the locks, China repeated that it respects Panama's sovereignty, rejecting U.S. allegations of interference.",
    ['CRITICISM SOURCE:china TARGET:united-states @2025-03-04'],
  ],
  [
    'While Biden was in Hanoi, US Vice President Kamala Harris met Indonesian President Joko Widodo in Jakarta on Wednesday.',
    ['MEETING PARTICIPANT:kamala-harris PARTICIPANT:joko-widodo @2025-02-26'],
  ],
  // Must still fire: the trigger inside the opening clause, and a main clause whose subject is a pronoun for it.
  [
    'After US President Joe Biden met Chinese President Xi Jinping in Woodside, the two leaders agreed to resume military talks.',
    [
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-04',
      'AGREEMENT PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-04',
    ],
  ],
  [
    'When Russian President Vladimir Putin visited Beijing, he met Chinese President Xi Jinping on Thursday.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-02-27'],
  ],
]);
