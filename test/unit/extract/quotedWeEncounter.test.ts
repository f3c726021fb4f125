import { eventTable } from './eventTable';

/**
 * A quoted "we" is the speaker's state ("“We condemn the strikes,” Biden said"), except when its clause tells of a
 * conversation, call or meeting the speaker had in person: then "we" includes the speaker, who is the side of that
 * encounter. Rows after real news phrasings (Goa Chronicle 2025 on Sheinbaum's call with Trump; Reuters, AP).
 */
eventTable('a quoted "we" that had a conversation or meeting is its speaker', [
  [
    '“We had a good conversation with President Trump with great respect for our sovereignty,” said Mexican President Claudia Sheinbaum.',
    ['CALL PARTICIPANT:claudia-sheinbaum PARTICIPANT:donald-trump @2025-03-04'],
  ],
  [
    '“We had a very good conversation with President Putin,” Turkish President Recep Tayyip Erdogan said on Friday.',
    ['CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-02-28'],
  ],
  // Must NOT change: a "we" that acts as a state, and a "we" said by a body, not a person.
  [
    '“We condemn the strikes on Ukraine by Russia,” US President Joe Biden said on Friday.',
    ['CRITICISM SOURCE:united-states TARGET:russia @2025-02-28'],
  ],
  [
    '“We had a good meeting with Chinese Foreign Minister Wang Yi,” the Indian foreign ministry said.',
    ['MEETING PARTICIPANT:india PARTICIPANT:wang-yi @2025-03-04'],
  ],
]);
