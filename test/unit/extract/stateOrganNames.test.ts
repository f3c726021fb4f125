import { eventTable } from './eventTable';

/**
 * A US department named in full ("the Department of the Treasury", "the Department of Commerce", "the Department of
 * State") acts for the United States, as its short name does ("the Treasury Department"); a body of that name with
 * another state's adjective or name before it or after its "of" is that state's ("the Indian Commerce Department",
 * "the Department of Commerce of Taiwan"). Rows retold after The New Region, China Tech Threat, Yuan Talks and The
 * Washington Times (2020-2025), wording changed.
 */
eventTable("a US department's full name acts for the United States", [
  [
    'The Department of Commerce on Monday added 11 Chinese companies to the Entity List.',
    ['SANCTION SOURCE:united-states TARGET:china @2025-03-03'],
  ],
  [
    'The Department of the Treasury on Friday sanctioned nine Iranian vessels.',
    ['SANCTION SOURCE:united-states TARGET:iran @2025-02-28'],
  ],
  [
    'The Department of State on Tuesday designated the Houthis a foreign terrorist organization.',
    ['SANCTION SOURCE:united-states TARGET:houthis @2025-03-04'],
  ],
]);

eventTable("a body of that name owned by another state is that state's", [
  [
    'The Indian Commerce Department on Monday imposed anti-dumping duties on Chinese steel.',
    ['SANCTION SOURCE:india TARGET:china @2025-03-03'],
  ],
  [
    'The Indian Department of Commerce on Monday imposed anti-dumping duties on Chinese steel.',
    ['SANCTION SOURCE:india TARGET:china @2025-03-03'],
  ],
  [
    'The Department of Commerce of Taiwan on Monday signed a deal with Japan.',
    ['AGREEMENT PARTICIPANT:taiwan PARTICIPANT:japan @2025-03-03'],
  ],
  ['He worked at the Department of State for ten years before he moved to Russia.', []],
  ['The US-Kremlin talks ended on Monday.', ['NEGOTIATION PARTICIPANT:united-states PARTICIPANT:russia @2025-03-03']],
]);
