import { eventTable } from './eventTable';

/**
 * Coordinated states' adjectives and names before one group noun ("Indian and Chinese troops", "Israeli and Hamas
 * negotiators"), and a state's institutions as the subject speaking for it ("the Indian Ministry of External
 * Affairs"). The rows retell the phrasings of wire news in other words.
 */

eventTable('an adjective and a name coordinated before one group noun are both its sides', [
  [
    'Israeli and Hamas negotiators held talks in Cairo on Sunday.',
    ['MEETING PARTICIPANT:israel PARTICIPANT:hamas @2025-03-02'],
  ],
  [
    'Iranian and Saudi diplomats met in Beijing on Friday.',
    ['MEETING PARTICIPANT:iran PARTICIPANT:saudi-arabia @2025-02-28'],
  ],
  [
    'Russian and Ukrainian delegations met in Istanbul on Friday.',
    ['MEETING PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28'],
  ],
  [
    'Ecuadorian and Colombian officials signed a border agreement on Monday.',
    ['AGREEMENT PARTICIPANT:ecuador PARTICIPANT:colombia @2025-03-03'],
  ],
  // Must not: those who only report, or die, are no sides of an event between their states.
  ['Indian and Chinese media reported the incident on Monday.', []],
  ['Russian and Ukrainian civilians were killed in the strikes on Monday.', []],
]);

eventTable("two states' navies or air forces told in one plural after their coordinated adjectives are both sides", [
  // (AP 2023, The Asia Bizz 2017, Anadolu 2021: joint patrols and exercises.)
  [
    'The Russian and Chinese navies conducted joint patrols in the Pacific Ocean, the Russian Defence Ministry reported Thursday.',
    ['COOPERATION PARTICIPANT:russia PARTICIPANT:china @2025-02-27'],
  ],
  [
    'The US and Japanese navies held joint exercises in the Philippine Sea this week.',
    ['COOPERATION PARTICIPANT:united-states PARTICIPANT:japan @2025-03'],
  ],
  [
    'The Egyptian and Sudanese air forces held a joint exercise Wednesday in northern Sudan, Egypt’s state-run media reported.',
    ['COOPERATION PARTICIPANT:egypt PARTICIPANT:sudan @2025-02-26'],
  ],
  // Must not: the plural alone names no side; those who report on two navies are none either.
  ['The navies held joint exercises in the Philippine Sea this week.', []],
  ['Indian and Pakistani media reported the joint exercises of the navies on Monday.', []],
]);

eventTable("a state's ministry, named by the state's adjective, speaks for the state", [
  [
    'The Indian Ministry of External Affairs condemned the attack by Pakistan on Monday.',
    ['CRITICISM SOURCE:india TARGET:pakistan @2025-03-03'],
  ],
  [
    'The Chinese Commerce Ministry accused Washington of economic coercion on Monday.',
    ['CRITICISM SOURCE:china TARGET:united-states @2025-03-03'],
  ],
  [
    'The Chinese Ministry of Commerce criticised the European Union on Monday.',
    ['CRITICISM SOURCE:china TARGET:european-union @2025-03-03'],
  ],
  [
    'The Ecuadorian government expelled Mexico’s ambassador on Friday.',
    ['SANCTION SOURCE:ecuador TARGET:mexico @2025-02-28'],
  ],
  // Must not: a ministry after a preposition is no subject.
  ['Officials at the Indian ministry criticised the report on Monday.', []],
]);

eventTable('force the sides use on each other ("clashed", "skirmishes") has all the states coordinated before it', [
  [
    'Thai and Cambodian troops clashed along the border on Thursday.',
    ['CONFLICT PARTICIPANT:thailand PARTICIPANT:cambodia @2025-02-27'],
  ],
  [
    'Pakistani and Afghan forces clashed at a border crossing on Sunday.',
    ['CONFLICT PARTICIPANT:pakistan PARTICIPANT:afghanistan @2025-03-02'],
  ],
  [
    'Armenian and Azerbaijani skirmishes near the frontier killed four soldiers on Monday.',
    ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-03'],
  ],
  [
    'Indian and Chinese army commanders met at a border post on Monday.',
    ['MEETING PARTICIPANT:india PARTICIPANT:china @2025-03-03'],
  ],
  // Must not: one side's strikes are no war between its members; reporters of clashes are not in them.
  ['US and Israeli strikes hit Iran on Saturday.', []],
  ['Indian and Pakistani media reported clashes along the border on Monday.', []],
  ['Indian and Chinese commanders discussed the clashes on Monday.', []],
]);

