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

/**
 * A reprisal vowed for a life taken is for the one killed, not at them: the one after the killing's "of", or the one
 * whose death it is, is no target (the killer named with "against" or as the killing's possessive is). Rows after
 * Townhall, Pravda, BBC, Today in America, CTV and Khaleej Times (2024, Haniyeh's and Nasrallah's killings).
 */
eventTable('a reprisal vowed for a killing does not threaten the one killed', [
  [
    'Iranian Supreme Leader Ali Khamenei vowed revenge for the assassination of Hamas political chief Ismail Haniyeh.',
    [],
  ],
  ['Ayatollah Ali Khamenei has pledged to avenge the death of Hamas political chief Ismail Haniyeh.', []],
  ['Iran vows revenge on Hezbollah leader’s death.', []],
  ['The head of Hezbollah vowed vengeance for the assassination of Hamas political leader Ismail Haniyeh.', []],
  // Must fire: the killer named as the reprisal's object or as the killing's possessive.
  [
    "Nasrallah vowed to respond to Israel's killing of the group's top military commander.",
    ['THREAT SOURCE:hassan-nasrallah TARGET:israel @2025-03-04'],
  ],
  [
    'Khamenei vowed harsh punishment for Israel after the killing of Hamas leader Ismail Haniyeh.',
    ['THREAT SOURCE:ali-khamenei TARGET:israel @2025-03-04'],
  ],
  ['Iran vowed revenge against Israel for the killing of Haniyeh.', ['THREAT SOURCE:iran TARGET:israel @2025-03-04']],
]);
