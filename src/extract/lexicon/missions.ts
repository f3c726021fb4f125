import { DIPLOMATS } from './officials';
import { words } from './words';

/**
 * Diplomatic missions and the people who staff them: what a state expels, declares unwelcome or orders out when it
 * sanctions another ("declared 35 Russian embassy officials persona non grata", "expelled 15 Russian embassy
 * officials", "declared a Pakistani official at the High Commission persona non grata"). The envoys themselves are
 * ./officials.ts DIPLOMATS.
 */

/** A state's mission abroad: "the Russian embassy", "the Pakistan High Commission", "its consulate in Houston". */
export const MISSIONS: readonly string[] = [
  'embassy',
  'embassies',
  'consulate',
  'consulates',
  'commission', // a High Commission, the embassy of one Commonwealth state in another
  'legation',
];
export const MISSION = words(MISSIONS);

/** Those who work at a mission, besides its envoys: "15 UAE embassy staff", "35 Russian officials". */
export const MISSION_WORKERS: readonly string[] = [
  'staff',
  'staffers',
  'personnel',
  'employees',
  'official',
  'officials',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
];

/**
 * Words that, before "persona non grata" or after "expelled", put the one declared unwelcome at a mission: an envoy, a
 * mission worker or the mission itself (a head of state is never "at the embassy").
 */
export const MISSION_STAFF = words(DIPLOMATS, MISSION_WORKERS, MISSIONS);
