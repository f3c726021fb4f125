import { eventTable } from './eventTable';

/**
 * Pair phrases across sentences (6-events/references.ts): "the two leaders" are the two leaders named (people of a
 * leader's title ahead of their ministers); "the leaders of the two countries" are those two people, not the states;
 * "the ministers" are no prime minister. Phrasings after wire copy of summits with ministers beside the leaders.
 */

eventTable('"the two leaders": the two people of a leader\'s title named, ahead of ministers named after them', [
  // Must fire: the leaders, though their ministers acted last.
  [
    'US President Joe Biden and Chinese President Xi Jinping met on Wednesday at an estate south of San Francisco. Secretary of State Antony Blinken and Foreign Minister Wang Yi joined the talks. The two leaders agreed to reopen military contacts.',
    [
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-02-26',
      'AGREEMENT PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-02-26',
    ],
  ],
  [
    'Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris on Friday. Foreign Minister Dmytro Kuleba held separate talks with his French counterpart Stephane Sejourne. The two leaders agreed to train Ukrainian pilots in France.',
    [
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-02-28',
      'MEETING PARTICIPANT:dmytro-kuleba PARTICIPANT:stephane-sejourne @2025-02-28',
      'AGREEMENT PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-02-28',
    ],
  ],
  [
    'US President Donald Trump and Russian President Vladimir Putin met on the sidelines of the G20 summit in Germany on Friday. Their closed-door meeting included US Secretary of State Rex Tillerson and Russian Foreign Minister Sergey Lavrov. The two leaders agreed to a ceasefire in southwest Syria.',
    [
      'MEETING PARTICIPANT:donald-trump PARTICIPANT:vladimir-putin @2025-02-28',
      'AGREEMENT PARTICIPANT:donald-trump PARTICIPANT:vladimir-putin @2025-02-28',
    ],
  ],
  // Must not: "the two ministers" are the ministers, whoever leads their states.
  [
    'Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Hakan Fidan held talks in Moscow on Thursday to prepare a meeting between their leaders, Vladimir Putin and Recep Tayyip Erdogan. The two ministers agreed to revive the grain deal.',
    [
      'MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:hakan-fidan @2025-02-27',
      'AGREEMENT PARTICIPANT:sergei-lavrov PARTICIPANT:hakan-fidan @2025-02-27',
    ],
  ],
  // Must not: no two leaders named, the two people named are meant.
  [
    'Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday. The two men agreed to keep talking.',
    [
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:wang-yi @2025-02-28',
      'AGREEMENT PARTICIPANT:antony-blinken PARTICIPANT:wang-yi @2025-02-28',
    ],
  ],
]);

eventTable('"the leaders of the two countries": the two people of that title acting for the two states', [
  // Must fire.
  [
    'In their first meeting on Thursday, US President Donald Trump and his South Korean counterpart, Moon Jae-in, discussed North Korea. "The leaders of the two countries agreed to resolve the North Korean nuclear issue," the press secretary said.',
    [
      'MEETING PARTICIPANT:donald-trump PARTICIPANT:moon-jae-in @2025-02-27',
      'AGREEMENT PARTICIPANT:donald-trump PARTICIPANT:moon-jae-in @2025-02-27',
    ],
  ],
  [
    'Russian President Vladimir Putin hosted his Turkish counterpart Recep Tayyip Erdogan in Sochi on Monday. The talks included direct negotiations between the leaders of the two countries.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-03',
      'NEGOTIATION PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-03',
    ],
  ],
  [
    'Armenian Foreign Minister Ararat Mirzoyan met Iranian Foreign Minister Abbas Araghchi in Geneva on Monday. The foreign ministers of both countries signed a memorandum on transport links.',
    [
      'MEETING PARTICIPANT:ararat-mirzoyan PARTICIPANT:abbas-araghchi @2025-03-03',
      'AGREEMENT PARTICIPANT:ararat-mirzoyan PARTICIPANT:abbas-araghchi @2025-03-03',
    ],
  ],
  // Must not: no two leaders named, the phrase stays the states.
  [
    'India and China held border talks in Beijing on Monday. The leaders of the two countries agreed to reopen trade posts.',
    [
      'NEGOTIATION PARTICIPANT:india PARTICIPANT:china @2025-03-03',
      'AGREEMENT PARTICIPANT:india PARTICIPANT:china @2025-03-03',
    ],
  ],
  ['The heads of the two delegations met in Istanbul on Friday.', []],
]);

