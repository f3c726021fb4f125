import { eventTable } from './eventTable';

/**
 * Participants from the structure of a sentence (6-events/structure.ts): lists, their continuations and the actors a
 * phrase stands for. Each table states one construction with rows that must give the edges and rows that must not;
 * the phrasings are those of wire news and official readouts.
 */

eventTable(
  '", along with X" after a closed list adds X to that list, not to the subject',
  [
    [
      'Obama spoke with British Prime Minister Gordon Brown, Canadian Prime Minister Stephen Harper and Saudi King Abdullah, along with UN Secretary-General Ban Ki-moon.',
      [
        'CALL PARTICIPANT:barack-obama PARTICIPANT:gordon-brown @2009-01-23',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:stephen-harper @2009-01-23',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:abdullah @2009-01-23',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:ban-ki-moon @2009-01-23',
      ],
    ],
  ],
  '2009-01-23',
);

eventTable(
  '", along with X": more rows, and rows where X is the subject\'s companion',
  [
    [
      'Erdogan spoke with Putin and Zelensky, along with UN Secretary-General Antonio Guterres, on Monday.',
      [
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2022-06-13',
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2022-06-13',
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:antonio-guterres @2022-06-13',
      ],
    ],
    // No closed list before it: the companions act with the subject.
    [
      'Macron, along with Scholz and Draghi, met Zelensky in Kyiv on Thursday.',
      [
        'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:mario-draghi PARTICIPANT:volodymyr-zelensky @2022-06-16',
      ],
    ],
    [
      'Erdogan spoke with Putin, along with UN Secretary-General Antonio Guterres, on Monday.',
      ['CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:antonio-guterres PARTICIPANT:vladimir-putin @2022-06-13'],
    ],
  ],
  '2022-06-17',
);

eventTable(
  'coordinated states\' adjectives before those who act for them are each a member ("Israeli, Egyptian and Jordanian leaders")',
  [
    [
      'Obama talked with Israeli, Palestinian, Egyptian and Jordanian leaders about the ceasefire.',
      [
        'CALL PARTICIPANT:barack-obama PARTICIPANT:israel @2024-06-01',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:palestine @2024-06-01',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:egypt @2024-06-01',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:jordan @2024-06-01',
      ],
    ],
    [
      'Blinken met Saudi, Emirati and Qatari officials in Riyadh on Monday.',
      [
        'MEETING PARTICIPANT:antony-blinken PARTICIPANT:saudi-arabia @2024-05-27',
        'MEETING PARTICIPANT:antony-blinken PARTICIPANT:united-arab-emirates @2024-05-27',
        'MEETING PARTICIPANT:antony-blinken PARTICIPANT:qatar @2024-05-27',
      ],
    ],
    // Co-mediators named together mediate together: neither is a party of what the other mediates, and a meeting
    // with them is no meeting they mediate.
    [
      'Israel and Hamas agreed to a truce on Monday. Blinken met with Egyptian and Qatari mediators on Tuesday.',
      [
        'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2024-05-27',
        'MEETING PARTICIPANT:antony-blinken PARTICIPANT:egypt @2024-05-28',
        'MEETING PARTICIPANT:antony-blinken PARTICIPANT:qatar @2024-05-28',
        'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2024-05-28',
        'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2024-05-28',
      ],
    ],
    [
      'Blinken met with Egyptian and Qatari mediators on Tuesday.',
      [
        'MEETING PARTICIPANT:antony-blinken PARTICIPANT:egypt @2024-05-28',
        'MEETING PARTICIPANT:antony-blinken PARTICIPANT:qatar @2024-05-28',
      ],
    ],
    // Must not: the strikes of allies are one side, no war between them; an adjective that only qualifies a noun.
    ['US and Israeli strikes hit Iran on Sunday.', []],
    [
      'Obama met Netanyahu and Israeli officials on Monday.',
      ['MEETING PARTICIPANT:barack-obama PARTICIPANT:benjamin-netanyahu @2024-05-27'],
    ],
  ],
  '2024-06-01',
);

