import { eventTable } from './eventTable';

/**
 * Who reports an act is no side of it: the clause after the act that tells who said so ("…, Japan's Coast Guard and
 * the South Korean military said", "“…,” Seoul's Joint Chiefs of Staff said", "…, South Korea and Japan said")
 * gives no target to the act before it. Rows after real news phrasings of North Korean launches and South China Sea
 * incidents, 2022-2025 (VOA, i24, Reuters, CGTN, CNN, AP; wording shortened).
 */
eventTable('the act keeps its own target, named before the reporters', [
  [
    'China fired water cannons at a Philippine vessel on Sunday, the Philippine Coast Guard said.',
    ['CONFLICT PARTICIPANT:china PARTICIPANT:philippines @2025-03-02'],
  ],
  [
    'North Korea fired artillery shells at South Korea on Sunday, Japan and the United States said.',
    ['CONFLICT PARTICIPANT:north-korea PARTICIPANT:south-korea @2025-03-02'],
  ],
  [
    'Russia launched drones at Kyiv overnight, the Ukrainian Air Force said on Sunday.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-02'],
  ],
]);

eventTable('no target taken from those who report the act', [
  [
    "North Korea fired an unidentified ballistic missile on Sunday, Japan's Coast Guard and the South Korean military said.",
    [],
  ],
  ['"North Korea fired an unidentified ballistic missile into the East Sea," Seoul\'s Joint Chiefs of Staff said.', []],
  [
    "North Korea fired projectiles into the sea off its east coast, South Korea's Joint Chiefs of Staff said on Sunday.",
    [],
  ],
  ['North Korea fired a ballistic missile on Thursday, South Korea and Japan said.', []],
  ['North Korea on Sunday launched a "suspected ballistic missile," Japan\'s Ministry of Defense reported.', []],
  ['North Korea fired a missile on Sunday, the Japanese Ministry of Defense said.', []],
]);
