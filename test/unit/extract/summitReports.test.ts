import { eventsOf, eventTable } from './eventTable';

/**
 * Summit and council reports (multilateral diplomacy): lists of leaders met on the sidelines, votes in a body, and
 * remarks to the press made during other occasions. Each table states a mechanism with rows that must yield the
 * events and rows that must not.
 */

eventTable('a pronoun skips a sentence whose own subject is a pronoun ("They included ...")', [
  // The listed leaders follow "They included": objects, not the subject "he" stands for.
  [
    'Over the weekend, Prime Minister Lee Hsien Loong caught up with several leaders, he said. They included Joe Biden and Justin Trudeau. On Saturday, he met Angela Merkel.',
    ['MEETING PARTICIPANT:lee-hsien-loong PARTICIPANT:angela-merkel @2025-03-01'],
  ],
  // (A named subject in the sentence before is still the one.)
  [
    'Macron arrived in Kyiv on Monday. He met Zelensky.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:volodymyr-zelensky @2025-03-03'],
  ],
  [
    'Erdogan spoke at the summit. He met Xi Jinping and Aleksandr Lukashenko on Thursday. He also held talks with Shehbaz Sharif.',
    [
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:xi-jinping @2025-02-27',
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:alexander-lukashenko @2025-02-27',
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:shehbaz-sharif @2025-02-27',
    ],
  ],
]);

eventTable('members voting in a body at its meeting do not meet one another', [
  [
    'Three countries, China, India and the United Arab Emirates, abstained in the vote at the meeting in New York City.',
    [],
  ],
  ['Russia and China voted against the resolution at the session on Friday.', []],
  // (A meeting held by the same sides after a vote elsewhere still is one.)
  [
    'Putin and Xi held a meeting in Moscow on Friday, after the vote at the United Nations.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-02-28'],
  ],
]);

describe('"told reporters": the press is the object; a later "with" is another occasion\'s', () => {
  const statements = (text: string) => eventsOf(text).filter((e) => e.startsWith('STATEMENT'));
  it.each([
    'Zelenskyy told reporters during his meeting with U.S. President Joe Biden that the decision would help.',
    'Thomas-Greenfield told reporters after a lunch with Security Council ambassadors that diplomacy must go on.',
  ])('no statement to the other side: %s', (text) => expect(statements(text)).toEqual([]));
  it('a named addressee still is one', () =>
    expect(
      statements(
        'US President Joe Biden told Israeli Prime Minister Benjamin Netanyahu on Monday that the US would not join.',
      ),
    ).toEqual(['STATEMENT SOURCE:joe-biden TARGET:benjamin-netanyahu @2025-03-03']));
});

eventTable("an opening participle's object is no subject of the clause after its comma", [
  [
    'Addressing the U.N. Security Council, Linda Thomas-Greenfield accused Russia of causing untold suffering.',
    ['CRITICISM SOURCE:linda-thomas-greenfield TARGET:russia @2025-03-04'],
  ],
  [
    'Visiting Kenya on Monday, Blinken met Ruto.',
    ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:william-ruto @2025-03-03'],
  ],
  // (A prepositional object was never a subject; the clause's own subject stays.)
  [
    'Speaking to the European Union, Blinken criticized Hungary.',
    ['CRITICISM SOURCE:antony-blinken TARGET:hungary @2025-03-04'],
  ],
]);

eventTable('a schedule before a support verb ("is due to hold talks") holds off the occasion', [
  ['Modi is due to hold talks with Sunak on Wednesday.', []],
  // ("due to" as "because of" schedules nothing.)
  [
    'Modi held talks with Sunak due to the crisis on Wednesday.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:rishi-sunak @2025-02-26'],
  ],
]);

eventTable('a list closed by its unnamed rest ("and several other leaders") keeps its named members', [
  [
    'Lee met Biden, Trudeau and several other leaders on Saturday.',
    [
      'MEETING PARTICIPANT:lee PARTICIPANT:joe-biden @2025-03-01',
      'MEETING PARTICIPANT:lee PARTICIPANT:justin-trudeau @2025-03-01',
    ],
  ],
  [
    'Germany, France and others condemned Russia on Monday.',
    ['CRITICISM SOURCE:germany SOURCE:france TARGET:russia @2025-03-03'],
  ],
]);

