import { eventTable } from './eventTable';

/**
 * Ways news names a meeting, call or visit that the trigger words alone missed (after real reports of 2016-2025
 * summits, calls and state visits, retold), and the near misses that must stay silent. Articles dated 2025-03-04, a
 * Tuesday.
 */

eventTable('a hyphenated modifier before the occasion noun keeps it the verb’s object', [
  [
    'Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held their first face-to-face talks in five years on Friday.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:xi-jinping @2025-02-28'],
  ],
  [
    'Malaysian Prime Minister Anwar Ibrahim held a four-eyed meeting with Indonesian President Joko Widodo on Thursday.',
    ['MEETING PARTICIPANT:anwar-ibrahim PARTICIPANT:joko-widodo @2025-02-27'],
  ],
  [
    'Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin held one-on-one talks in Vladivostok on Thursday.',
    ['MEETING PARTICIPANT:shinzo-abe PARTICIPANT:vladimir-putin @2025-02-27'],
  ],
  [
    'Japanese Prime Minister Shinzo Abe held a tete-a-tete with Russian President Vladimir Putin in Vladivostok on Thursday.',
    ['MEETING PARTICIPANT:shinzo-abe PARTICIPANT:vladimir-putin @2025-02-27'],
  ],
  // (The chain's parts stay what they were when nothing made them a modifier.)
  [
    'Russian forces carried out a large-scale attack on Kyiv on Monday.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03'],
  ],
]);

eventTable('a meal of state, or a meal with a side, is a meeting', [
  [
    'French President Emmanuel Macron had a working lunch with Russian President Vladimir Putin on Saturday.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:vladimir-putin @2025-03-01'],
  ],
  [
    'French President Emmanuel Macron and German Chancellor Olaf Scholz held a working dinner in Paris on Wednesday.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-02-26'],
  ],
  ['French President Emmanuel Macron hosted a lunch for reporters at the Elysee on Wednesday.', []],
  ['Russian President Vladimir Putin skipped the official dinner in Hamburg on Saturday.', []],
]);

eventTable('a visit that names no host is to the place its traveller arrived in', [
  [
    'Chinese President Xi Jinping arrived in Moscow on Monday on a state visit.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:russia @2025-03-03'],
  ],
  [
    'Indian Prime Minister Narendra Modi landed in Paris on Thursday for an official visit.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:france @2025-02-27'],
  ],
  // (The place's own phrase before it, and a visit the arrival is "part of": IANS 2018, Qatar Press, NINA 2017, CNBC
  // Africa 2024.)
  [
    'Saudi Crown Prince Mohammed bin Salman arrived in the US on Tuesday on a state visit.',
    ['MEETING PARTICIPANT:mohammed-bin-salman PARTICIPANT:united-states @2025-03-04'],
  ],
  [
    'Qatari Emir Sheikh Tamim bin Hamad Al Thani arrived in the Turkish capital Ankara on Thursday on a working visit.',
    ['MEETING PARTICIPANT:tamim-bin-hamad-al-thani PARTICIPANT:turkey @2025-02-27'],
  ],
  [
    'US President Donald Trump arrived in the Saudi capital Riyadh on Saturday morning for his first foreign visit.',
    ['MEETING PARTICIPANT:donald-trump PARTICIPANT:saudi-arabia @2025-03-01'],
  ],
  [
    'Kenyan President William Ruto arrived in the U.S. on Wednesday as part of a three-day state visit.',
    ['MEETING PARTICIPANT:william-ruto PARTICIPANT:united-states @2025-02-26'],
  ],
  // (Home again after the visit, or arriving home on its last day: no visit to the own state.)
  ['Chinese President Xi Jinping arrived in Beijing on Monday after his state visit.', []],
  [
    'Chinese President Xi Jinping arrived in the Chinese capital Beijing on Monday on the last day of a state visit.',
    [],
  ],
  ['Chinese President Xi Jinping arrived in Beijing on Monday on the last day of a state visit.', []],
  ['Chinese President Xi Jinping will arrive in Moscow on Monday on a state visit.', []],
]);

eventTable('a call by its verbs', [
  [
    'Indian Prime Minister Narendra Modi dialled US President Donald Trump on Monday evening.',
    ['CALL PARTICIPANT:narendra-modi PARTICIPANT:donald-trump @2025-03-03'],
  ],
  ['Indian Prime Minister Narendra Modi paid tribute to Russian President Vladimir Putin on Tuesday.', []],
]);

eventTable('trading views, and playing host', [
  [
    'Indian Prime Minister Narendra Modi exchanged views with US President Donald Trump by phone on Monday.',
    ['CALL PARTICIPANT:narendra-modi PARTICIPANT:donald-trump @2025-03-03'],
  ],
  ['Russia and Ukraine exchanged prisoners on Friday.', []],
  [
    'Turkish President Recep Tayyip Erdogan played host to Russian President Vladimir Putin in Ankara on Thursday.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-02-27'],
  ],
  ['India refused to play second fiddle to China at the summit on Monday.', []],
]);

/**
 * A journey made to hold an occasion ("visited State House in Uganda on Sunday, August 13 to hold talks with his
 * Ugandan counterpart", Pulse Kenya 2023; "flew down to Florida on Friday to have dinner with", AP 2024): the traveller
 * holds it, as "to meet" already reads. What is planned or expected stays so.
 */
eventTable('the occasion a journey is made to hold is the traveller’s', [
  [
    'William Ruto visited State House in Uganda on Sunday to hold talks with Yoweri Museveni.',
    ['MEETING PARTICIPANT:william-ruto PARTICIPANT:yoweri-museveni @2025-03-02'],
  ],
  [
    'William Ruto went to Kampala to hold talks with Yoweri Museveni.',
    ['MEETING PARTICIPANT:william-ruto PARTICIPANT:yoweri-museveni @2025-03-04'],
  ],
  // Must not: a journey ahead, planned or expected; an agreement to hold talks.
  ['William Ruto will travel to Uganda on Sunday to hold talks with Yoweri Museveni.', []],
  ['William Ruto plans to travel to Uganda to hold talks with Yoweri Museveni.', []],
  ['William Ruto is expected to fly to Kampala to hold talks with Yoweri Museveni.', []],
  ['William Ruto agreed to hold talks with Yoweri Museveni.', []],
]);
