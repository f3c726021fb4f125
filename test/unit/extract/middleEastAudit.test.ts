import { eventTable } from './eventTable';

/**
 * Mechanisms found by labelling Middle East news whole (issue 20, eighth round): the rows retell wire phrasings in
 * other words; each table has rows that must fire and rows that must not.
 */

eventTable("coordinated states' adjectives before a plural title and two names are each name's state, in order", [
  [
    'Egyptian and Jordanian Foreign Ministers Sameh Shoukry and Ayman Safadi met in Cairo on Sunday.',
    ['MEETING PARTICIPANT:sameh-shoukry PARTICIPANT:ayman-safadi @2025-03-02'],
  ],
  [
    'Turkish and Russian Presidents Recep Tayyip Erdogan and Vladimir Putin held talks in Sochi on Monday.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  // Must not: coordinated adjectives before a group noun with no names after it stay the sides.
  ['Indian and Chinese officials held talks on Monday.', ['MEETING PARTICIPANT:india PARTICIPANT:china @2025-03-03']],
]);

eventTable('those who phoned one person each called that person, not each other', [
  [
    'Saudi and Emirati Foreign Ministers Faisal bin Farhan and Abdullah bin Zayed phoned Hossein Amir-Abdollahian on Friday.',
    [
      'CALL PARTICIPANT:faisal-bin-farhan-al-saud PARTICIPANT:hossein-amir-abdollahian @2025-02-28',
      'CALL PARTICIPANT:abdullah-bin-zayed-al-nahyan PARTICIPANT:hossein-amir-abdollahian @2025-02-28',
    ],
  ],
  [
    'Biden and Kishida called Yoon on Monday.',
    [
      'CALL PARTICIPANT:joe-biden PARTICIPANT:yoon-suk-yeol @2025-03-03',
      'CALL PARTICIPANT:fumio-kishida PARTICIPANT:yoon-suk-yeol @2025-03-03',
    ],
  ],
  // Must not: a call held "with" someone is one conversation of all of them; a meeting's coordinated subjects met.
  [
    'Macron and Scholz held a joint call with Putin on Saturday.',
    ['CALL PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:vladimir-putin @2025-03-01'],
  ],
  [
    'Xi and Putin met Lula on Tuesday.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04'],
  ],
]);

eventTable("a state's possessive before a group's name says where the group is; the group or its leader acts", [
  [
    "Yemen's Houthi leader, Abdel-Malik al-Houthi, warned on Friday that any US attack on his group would not go unanswered.",
    ['THREAT SOURCE:abdel-malik-al-houthi TARGET:united-states @2025-02-28'],
  ],
  [
    "Lebanon's Hezbollah leader, Hassan Nasrallah, warned Israel on Friday.",
    ['THREAT SOURCE:hassan-nasrallah TARGET:israel @2025-02-28'],
  ],
  [
    "Oman has brokered a ceasefire between Yemen's Houthi group and the United States, Omani Foreign Minister Badr Albusaidi said on Tuesday.",
    [
      'MEDIATION MEDIATOR:oman PARTY:houthis PARTY:united-states @2025-03-04',
      'AGREEMENT PARTICIPANT:houthis PARTICIPANT:united-states @2025-03-04',
    ],
  ],
  // Must not: a state's own ministry speaking is the state; a state's titled person is that person.
  [
    "China's Foreign Ministry condemned the sanctions imposed by the United States on Friday.",
    ['CRITICISM SOURCE:china TARGET:united-states @2025-02-28'],
  ],
  [
    "Israel's Prime Minister Benjamin Netanyahu met Jordan's King Abdullah on Friday.",
    ['MEETING PARTICIPANT:benjamin-netanyahu PARTICIPANT:abdullah-ii @2025-02-28'],
  ],
]);

