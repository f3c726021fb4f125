import { eventTable } from './eventTable';

/**
 * A person's possessive inside a list of sides owns the person it names ("between Putin and Trump's special envoy
 * Steve Witkoff", "Putin and Trump's envoy, Witkoff, held talks", "met Lavrov and Putin's aide Yuri Ushakov"), and a
 * person's possessive with the office it owns set off after a person describes that person ("met with Steve Witkoff,
 * Trump's Middle East envoy,"): the possessor met no one (structure.ts, ownedPerson and officeOwnedEnd). The rows
 * retell sentences of 2024-2025 news (Anadolu, New Daily Prime, Newstab UK, Jerusalem Post, Ynet, Times Live) in
 * shorter words; the last rows must stay as they were.
 */
eventTable(
  'a person owned by a possessive inside a list of sides',
  [
    [
      'The Kremlin said on Wednesday that a meeting between Russian President Vladimir Putin and US President Donald Trump’s special envoy Steve Witkoff in Moscow was useful.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:steve-witkoff @2025-08-06'],
    ],
    [
      'Vladimir Putin and Donald Trump’s special envoy, Steve Witkoff, held talks at the Kremlin on Wednesday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:steve-witkoff @2025-08-06'],
    ],
    [
      'Vladimir Putin and Donald Trump’s special envoy Steve Witkoff held talks in Moscow on Wednesday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:steve-witkoff @2025-08-06'],
    ],
    [
      'Rubio met with Lavrov and Putin’s aide Yuri Ushakov in Riyadh on Wednesday.',
      [
        'MEETING PARTICIPANT:marco-rubio PARTICIPANT:sergei-lavrov @2025-08-06',
        'MEETING PARTICIPANT:marco-rubio PARTICIPANT:yuri-ushakov @2025-08-06',
      ],
    ],
    [
      'Israeli Strategic Affairs Minister Ron Dermer met with Trump’s son-in-law Jared Kushner on Wednesday.',
      ['MEETING PARTICIPANT:ron-dermer PARTICIPANT:jared-kushner @2025-08-06'],
    ],
    [
      'Prime Minister Benjamin Netanyahu met with Steve Witkoff, US President Donald Trump’s Middle East envoy, on Wednesday.',
      ['MEETING PARTICIPANT:benjamin-netanyahu PARTICIPANT:steve-witkoff @2025-08-06'],
    ],
    [
      'Netanyahu held talks on Wednesday with Jared Kushner, Donald Trump’s son-in-law, and special envoy Steve Witkoff.',
      [
        'MEETING PARTICIPANT:benjamin-netanyahu PARTICIPANT:jared-kushner @2025-08-06',
        'MEETING PARTICIPANT:benjamin-netanyahu PARTICIPANT:steve-witkoff @2025-08-06',
      ],
    ],
    // Must not: a plan is no meeting; a state's possessive in a list still reaches its person; a possessed subject in a
    // clause of its own is that clause's.
    ['Putin will meet with Trump’s special envoy Steve Witkoff in St. Petersburg, Peskov said.', []],
    [
      'Erdogan met with Zelensky and Ukraine’s foreign minister Andrii Sybiha on Wednesday.',
      [
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2025-08-06',
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:andrii-sybiha @2025-08-06',
      ],
    ],
    [
      'Jared Kushner, Trump’s son-in-law, met Saudi Crown Prince Mohammed bin Salman on Wednesday.',
      ['MEETING PARTICIPANT:jared-kushner PARTICIPANT:mohammed-bin-salman @2025-08-06'],
    ],
    [
      'Trump met Putin on Wednesday, and Trump’s envoy Steve Witkoff met Lavrov.',
      [
        'MEETING PARTICIPANT:donald-trump PARTICIPANT:vladimir-putin @2025-08-06',
        'MEETING PARTICIPANT:steve-witkoff PARTICIPANT:sergei-lavrov @2025-08-06',
      ],
    ],
  ],
  '2025-08-07',
);
