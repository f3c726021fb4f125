import { conflictTable } from './eventTable';

/**
 * An attack turned back, told with words between the repelling verb and the attack ("repelled a massive air attack by
 * Russia", "suppressed a major attack by the RSF", "fended off a large-scale offensive launched by the RSF"): the attack
 * is the verb's own phrase, so the side named after its "by" is still the verb's other side (6-events/participants.ts
 * isNeededWordOf; triggers.ts conflict-repelled-attack takes "suppressed" and "repulsed" too). Rows after real phrasings
 * (TRT Afrika 2024, The Media Line 2025, MENAFN 2026, Metro Radio 2025), names and wording shortened; the near misses
 * name no attacker ("a rebel attack", "the armed rebels"), or suppress no attack.
 */

conflictTable('the attacker named after an attack turned back, past words describing it, is the other side', [
  [
    'The Sudanese army said on Saturday it suppressed a major attack by the Rapid Support Forces on El Fasher.',
    '2024-08-11',
    ['rapid-support-forces+sudan'],
  ],
  [
    "Sudan's army said it repelled an attempted assault by the Rapid Support Forces on El Fasher early Sunday.",
    '2025-06-16',
    ['rapid-support-forces+sudan'],
  ],
  [
    "Sudan's armed forces have fended off a large-scale offensive launched by the Rapid Support Forces in South Kordofan.",
    '2026-01-15',
    ['rapid-support-forces+sudan'],
  ],
  ['Ukraine repelled a massive air attack by Russia overnight.', '2025-05-25', ['russia+ukraine']],
  // (the attack with nothing between still reads as before)
  [
    'The Sudanese army repelled an attack by the Rapid Support Forces on Sunday.',
    '2025-08-03',
    ['rapid-support-forces+sudan'],
  ],
  // (must not: no attacker named, or nothing suppressed that is force)
  ['The Syrian army foiled a massive rebel attack in the countryside of Hama province.', '2019-08-07', []],
  ['The Syrian army foiled an attack by the armed rebels on the eastern rim of Damascus.', '2016-10-21', []],
  ['Police suppressed protests by supporters of Imran Khan in Pakistan.', '2024-03-01', []],
  ['China suppressed reports of an attack by Uyghur militants.', '2024-03-01', []],
]);