eventTable('"the ministers": a prime minister leads and is none of them', [
  // Must not: the one minister named and a prime minister are no pair of ministers.
  [
    'Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Paris on Monday. Foreign Minister Radoslaw Sikorski was in Weimar with his French and German counterparts. The ministers agreed to revive the Weimar Triangle.',
    ['MEETING PARTICIPANT:donald-tusk PARTICIPANT:emmanuel-macron @2025-03-03'],
  ],
  // Must fire: "the two prime ministers" are the two heads of government.
  [
    'Pakistani Prime Minister Imran Khan met Sri Lankan Prime Minister Mahinda Rajapaksa in Colombo on Tuesday. The two prime ministers signed five memoranda of understanding.',
    [
      'MEETING PARTICIPANT:imran-khan PARTICIPANT:mahinda-rajapaksa @2025-03-04',
      'AGREEMENT PARTICIPANT:imran-khan PARTICIPANT:mahinda-rajapaksa @2025-03-04',
    ],
  ],
]);

eventTable('"his counterparts from Germany, France and Poland": each state\'s holder of the owner\'s office', [
  // Must fire: the ministers named after, one per state.
  [
    'On Thursday, Foreign Minister Andriy Sybiga met his counterparts from Germany, France and Poland. He said he began the day with a meeting with French Foreign Minister Jean-Noel Barrot, German Foreign Minister Johannes Wadephul and Polish Foreign Minister Radoslaw Sikorski.',
    [
      'MEETING PARTICIPANT:andriy-sybiga PARTICIPANT:johannes-wadephul @2025-02-27',
      'MEETING PARTICIPANT:andriy-sybiga PARTICIPANT:jean-noel-barrot @2025-02-27',
      'MEETING PARTICIPANT:andriy-sybiga PARTICIPANT:radoslaw-sikorski @2025-02-27',
    ],
  ],
  [
    'Estonian Foreign Minister Margus Tsahkna held talks with his counterpart from Latvia in Riga on Monday. Latvian Foreign Minister Baiba Braze said the talks covered sanctions.',
    ['MEETING PARTICIPANT:margus-tsahkna PARTICIPANT:baiba-braze @2025-03-03'],
  ],
  // Must not: no state after "from", or a state whose counterpart is not known: the states stay.
  ['Foreign Minister Andriy Sybiga met his counterparts from the Nordic countries on Thursday.', []],
  [
    'Foreign Minister Andriy Sybiga met his counterparts from Moldova and Latvia on Thursday.',
    [
      'MEETING PARTICIPANT:andriy-sybiga PARTICIPANT:moldova @2025-02-27',
      'MEETING PARTICIPANT:andriy-sybiga PARTICIPANT:latvia @2025-02-27',
    ],
  ],
]);

/**
 * A meeting and a call of one pair in one sentence are one encounter only on one day: "Putin met Xi in Beijing in
 * October, and the two leaders spoke by phone on Monday" tells two (wire background lines, as in Reuters' "the two
 * leaders last met ... and spoke by phone ...").
 */
eventTable('a meeting and a call of one pair on different days are two events', [
  [
    'Vladimir Putin met Xi Jinping in Beijing in October, and the two leaders spoke by phone on Monday.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2024-10',
      'CALL PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03',
    ],
  ],
  // Must still be one: the talks told of the call on its day.
  [
    'Vladimir Putin and Xi Jinping spoke by phone on Monday and discussed Ukraine.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
  ],
]);
