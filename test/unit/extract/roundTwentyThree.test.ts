import { eventTable } from './eventTable';

/**
 * "he" and "she" after a verb of saying are the subject of what is said, never the verb's object, even where an
 * occasion makes a name after "said" its object (agent.ts isObjectOfVerb, lexicon/reference.ts NOMINATIVE_PRONOUN):
 * "Lavrov said he raised the issue at a meeting with Pompeo".
 */
eventTable(
  'a subject pronoun after a verb of saying',
  [
    [
      'Lavrov said he raised the issue at a meeting with Pompeo on Monday.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:mike-pompeo @2023-02-13'],
    ],
    [
      'Modi said he discussed trade at a meeting with Biden on Friday.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:joe-biden @2023-02-17'],
    ],
    // (A name after "said" at an occasion: the sayer was there, as before.)
    [
      'Lavrov said Russia was ready at a meeting with Pompeo on Monday.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:mike-pompeo @2023-02-13'],
    ],
    // (The object of a verb of addressing is still its object.)
    [
      'Lavrov told Pompeo at a meeting on Monday that Russia was ready.',
      ['STATEMENT SOURCE:sergei-lavrov TARGET:mike-pompeo @2023-02-13'],
    ],
  ],
  '2023-02-19',
);
