import { eventTable } from './eventTable';

/**
 * A state asking another's envoys to leave expels them: "asked 34 French diplomats to leave the country" is a
 * SANCTION, not a request (STATEMENT). Not its own diplomats asked to leave a war zone, nor envoys asked to do
 * something else, nor envoys who are not the ones asked. Rows retold after ProfileNews (2022), OpIndia (2024), Nabamart
 * (2023) and Diplomatic Briefing (2019), wording changed.
 */
eventTable("asked another state's envoys to leave: an expulsion", [
  [
    'The Russian Foreign Ministry said on Wednesday it had asked 34 French diplomats to leave the country.',
    ['SANCTION SOURCE:russia TARGET:france @2025-02-26'],
  ],
  [
    'The row deepened after Canada on Monday asked six Indian diplomats to leave the country.',
    ['SANCTION SOURCE:canada TARGET:india @2025-03-03'],
  ],
  [
    "Mali's government on Monday asked the French ambassador to leave the country within 72 hours.",
    ['SANCTION SOURCE:mali TARGET:france @2025-03-03'],
  ],
]);

eventTable('asked its own envoys to leave, or envoys to do something else: no expulsion', [
  ['The United States on Monday asked its diplomats to leave Sudan as fighting spread.', []],
  ['The Foreign Ministry on Monday asked the Russian ambassador to explain the remarks.', []],
  [
    'Russia on Monday asked Belarus to help its diplomats leave Ukraine.',
    ['STATEMENT SOURCE:russia TARGET:belarus @2025-03-03'],
  ],
]);
