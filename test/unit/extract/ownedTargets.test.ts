import { eventTable } from './eventTable';

/**
 * What force reaches, named by its owner after it ("a military complex belonging to Hezbollah", "two targets in Syria
 * belonging to Iran's Revolutionary Guard"), falls on the owner: the owner is the target, past the place the thing
 * stands in; "struck a" names a strike when what is struck belongs to a side, and a deal struck is none. Rows retold
 * after the IDF via Sputnik and TASS (2024) and Iran International (2023), wording changed.
 */
eventTable('owned targets: the owner of what is struck is the target', [
  [
    'The IDF said it had struck a military complex belonging to Hezbollah in Lebanon on Friday.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-02-28'],
  ],
  [
    'Israeli jets struck a launcher belonging to the Hezbollah terrorist organization on Sunday, the army said.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-03-02'],
  ],
  [
    "The United States launched an air strike on Thursday against two targets in Syria belonging to Iran's Revolutionary Guard.",
    ['CONFLICT PARTICIPANT:united-states PARTICIPANT:iran @2025-02-27'],
  ],
]);

eventTable('owned targets: a deal struck is no strike', [
  ['Israel struck a deal over assets belonging to Hezbollah.', []],
  [
    'Israel and Hezbollah struck a ceasefire deal on Tuesday.',
    ['AGREEMENT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-03-04'],
  ],
]);
