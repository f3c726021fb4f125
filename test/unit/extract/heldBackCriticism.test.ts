import { eventTable } from './eventTable';

/**
 * Holding back from an act is no act: "stopped short of condemning", "refrained from criticising", "omitted any
 * criticism of", "wary of criticizing", "steered clear of condemning" give no criticism (lexicon/modality.ts
 * HOLDING_BACK and HELD_BACK_PAIRS, 6-events/assertion.ts isHeldBack). The holding back reaches only the act in its
 * own phrase: a comma, "and", "but" or another verb between ends it. Rows from Middle East Monitor 2022 (the UN
 * envoy and Israel's strikes), Defend Democracy Press 2022 (India and Russia), The News Trace 2022 (China's speech at
 * the UN), British Herald 2023 (US administrations and Israel), Newser 2022 (China and India).
 */
eventTable(
  'holding back from criticism is none; criticism beside a holding back still is',
  [
    // Must not: the criticism is held back.
    ['Meanwhile, the United Nations and its envoy Tor Wennesland stopped short of condemning the Israeli attack.', []],
    [
      'But India has stopped short of criticising Russia’s actions or threatening to join in with US-led sanctions.',
      [],
    ],
    ['The Chinese government omitted this Saturday any criticism of Russia in the speech of its foreign minister.', []],
    ['US administrations have long been wary of criticizing Israel.', []],
    ['India refrained from criticising Russia’s actions at the Security Council.', []],
    ['China and India have steered clear of publicly condemning Russia’s invasion.', []],
    // Must fire: the holding back is of something else, or set off by a comma or a coordinator.
    [
      'China condemned Israel’s strikes and urged all sides to avoid escalation.',
      ['CRITICISM SOURCE:china TARGET:israel @2024-05-03'],
    ],
    [
      'To avoid further escalation, Turkey condemned Israel’s strikes on Monday.',
      ['CRITICISM SOURCE:turkey TARGET:israel @2024-04-29'],
    ],
    [
      'Biden avoided a public confrontation with Netanyahu but criticized Israel’s judicial overhaul on Monday.',
      ['CRITICISM SOURCE:joe-biden TARGET:israel @2024-04-29'],
    ],
    [
      'Modi held a short meeting with Putin on Monday.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:vladimir-putin @2024-04-29'],
    ],
  ],
  '2024-05-03',
);
