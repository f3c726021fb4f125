import { eventTable } from './eventTable';

/**
 * Issue 20, tenth round (audit dates, h10pr): a clause coordinated after a dated one (", and", ", while", ", with")
 * with no date of its own tells the same day (circumstances.ts coordinatedClauseDay). Four audit readers dated such a
 * clause by the day of the one before ("met Albanese in Canberra today, and the two nations signed five memorandums";
 * "ECCAS on Thursday demanded ..., while the African Union suspended the country"; "On Monday evening a Russian
 * delegation met Niger's leaders, ..., and the two countries agreed to step up cooperation"; "Talks got under way on
 * Sunday, with Michel meeting the two leaders"), which the extractor left undated. Rows retold after news reports
 * (Manila Times 2017, IANS 2018, China Daily 2015, Particle 2025, a Kathmandu report of 2024, the Australian Prime
 * Minister's office 2025, MTI 2016 on the EU's sanctions, Eurasia Review 2018) and the 2023 Sahel news (ECOWAS and the
 * African Union on Niger), wording changed; the must-not rows are variations of them.
 */
eventTable('a clause coordinated after a dated one tells the same day', [
  [
    'Rodrigo Duterte and Narendra Modi held a bilateral meeting in Manila on Monday, and the Philippines and India signed four agreements on defence and agriculture.',
    [
      'MEETING PARTICIPANT:rodrigo-duterte PARTICIPANT:narendra-modi @2025-03-03',
      'AGREEMENT PARTICIPANT:philippines PARTICIPANT:india @2025-03-03',
    ],
  ],
  [
    'Xi Jinping met Mauricio Macri in Buenos Aires on Sunday, and China and Argentina signed 30 trade agreements.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:mauricio-macri @2025-03-02',
      'AGREEMENT PARTICIPANT:china PARTICIPANT:argentina @2025-03-02',
    ],
  ],
  [
    'Xi Jinping held talks with Barack Obama at the White House on Friday, and China and the United States signed a memorandum on development cooperation.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:barack-obama @2025-02-28',
      'AGREEMENT PARTICIPANT:china PARTICIPANT:united-states @2025-02-28',
      'COOPERATION PARTICIPANT:china PARTICIPANT:united-states @2025-02-28',
    ],
  ],
  [
    'Lee Jae-myung met Xi Jinping in Beijing on Tuesday, and South Korea and China signed 14 memorandums of understanding.',
    [
      'MEETING PARTICIPANT:lee-jae-myung PARTICIPANT:xi-jinping @2025-03-04',
      'AGREEMENT PARTICIPANT:south-korea PARTICIPANT:china @2025-03-04',
    ],
  ],
  [
    'Li Qiang welcomed KP Sharma Oli at the Great Hall of the People on Tuesday, and Nepal and China signed eight memorandums of understanding.',
    [
      'MEETING PARTICIPANT:li-qiang PARTICIPANT:khadga-prasad-sharma-oli @2025-03-04',
      'AGREEMENT PARTICIPANT:nepal PARTICIPANT:china @2025-03-04',
    ],
  ],
  [
    'Anthony Albanese met Xi Jinping in Beijing on Monday, and Australia and China signed agreements on trade and tourism.',
    [
      'MEETING PARTICIPANT:anthony-albanese PARTICIPANT:xi-jinping @2025-03-03',
      'AGREEMENT PARTICIPANT:australia PARTICIPANT:china @2025-03-03',
    ],
  ],
  [
    'The European Union extended its sanctions on Russia on Friday, while the United States imposed new sanctions on Russian banks.',
    [
      'SANCTION SOURCE:european-union TARGET:russia @2025-02-28',
      'SANCTION SOURCE:united-states TARGET:russia @2025-02-28',
    ],
  ],
  [
    'ECOWAS on Thursday demanded that Niger free Mohamed Bazoum, while the African Union suspended Niger.',
    [
      'STATEMENT SOURCE:economic-community-of-west-african-states TARGET:niger @2025-02-27',
      'SANCTION SOURCE:african-union TARGET:niger @2025-02-27',
    ],
  ],
  [
    'Talks between Russia and China began in Vladivostok on Tuesday, with Vladimir Putin and Xi Jinping meeting in a restricted format.',
    [
      'NEGOTIATION PARTICIPANT:russia PARTICIPANT:china @2025-03-04',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @2025-03-04',
    ],
  ],
  // Not a clause told in the past perfect (before the news), one with a date of its own, nor one opened by "but".
  [
    'Xi Jinping met Mauricio Macri in Buenos Aires on Sunday, and China and Argentina had signed a currency swap deal.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:mauricio-macri @2025-03-02',
      'AGREEMENT PARTICIPANT:china PARTICIPANT:argentina @null',
    ],
  ],
  [
    'Xi Jinping met Mauricio Macri in Buenos Aires on Sunday, and China and Argentina signed a currency swap deal in 2014.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:mauricio-macri @2025-03-02',
      'AGREEMENT PARTICIPANT:china PARTICIPANT:argentina @2014',
    ],
  ],
  [
    'Xi Jinping met Mauricio Macri in Buenos Aires on Sunday, but China and Argentina signed a currency swap deal.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:mauricio-macri @2025-03-02',
      'AGREEMENT PARTICIPANT:china PARTICIPANT:argentina @null',
    ],
  ],
  // Nor a clause of other sides (another matter), nor one ordered against another event.
  [
    'Xi Jinping met Mauricio Macri in Buenos Aires on Sunday, and India and Pakistan signed a ceasefire deal.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:mauricio-macri @2025-03-02',
      'AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @null',
    ],
  ],
  [
    'Xi Jinping met Mauricio Macri in Buenos Aires on Sunday, and China and Argentina later signed a currency swap deal.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:mauricio-macri @2025-03-02',
      // (Some time after Sunday, not that day: only its month.)
      'AGREEMENT PARTICIPANT:china PARTICIPANT:argentina @2025-03',
    ],
  ],
]);
