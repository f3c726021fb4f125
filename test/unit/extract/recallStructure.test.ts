import { eventTable } from './eventTable';

/**
 * Participants that wire news names through the structure around a trigger, found on fresh articles (issue 20, audit
 * rec-struct2): a "visiting" description, an accused "it", a call "to" someone, leaders "of" listed states, a group
 * modified by a demonym before its "including" list, and a group whose members the next sentence names. Each table has
 * rows that must give the edges and rows that must not. The rows retell real phrasings in other words.
 */

eventTable('"the visiting Sri Lankan leader": a description with a word of circumstance after its "the"', [
  [
    'Sri Lankan Prime Minister Ranil Wickremesinghe arrived in Delhi on Thursday. Home Minister Rajnath Singh called on the visiting Sri Lankan leader on Saturday.',
    ['MEETING PARTICIPANT:rajnath-singh PARTICIPANT:ranil-wickremesinghe @2025-03-01'],
  ],
  [
    'Brazilian President Lula da Silva arrived in Lisbon on Monday. Portuguese Prime Minister Antonio Costa met the visiting Brazilian president on Tuesday.',
    ['MEETING PARTICIPANT:antonio-costa PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04'],
  ],
  // Must not: "visiting" with no described officeholder, and a visiting group, name nobody.
  ['Home Minister Rajnath Singh called on the visiting delegation on Saturday.', []],
  ['Home Minister Rajnath Singh met visiting students on Saturday.', []],
]);

eventTable(
  '"accusing it of", "blaming it for": an accused "it" after a gerund is the last actor named, not the subject',
  [
    [
      'Saudi Arabia severed relations with Iran on Sunday, accusing it of meddling in its affairs.',
      ['SANCTION SOURCE:saudi-arabia TARGET:iran @2025-03-02', 'CRITICISM SOURCE:saudi-arabia TARGET:iran @2025-03-02'],
    ],
    [
      'The United States sanctioned Iran on Monday, accusing it of supplying drones to Russia.',
      [
        'SANCTION SOURCE:united-states TARGET:iran @2025-03-03',
        'CRITICISM SOURCE:united-states TARGET:iran @2025-03-03',
      ],
    ],
    // Must not: "it" as a thing named or described ("calling it a provocation"), or with only the subject before it.
    ['China condemned the move on Monday, calling it a provocation.', []],
    ['Russia expelled the diplomats on Monday, accusing it of spying.', []],
  ],
);

eventTable('"spoke by phone to Putin", "spoke to Putin by telephone": the "to" of a call verb names the other side', [
  [
    'German Chancellor Angela Merkel spoke by phone to Russian President Vladimir Putin on Saturday about Syria, her spokesman said.',
    ['CALL PARTICIPANT:angela-merkel PARTICIPANT:vladimir-putin @2025-03-01'],
  ],
  [
    'French President Emmanuel Macron spoke to Vladimir Putin by telephone on Saturday.',
    ['CALL PARTICIPANT:emmanuel-macron PARTICIPANT:vladimir-putin @2025-03-01'],
  ],
  [
    'Turkish President Recep Tayyip Erdogan talked by phone to Putin and Zelensky on Monday.',
    [
      'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03',
      'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2025-03-03',
    ],
  ],
  // Must not: a call to no actor, or a "to" of a purpose.
  ['US President Joe Biden spoke by phone to reporters on Saturday.', []],
  ['French President Emmanuel Macron spoke by phone on Saturday to urge calm.', []],
]);

eventTable('"called the leaders of Germany, Poland and Sweden": a call to those who act for listed states', [
  [
    'On Friday, Ukrainian President Volodymyr Zelensky called the leaders of Germany, Poland, the Czech Republic and Sweden.',
    [
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:germany @2025-02-28',
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:poland @2025-02-28',
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:czechia @2025-02-28',
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:sweden @2025-02-28',
    ],
  ],
  // Must not: a list named something ("a disgrace" after its last member), or leaders of no state.
  ['US President Donald Trump called the leaders of Canada and Mexico a disgrace.', []],
  ['US President Donald Trump called Putin and Xi the enemies of freedom.', []],
  ['Kenyan President William Ruto called the leaders of the opposition on Monday.', []],
]);

eventTable('"met several African leaders, including Kagame": a demonym before the group noun of an "including" list', [
  [
    'Egyptian President Abdel Fattah el-Sisi met several African leaders on Sunday, including Paul Kagame and Macky Sall.',
    [
      'MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:paul-kagame @2025-03-02',
      'MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:macky-sall @2025-03-02',
    ],
  ],
  [
    'Ukrainian President Volodymyr Zelensky met European leaders including Emmanuel Macron and Olaf Scholz on Friday.',
    [
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-02-28',
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:olaf-scholz @2025-02-28',
    ],
  ],
  // Must not: a group of no one's officials whose list names no actor.
  ['Egyptian President Abdel Fattah el-Sisi met African students on Sunday, including a group from Kenya.', []],
]);

