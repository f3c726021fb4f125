import { conflictTable } from './eventTable';

/**
 * What force reaches, named with no side of its own, in a state's region ("an oil refinery in Russia's Samara region",
 * "the Kremenchuk oil refinery in the central Poltava region of Ukraine"): that state is struck, however far the
 * place's words put it (6-events/participants.ts stateOfStruckPlace); "struck an oil refinery" and "Ukrainian drones
 * struck" are force as "hit Russian refineries" and "Russian missiles struck" are. Rows after real phrasings (Business
 * Recorder 2025, The Moscow Times 2025, Kyiv Independent 2025, Reuters via Hindustan Times 2023), names and wording
 * shortened; the near misses strike a deal, name an armed group as the one struck, or have no armed subject.
 */

conflictTable('force on a place in a state’s region falls on that state', [
  [
    "Ukraine attacked an oil refinery in the city of Syzran in Russia's Samara region overnight, the regional governor said on Wednesday.",
    '2025-03-12',
    ['russia+ukraine'],
  ],
  [
    "Ukrainian drones struck an oil refinery in Russia's southern Volgograd region as part of larger overnight drone attacks.",
    '2025-02-03',
    ['russia+ukraine'],
  ],
  [
    "Ukrainian drones struck an oil refinery in Russia's Volgograd Oblast overnight on Aug. 19, the regional governor said.",
    '2025-08-19',
    ['russia+ukraine'],
  ],
  [
    'Russia hit the Kremenchuk oil refinery in the central Poltava region of Ukraine in an overnight drone attack, the governor said.',
    '2023-09-20',
    ['russia+ukraine'],
  ],
  ['Ukrainian drones struck a Russian oil refinery overnight.', '2025-02-03', ['russia+ukraine']],
  // (must not: a deal struck, an armed group as the one struck, a storm)
  ['Britain struck a deal on emission targets with the EU.', '2025-02-03', []],
  ["Turkish jets struck PKK targets in Iraq's Duhok province.", '2023-12-23', ['kurdistan-workers-party+turkey']],
  ["The storm hit an oil refinery in Russia's Samara region on Monday.", '2025-02-03', []],
]);
