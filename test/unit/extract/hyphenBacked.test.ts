import { eventTable } from './eventTable';

/**
 * "The Iran-backed Hezbollah", "the Rwanda-backed M23": the actor before the hyphen backs the armed group named right
 * after it (a SUPPLY, as dev's "a group backed by Morocco"), and is no subject of the clause's verb, whose subject is
 * the group; "the US-led coalition" names no group, so the leader stays the subject. Rows retold after wire reports of
 * Hezbollah rocket fire (2023-2024), the M23 in Goma (2025) and coalition strikes in Syria and Yemen, wording changed.
 */
eventTable('hyphen-backed groups: the backer supplies the group, the group acts', [
  [
    'The Iran-backed Hezbollah fired rockets at northern Israel on Sunday.',
    [
      'SUPPLY SOURCE:iran TARGET:hezbollah @2025-03-02',
      'CONFLICT PARTICIPANT:hezbollah PARTICIPANT:israel @2025-03-02',
    ],
  ],
  ['The Rwanda-backed M23 rebels captured Goma in January 2025.', ['SUPPLY SOURCE:rwanda TARGET:m23 @2025-01']],
  // (Opening the sentence: a hyphen with no space after it is no dateline's dash.)
  ['Rwanda-backed M23 rebels captured Goma in January 2025.', ['SUPPLY SOURCE:rwanda TARGET:m23 @2025-01']],
  [
    'Iran-backed Houthis attacked a US warship in the Red Sea on Sunday.',
    [
      'SUPPLY SOURCE:iran TARGET:houthis @2025-03-02',
      'CONFLICT PARTICIPANT:houthis PARTICIPANT:united-states @2025-03-02',
    ],
  ],
  // (A dateline's dash or colon, set off by a space, still says only where the report was filed.)
  [
    'TEHRAN - Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.',
    ['AGREEMENT PARTICIPANT:iran PARTICIPANT:saudi-arabia @2025-02-28'],
  ],
]);

eventTable('hyphen-backed groups: a led or backed noun that names no group keeps its leader', [
  [
    'The US-led coalition struck Islamic State targets in Syria on Monday.',
    ['CONFLICT PARTICIPANT:united-states PARTICIPANT:islamic-state @2025-03-03'],
  ],
  ['Iranian-backed militias attacked US troops in Syria on Sunday.', []],
]);
