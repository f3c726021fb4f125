import { eventTable } from './eventTable';

/**
 * An occasion its clause counts as of three or four sides ("trilateral", "tripartite") with a host and the guests it
 * names: one meeting of them all, where the guests meet one another too. Sentences found with the search tool (pages),
 * lightly shortened, with the article dated 2025-03-04, a Tuesday: news.kodoom.com 2018 (Ankara), worldreportnow.com
 * and pelhamplus.com 2023 (Camp David), Daily News Egypt 2019 and Egypt Today 2022 (tripartite summits), Meduza 2021
 * (Sochi), UPI 2021 (Blinken), Business Standard 2023 (BRICS), TASS 2021 and Europesays 2025.
 */

eventTable('a counted occasion with a host and its guests is one meeting of them all', [
  [
    'Turkish President Recep Tayyip Erdogan hosted his Iranian counterpart, Hassan Rouhani, and Russian President Vladimir Putin in Ankara on Wednesday for a second trilateral summit.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-rouhani PARTICIPANT:vladimir-putin @2025-02-26'],
  ],
  [
    'Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol on Friday for the first-ever trilateral meeting that was not held on the sidelines of an international event.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:fumio-kishida PARTICIPANT:yoon-suk-yeol @2025-02-28'],
  ],
  [
    "Egypt's President Abdel Fattah Al-Sisi held a tripartite summit with Jordanian King Abdullah II and Iraqi Prime Minister Adil Abdul-Mahdi on Sunday.",
    ['MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:abdullah-ii PARTICIPANT:adel-abdul-mahdi @2025-03-02'],
  ],
  [
    'President Abdel Fattah El Sisi participated on Tuesday in a tripartite summit with Jordanian King Abdullah II and Iraqi Prime Minister Mohammed Shia al-Sudani.',
    [
      'MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:abdullah-ii PARTICIPANT:mohammed-shia-al-sudani @2025-03-04',
    ],
  ],
  [
    "Russian President Vladimir Putin held trilateral talks with Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan in Sochi on Friday.",
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:ilham-aliyev PARTICIPANT:nikol-pashinyan @2025-02-28'],
  ],
]);

eventTable('near misses: meetings of a host with each guest, apart or before the counted occasion', [
  [
    'U.S. Secretary of State Antony Blinken met separately with Israeli Prime Minister Benjamin Netanyahu and Israeli President Isaac Herzog on Tuesday before the trilateral meeting.',
    [
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:benjamin-netanyahu @2025-03-04',
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:isaac-herzog @2025-03-04',
    ],
  ],
  [
    'Putin held bilateral talks with Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan in Sochi on Monday before the trilateral summit.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:ilham-aliyev @2025-03-03',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:nikol-pashinyan @2025-03-03',
    ],
  ],
  [
    'Putin met Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan in Sochi on Monday ahead of the trilateral summit.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:ilham-aliyev @2025-03-03',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:nikol-pashinyan @2025-03-03',
    ],
  ],
  [
    'Prime Minister Narendra Modi held talks with South African President Cyril Ramaphosa and Chinese President Xi Jinping on Monday at the BRICS summit in Johannesburg.',
    [
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:cyril-ramaphosa @2025-03-03',
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:xi-jinping @2025-03-03',
    ],
  ],
]);