eventTable("a state's adjective on a listing noun is the source of the sanctions it lists", [
  [
    'The United States imposed sanctions on Maduro in late July. The Canadian measures name Maduro, Vice President Tareck El Aissami and 38 other people.',
    [
      'SANCTION SOURCE:united-states TARGET:nicolas-maduro @2024-07',
      'SANCTION SOURCE:canada TARGET:nicolas-maduro @null',
      'SANCTION SOURCE:canada TARGET:tareck-el-aissami @null',
    ],
  ],
  // (With no adjective, the listing continues the sanction before.)
  [
    'Canada imposed sanctions on Venezuelan officials on Friday. The measures name President Nicolas Maduro and Vice President Tareck El Aissami.',
    [
      'SANCTION SOURCE:canada TARGET:venezuela @2025-02-28',
      'SANCTION SOURCE:canada TARGET:nicolas-maduro @2025-02-28',
      'SANCTION SOURCE:canada TARGET:tareck-el-aissami @2025-02-28',
    ],
  ],
]);

eventTable('a call in an adjunct ("in a phone call") is where the clause\'s urging was done, with the one urged', [
  [
    // (What was pressed in the call is said in it: one event, the call; 7-merge.ts folds the statement in.)
    'Guterres pressed Burhan to find a political solution in a phone call on Thursday.',
    ['CALL PARTICIPANT:antonio-guterres PARTICIPANT:abdel-fattah-al-burhan @2025-02-27'],
  ],
  // (The call's own "with" names the other side, not the one urged.)
  [
    'Erdogan urged Israel to stop the war in a phone call with Putin on Monday.',
    [
      'STATEMENT SOURCE:recep-tayyip-erdogan TARGET:israel @2025-03-03',
      'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03',
    ],
  ],
  // (A call that is what is urged has not happened; a topic discussed is no one on the line.)
  [
    'Biden urged Netanyahu to join a phone call with Abbas.',
    ['STATEMENT SOURCE:joe-biden TARGET:benjamin-netanyahu @2025-03-04'],
  ],
  [
    'Putin and Macron discussed Ukraine during a phone call on Monday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:emmanuel-macron @2025-03-03'],
  ],
  // (A verb of telling with whom it told, titled, between it and the call: Reuters on Erdogan and Zelensky, 2022.)
  [
    'Turkish President Tayyip Erdogan told Ukrainian President Volodymyr Zelenskiy during a phone call on Saturday that Ankara is making efforts for an immediate ceasefire.',
    ['CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2025-03-01'],
  ],
  [
    'Biden told Netanyahu in a phone call on Thursday.',
    ['CALL PARTICIPANT:joe-biden PARTICIPANT:benjamin-netanyahu @2025-02-27'],
  ],
  // (An opening call phrase is the occasion of the verb of addressing after it: Yonhap 2019 on Kang and Kono.)
  [
    'During the phone conversation, South Korean Foreign Minister Kang Kyung-wha also urged Japanese Foreign Minister Taro Kono to reverse the restrictions.',
    ['CALL PARTICIPANT:kang-kyung-wha PARTICIPANT:taro-kono @2025-03-04'],
  ],
  // (A state urged is its voice, no one on the line: the call was with its minister, named before.)
  [
    'During the phone conversation, Kang Kyung-wha also urged Japan to immediately reverse its recent restrictions on exports to South Korea.',
    ['STATEMENT SOURCE:kang-kyung-wha TARGET:japan @2025-03-04'],
  ],
  // (The press told is no one on the line; nor is one urged while the call's "with" names the other side.)
  ['In a phone call on Monday, Erdogan told reporters that Turkey was ready to host talks.', []],
  [
    'In a phone call with Macron on Monday, Erdogan urged Putin to end the war.',
    [
      'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:emmanuel-macron @2025-03-03',
      'STATEMENT SOURCE:recep-tayyip-erdogan TARGET:vladimir-putin @2025-03-03',
    ],
  ],
]);
