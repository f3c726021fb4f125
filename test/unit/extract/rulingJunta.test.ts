import { eventTable } from './eventTable';

/**
 * A state's junta, its ruling or governing junta too, acts as the state after its possessive, like its government
 * ("Niger's ruling junta ordered police to expel France's ambassador", "Niger's junta ordered the French ambassador to
 * leave", "Mali's governing junta ordered the suspension"); a ruling party does not. Rows retold after Reuters, Al
 * Arabiya, Infobae and The Lawyer's Daily (2022-2023), wording changed.
 */
eventTable("ruling junta: a state's junta acts as the state", [
  [
    'Niger’s junta ordered the French ambassador to leave the country within 48 hours on Friday.',
    ['SANCTION SOURCE:niger TARGET:france @2025-02-28'],
  ],
  [
    "Niger's ruling junta ordered police to expel France's ambassador on Thursday.",
    ['SANCTION SOURCE:niger TARGET:france @2025-02-27'],
  ],
  [
    "Mali's governing junta expelled the French ambassador on Monday.",
    ['SANCTION SOURCE:mali TARGET:france @2025-03-03'],
  ],
  [
    "Mali's ruling junta condemned the French decision on Thursday.",
    ['CRITICISM SOURCE:mali TARGET:france @2025-02-27'],
  ],
]);

eventTable('ruling junta: a ruling party, or a junta of no state named, is not the state', [
  ["Niger's ruling party condemned the French decision on Thursday.", []],
  ['The ruling junta expelled the French ambassador on Monday.', []],
]);