eventTable(
  '"counterparts from X, Y and Z", "the leaders of X and Y": the states those who talk for them come from',
  [
    [
      'Jaishankar held talks with counterparts from Saudi Arabia, the United Arab Emirates, Brazil and Senegal.',
      [
        'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:saudi-arabia @2024-06-01',
        'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:united-arab-emirates @2024-06-01',
        'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:brazil @2024-06-01',
        'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:senegal @2024-06-01',
      ],
    ],
    [
      'Jaishankar held talks with his counterparts from Brazil and Mexico on Friday.',
      [
        'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:brazil @2024-05-31',
        'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:mexico @2024-05-31',
      ],
    ],
    // Must not: a place the counterparts meet in is not where they come from.
    ['Jaishankar held talks with his counterparts in Brazil on Friday.', []],
  ],
  '2024-06-01',
);

eventTable(
  'a deal\'s "between X and Y" names the sides of an event that makes the deal, not of talks about it',
  [
    [
      'Obama talked with King Abdullah about the cease-fire between Israel and Hamas in Gaza.',
      ['CALL PARTICIPANT:barack-obama PARTICIPANT:abdullah-ii @2024-06-01'],
    ],
    [
      'Blinken discussed the ceasefire between Israel and Hamas with Sisi on Monday.',
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:abdel-fattah-el-sisi @2024-05-27'],
    ],
    [
      'Blinken and Sisi discussed the ceasefire between Israel and Hamas on Monday.',
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:abdel-fattah-el-sisi @2024-05-27'],
    ],
    // Must still fire: brokering, mediating and reaching a deal between two sides.
    [
      'Qatar brokered a ceasefire between Israel and Hamas in January.',
      [
        'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2024-01',
        'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2024-01',
      ],
    ],
    [
      'Negotiators reached a ceasefire between Israel and Hamas in January.',
      ['AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2024-01'],
    ],
  ],
  '2024-06-01',
);

eventTable('a list closed by "and other …" or "and others" keeps its members; a bare comma still ends a phrase', [
  [
    'China sanctioned US firms on Monday. The entities include units of Lockheed Martin, Raytheon, General Dynamics and other companies.',
    [
      'SANCTION SOURCE:china TARGET:united-states @2025-03-03',
      'SANCTION SOURCE:china TARGET:lockheed-martin @2025-03-03',
      'SANCTION SOURCE:china TARGET:raytheon @2025-03-03',
      'SANCTION SOURCE:china TARGET:general-dynamics @2025-03-03',
    ],
  ],
  [
    'Macron met Scholz, Sanchez and others in Brussels on Monday.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03',
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:pedro-sanchez @2025-03-03',
    ],
  ],
  [
    'In a call with Putin, Modi said India stood for peace.',
    ['CALL PARTICIPANT:narendra-modi PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
]);

eventTable('a participle right after the noun it describes is a reduced passive: the clause subject does not do it', [
  [
    'The European Union on Tuesday imposed sanctions on seven Russians accused of undermining Ukraine’s sovereignty.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-03-04'],
  ],
  ['The European Union on Tuesday slapped sanctions on seven people accused of undermining Ukraine’s sovereignty.', []],
  // Must still fire: an active verb with its object, after its subject or a common noun subject.
  [
    'Russian officials accused Ukraine of attacking civilians on Tuesday.',
    ['CRITICISM SOURCE:russia TARGET:ukraine @2025-03-04'],
  ],
  [
    'Polish Prime Minister Mateusz Morawiecki on Tuesday accused Russian President Vladimir Putin of orchestrating the crisis.',
    ['CRITICISM SOURCE:mateusz-morawiecki TARGET:vladimir-putin @2025-03-04'],
  ],
]);

eventTable('a noun of force after "over", "amid", "about" is what the clause is about, not its subject’s act', [
  [
    'The EU Council expanded sanctions against Russia over the war in Ukraine.',
    ['SANCTION SOURCE:eu-council TARGET:russia @null'],
  ],
  ['France criticised Israel over the war in Gaza.', ['CRITICISM SOURCE:france TARGET:israel @2025-03-04']],
  // Must still fire: the subject's own war, and a "during" occasion.
  [
    'Russia launched a war against Ukraine in February 2022.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2022-02'],
  ],
]);