eventTable('"hosted several African presidents. They included Kagame, Sall and Ramaphosa": members named next', [
  [
    "Egyptian President Abdel Fattah El Sisi hosted a lunch with several African presidents in Biarritz on Sunday. They included Rwandan President Paul Kagame, Senegal's President Macky Sall and South Africa's President Cyril Ramaphosa.",
    [
      'MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:paul-kagame @2025-03-02',
      'MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:macky-sall @2025-03-02',
      'MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:cyril-ramaphosa @2025-03-02',
    ],
  ],
  [
    'Russian President Vladimir Putin met several African leaders in Sochi on Wednesday. Those present included Ugandan President Yoweri Museveni and Egyptian President Abdel Fattah al-Sisi.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:yoweri-museveni @2025-02-26',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:abdel-fattah-el-sisi @2025-02-26',
    ],
  ],
  [
    'Russian President Vladimir Putin met several African leaders in Sochi on Wednesday. Among them were Ugandan President Yoweri Museveni and Egyptian President Abdel Fattah al-Sisi.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:yoweri-museveni @2025-02-26',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:abdel-fattah-el-sisi @2025-02-26',
    ],
  ],
  // Must not: a sentence that does not open with the members ("Among the issues was"), a group already named, people
  // who are no officials.
  [
    'Russian President Vladimir Putin met several African leaders in Sochi on Wednesday. Among the issues was the grain deal with Ugandan President Yoweri Museveni and Egyptian President Abdel Fattah al-Sisi.',
    [],
  ],
  [
    'Russian President Vladimir Putin met several African leaders in Sochi on Wednesday. They discussed Ugandan President Yoweri Museveni and Egyptian President Abdel Fattah al-Sisi.',
    [],
  ],
  [
    'Russian President Vladimir Putin addressed students in Sochi on Wednesday. They included the children of Ugandan President Yoweri Museveni and Egyptian President Abdel Fattah al-Sisi.',
    [],
  ],
]);

eventTable('"discussed trade ties with Lula": a plural noun the tagger reads as a verb keeps the "with" the verb\'s', [
  [
    'Indian Prime Minister Narendra Modi discussed trade ties with Brazilian President Lula da Silva on Sunday.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-02'],
  ],
  [
    'Indian Prime Minister Narendra Modi discussed defence cooperation and joint projects with Lula da Silva on Sunday.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-02'],
  ],
  // Must not: a verb of its own after a comma ("..., ties with"), or a "with" of a companion.
  ['Indian Prime Minister Narendra Modi discussed trade on Sunday, and Lula da Silva stays with Brazil.', []],
]);

eventTable('"Xi said during talks with Trump that ...": the speaker of where it was said is in the talks', [
  [
    'Chinese President Xi Jinping said during talks with Donald Trump on Saturday that cooperation was the best option.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:donald-trump @2025-03-01'],
  ],
  [
    'Chinese President Xi Jinping said at a meeting with Donald Trump on Saturday that cooperation was the best option.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:donald-trump @2025-03-01'],
  ],
  // Must not: a reported clause with its own subject, whose talks are another's.
  [
    'Chinese Foreign Minister Wang Yi said that during talks with Donald Trump, Xi Jinping had stressed cooperation.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:donald-trump @2025-03-04'],
  ],
]);

eventTable('"the prime ministers of Greece and Albania, Mitsotakis and Rama": officeholders apposed to their states', [
  [
    'US Secretary of State Antony Blinken met the foreign ministers of Egypt and Jordan, Sameh Shoukry and Ayman Safadi, in Cairo on Monday.',
    [
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:sameh-shoukry @2025-03-03',
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:ayman-safadi @2025-03-03',
    ],
  ],
  // Must not: fewer people than states, or people who are the subject of another clause.
  [
    'US Secretary of State Antony Blinken met the foreign ministers of Egypt and Jordan, Sameh Shoukry, and later spoke to reporters.',
    [
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:egypt @2025-03-04',
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:jordan @2025-03-04',
    ],
  ],
]);

eventTable(
  '"was given a ceremonial welcome by President Kovind": a welcome given by a named host receives the visitor',
  [
    [
      'Prime Minister Narendra Modi held talks with South Korean President Moon Jae-in on Tuesday. Moon, who arrived on Sunday on his first state visit to India, was given a ceremonial welcome at Rashtrapati Bhavan by President Ram Nath Kovind on Tuesday.',
      [
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:moon-jae-in @2025-03-04',
        // (The state visit itself, begun on Sunday, is a meeting with India.)
        'MEETING PARTICIPANT:moon-jae-in PARTICIPANT:india @2025-03-02',
        'MEETING PARTICIPANT:moon-jae-in PARTICIPANT:ram-nath-kovind @2025-03-04',
      ],
    ],
    // Must not: a welcome by no one named, or by crowds.
    ['South Korean President Moon Jae-in was given a ceremonial welcome in New Delhi on Tuesday.', []],
    ['Ukraine was given a warm welcome by NATO allies on Tuesday.', []],
  ],
);

eventTable('"A and B separately called on X": each subject met the counterpart on its own, not each other', [
  [
    'Sri Lankan Prime Minister Ranil Wickremesinghe arrived in Delhi on Thursday. Home Minister Rajnath Singh and External Affairs Minister Sushma Swaraj separately called on the visiting Sri Lankan prime minister on Saturday.',
    [
      'MEETING PARTICIPANT:rajnath-singh PARTICIPANT:ranil-wickremesinghe @2025-03-01',
      'MEETING PARTICIPANT:sushma-swaraj PARTICIPANT:ranil-wickremesinghe @2025-03-01',
    ],
  ],
  [
    'French President Emmanuel Macron and German Chancellor Olaf Scholz met Zelensky separately on Monday.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:volodymyr-zelensky @2025-03-03',
      'MEETING PARTICIPANT:olaf-scholz PARTICIPANT:volodymyr-zelensky @2025-03-03',
    ],
  ],
  // Must not split: subjects who met the counterpart together.
  [
    'French President Emmanuel Macron and German Chancellor Olaf Scholz met Zelensky on Monday.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:volodymyr-zelensky @2025-03-03'],
  ],
]);
