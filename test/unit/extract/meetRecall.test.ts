import { eventTable } from './eventTable';

/**
 * Meetings and calls of long summit and state-visit reports (ASEAN, Central Asian, African and Latin American press,
 * 2016-2025, retold; real people's names kept), that the extractor missed for a reason outside the trigger words, and
 * the near misses that must stay silent. Articles dated 2025-03-04, a Tuesday.
 */

// A state's adjective of three letters or fewer, written in lower case, is the state's, not an unknown short word:
// "Lao Prime Minister Sonexay Siphandone" is titled and affiliated as "Laotian Prime Minister" is.
eventTable('short state adjectives title the person after them', [
  [
    'Indonesian President Prabowo Subianto met separately with Lao Prime Minister Sonexay Siphandone and Singaporean Prime Minister Lawrence Wong on Monday.',
    [
      'MEETING PARTICIPANT:prabowo-subianto PARTICIPANT:sonexay-siphandone @2025-03-03',
      'MEETING PARTICIPANT:prabowo-subianto PARTICIPANT:lawrence-wong @2025-03-03',
    ],
  ],
  [
    'Malaysian Prime Minister Anwar Ibrahim met Timorese President Jose Ramos-Horta in Kuala Lumpur on Friday.',
    ['MEETING PARTICIPANT:anwar-ibrahim PARTICIPANT:jose-ramos-horta @2025-02-28'],
  ],
  [
    'Thai Prime Minister Prayut Chan-o-cha met Lao President Thongloun Sisoulith in Vientiane on Friday.',
    ['MEETING PARTICIPANT:prayut-chan-o-cha PARTICIPANT:thongloun-sisoulith @2025-02-28'],
  ],
  // (The adjective names no side by itself: a Lao airline's flight is no meeting of Laos.)
  ['A Lao Airlines flight carrying the delegation landed in Hanoi on Friday.', []],
]);

// A family name written first is the one news uses alone: "Mr Lee" after "Lee Hsien Loong" is he (the gazetteer's
// `alone` for Singapore's and Cambodia's leaders), and "Hun Sen" is one name although "Sen" abbreviates a title.
eventTable(
  'family names first, and a title abbreviation that ends a known name',
  [
    [
      'Singapore Prime Minister Lee Hsien Loong held four bilateral meetings on the sidelines. Mr Lee also met Cambodian Prime Minister Hun Sen on Sunday afternoon.',
      ['MEETING PARTICIPANT:lee-hsien-loong PARTICIPANT:hun-sen @2019-06-23'],
    ],
    [
      'Sen. Lindsey Graham met Cambodian Prime Minister Hun Sen in Phnom Penh on Friday.',
      ['MEETING PARTICIPANT:lindsey-graham PARTICIPANT:hun-sen @2019-06-21'],
    ],
    // (Another Lee named in full is the one "Mr Lee" means: the article's own person speaks first.)
    [
      'South Korean Prime Minister Lee Nak-yon arrived in Tokyo on Tuesday. Mr Lee met Japanese Prime Minister Shinzo Abe on Thursday.',
      ['MEETING PARTICIPANT:lee-nak-yon PARTICIPANT:shinzo-abe @2019-06-20'],
    ],
  ],
  '2019-06-23',
);

// "the [new] TITLE of INSTITUTION, [RANK] NAME,": the holder of an office of an institution the gazetteer does not know
// is the person after the comma (Manila Bulletin 2024 on Marcos and Paparo, retold), and "new" is one of the words
// that may stand between a preposition and that person's title.
eventTable('the named holder of an institution’s office, set off by commas', [
  [
    'President Ferdinand Marcos Jr. met the new commander of Indo-Pacific Command, Admiral Samuel Paparo, at Malacanang on Tuesday.',
    ['MEETING PARTICIPANT:ferdinand-marcos-jr PARTICIPANT:samuel-paparo @2025-03-04'],
  ],
  [
    'Defense Secretary Lloyd Austin spoke by phone with the chief of the Joint Chiefs, General Charles Brown, on Monday.',
    ['CALL PARTICIPANT:lloyd-austin PARTICIPANT:charles-brown @2025-03-03'],
  ],
  // (A name a verb follows opens the main clause: the president is no commander, and met no one named.)
  [
    'In his talks with the commander of Indo-Pacific Command, President Ferdinand Marcos Jr. said the alliance was strong.',
    [],
  ],
]);