eventTable('criticism of what an actor did or said: "the interference of X", "the accusations made by X"', [
  [
    'Russia firmly opposed the interference of the United States in its internal affairs.',
    ['CRITICISM SOURCE:russia TARGET:united-states @2025-03-04'],
  ],
  [
    'China strongly opposes the accusations made by the United States.',
    ['CRITICISM SOURCE:china TARGET:united-states @2025-03-04'],
  ],
  // (Xinhua, May 2025: an irregular participle right before its "by", however the tagger reads it.)
  [
    'China strongly deplores and firmly opposes the negative remarks related to China made by U.S. Defense Secretary Pete Hegseth, a Chinese foreign ministry spokesperson said on Saturday.',
    ['CRITICISM SOURCE:china TARGET:pete-hegseth @2025-03-01'],
  ],
  [
    'Pakistan has strongly condemned the comments made by Indian Defence Minister Rajnath Singh at an event in Jammu.',
    ['CRITICISM SOURCE:pakistan TARGET:rajnath-singh @2025-03-04'],
  ],
  // Must not: "of" after a noun that is no one's conduct; no actor named after it; the one the remarks were about
  // (India Today, July 2025; Mint, September 2024).
  ['China opposed the decision of the meeting on Monday.', []],
  ['Russia condemned the attack in the presence of the United States.', []],
  [
    "The Ministry of External Affairs on Thursday strongly criticised remarks made by a senior state authority concerning Prime Minister Narendra Modi's recent five-nation tour.",
    [],
  ],
  [
    'Maldives President Mohamed Muizzu condemned the derogatory remarks made by former ministers about Prime Minister Narendra Modi.',
    [],
  ],
]);

eventTable(
  'a name qualifying a singular noun, then a person set off by a comma, is that person ("his NATO ally, Joe Biden")',
  [
    [
      'Erdogan met his NATO ally, US President Joe Biden, in Rome on Sunday.',
      [
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:joe-biden @2021-09-26',
        'ALLIANCE PARTICIPANT:nato PARTICIPANT:united-states @null',
      ],
    ],
    [
      'Zelensky spoke with the NATO chief, Jens Stoltenberg.',
      ['CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:jens-stoltenberg @2021-09-30'],
    ],
    // Must not: a comma before a reporting clause ends the phrase.
    ['Zelensky met the NATO chief, Rutte said on Monday.', []],
  ],
  '2021-09-30',
);

eventTable(
  'military ranks are titles, and a state’s organ followed by its titled head is that person ("Pakistan’s army chief Field Marshal Asim Munir")',
  [
    [
      'Defence Minister Rajnath Singh held talks with his Iranian counterpart Brigadier General Amir Hatami.',
      ['MEETING PARTICIPANT:rajnath-singh PARTICIPANT:amir-hatami @2025-06-19'],
    ],
    [
      'Pakistan’s army chief Field Marshal Asim Munir met Trump at the White House.',
      ['MEETING PARTICIPANT:asim-munir PARTICIPANT:donald-trump @2025-06-19'],
    ],
    [
      'Trump met Pakistan’s army chief Field Marshal Asim Munir at the White House.',
      ['MEETING PARTICIPANT:donald-trump PARTICIPANT:asim-munir @2025-06-19'],
    ],
    // Must not: a rank word used as a common word; the organ alone acts as its state.
    [
      'Russia launched a major attack on Ukraine on Monday.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-06-16'],
    ],
    ['Pakistan’s army attacked India on Monday.', ['CONFLICT PARTICIPANT:pakistan PARTICIPANT:india @2025-06-16']],
  ],
  '2025-06-19',
);

eventTable(
  'those who co-chair talks hold them together',
  [
    [
      'Modi and Muizzu co-chaired the bilateral talks on Monday.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:mohamed-muizzu @2024-10-07'],
    ],
    [
      // ("Penny": "Wong" alone in 2024 is Australia's foreign minister or Singapore's prime minister, a tie.)
      'Jaishankar and Penny Wong co-chaired the joint commission meeting in Canberra.',
      ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:penny-wong @2024-10-07'],
    ],
    // A co-chair of others' talks is no side of them.
    [
      'Egypt co-chaired talks between Israel and Hamas on Monday.',
      ['NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2024-10-07'],
    ],
  ],
  '2024-10-07',
);
