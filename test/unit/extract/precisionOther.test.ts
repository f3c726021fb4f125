import { eventTable } from './eventTable';

/**
 * Wrong edges of the non-core types found on fresh news (issue 20, precision side): a habit or a standing charge read
 * as one dated act. Each table holds rows that must not fire and rows of the correct reading that still must. The
 * rows retell wire phrasings in other words.
 */

eventTable('a habit or a standing charge is no dated act: spans of the past, frequency adverbs, reciprocal charges', [
  ['In the past, the Indian army has blamed the Pakistani army for raids along the Line of Control.', []],
  ['In recent years, Russian aggression against Ukraine has soured ties between Moscow and the West.', []],
  ['Over the years, Israel has condemned Iran for arming Hezbollah.', []],
  ['Both sides have often accused the other of firing first.', []],
  ['China routinely condemns Japan over visits to the Yasukuni shrine.', []],
  ['Both sides blame each other for violating the truce.', []],
  ['Armenia and Azerbaijan have accused each other of provoking earlier clashes.', []],
  // Must still fire: one act, on a day or in the simple past.
  [
    'The Indian army blamed the Pakistani army on Monday for a raid along the Line of Control.',
    ['CRITICISM SOURCE:india TARGET:pakistan @2025-03-03'],
  ],
  [
    'Armenia and Azerbaijan accused each other of shelling border positions on Tuesday.',
    [
      'CRITICISM SOURCE:armenia TARGET:azerbaijan @2025-03-04',
      'CRITICISM SOURCE:azerbaijan TARGET:armenia @2025-03-04',
    ],
  ],
  ['Israel condemned Iran on Sunday for arming Hezbollah.', ['CRITICISM SOURCE:israel TARGET:iran @2025-03-02']],
]);

eventTable('an event set before the news takes no news date: "came after", a "since" clause, an "earlier" noun', [
  [
    'The move came after a US congressional commission accused China of genocide.',
    ['CRITICISM SOURCE:united-states TARGET:china @null'],
  ],
  [
    'The clashes on Sunday were the worst since India and Pakistan agreed to the ceasefire.',
    ['AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @null'],
  ],
  [
    'Caracas on Thursday called Colombia’s earlier expulsion of a Venezuelan diplomat arbitrary.',
    ['SANCTION SOURCE:colombia TARGET:venezuela @null'],
  ],
  // Must still fire with a date of its own, written after the word that sets it earlier.
  [
    'Relations have soured since Ethiopia signed a deal with Somaliland in January.',
    ['AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somaliland @2025-01'],
  ],
  // Must still fire with the news date: the act itself, or "after" with no verb of coming before it.
  [
    'A US congressional commission accused China of genocide on Tuesday.',
    ['CRITICISM SOURCE:united-states TARGET:china @2025-03-04'],
  ],
  [
    'India and Pakistan agreed to the ceasefire on Monday.',
    ['AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-03'],
  ],
]);

eventTable('a force noun that is the subject of a verb does not reach the sides of the verb’s object noun', [
  ['The attack on Sunday heightened tensions between India and Pakistan.', []],
  ['The bombing in Kabul deepened the rift between Washington and Islamabad.', []],
  ['The raid soured relations between Ethiopia and Sudan.', []],
  // Must still fire: the noun's own sides, and a conflict noun that is itself the object.
  [
    'The clashes between Armenia and Azerbaijan on Sunday killed six soldiers.',
    ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-02'],
  ],
  [
    'Russia’s attack on Ukraine on Sunday killed six civilians.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-02'],
  ],
]);

eventTable('a subordinate clause with an unnamed subject of its own is not done by the main clause’s actor', [
  [
    'Pakistani soldiers fired at an Indian post on Tuesday, two days after suspected rebels killed 18 Indian soldiers.',
    ['CONFLICT PARTICIPANT:pakistan PARTICIPANT:india @2025-03-04'],
  ],
  [
    'Israel struck targets in Lebanon on Monday after gunmen attacked a border post.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:lebanon @2025-03-03'],
  ],
  // Must still fire: the subordinate clause's own named subject.
  [
    'Pakistani soldiers fired at an Indian post on Tuesday, two days after India attacked a Pakistani base.',
    [
      'CONFLICT PARTICIPANT:pakistan PARTICIPANT:india @2025-03-04',
      'CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-02',
    ],
  ],
]);

/**
 * Coordinated subjects who spoke or met "with" someone the sentence names no actor for ("the president" of an article
 * with two, "reporters") did not speak with each other (Reuters 2012: "Erdogan, Merkel, Hollande and Cameron also spoke
 * with the president, the White House said").
 */
eventTable('subjects who spoke with someone unnamed did not speak with each other', [
  ['Angela Merkel and David Cameron also spoke with the president, the White House said.', []],
  ['Emmanuel Macron and Olaf Scholz met with reporters on Monday.', []],
  // Must still fire: each other, a named partner, no partner at all.
  [
    'Vladimir Putin and Xi Jinping spoke with each other on Monday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
  ],
  [
    'Angela Merkel and David Cameron met on Monday.',
    ['MEETING PARTICIPANT:angela-merkel PARTICIPANT:david-cameron @2025-03-03'],
  ],
]);
