import { eventTable } from './eventTable';

/**
 * One state's ships striking another's at sea: ships that ram or hit a vessel named with its state ("hit a Philippine
 * supply boat with water cannons", "rammed a Philippine vessel"), the passive with the striking ship after "by" ("was
 * rammed twice by a Chinese coast guard ship"), and a water cannon "shot" at a state's boat. Rows after real news
 * phrasings of the South China Sea confrontations, 2023-2025 (AP, Deutsche Welle, AFP, USNI; wording shortened).
 */
eventTable("a state's ships striking another's vessel", [
  [
    'Two Chinese coast guard ships hit a Philippine navy-operated supply boat with water cannons on Saturday.',
    ['CONFLICT PARTICIPANT:china PARTICIPANT:philippines @2025-03-01'],
  ],
  [
    'Chinese cutters rammed a Philippine vessel near Sabina Shoal on Sunday.',
    ['CONFLICT PARTICIPANT:china PARTICIPANT:philippines @2025-03-02'],
  ],
  [
    'Another Philippine coast guard vessel was rammed twice by a Chinese coast guard ship on Monday.',
    ['CONFLICT PARTICIPANT:philippines PARTICIPANT:china @2025-03-03'],
  ],
  [
    "China's coast guard shot a water cannon at a Philippine boat on Saturday.",
    ['CONFLICT PARTICIPANT:china PARTICIPANT:philippines @2025-03-01'],
  ],
]);

eventTable('no strike by a state on a vessel', [
  // (No one strikes: weather, rules and measures.)
  ['The typhoon hit Philippine fishing boats on Sunday.', []],
  ['The new rules hit Japanese fishing boats hard.', []],
  // (Measures that reach ships are no force; the sanction keeps its target.)
  ['New US sanctions hit Iranian vessels on Monday.', ['SANCTION SOURCE:united-states TARGET:iran @2025-03-03']],
  // (A bill pushed through, no ship.)
  ['The ruling party rammed the bill through parliament on Sunday.', []],
  // (What may come, or is denied.)
  ['Chinese ships could ram Philippine vessels, analysts warned on Monday.', []],
  ['China denied that its ships rammed a Philippine vessel on Sunday.', []],
  // ("shot down" is conflict-shot-down's, which leaves drones of no named side alone.)
  ["Ukraine's air force shot down 20 drones over the Kyiv region, Russia said.", []],
]);