eventTable('Gulf and Levant heads of state by the spellings news uses, each acting for their state (gazetteer facts)', [
  [
    'King Abdullah II and Sultan Haitham bin Tarik of Oman held talks on Wednesday at Basman Palace. His Majesty welcomed Sultan Haitham bin Tarik on his visit to the Kingdom.',
    ['MEETING PARTICIPANT:abdullah-ii PARTICIPANT:haitham-bin-tarik @2025-02-26'],
  ],
  [
    'Haitham bin Tariq called Pezeshkian on Tuesday.',
    ['CALL PARTICIPANT:haitham-bin-tarik PARTICIPANT:masoud-pezeshkian @2025-03-04'],
  ],
  // Must not: the sultan's visit to "the Kingdom" is no meeting with his own state.
  ['Sultan Haitham bin Tarik of Oman arrived on Wednesday for a visit to the Kingdom.', []],
]);

eventTable(
  'the coordinated subject of a passive of being struck suffers the force of whoever used it, not each other',
  [
    [
      'Both Saudi Arabia and the UAE have been hit in recent months by rocket attacks from the Iran-backed Houthi rebel movement in Yemen.',
      [
        'CONFLICT PARTICIPANT:houthis PARTICIPANT:saudi-arabia @null',
        'CONFLICT PARTICIPANT:houthis PARTICIPANT:united-arab-emirates @null',
      ],
    ],
    [
      'Israel and Jordan were struck by missile attacks from Iran on Saturday.',
      [
        'CONFLICT PARTICIPANT:iran PARTICIPANT:israel @2025-03-01',
        'CONFLICT PARTICIPANT:iran PARTICIPANT:jordan @2025-03-01',
      ],
    ],
    // Must not: victims the sentence names no attacker for fought nobody; sides locked in fighting fought each other.
    ['Both Saudi Arabia and the UAE have been hit by rocket attacks in recent months.', []],
    [
      'Israel and Hezbollah were locked in fighting on Monday.',
      ['CONFLICT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-03-03'],
    ],
  ],
);

eventTable("a relative clause after a force noun's phrase tells more of that deed: its agent is the noun's owner", [
  [
    'The Israeli strike on Beirut on Friday, which killed a Hezbollah commander, drew condemnation from Lebanon.',
    [
      'CONFLICT PARTICIPANT:israel PARTICIPANT:lebanon @2025-02-28',
      'CONFLICT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-02-28',
    ],
  ],
  // Must not: the deed's own target in the relative clause is no new side ("hit Ukraine's energy grid").
  [
    "Russia's missile attack on Kyiv on Monday, which hit Ukraine's energy grid, drew condemnation.",
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03'],
  ],
]);

eventTable("a relative clause after an owned common noun tells what the noun's owner did through it", [
  [
    'The European Union announced its new package, which imposed sanctions on Belarusian officials and Alexander Lukashenko on Monday.',
    [
      'SANCTION SOURCE:european-union TARGET:belarus @2025-03-03',
      'SANCTION SOURCE:european-union TARGET:alexander-lukashenko @2025-03-03',
    ],
  ],
  [
    'Japan welcomed the US decision, which imposed tariffs on China on Monday.',
    ['STATEMENT SOURCE:japan TARGET:united-states @null', 'SANCTION SOURCE:united-states TARGET:china @2025-03-03'],
  ],
  // Must not: a relative clause with a subject of its own is that subject's.
  ['Egypt welcomed the ceasefire, which Qatar brokered on Monday.', []],
]);

eventTable('a clause right after an occasion noun names who held it ("the calls Safadi held with ...")', [
  [
    'The briefing came during phone calls Safadi held with the foreign ministers of Bahrain and Oman.',
    [
      'CALL PARTICIPANT:ayman-safadi PARTICIPANT:bahrain @2025-03-04',
      'CALL PARTICIPANT:ayman-safadi PARTICIPANT:oman @2025-03-04',
    ],
  ],
  [
    'The meeting Biden held with Kishida on Friday focused on China.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:fumio-kishida @2025-02-28'],
  ],
  // Must not: "we" in a quotation is no named holder.
  ['"With the meeting we had today, Ethiopia will get access to the sea," Erdogan said on Tuesday.', []],
]);