// "the Canadian premier" is the article's Canadian prime minister (a title news writes for that office), and Qatar's
// emir is "Sheikh Tamim" alone (the gazetteer's `alone`; "Tamim" had been a 2008 Bangladeshi official's): the call the
// Royal Court reported is the emir's with Trudeau, and the "discussed" of the opening is that call, no meeting
// (Anadolu, 31 January 2024, retold).
eventTable(
  'a premier is the prime minister of the state named, and the emir is Sheikh Tamim',
  [
    [
      'Qatar’s Emir Sheikh Tamim bin Hamad Al-Thani and Canadian Prime Minister Justin Trudeau on Tuesday discussed the war in Gaza. According to a statement by the Qatari Royal Court, Sheikh Tamim received a call from the Canadian premier about the situation.',
      ['CALL PARTICIPANT:tamim-bin-hamad-al-thani PARTICIPANT:justin-trudeau @2024-01-30'],
    ],
    // (A bare "the premier" may be a province's: no call of the prime minister's.)
    [
      'Canadian Prime Minister Justin Trudeau met Chinese President Xi Jinping on Tuesday. Xi later received a call from the premier.',
      ['MEETING PARTICIPANT:justin-trudeau PARTICIPANT:xi-jinping @2024-01-30'],
    ],
  ],
  '2024-01-31',
);

// "she" after "Sheikh Hasina": an honorific a name opens with is no given name; the given name after it says the
// person's gender (ANI, September 2022, retold). A man's name after the same honorific stays a man's.
eventTable('the given name after an opening honorific says whom "she" and "he" stand for', [
  [
    'Bangladesh Prime Minister Sheikh Hasina arrived in India on Monday. She met Indian Foreign Minister S Jaishankar on Monday.',
    ['MEETING PARTICIPANT:sheikh-hasina PARTICIPANT:subrahmanyam-jaishankar @2025-03-03'],
  ],
  [
    'UAE President Sheikh Mohamed bin Zayed arrived in Paris on Monday. She met French President Emmanuel Macron on Monday.',
    [],
  ],
]);

// "my" before a person's title inside a quotation: the speaker's counterpart is the person after the comma (Bernama,
// May 2023, retold). Without a speaker the quotation names no side.
eventTable('"with my counterpart, NAME" in a quotation', [
  [
    '“At this summit I also had a bilateral meeting with my Lao counterpart, Sonexay Siphandone,” Prime Minister Anwar Ibrahim said.',
    ['MEETING PARTICIPANT:anwar-ibrahim PARTICIPANT:sonexay-siphandone @2025-03-04'],
  ],
  ['“I also had a bilateral meeting with my Lao counterpart, Sonexay Siphandone,” the statement said.', []],
]);

// "in northern Guatemala": a part of a state after a locative preposition is a place, no side of the meeting the
// traveller arrived for (EFE, 15 August 2025, retold), nor of a meeting held there.
eventTable('a state after "in" and a compass word is where, not who', [
  [
    'Mexico’s President Claudia Sheinbaum arrived on Friday in Peten, in northern Guatemala, for a bilateral meeting with her counterpart Bernardo Arevalo de Leon.',
    ['MEETING PARTICIPANT:claudia-sheinbaum PARTICIPANT:bernardo-arevalo-de-leon @2025-02-28'],
  ],
  [
    'Claudia Sheinbaum met Bernardo Arevalo in northern Guatemala on Friday.',
    ['MEETING PARTICIPANT:claudia-sheinbaum PARTICIPANT:bernardo-arevalo @2025-02-28'],
  ],
]);
