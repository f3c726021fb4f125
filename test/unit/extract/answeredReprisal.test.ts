import { eventTable } from './eventTable';

/**
 * A reprisal vowed in answer to an act threatens the act's doer, in the forms the news of 2024-2025 uses besides "to"
 * and "against": the act after "after", "for" or "over" ("has vowed to retaliate after Iran's missile attack"), the
 * act as the object of "avenge" ("is vowing to avenge Indian missile strikes"), and the doer as the subject of the
 * act's verb after "after" ("vowed to retaliate after India launched aerial strikes"). Rows after CNA, PBS, Townhall
 * and Yalibnan (2024-2025, Iran and Israel; Pakistan after Operation Sindoor), names kept, clauses shortened.
 */
eventTable('a reprisal vowed after or for an act threatens its doer', [
  ["Israel has vowed to retaliate after Iran's missile attack.", ['THREAT SOURCE:israel TARGET:iran @2025-03-04']],
  ['Pakistan is vowing to avenge Indian missile strikes.', ['THREAT SOURCE:pakistan TARGET:india @2025-03-04']],
  [
    'Pakistan has vowed to retaliate after India launched aerial strikes in its territory.',
    ['THREAT SOURCE:pakistan TARGET:india @2025-03-04'],
  ],
  ['Pakistan vows retaliation after Indian airstrikes.', ['THREAT SOURCE:pakistan TARGET:india @2025-03-04']],
  ['Israel vowed revenge for the Iranian missile attack.', ['THREAT SOURCE:israel TARGET:iran @2025-03-04']],
  // Must not fire: "after" opening no act of a named doer, or a vow of no reprisal.
  ["Israel vowed to retaliate after meeting Iran's foreign minister.", []],
  ['Pakistan vowed to retaliate after the attack in Kashmir.', []],
  ['Pakistan vowed to retaliate after India said it would talk.', []],
  ['Pakistan is vowing to help Indian flood victims.', []],
  ['Japan pledged a swift response after the earthquake in Turkey.', []],
]);
