import { conflictTable } from './eventTable';

/**
 * What force reaches or turns back, with the side that wields it named after it by a participle and "by" ("sites used
 * by the Houthis", "drones launched overnight by Russia"): that side is the other side of the force
 * (6-events/participants.ts ownerOfStruck, lexicon/force.ts WIELDED). Rows after real phrasings (Al Siasi 2024,
 * Al Arabiya, Business Standard 2024, The Daily Guardian 2024, Sudan Tribune 2024), names and wording shortened; the
 * near misses name no owner ("used to", "launched from") or no force.
 */

conflictTable('the side named after what force reaches, by "used by" or "launched by", is struck', [
  [
    "Ukrainian forces shot down 26 out of 28 attack drones launched overnight by Russia, Kyiv's military said on Thursday.",
    '2024-03-07',
    ['russia+ukraine'],
  ],
  ["Saudi air defences intercept drone launched by Yemen's Houthis.", '2021-06-01', ['houthis+saudi-arabia']],
  [
    'British jets bombed more than a dozen sites used by the Iranian-backed Houthis in Yemen on Thursday.',
    '2024-01-12',
    ['houthis+united-kingdom'],
  ],
  [
    'The Israeli airstrikes targeted what the IDF described as "a military compound used by Hezbollah\'s aerial unit" near Zboud.',
    '2024-02-27',
    ['hezbollah+israel'],
  ],
  ['Israel struck a launcher used by Hezbollah in southern Lebanon.', '2024-08-18', ['hezbollah+israel']],
  // (must not: no owner after "used to" or "launched from", and no force at all)
  ['Ukraine shot down a drone launched from Belarus.', '2024-03-07', []],
  ['The drones used by Russia were made in Iran, Ukraine said.', '2024-03-07', []],
  ['Israel struck a deal on weapons used by Ukraine.', '2024-08-18', []],
]);
