import { eventTable } from './eventTable';

/**
 * Issue 20, seventeenth round (who an event noun belongs to): the actors who own a one-sided act of force together
 * did it together, each against whom it fell on, never against each other: a hyphen's pair before the noun ("the joint
 * US-Britain attack on Houthis", "the US-Israeli strikes"), the agents after a participle's "by" ("strikes carried out
 * by the United States and Israel") or after the "of" of the act ("the attacks of the United States and Britain on
 * Yemen") (participants.ts, forceBy, jointAgents). Rows retold after ABP Live and Kayhan Life 2024, News Bulletin 247
 * 2024, Hensard Times 2026, Goa Chronicle 2024 and Anews 2024; wording and sometimes actors changed.
 */
eventTable('conflict: co-owners of a one-sided act of force fight on one side', [
  [
    'The joint US-Britain attack on the Houthis in Yemen came on Friday.',
    [
      'CONFLICT PARTICIPANT:united-states PARTICIPANT:houthis @2025-02-28',
      'CONFLICT PARTICIPANT:united-kingdom PARTICIPANT:houthis @2025-02-28',
    ],
  ],
  [
    'The strikes conducted by the US and the UK on the Houthis began on Friday.',
    [
      'CONFLICT PARTICIPANT:united-states PARTICIPANT:houthis @2025-02-28',
      'CONFLICT PARTICIPANT:united-kingdom PARTICIPANT:houthis @2025-02-28',
    ],
  ],
  [
    'Kanaani said the attacks of the United States and Britain on Yemen were a mistake.',
    [
      'CONFLICT PARTICIPANT:united-states PARTICIPANT:yemen @null',
      'CONFLICT PARTICIPANT:united-kingdom PARTICIPANT:yemen @null',
    ],
  ],
  ['Strikes by Israel on Iran began on Friday.', ['CONFLICT PARTICIPANT:israel PARTICIPANT:iran @2025-02-28']],
]);

// Not against each other when no one they struck is named, and a hyphen's pair before a two-sided noun (war,
// clashes) still fights each other; an "of" with no "on" or "against" after it names whom the act fell on.
eventTable('conflict: co-owners of an act of force are no two sides', [
  [
    'Iran condemned the US-Israeli strikes on its nuclear facilities on Sunday.',
    ['CRITICISM SOURCE:iran TARGET:united-states @2025-03-02'],
  ],
  [
    'Iran denounced the joint strikes carried out by the United States and Israel on Saturday.',
    ['CRITICISM SOURCE:iran TARGET:united-states @2025-03-01', 'CRITICISM SOURCE:iran TARGET:israel @2025-03-01'],
  ],
  ['The US-British strikes took place on Friday night.', []],
  [
    'The Russia-Ukraine war entered its fourth year on Monday.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
  ],
  [
    'The Armenia-Azerbaijan clashes killed dozens on Monday.',
    ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-03'],
  ],
]);
