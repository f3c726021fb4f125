import { eventTable } from './eventTable';

/**
 * "Sheinbaum said Thursday, after speaking with Trump, that a tariff war will be avoided": a conversation told as the
 * circumstance of a verb of saying happened, though the words reported after "that" speak of the future; a future in
 * the main clause itself still holds an opening phrase off ("After talks with Mitsotakis, Erdogan will make
 * statements"). Rows after real news phrasings (AP 2024 on Sheinbaum and Trump; Anadolu on Erdogan in Athens).
 */
eventTable('a conversation told as a circumstance, before reported words about the future', [
  [
    'Mexican President Claudia Sheinbaum said Thursday, after speaking with US President-elect Donald Trump, that a tariff war will be avoided.',
    ['CALL PARTICIPANT:claudia-sheinbaum PARTICIPANT:donald-trump @2025-02-27'],
  ],
  [
    'After talking with Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan said a deal was near.',
    ['CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
  // Must NOT fire: a future main clause, and a conversation with no actor.
  [
    'After talks with Greek Prime Minister Kyriakos Mitsotakis, Turkish President Recep Tayyip Erdogan will make statements.',
    [],
  ],
  [
    'Mexican President Claudia Sheinbaum said Thursday, after speaking with reporters, that a tariff war will be avoided.',
    [],
  ],
]);
