import { eventTable } from './eventTable';

/**
 * A summons is a protest against the envoy's state when the envoy is summoned to hear a reproach ("to condemn", "to
 * file solemn representations", "and issued a demarche to her", "and expressed regret over") or "over" another's words
 * or force ("over repeated insults and threats", "over remarks made by"); lexicon/insults.ts SUMMONS_REPROACH and
 * SUMMONS_GRIEVANCES, the rules criticism-summoned-in-protest and criticism-summoned-over. Rows from Taipei Times 2022
 * (the White House and Qin Gang), Trend 2019 (Sudan and the UK), Press TV 2021 (China and the EU), UrduPoint 2022
 * (Russia and Canada), Korea Herald and UrduPoint 2023 (Seoul and Xing Haiming), Devdiscourse 2021 (France and China),
 * Khaleej Times 2024 (Iraq and the UK), Xinhua 2025 (Sun Weidong's demarches over Takaichi's remarks).
 */
eventTable(
  'a summons to reproach, or over words or force: CRITICISM of the envoy’s state',
  [
    [
      'The White House earlier on Thursday summoned Chinese Ambassador to the US Qin Gang to condemn escalating actions against Taiwan.',
      ['CRITICISM SOURCE:united-states TARGET:china @2024-05-02'],
    ],
    [
      'Sudan’s foreign ministry summoned on Wednesday the British ambassador in Khartoum to protest his remarks.',
      ['CRITICISM SOURCE:sudan TARGET:united-kingdom @2024-05-01'],
    ],
    [
      'In response, China summoned the EU ambassador to file solemn representations.',
      ['CRITICISM SOURCE:china TARGET:european-union @2024-05-03'],
    ],
    [
      'The Russian Foreign Ministry on Monday summoned Canadian ambassador in Moscow Alison LeClaire and issued a demarche to her over an incident at the Russian embassy in Ottawa.',
      ['CRITICISM SOURCE:russia TARGET:canada @2024-04-29'],
    ],
    [
      "France's foreign ministry has summoned China's ambassador over repeated insults and threats aimed at French lawmakers.",
      ['CRITICISM SOURCE:france TARGET:china @2024-05-03'],
    ],
    [
      "Iraq has summoned UK's charge d'affaires over remarks made by the British ambassador, the state news agency reported on Sunday.",
      ['CRITICISM SOURCE:iraq TARGET:united-kingdom @2024-04-28'],
    ],
    [
      'The South Korean Foreign Ministry said on Friday it had summoned Chinese Ambassador to Seoul Xing Haiming over his remarks.',
      ['CRITICISM SOURCE:south-korea TARGET:china @2024-05-03'],
    ],
    [
      'Spain summoned the Israeli ambassador on Monday over the killing of aid workers in Gaza.',
      ['CRITICISM SOURCE:spain TARGET:israel @2024-04-29'],
    ],
    [
      "Chinese Vice Foreign Minister Sun Weidong summoned the Japanese ambassador to China Kenji Kanasugi on Thursday, making serious demarches over Japanese Prime Minister Sanae Takaichi's erroneous remarks.",
      [
        'MEETING PARTICIPANT:sun-weidong PARTICIPANT:kenji-kanasugi @2024-05-02',
        'CRITICISM SOURCE:sun-weidong TARGET:sanae-takaichi @2024-05-02',
      ],
    ],
    // (Measures taken against the summoner's state are grievances too.)
    [
      'Iran summoned the British ambassador over the sanctions on Monday.',
      ['CRITICISM SOURCE:iran TARGET:united-kingdom @2024-04-29'],
    ],
    [
      'Russia summoned the German ambassador on Tuesday over the expulsion of two Russian diplomats.',
      ['CRITICISM SOURCE:russia TARGET:germany @2024-04-30'],
    ],
    // Must not: a summons for consultations, over the weekend or the phone; one threatened, refused, urged or denied;
    // a habit of summoning; envoys no one names.
    ['Spain summoned its ambassador to Israel for consultations over the weekend.', []],
    ['The ambassador was summoned over the phone on Monday.', []],
    [
      'Spain threatened to summon the Israeli ambassador over the remarks.',
      ['THREAT SOURCE:spain TARGET:israel @2024-05-03'],
    ],
    ['Spain did not summon the Israeli ambassador over the remarks.', []],
    ['Spain has refused to summon the Israeli ambassador over the remarks.', []],
    ['Opposition lawmakers urged Spain to summon the Israeli ambassador over the strikes.', []],
    ['Over the years, especially Turkey and Iran made it a habit to summon the German ambassador.', []],
    [
      'Sudan has summoned four ambassadors over the participation of their diplomatic vehicles in protests in the country.',
      [],
    ],
  ],
  '2024-05-03',
);
