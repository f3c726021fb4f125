import { conflictTable } from './eventTable';

/**
 * A state named where what force reaches stands ("sites in Iraq and Syria"), before the words naming an armed group
 * that uses or holds it ("used by Iranian-backed militias"), is no side of the force: the side is the group, named or
 * not (6-events/participants.ts isPlaceOfOwnedThing, lexicon/force.ts NON_STATE_HOLDERS). Rows after the AP's report of
 * the US strikes of February 2024 (as carried by Mid-Day, WAtoday, Guard Invest and upday) and Reuters-style phrasings,
 * names and wording shortened; the rows that must still fire name the group, or a state's own forces as the users.
 */

conflictTable('the state where an armed group’s sites stand is no side of the strikes on them', [
  [
    'The US military launched an air assault on dozens of sites in Iraq and Syria used by Iranian-backed militias.',
    '2024-02-03',
    [],
  ],
  [
    'The U.S. military has launched an air assault on multiple sites in Iraq and Syria used by Iranian-backed militias, officials said.',
    '2024-02-03',
    [],
  ],
  ['Israel bombed depots in Syria used by Iran-backed militant groups on Monday.', '2024-02-03', []],
  // (must still fire: the group named, a state's own forces, or no owner at all)
  [
    'British jets bombed more than a dozen sites in Yemen used by the Iranian-backed Houthis.',
    '2024-01-12',
    ['houthis+united-kingdom'],
  ],
  [
    'Turkish jets struck positions in northern Iraq used by PKK militants.',
    '2024-02-03',
    ['kurdistan-workers-party+turkey'],
  ],
  ['Russia attacked a power plant in Ukraine used by the army.', '2024-02-03', ['russia+ukraine']],
  ['Israel bombed weapons depots in Syria on Monday.', '2024-02-03', ['israel+syria']],
]);
