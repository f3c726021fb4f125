import { eventTable } from './eventTable';

/**
 * A possessive right before a person ("Trump's envoy Steve Witkoff", "Biden's top adviser Jake Sullivan") determines
 * that person, who is the subject: the possessor met no one (agent.ts, isPossessedPerson). The first row is Reuters'
 * sentence of 2025 (via Dunya News) on Witkoff and Putin; the others are the same construction with other officials.
 */
eventTable(
  'the person a possessive determines is the subject',
  [
    [
      'US President Donald Trump’s envoy Steve Witkoff met President Vladimir Putin in Moscow on Friday.',
      ['MEETING PARTICIPANT:steve-witkoff PARTICIPANT:vladimir-putin @2025-04-25'],
    ],
    [
      'Trump’s Ukraine envoy Keith Kellogg met Zelensky in Kyiv on Thursday.',
      ['MEETING PARTICIPANT:keith-kellogg PARTICIPANT:volodymyr-zelensky @2025-04-24'],
    ],
    [
      'Biden’s top adviser Jake Sullivan met Saudi Crown Prince Mohammed bin Salman on Saturday.',
      ['MEETING PARTICIPANT:jake-sullivan PARTICIPANT:mohammed-bin-salman @2025-04-19'],
    ],
    // Must not change: a state's possessive before its own official ("Russia's Lavrov") or before a title and name.
    [
      'Russia’s Lavrov met Blinken in Geneva on Friday.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:antony-blinken @2025-04-25'],
    ],
    [
      'Iran’s Foreign Minister Abbas Araghchi met Oman’s Sultan Haitham bin Tarik in Muscat on Friday.',
      ['MEETING PARTICIPANT:abbas-araghchi PARTICIPANT:haitham-bin-tarik @2025-04-25'],
    ],
  ],
  '2025-04-25',
);