eventTable('a state\'s council ("Russia\'s Security Council", "the Security Council of Russia") speaks for the state', [
  [
    'Russia’s Security Council accused Ukraine of terrorism on Monday.',
    ['CRITICISM SOURCE:russia TARGET:ukraine @2025-03-03'],
  ],
  [
    'The Security Council of the Russian Federation accused Ukraine of preparing attacks on Monday.',
    ['CRITICISM SOURCE:russia TARGET:ukraine @2025-03-03'],
  ],
  ['The Security Council of Russia warned Kyiv on Monday.', ['THREAT SOURCE:russia TARGET:ukraine @2025-03-03']],
  // Must not: the council alone, or the UN's, is the United Nations'.
  [
    'The UN Security Council condemned the attack by Russia on Monday.',
    ['CRITICISM SOURCE:un-security-council TARGET:russia @2025-03-03'],
  ],
  [
    'The Security Council condemned Russia on Monday.',
    ['CRITICISM SOURCE:un-security-council TARGET:russia @2025-03-03'],
  ],
]);

eventTable(
  'two words that name one group after coordinated states: "foreign ministers", "coast guard", "Foreign Office"',
  [
    [
      'The Japanese and South Korean foreign ministers met in Seoul on Monday.',
      ['MEETING PARTICIPANT:japan PARTICIPANT:south-korea @2025-03-03'],
    ],
    [
      'Japanese and Philippine coast guard vessels held joint drills on Monday.',
      ['COOPERATION PARTICIPANT:japan PARTICIPANT:philippines @2025-03-03'],
    ],
    [
      'Azerbaijani and Armenian border guards exchanged fire on Monday.',
      ['CONFLICT PARTICIPANT:azerbaijan PARTICIPANT:armenia @2025-03-03'],
    ],
    [
      'The Pakistani Foreign Office condemned India on Tuesday.',
      ['CRITICISM SOURCE:pakistan TARGET:india @2025-03-04'],
    ],
    [
      'Pakistan’s Foreign Office criticised Afghanistan on Tuesday.',
      ['CRITICISM SOURCE:pakistan TARGET:afghanistan @2025-03-04'],
    ],
    // Must not: a portfolio before another noun is no group ("foreign policy"); nor is a bare "the Foreign Office".
    ['Japanese and South Korean foreign policy experts met in Seoul on Monday.', []],
    ['The Foreign Office condemned India on Tuesday.', []],
  ],
);

eventTable(
  'three or more states\' adjectives before one group noun all share it ("Iranian, Russian and Turkish leaders")',
  [
    // (Tasnim 2018: "On April 4, the Russian, Turkish and Iranian leaders held a summit on the Syrian settlement in Ankara.")
    [
      'The Russian, Turkish and Iranian leaders held a summit on the Syrian settlement in Ankara on Monday.',
      ['MEETING PARTICIPANT:russia PARTICIPANT:turkey PARTICIPANT:iran @2025-03-03'],
    ],
    [
      'Egyptian, Jordanian, and Iraqi foreign ministers met in Baghdad on Monday.',
      ['MEETING PARTICIPANT:egypt PARTICIPANT:jordan PARTICIPANT:iraq @2025-03-03'],
    ],
    [
      'Iranian, Russian and Turkish forces attacked the rebels of ISIS on Monday.',
      [
        'CONFLICT PARTICIPANT:iran PARTICIPANT:islamic-state @2025-03-03',
        'CONFLICT PARTICIPANT:russia PARTICIPANT:islamic-state @2025-03-03',
        'CONFLICT PARTICIPANT:turkey PARTICIPANT:islamic-state @2025-03-03',
      ],
    ],
    // Must not: adjectives before another noun are no one's mention; nor is a list ending in a possessive.
    ['Russian, Iranian and Turkish media reported the talks on Monday.', []],
    ["Iranian, Russian and Turkey's leaders met in Tehran on Monday.", []],
  ],
);

eventTable('those killed or wounded in force suffer it: they are no sides of it', [
  ['Russian and Ukrainian soldiers were killed in the fighting on Monday.', []],
  ['Israeli and Hamas fighters were killed in heavy fighting in Gaza on Monday.', []],
  ['Russian and Ukrainian civilians were wounded during the clashes on Monday.', []],
  // Must still fire: those locked or engaged in fighting are its sides.
  [
    'Russia and Ukraine were locked in fighting over the town on Monday.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03'],
  ],
  [
    'India and Pakistan were engaged in a conflict over Kashmir.',
    ['CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @null'],
  ],
]);

eventTable('the states of one group noun before one-sided force act on its object together, not on each other', [
  [
    'US and Israeli warplanes attacked Iran on Saturday.',
    [
      'CONFLICT PARTICIPANT:united-states PARTICIPANT:iran @2025-03-01',
      'CONFLICT PARTICIPANT:israel PARTICIPANT:iran @2025-03-01',
    ],
  ],
  [
    'Russian and Syrian jets bombed the rebels of Hayat Tahrir al-Sham on Monday.',
    [
      'CONFLICT PARTICIPANT:russia PARTICIPANT:hayat-tahrir-al-sham @2025-03-03',
      'CONFLICT PARTICIPANT:syria PARTICIPANT:hayat-tahrir-al-sham @2025-03-03',
    ],
  ],
  // Must not: with no one it fell on, or only a speaker after it, they are no war between them.
  ['Russian and Syrian jets bombed Idlib on Monday.', []],
  ['Russian and Syrian jets pounded Idlib, Turkey said on Monday.', []],
]);
