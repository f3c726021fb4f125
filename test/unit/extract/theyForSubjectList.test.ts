import { eventTable } from './eventTable';

/**
 * "Starmer and Macron travelled to Kyiv on Saturday. They met Zelensky": with no event told in the sentence before,
 * "they" stands for that sentence's subject when it is a list of two or more actors (references.ts
 * subjectListBefore); "..., where they met Zelensky": right after a relative adverb, for its own sentence's subject
 * list (subjectListBeforeRelative); a subject's companions after its verb of travel and "with" are of its list
 * ("Starmer travelled to Kyiv with Macron": travelCompanions). Rows that must not change: a list of objects ("thanked
 * Starmer and Macron"), an event in the sentence before (its sides, as before), and a partner after another verb's
 * "with" (no list).
 */
eventTable(
  '"they" after a sentence whose subject is a list, and no event',
  [
    [
      'Starmer and Macron travelled to Kyiv on Saturday. They met Zelensky at the presidential palace.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:keir-starmer PARTICIPANT:volodymyr-zelensky @2025-05-31'],
    ],
    [
      'British Prime Minister Keir Starmer and French President Emmanuel Macron arrived in Kyiv on Saturday. They later held talks with Ukrainian President Volodymyr Zelensky.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:keir-starmer PARTICIPANT:volodymyr-zelensky @2025-05-31'],
    ],
    // (A place before the subject is no subject.)
    [
      'In Kyiv, Starmer and Macron laid flowers at a memorial on Saturday. They then met Zelensky.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:keir-starmer PARTICIPANT:volodymyr-zelensky @2025-05-31'],
    ],
    [
      'Russia and China vetoed the draft resolution on Friday. They accused the United States of hypocrisy.',
      ['CRITICISM SOURCE:china SOURCE:russia TARGET:united-states @2025-05-30'],
    ],
    // Must not fire: a list of objects.
    ['Zelensky thanked Starmer and Macron for their support. They met in Kyiv.', []],
    // Must not change: the sides of the event told before.
    [
      'Putin and Xi met in Beijing on Friday. They signed a joint statement.',
      [
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-05-30',
        'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-05-30',
      ],
    ],
    // Those a subject travels with are of its party (references.ts travelCompanions).
    [
      'Starmer travelled to Kyiv with Macron on Saturday. They met Zelensky.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:keir-starmer PARTICIPANT:volodymyr-zelensky @2025-05-31'],
    ],
    [
      'Macron travelled to Kyiv with Scholz and Draghi on Saturday. They met Zelensky.',
      [
        'MEETING PARTICIPANT:mario-draghi PARTICIPANT:olaf-scholz PARTICIPANT:emmanuel-macron PARTICIPANT:volodymyr-zelensky @2025-05-31',
      ],
    ],
    // Must not fire: a partner after "with" of a verb other than travel makes no list; nor does travel alone.
    ['Starmer disagreed with Macron on Saturday. They met Zelensky.', []],
    ['Starmer travelled to Kyiv on Saturday. They met Zelensky.', []],
  ],
  '2025-06-03',
);

eventTable(
  '"they" after a relative adverb, for the subject list of its own sentence',
  [
    [
      'Starmer and Macron travelled to Kyiv on Saturday, where they met Zelensky.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:keir-starmer PARTICIPANT:volodymyr-zelensky @2025-05-31'],
    ],
    [
      'British Prime Minister Keir Starmer and French President Emmanuel Macron travelled to Kyiv on Saturday, where they held talks with Ukrainian President Volodymyr Zelensky.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:keir-starmer PARTICIPANT:volodymyr-zelensky @2025-05-31'],
    ],
    // (Its own sentence's list, ahead of the sides of the event told before.)
    [
      'Putin and Xi met in Beijing on Friday. Macron and Scholz arrived in Kyiv on Saturday, where they met Zelensky.',
      [
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-05-30',
        'MEETING PARTICIPANT:olaf-scholz PARTICIPANT:emmanuel-macron PARTICIPANT:volodymyr-zelensky @2025-05-31',
      ],
    ],
    [
      'Starmer and Macron travelled to Kyiv on Saturday, where they later held talks with Zelensky.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:keir-starmer PARTICIPANT:volodymyr-zelensky @2025-05-31'],
    ],
    // Must not fire: a list of objects; a meeting to come.
    ['Zelensky thanked Starmer and Macron in Kyiv, where they met reporters.', []],
    ['Starmer and Macron said they look forward to a summit in Washington next week, when they meet Trump.', []],
  ],
  '2025-06-03',
);
