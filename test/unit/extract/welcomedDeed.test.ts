import { eventTable } from './eventTable';

/**
 * Issue 20, seventeenth round (who an event noun belongs to): a verb of receiving whose object is a person's possessive
 * before a thing welcomes what that person said or did; no one is met, nor whom the thing was with (participants.ts,
 * isWelcomedDeed). Rows retold after Reuters via Mashaher 2024, The Hill via Arise 2025, Novinite via Overview Press
 * 2025 and Modern Diplomacy 2025; wording and sometimes actors changed.
 */
eventTable('meeting: a welcomed deed of a person is no visit', [
  ['The Kremlin on Friday welcomed Donald Trump’s comments on Russia.', []],
  ['Moscow welcomes Trump’s intentions to resolve problems through dialogue, Peskov said on Friday.', []],
  [
    'The Kremlin on Tuesday welcomed U.S. President Donald Trump’s declaration that he will turn his attention to Ukraine.',
    [],
  ],
  ['Zelensky welcomed Trump’s talks with Putin on Tuesday.', []],
]);

// A guest received in person is still met: named without a possessive, or the person a possessor's title names.
eventTable('meeting: a guest received is met', [
  [
    'Putin welcomed Trump to Moscow on Tuesday.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-03-04'],
  ],
  [
    'Zelensky on Monday welcomed US leader Joe Biden to Kyiv.',
    ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:joe-biden @2025-03-03'],
  ],
  [
    'Putin received Trump’s envoy Steve Witkoff in the Kremlin on Tuesday.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:steve-witkoff @2025-03-04'],
  ],
]);
