import { extract } from '../../../src/extract';
import { pairPhrases } from '../../../src/extract/6-events/references';
import { splitSentences } from '../../../src/extract/2-sentences';
import { articleOf } from './articleOf';

/** For a destructuring default: the test's contract that the item is there, broken. */
function missing(what: string): never {
  throw new Error(`expected ${what}, received none`);
}

/** Events of one text as "TYPE role:actor ... @date [location]" strings (the stages 2-sentences to 7-merge together). */
function eventsOf(body: string, published: string | null = '2025-03-04'): string[] {
  const article = articleOf(body, published);
  return extract(article).events.map((e) =>
    [
      e.type,
      ...e.participants.map((p) => `${p.role}:${p.actorId}`),
      `@${e.date}`,
      ...(e.location ? [`[${e.location}]`] : []),
    ].join(' '),
  );
}

/** A table of [text, its events] rows under one title, each row a test. */
function eventTable(title: string, rows: [string, string[]][]): void {
  describe(title, () => it.each(rows)('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected)));
}

eventTable('findEvents: participants from the sentence structure', [
  [
    'Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:emmanuel-macron @2025-02-27 [Beijing]'],
  ],
  [
    'Turkey’s Foreign Minister Hakan Fidan spoke by phone with his Ukrainian counterpart Andrii Sybiha on Monday.',
    ['CALL PARTICIPANT:hakan-fidan PARTICIPANT:andrii-sybiha @2025-03-03'],
  ],
  [
    'During a Feb. 18 meeting in Riyadh, Saudi Arabia, US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov discussed Washington’s interest in Moscow facilitating talks with Iran.',
    ['MEETING PARTICIPANT:marco-rubio PARTICIPANT:sergei-lavrov @2025-02-18 [Riyadh, Saudi Arabia]'],
  ],
  [
    'Lavrov later briefed Iran’s Foreign Minister Abbas Araghchi on the US discussions, Russian Foreign Minister Sergei Lavrov said.',
    ['BRIEFING SOURCE:sergei-lavrov TARGET:abbas-araghchi @2025-03-04'],
  ],
  [
    'Russia has agreed to assist US President Donald Trump’s administration in engaging with its ally, Iran, on its nuclear program.',
    [
      'MEDIATION MEDIATOR:russia PARTY:united-states PARTY:iran @2025-03-04',
      'ALLIANCE PARTICIPANT:russia PARTICIPANT:iran @null',
    ],
  ],
  [
    'Meanwhile, Russia and Iran have strengthened ties, with Moscow using Iranian drones in its war against Ukraine.',
    ['ALLIANCE PARTICIPANT:russia PARTICIPANT:iran @null', 'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
  ],
  [
    'Since taking office, Trump has worked to restore US-Russia relations, severed after Moscow’s 2022 full-scale invasion of Ukraine.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2022'],
  ],
  [
    'Supreme Leader Ayatollah Ali Khamenei recently stated that US President Donald Trump “can’t be trusted” after pulling out of the deal.',
    ['CRITICISM SOURCE:ali-khamenei TARGET:donald-trump @null'],
  ],
  [
    'Egypt and Qatar brokered a ceasefire between Israel and Hamas in January.',
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-01',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-01',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-01',
    ],
  ],
  [
    'The European Union imposed new sanctions on Russia on Friday.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-02-28'],
  ],
  [
    'Ukrainian President Volodymyr Zelensky spoke. Zelensky met NATO Secretary General Mark Rutte in Brussels on Thursday.',
    ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:mark-rutte @2025-02-27 [Brussels]'],
  ],
  [
    'Egypt and Jordan agreed on Sunday to restore trade links after years of friction between the neighbours.',
    ['AGREEMENT PARTICIPANT:egypt PARTICIPANT:jordan @2025-03-02'],
  ],
  [
    'Qatar mediated a truce between Israel and Hamas last month.',
    [
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-02',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-02',
    ],
  ],
  [
    'On Friday, French President Emmanuel Macron called Polish Prime Minister Donald Tusk and German Chancellor Olaf Scholz separately.',
    [
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:donald-tusk @2025-02-28',
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-02-28',
    ],
  ],
  [
    'US President Joe Biden sought to ease tensions over the South China Sea and Taiwan’s May elections in a call with Chinese President Xi Jinping on Tuesday.',
    ['CALL PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-04'],
  ],
  [
    'Washington has expressed concern over China’s use of water cannons.',
    ['CRITICISM SOURCE:united-states TARGET:china @2025-03-04'],
  ],
  [
    'Indian PM Narendra Modi visited Ukraine, where he met President Volodymyr Zelensky.',
    [
      // (The gazetteer knows him for Ukraine's president: the visit is the meeting with him, as when titled so.)
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:volodymyr-zelensky @2025-03-04',
    ],
  ],
  [
    'The treaty was signed by Saudi Crown Prince Mohammed bin Salman and Pakistan’s visiting Prime Minister Shehbaz Sharif in Riyadh.',
    [
      'AGREEMENT PARTICIPANT:mohammed-bin-salman PARTICIPANT:shehbaz-sharif @2025-03-04 [Riyadh]',
      'MEETING PARTICIPANT:mohammed-bin-salman PARTICIPANT:shehbaz-sharif @2025-03-04 [Riyadh]',
    ],
  ],
  [
    'The European Union imposed sanctions on oil companies Rosneft and Lukoil. The sanctions, announced by the bloc, also target Sovcomflot and other companies.',
    [
      'SANCTION SOURCE:european-union TARGET:rosneft @null',
      'SANCTION SOURCE:european-union TARGET:lukoil @null',
      'SANCTION SOURCE:european-union TARGET:sovcomflot @null',
    ],
  ],
  [
    'US officials met Russian counterparts at talks in Riyadh.',
    ['MEETING PARTICIPANT:united-states PARTICIPANT:russia @2025-03-04 [Riyadh]'],
  ],
  [
    'Turkish Foreign Minister Hakan Fidan chaired the meeting between Russia and Ukraine in Istanbul.',
    ['MEDIATION MEDIATOR:hakan-fidan PARTY:russia PARTY:ukraine @2025-03-04'],
  ],
  [
    'Moscow’s invasion of Ukraine separated families, who were reunited through Qatar’s mediation.',
    [
      'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null',
      'MEDIATION MEDIATOR:qatar PARTY:russia PARTY:ukraine @2025-03-04',
    ],
  ],
  [
    'Both the Philippines and Japan, two of the United States’ closest Asian allies, have taken a strong line.',
    ['ALLIANCE PARTICIPANT:united-states PARTICIPANT:philippines PARTICIPANT:japan @null'],
  ],
  // (One ally in apposition to a list is its last member's: Bloomberg 2025, NBC 2024, AFP 2025. The pair after
  // "between" is the tensions' or the clashes', never allies of each other.)
  // (Mint/WSJ 2024: the owner before an ally noun is whose ally the member after it is, no member itself.)
  [
    'In the South China Sea, the face-off between China and U.S. ally the Philippines has emerged as the most immediate flashpoint.',
    [
      'CONFLICT PARTICIPANT:china PARTICIPANT:philippines @null',
      'ALLIANCE PARTICIPANT:united-states PARTICIPANT:philippines @null',
    ],
  ],
  [
    'Relations have been buffeted by fresh tensions between China and Japan, a top US ally in the region.',
    ['ALLIANCE PARTICIPANT:united-states PARTICIPANT:japan @null'],
  ],
  [
    'Competing claims have brought a series of maritime clashes between China and the Philippines, a U.S. ally with which Washington has a mutual defense treaty.',
    [
      'CONFLICT PARTICIPANT:china PARTICIPANT:philippines @null',
      'ALLIANCE PARTICIPANT:united-states PARTICIPANT:philippines @null',
    ],
  ],
  [
    'Xi held a series of bilateral meetings with leaders from the Maldives, Azerbaijan, Kyrgyzstan and Belarusian President Alexander Lukashenko, one of Russia President Vladimir Putin’s staunch allies.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:maldives @2025-03-04',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:azerbaijan @2025-03-04',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:kyrgyzstan @2025-03-04',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:alexander-lukashenko @2025-03-04',
      'ALLIANCE PARTICIPANT:russia PARTICIPANT:belarus @null',
    ],
  ],
  [
    'The agreement was inked by Foreign Minister Olivier Nduhungirehe of Rwanda and his Congolese counterpart Therese Kayikwamba Wagner.',
    [
      'AGREEMENT PARTICIPANT:olivier-nduhungirehe PARTICIPANT:therese-kayikwamba-wagner @2025-03-04',
      'MEETING PARTICIPANT:olivier-nduhungirehe PARTICIPANT:therese-kayikwamba-wagner @2025-03-04',
    ],
  ],
  [
    'But it has never condemned the invasion and last month Chinese President Xi Jinping paid a state visit to Russia.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:russia @2025-02'],
  ],
  [
    'US President Joe Biden spoke. In his conversation with Biden, Indian PM Narendra Modi briefed him on his recent visit to Ukraine.',
    [
      'BRIEFING SOURCE:narendra-modi TARGET:joe-biden @null',
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:ukraine @null',
    ],
  ],
  [
    'US President Joe Biden announced a new $225 million military aid package for Ukraine.',
    ['SUPPLY SOURCE:united-states TARGET:ukraine @2025-03-04'],
  ],
  [
    'Beijing acted in retaliation for US sanctions on Chinese companies.',
    ['SANCTION SOURCE:united-states TARGET:china @null'],
  ],
  // A dateline with its agency is where the report was filed; "-U.S." keeps its last dot.
  [
    'WASHINGTON (Reuters) -U.S. President Joe Biden held a call with Chinese President Xi Jinping on Tuesday.',
    ['CALL PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-04'],
  ],
  [
    'Serbia and Kosovo resumed peace talks in Brussels on Monday.',
    ['NEGOTIATION PARTICIPANT:serbia PARTICIPANT:kosovo @2025-03-03 [Brussels]'],
  ],
  [
    'Qatar has acted as a mediator between Israel and Hamas in months of talks.',
    [
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-03-04',
      'NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-04',
    ],
  ],
  [
    'Tensions rose between the two neighbours, with India and Pakistan having exchanged military strikes.',
    ['CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @null'],
  ],
  ['Analysts discussed the Russia-Ukraine conflict.', ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null']],
  [
    'The sanctions target Moscow’s war in Ukraine, and oil prices rose on Thursday.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
  ],
  [
    'Russia and Ukraine agreed on Friday to swap 1,000 prisoners of war each, Russian negotiator Vladimir Medinsky said.',
    ['AGREEMENT PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28'],
  ],
  [
    'Pyongyang and Moscow signed a mutual defence treaty in June 2024.',
    [
      'AGREEMENT PARTICIPANT:north-korea PARTICIPANT:russia @2024-06',
      'ALLIANCE PARTICIPANT:north-korea PARTICIPANT:russia @2024-06',
    ],
  ],
]);

describe('findEvents: an undated occasion of the opening happened on the news day', () => {
  const rows: [string, string | null, string[]][] = [
    [
      'Armenia and Azerbaijan signed a peace declaration at the White House. Trump said on Friday that it was historic.',
      '2025-03-04',
      ['AGREEMENT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-02-28 [White House]'],
    ],
    // Too long before publication to be the news of the day.
    [
      'Armenia and Azerbaijan signed a peace declaration at the White House. Trump said on Jan. 3 that it was historic.',
      '2025-03-04',
      ['AGREEMENT PARTICIPANT:armenia PARTICIPANT:azerbaijan @null [White House]'],
    ],
    // A sentence that dates another clause does not give this one the news day; "later" than Monday March 3 and
    // no later than publication on March 4 is March (9-bounds.ts dates an undated event by its bounds).
    [
      'Russian President Vladimir Putin met Xi Jinping on Monday, and Chinese President Xi Jinping later met Lula.',
      '2025-03-04',
      [
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03',
        // (An untitled "Lula" is the gazetteer's Luiz Inácio Lula da Silva.)
        'MEETING PARTICIPANT:xi-jinping PARTICIPANT:luiz-inacio-lula-da-silva @2025-03',
      ],
    ],
    // An opening with no date at all: its first sentence tells the news of the publication day.
    [
      'Greek Prime Minister Kyriakos Mitsotakis greeted Turkish President Recep Tayyip Erdogan in Athens. Erdogan met the Greek opposition leader.',
      '2025-03-04',
      ['MEETING PARTICIPANT:kyriakos-mitsotakis PARTICIPANT:recep-tayyip-erdogan @2025-03-04 [Athens]'],
    ],
    [
      'Erdogan met the Greek opposition leader. Greek Prime Minister Kyriakos Mitsotakis greeted Turkish President Recep Tayyip Erdogan in Athens.',
      '2025-03-04',
      ['MEETING PARTICIPANT:kyriakos-mitsotakis PARTICIPANT:recep-tayyip-erdogan @null [Athens]'],
    ],
    [
      'Supreme Leader Ayatollah Ali Khamenei recently criticised US President Donald Trump.',
      '2025-03-04',
      ['CRITICISM SOURCE:ali-khamenei TARGET:donald-trump @null'],
    ],
    // What is agreed to be held on a day does not date the clauses beside it.
    [
      'Venezuela and Colombia agreed on Monday to restore their ambassadors. Venezuelan President Nicolas Maduro met with Colombian President Juan Manuel Santos in Quito, with the two sides agreeing to hold ministerial meetings in Caracas on Wednesday.',
      '2025-03-04',
      [
        'AGREEMENT PARTICIPANT:venezuela PARTICIPANT:colombia @2025-03-03',
        'MEETING PARTICIPANT:nicolas-maduro PARTICIPANT:juan-manuel-santos @2025-03-03 [Quito]',
      ],
    ],
    // No full publication date: no news day.
    [
      'Armenia and Azerbaijan signed a peace declaration at the White House. Trump said on Friday that it was historic.',
      null,
      ['AGREEMENT PARTICIPANT:armenia PARTICIPANT:azerbaijan @null [White House]'],
    ],
  ];
  it.each(rows)('%s (published %s)', (text, published, expected) =>
    expect(eventsOf(text, published)).toEqual(expected),
  );
});

describe('findEvents: what is not asserted is not an event', () => {
  const rows: string[] = [
    'Iran’s President Masoud Pezeshkian said he supports rejecting talks with Washington.',
    'Russian President Vladimir Putin and US President Donald Trump could meet in Saudi Arabia.',
    'Saudi Crown Prince Mohammed bin Salman will visit Washington next month.',
    'Iranian Foreign Minister Abbas Araghchi said Tehran would not negotiate directly with Washington.',
    'Iran’s Foreign Ministry spokesman Esmaeil Baghaei, when asked about potential Russian mediation, declined to comment.',
    'Kremlin spokesman Dmitry Peskov told Bloomberg that the talks were useful.',
    // (What is asked is not agreed; the asking itself is a statement: statement-asked-to's rows.)
    'Serbia and Kosovo have been asked to agree on a roadmap.',
    'The call comes ahead of meetings next week between Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos.',
    'Ukrainian President Volodymyr Zelensky may meet Russian President Vladimir Putin.',
    'North Korean leader Kim Jong Un is now due to hold a summit with South Korean President Moon Jae-in on April 27.',
    'Brazil prepares to host a G20 foreign ministers’ meeting on Wednesday.',
    'Kenya is preparing to send 1,000 police officers to Haiti.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text)).toEqual([]));
});

describe('findEvents: confidence', () => {
  it('is lower for a reported event than for a plain one', () => {
    const [plain = missing('an event')] = extract(
      articleOf('North Korea has supplied Russia with artillery shells.'),
    ).events;
    const [reported = missing('an event')] = extract(
      articleOf('North Korea has supplied Russia with artillery shells, according to South Korean intelligence.'),
    ).events;
    expect(reported.confidence).toBeLessThan(plain.confidence);
    expect(reported.confidence).toBeGreaterThan(0);
  });
});

eventTable('findEvents: argument structure of news English', [
  [
    'Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.',
    ['AGREEMENT PARTICIPANT:iran PARTICIPANT:saudi-arabia @2025-02-28'],
  ],
  [
    'Oman has brokered a ceasefire between Yemen’s Houthi group and the United States.',
    [
      'MEDIATION MEDIATOR:oman PARTY:houthis PARTY:united-states @2025-03-04',
      'AGREEMENT PARTICIPANT:houthis PARTICIPANT:united-states @2025-03-04',
    ],
  ],
  [
    'Egypt and Qatar have acted as mediators between Israel and Hamas.',
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-03-04',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-03-04',
    ],
  ],
  [
    'The military leaders of Mali, Burkina Faso and Niger on Saturday signed a mutual defence pact.',
    [
      'AGREEMENT PARTICIPANT:mali PARTICIPANT:burkina-faso PARTICIPANT:niger @2025-03-01',
      'ALLIANCE PARTICIPANT:mali PARTICIPANT:burkina-faso PARTICIPANT:niger @2025-03-01',
    ],
  ],
  [
    'The leaders agreed to strengthen the Japan-U.S. and South Korea-U.S. strategic alliances.',
    [
      'ALLIANCE PARTICIPANT:japan PARTICIPANT:united-states @null',
      'ALLIANCE PARTICIPANT:south-korea PARTICIPANT:united-states @null',
    ],
  ],
  [
    'Israel announced a deal with Hamas. Both welcomed the deal with Qatar, which brokered the agreement.',
    [
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-03-04',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @null',
    ],
  ],
  // (A dateline closed by a colon, "Amman, July 16:", dates the report, no clause of its lead: IANS 2025.)
  [
    'Amman, March 4: Jordan, Qatar and Saudi Arabia have strongly condemned the latest Israeli airstrikes on Syria.',
    [
      'CRITICISM SOURCE:jordan SOURCE:qatar SOURCE:saudi-arabia TARGET:israel @2025-03-04',
      'CONFLICT PARTICIPANT:israel PARTICIPANT:syria @null',
    ],
  ],
  ['Amman, March 4: Jordan condemned Israel on Sunday.', ['CRITICISM SOURCE:jordan TARGET:israel @2025-03-02']],
  // (One who acts for a side of the event a mediation word leaves to the context is that side, no go-between: the
  // Turkey-Iraq memoranda, Baghdad 2024; a Saudi minister and the Saudi-Iran deal. A third state's leader still is.)
  [
    'Turkey and Iraq signed a water agreement on Monday. Under the auspices of Turkish President Recep Tayyip Erdogan and Iraqi Prime Minister Mohammed Shia al-Sudani, a memorandum was also signed.',
    ['AGREEMENT PARTICIPANT:turkey PARTICIPANT:iraq @2025-03-03'],
  ],
  [
    'Iran and Saudi Arabia agreed to restore ties on Friday. The deal was brokered by Saudi Foreign Minister Faisal bin Farhan.',
    ['AGREEMENT PARTICIPANT:iran PARTICIPANT:saudi-arabia @2025-02-28'],
  ],
  [
    'Israel announced a deal with Hamas on Monday. Egyptian President Abdel Fattah al-Sisi brokered the agreement.',
    [
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-03-03',
      'MEDIATION MEDIATOR:abdel-fattah-el-sisi PARTY:israel PARTY:hamas @2025-03-03',
    ],
  ],
  [
    'The EU criticised Hungarian leader Viktor Orban for visiting Moscow on Friday and holding talks with Russian President Vladimir Putin.',
    [
      'CRITICISM SOURCE:european-union TARGET:viktor-orban @2025-02-28',
      'MEETING PARTICIPANT:viktor-orban PARTICIPANT:vladimir-putin @2025-02-28',
    ],
  ],
  [
    'Israeli Prime Minister Benjamin Netanyahu and US President Joe Biden spoke by phone on Wednesday, hours after Israel announced a deal with Hamas.',
    [
      'CALL PARTICIPANT:benjamin-netanyahu PARTICIPANT:joe-biden @2025-02-26',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-02-26',
    ],
  ],
  [
    'US President Joe Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu. Biden also spoke during the day with Egyptian President Abdel Fattah el-Sisi.',
    [
      'CALL PARTICIPANT:joe-biden PARTICIPANT:benjamin-netanyahu @2025-03-04',
      'CALL PARTICIPANT:joe-biden PARTICIPANT:abdel-fattah-el-sisi @null',
    ],
  ],
  [
    'Iranian Foreign Minister Abbas Araghchi spoke with US envoy Steve Witkoff in Muscat.',
    ['MEETING PARTICIPANT:abbas-araghchi PARTICIPANT:steve-witkoff @2025-03-04 [Muscat]'],
  ],
  [
    'The Venezuelan presidents, Nicolás Maduro, and Guyanese presidents, Irfaan Ali, met on Thursday.',
    ['MEETING PARTICIPANT:nicolas-maduro PARTICIPANT:irfaan-ali @2025-02-27'],
  ],
  [
    'North Korea is supplying the Russian army with shells for the war against Ukraine.',
    ['SUPPLY SOURCE:north-korea TARGET:russia @2025-03-04'],
  ],
  [
    'Russian President Vladimir Putin arrived in Pyongyang. He was greeted by North Korean leader Kim Jong Un.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @null'],
  ],
  [
    'Ukraine’s Volodymyr Zelensky had a phone call with China’s Xi Jinping. In a readout of Tuesday’s phone call, China said it wanted peace.',
    ['CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:xi-jinping @2025-03-04'],
  ],
  [
    'Indirect talks between Iran and the United States ended on Saturday after two hours of discussions mediated by Oman.',
    [
      'NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-01',
      'MEDIATION MEDIATOR:oman PARTY:iran PARTY:united-states @2025-03-01',
    ],
  ],
  [
    'It led to fighting on April 15 between General Abdel-Fattah Burhan, who controls the army, and General Mohamed Hamdan Dagalo, who leads the Rapid Support Forces.',
    ['CONFLICT PARTICIPANT:abdel-fattah-al-burhan PARTICIPANT:mohamed-hamdan-dagalo @2024-04-15'],
  ],
  [
    'Russian Foreign Minister Sergei Lavrov said US Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi.',
    ['MEETING PARTICIPANT:marco-rubio PARTICIPANT:wang-yi @2025-03-04'],
  ],
  [
    'Democratic leaders previously used Russia as an intermediary with Iran.',
    ['MEDIATION MEDIATOR:russia PARTY:united-states PARTY:iran @null'],
  ],
  [
    'Iran and the US held talks, including a brief face-to-face discussion, in Muscat.',
    ['NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-04 [Muscat]'],
  ],
]);

describe("findEvents: actors that are not the event's participants", () => {
  const rows: string[] = [
    'The region where the Mali, Burkina Faso and Niger borders meet is poor.',
    'With North Korea and China in mind, the leaders agreed to strengthen ties.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text)).toEqual([]));
});

eventTable('findEvents: mediation without a mediation word', [
  // "promoted by X": the agent of a passive that arranges the event mediates it; the leaders' states are the parties.
  [
    'Venezuelan President Nicolás Maduro met Guyanese President Irfaan Ali on Thursday. The meeting was promoted by Brazil.',
    [
      'MEETING PARTICIPANT:nicolas-maduro PARTICIPANT:irfaan-ali @2025-02-27',
      'MEDIATION MEDIATOR:brazil PARTY:venezuela PARTY:guyana @2025-02-27',
    ],
  ],
  [
    'Israel and Hamas held talks in Cairo on Monday. The talks were sponsored by Egypt and Qatar.',
    [
      'NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-03 [Cairo]',
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-03-03',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-03-03',
    ],
  ],
  // "with the help of X"
  [
    'India and Pakistan agreed to a ceasefire on Saturday with the help of Saudi Arabia.',
    [
      'AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-01',
      'MEDIATION MEDIATOR:saudi-arabia PARTY:india PARTY:pakistan @2025-03-01',
    ],
  ],
  // An abbreviation in brackets does not end a list of mediators.
  [
    'Israel and Hamas held talks on Monday. The talks were sponsored by the Economic Community of West African States (ECOWAS) and the African Union (AU).',
    [
      'NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-03',
      'MEDIATION MEDIATOR:economic-community-of-west-african-states PARTY:israel PARTY:hamas @2025-03-03',
      'MEDIATION MEDIATOR:african-union PARTY:israel PARTY:hamas @2025-03-03',
    ],
  ],
]);

eventTable('findEvents: "the two leaders", "both countries" refer to the last two actors of that kind', [
  [
    'Turkish President Recep Tayyip Erdogan hosted Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed. The two leaders signed an agreement on Wednesday.',
    [
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud @2025-02-26',
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:abiy-ahmed @2025-02-26',
      'AGREEMENT PARTICIPANT:hassan-sheikh-mohamud PARTICIPANT:abiy-ahmed @2025-02-26',
      'MEETING PARTICIPANT:hassan-sheikh-mohamud PARTICIPANT:abiy-ahmed @2025-02-26',
    ],
  ],
  [
    'India and Pakistan exchanged fire in May. Both countries have agreed to a ceasefire.',
    [
      'CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @2024-05',
      'AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @null',
    ],
  ],
  [
    'Russia and Ukraine traded accusations. The two sides held talks in Istanbul on Friday.',
    // (The accusations traded are criticism both ways, and their last actor is named first by "the two sides".)
    [
      'CRITICISM SOURCE:russia TARGET:ukraine @2025-02-28',
      'CRITICISM SOURCE:ukraine TARGET:russia @2025-02-28',
      'NEGOTIATION PARTICIPANT:ukraine PARTICIPANT:russia @2025-02-28',
    ],
  ],
  // One actor before it: nothing to refer to.
  ['Chinese President Xi Jinping spoke on Monday. The two leaders met in Beijing.', []],
]);

eventTable('findEvents: agreed or scheduled events, and nouns of other nouns', [
  // "agreed to begin talks": the talks are future; the agreement is not.
  [
    'India and Pakistan have agreed to begin broader talks at a neutral venue.',
    ['AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-04'],
  ],
  ['Russia and Ukraine are due to meet in Istanbul.', []],
  // An existing relation is not future: "agreed to strengthen their alliance".
  [
    'The leaders agreed to strengthen the Japan-South Korea strategic alliance.',
    ['ALLIANCE PARTICIPANT:japan PARTICIPANT:south-korea @null'],
  ],
  // "the pause in the fighting": the noun of "pause", not the speakers' war.
  [
    'US President Joe Biden and Israeli Prime Minister Benjamin Netanyahu discussed the pause in the fighting.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:benjamin-netanyahu @2025-03-04'],
  ],
]);

eventTable('findEvents: coordinated objects of a meeting verb all take part', [
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping and Indian Prime Minister Narendra Modi on Tuesday.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-04',
    ],
  ],
  // Only within the clause: ", and India condemned Pakistan" is another clause.
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping on Monday, and India condemned Pakistan.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03',
      'CRITICISM SOURCE:india TARGET:pakistan @null',
    ],
  ],
]);

eventTable('findEvents: criticism by naming with an insult', [
  [
    'US President Joe Biden described Chinese President Xi Jinping as a dictator in June.',
    ['CRITICISM SOURCE:joe-biden TARGET:xi-jinping @2024-06'],
  ],
  [
    'US President Joe Biden called Russian President Vladimir Putin a war criminal.',
    ['CRITICISM SOURCE:joe-biden TARGET:vladimir-putin @2025-03-04'],
  ],
  [
    'US President Joe Biden said Chinese President Xi Jinping is a dictator.',
    ['CRITICISM SOURCE:joe-biden TARGET:xi-jinping @2025-03-04'],
  ],
  // Without an insult, "called" is still a phone call.
  [
    'US President Joe Biden called Russian President Vladimir Putin on Monday.',
    ['CALL PARTICIPANT:joe-biden PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
]);

eventTable('findEvents: "X-led efforts", "X-brokered truce": the actor before the hyphen mediates', [
  [
    'India and Pakistan agreed to a ceasefire on Saturday following American-led diplomatic efforts.',
    [
      'AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-01',
      'MEDIATION MEDIATOR:united-states PARTY:india PARTY:pakistan @2025-03-01',
    ],
  ],
  [
    'Israel and Hamas agreed to a Qatari-brokered truce on Friday.',
    [
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-02-28',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-02-28',
    ],
  ],
  // "-led" before a noun that is not a process of talks: not a mediation.
  ['The Saudi-led coalition has 10 members.', []],
]);

eventTable('findEvents: "during the day", "later that day" take the day of the last event dated to a day', [
  [
    'US President Joe Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu on Wednesday. Biden also spoke during the day with Egyptian President Abdel Fattah el-Sisi.',
    [
      'CALL PARTICIPANT:joe-biden PARTICIPANT:benjamin-netanyahu @2025-02-26',
      'CALL PARTICIPANT:joe-biden PARTICIPANT:abdel-fattah-el-sisi @2025-02-26',
    ],
  ],
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping on Monday. Later that day, Putin met Indian Prime Minister Narendra Modi.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-03',
    ],
  ],
  // Only a day-precise date carries over.
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping in May. Later that day, Putin met Indian Prime Minister Narendra Modi.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2024-05',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @null',
    ],
  ],
]);

eventTable('findEvents: the host of talks mediates them', [
  [
    'Iran and the United States held indirect talks on Saturday. Oman hosted the talks in Muscat.',
    [
      'NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-01',
      'MEDIATION MEDIATOR:oman PARTY:iran PARTY:united-states @2025-03-01 [Muscat]',
    ],
  ],
  // No talks in the context: nothing to mediate.
  ['Oman hosted the talks in Muscat.', []],
  // A named guest: a meeting with the host.
  ['Qatar hosted Hamas leaders.', ['MEETING PARTICIPANT:qatar PARTICIPANT:hamas @2025-03-04']],
  // Who negotiates a deal between others, or hosts their talks, mediates.
  [
    'China claimed that it had negotiated an immediate ceasefire between the Myanmar military and the Three Brotherhood Alliance.',
    [
      'MEDIATION MEDIATOR:china PARTY:myanmar PARTY:three-brotherhood-alliance @2025-03-04',
      'AGREEMENT PARTICIPANT:myanmar PARTICIPANT:three-brotherhood-alliance @2025-03-04',
    ],
  ],
  [
    'Egypt hosted talks between Israel and Hamas.',
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-03-04',
      'NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-04',
    ],
  ],
  ['Israel negotiated a ceasefire with Hamas.', ['NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-04']],
]);

eventTable('findEvents: passives, time phrases after the subject, and an actor’s conduct as the object', [
  ['Iran was criticised by France on Monday.', ['CRITICISM SOURCE:france TARGET:iran @2025-03-03']],
  [
    'Iran and Syria were sharply criticised by France and Germany.',
    [
      'CRITICISM SOURCE:france SOURCE:germany TARGET:iran @2025-03-04',
      'CRITICISM SOURCE:france SOURCE:germany TARGET:syria @2025-03-04',
    ],
  ],
  ['Russia was sanctioned by Japan on Friday.', ['SANCTION SOURCE:japan TARGET:russia @2025-02-28']],
  [
    'New sanctions were imposed on Iran by the United States on Monday.',
    ['SANCTION SOURCE:united-states TARGET:iran @2025-03-03'],
  ],
  [
    'Similar sanctions were imposed by the EU on Mali, Burkina Faso and Guinea.',
    [
      'SANCTION SOURCE:european-union TARGET:mali @null',
      'SANCTION SOURCE:european-union TARGET:burkina-faso @null',
      'SANCTION SOURCE:european-union TARGET:guinea @null',
    ],
  ],
  ['The EU imposed sanctions on Russia, Iran said.', ['SANCTION SOURCE:european-union TARGET:russia @null']],
  [
    'The UK earlier this week sanctioned 12 Russian military commanders.',
    ['SANCTION SOURCE:united-kingdom TARGET:russia @2025-03'],
  ],
  ['Russia last year invaded Ukraine.', ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2024']],
  [
    'The European Union on Monday adopted a new package of sanctions against Russia.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-03-03'],
  ],
  [
    'US President Donald Trump on Sunday ordered sweeping tariffs and sanctions against Colombia.',
    ['SANCTION SOURCE:donald-trump TARGET:colombia @2025-03-02'],
  ],
  ['The government of Japan accused Russia of hacking.', ['CRITICISM SOURCE:japan TARGET:russia @2025-03-04']],
  [
    'The administration of President Donald Trump accused Russia of hacking.',
    ['CRITICISM SOURCE:donald-trump TARGET:russia @2025-03-04'],
  ],
  [
    'Iran’s foreign ministry spokesman Nasser Kanaani strongly condemned on Friday the Israeli airstrikes in the Gaza Strip.',
    ['CRITICISM SOURCE:nasser-kanaani TARGET:israel @2025-02-28'],
  ],
  ['Russia condemned the attack on Russian civilians.', []],
]);

eventTable('findEvents: "during a telephone conversation" is the occasion of the clause’s subject, not of its object', [
  [
    'Vladimir Putin and Emmanuel Macron discussed Ukraine during a telephone conversation on Thursday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:emmanuel-macron @2025-02-27'],
  ],
  [
    'Russian President Vladimir Putin and his French counterpart Emmanuel Macron expressed readiness to further promote bilateral relations during a telephone conversation on Thursday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:emmanuel-macron @2025-02-27'],
  ],
  [
    'Top US officials followed up with Russian counterparts at talks in Saudi Arabia days later.',
    ['MEETING PARTICIPANT:united-states PARTICIPANT:russia @2025-03-04 [Saudi Arabia]'],
  ],
]);

eventTable(
  'findEvents: quantities of events ("fresh rounds of sanctions", "a series of strikes") and passives that do not name their agent',
  [
    [
      'The US Treasury announced on Thursday fresh rounds of sanctions against at least 18 Russian entities.',
      ['SANCTION SOURCE:united-states TARGET:russia @2025-02-27'],
    ],
    [
      'Israel launched a series of strikes on Iran on Friday.',
      ['CONFLICT PARTICIPANT:israel PARTICIPANT:iran @2025-02-28'],
    ],
    ['Russia and Ukraine exchanged prisoners of war on Friday.', []],
    ['Russia was accused of attacking Ukraine.', []],
  ],
);

eventTable('findEvents: whose "with" it is, conversations by phone, and who asked for a call', [
  [
    'Russian President Vladimir Putin discussed the Ukraine crisis with Turkish President Recep Tayyip Erdogan on Tuesday.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-04'],
  ],
  [
    'Japanese Foreign Minister Yoko Kamikawa discussed bilateral cooperation with her Indian counterpart Subrahmanyam Jaishankar.',
    ['MEETING PARTICIPANT:yoko-kamikawa PARTICIPANT:subrahmanyam-jaishankar @2025-03-04'],
  ],
  // "tensions between" stays the noun’s: India and Pakistan are what is discussed.
  ['Russian President Vladimir Putin discussed the tensions between India and Pakistan on Tuesday.', []],
  [
    'French President Emmanuel Macron discussed the war in Gaza with Egyptian President Abdel Fattah al-Sisi by phone on Monday.',
    ['CALL PARTICIPANT:emmanuel-macron PARTICIPANT:abdel-fattah-el-sisi @2025-03-03'],
  ],
  [
    'German Chancellor Olaf Scholz talked over the telephone with Indian Prime Minister Narendra Modi on Friday.',
    ['CALL PARTICIPANT:olaf-scholz PARTICIPANT:narendra-modi @2025-02-28'],
  ],
  [
    'Chinese Foreign Minister Wang Yi held a phone call on Monday at the request of Iranian Foreign Minister Abbas Araghchi.',
    ['CALL PARTICIPANT:wang-yi PARTICIPANT:abbas-araghchi @2025-03-03'],
  ],
  // A visit has its object; only an occasion without one takes the actor who asked for it.
  [
    'Indian Prime Minister Narendra Modi visited China at the invitation of Chinese President Xi Jinping.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:china @2025-03-04'],
  ],
  [
    'South Korean Foreign Minister Cho Tae-yul held his first phone call since taking office with his Japanese counterpart Yoko Kamikawa.',
    ['CALL PARTICIPANT:cho-tae-yul PARTICIPANT:yoko-kamikawa @2025-03-04'],
  ],
  // A date nearer another trigger dates that event, not the talks referred back to.
  [
    'Iranian Foreign Minister Mohammad Javad Zarif held talks with Pakistani Foreign Minister Shah Mehmood Qureshi. The talks came as Zarif had also held separate phone conversations on Feb. 12 with Afghan President Ashraf Ghani and Abdullah Abdullah.',
    [
      'MEETING PARTICIPANT:mohammad-javad-zarif PARTICIPANT:shah-mahmood-qureshi @null',
      'CALL PARTICIPANT:mohammad-javad-zarif PARTICIPANT:ashraf-ghani @2025-02-12',
      'CALL PARTICIPANT:mohammad-javad-zarif PARTICIPANT:abdullah-abdullah @2025-02-12',
    ],
  ],
  [
    'Iranian Foreign Minister Mohammad Javad Zarif held talks with Pakistani Foreign Minister Shah Mehmood Qureshi. The talks on Feb. 12 were constructive.',
    ['MEETING PARTICIPANT:mohammad-javad-zarif PARTICIPANT:shah-mahmood-qureshi @2025-02-12'],
  ],
]);

eventTable('findEvents: the vocabulary of official readouts (courtesy calls, a discussion, MoUs, tours)', [
  [
    'Bangladeshi Prime Minister Sheikh Hasina paid a courtesy call on President Mohammed Shahabuddin on Saturday.',
    ['MEETING PARTICIPANT:sheikh-hasina PARTICIPANT:mohammed-shahabuddin @2025-03-01'],
  ],
  [
    'An official discussion between the visiting Pakistani Prime Minister Imran Khan and Sri Lankan President Gotabaya Rajapaksa was held in Colombo this morning.',
    ['MEETING PARTICIPANT:imran-khan PARTICIPANT:gotabaya-rajapaksa @2025-03-04 [Colombo]'],
  ],
  [
    'Japan and India signed five Memoranda of Understanding (MoUs) on Monday.',
    ['AGREEMENT PARTICIPANT:japan PARTICIPANT:india @2025-03-03'],
  ],
  // What an agreement is about is no alliance; what it is of can be.
  [
    'Indonesia and Malaysia signed three MoUs on border security.',
    ['AGREEMENT PARTICIPANT:indonesia PARTICIPANT:malaysia @2025-03-04'],
  ],
  // A tour is a visit to each country; a meeting of three is one meeting.
  [
    'Bangladeshi Prime Minister Sheikh Hasina visited Japan, the United Kingdom and the United States last month.',
    [
      'MEETING PARTICIPANT:sheikh-hasina PARTICIPANT:japan @2025-02',
      'MEETING PARTICIPANT:sheikh-hasina PARTICIPANT:united-kingdom @2025-02',
      'MEETING PARTICIPANT:sheikh-hasina PARTICIPANT:united-states @2025-02',
    ],
  ],
  [
    'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan and Iranian President Ebrahim Raisi in Tehran.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-04 [Tehran]',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:ebrahim-raisi @2025-03-04 [Tehran]',
    ],
  ],
  [
    'Pyongyang and Moscow signed a treaty of mutual defence in June 2024.',
    [
      'AGREEMENT PARTICIPANT:north-korea PARTICIPANT:russia @2024-06',
      'ALLIANCE PARTICIPANT:north-korea PARTICIPANT:russia @2024-06',
    ],
  ],
]);

eventTable('findEvents: commas that end a phrase, not a list; "spoke to"; a noun’s "between" before the trigger', [
  // A state then people after a comma: the end of an opening phrase, not a list of three.
  [
    'At the time of Ukrainian President Volodymyr Zelensky’s visit to South Africa, Cyril Ramaphosa and Donald Trump had a phone call.',
    [
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:south-africa @2025-03-04',
      'CALL PARTICIPANT:cyril-ramaphosa PARTICIPANT:donald-trump @2025-03-04',
    ],
  ],
  // A place and its comma title nobody.
  [
    'Just after Ukrainian President Volodymyr Zelensky arrived in South Africa, President Cyril Ramaphosa held a telephone call with US President Donald Trump.',
    ['CALL PARTICIPANT:cyril-ramaphosa PARTICIPANT:donald-trump @2025-03-04'],
  ],
  [
    'Earlier in the week, South African President Cyril Ramaphosa also spoke to Russian President Vladimir Putin.',
    ['CALL PARTICIPANT:cyril-ramaphosa PARTICIPANT:vladimir-putin @2025-03'],
  ],
  ['Ukrainian President Volodymyr Zelensky spoke to reporters about Russia.', []],
  // The relations are between the states; the discussion is not theirs.
  [
    'South African President Cyril Ramaphosa said relations between South Africa and the US were also discussed with US President Donald Trump.',
    [],
  ],
  // A trigger’s required word is not looked for past a comma.
  [
    'With the help of China’s facilitation, talks between the Myanmar military and the Three Brotherhood Alliance were held in Kunming.',
    ['NEGOTIATION PARTICIPANT:myanmar PARTICIPANT:three-brotherhood-alliance @2025-03-04'],
  ],
]);

eventTable('findEvents: "said it", criticism of what an actor did, measures that are sanctions, "the country"', [
  [
    'Mali’s ruling junta said it strongly condemned the illegal sanctions imposed on the country by the Economic Community of West African States.',
    [
      'CRITICISM SOURCE:mali TARGET:economic-community-of-west-african-states @2025-03-04',
      'SANCTION SOURCE:economic-community-of-west-african-states TARGET:mali @null',
    ],
  ],
  [
    'Russia said on Monday that it had launched strikes on Ukraine.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03'],
  ],
  [
    'The African Union condemned the attack carried out by Al-Shabaab.',
    ['CRITICISM SOURCE:african-union TARGET:al-shabaab @2025-03-04'],
  ],
  [
    'ECOWAS and the West African Economic and Monetary Union (UEMOA) imposed a series of economic and diplomatic measures against Mali on Sunday.',
    [
      'SANCTION SOURCE:economic-community-of-west-african-states SOURCE:west-african-economic-and-monetary-union TARGET:mali @2025-03-02',
    ],
  ],
  [
    'US President Donald Trump imposed tariffs on Colombia on Sunday.',
    ['SANCTION SOURCE:donald-trump TARGET:colombia @2025-03-02'],
  ],
  [
    'The European Union slapped an arms embargo on Venezuela in 2017.',
    ['SANCTION SOURCE:european-union TARGET:venezuela @2017'],
  ],
  // The same measures told twice, the second time with a second source: one event.
  [
    'The Economic Community of West African States imposed sanctions on Mali. On Sunday, ECOWAS and the West African Economic and Monetary Union imposed a series of measures against Mali.',
    [
      'SANCTION SOURCE:economic-community-of-west-african-states TARGET:mali SOURCE:west-african-economic-and-monetary-union @2025-03-02',
    ],
  ],
]);

eventTable('findEvents: receiving visitors and calls, hosting, security partnerships, years of war', [
  [
    'The comments came a day after the United States, the United Kingdom and Australia announced a security partnership for the Indo-Pacific.',
    ['ALLIANCE PARTICIPANT:united-states PARTICIPANT:united-kingdom PARTICIPANT:australia @null'],
  ],
  // Ties that are discussed are no alliance of those who discuss them.
  ['Russia and China discussed military ties on Monday.', ['MEETING PARTICIPANT:russia PARTICIPANT:china @2025-03-03']],
  [
    'Saudi King Salman received both Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed at the Peace Palace in Jeddah on Sunday.',
    [
      'MEETING PARTICIPANT:salman PARTICIPANT:isaias-afwerki @2025-03-02',
      'MEETING PARTICIPANT:salman PARTICIPANT:abiy-ahmed @2025-03-02',
    ],
  ],
  // Receiving things is no meeting (weapons received from a giver are its supply: supply-aid-taken-from).
  ['Ukraine received weapons from the United States.', ['SUPPLY SOURCE:united-states TARGET:ukraine @2025-03-04']],
  [
    'Ukrainian President Volodymyr Zelensky received a phone call from US President Joe Biden.',
    ['CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:joe-biden @2025-03-04'],
  ],
  [
    'Eritrea and Ethiopia signed a peace deal. The agreement ends more than 20 years of war between the two countries.',
    [
      'AGREEMENT PARTICIPANT:eritrea PARTICIPANT:ethiopia @2025-03-04',
      'CONFLICT PARTICIPANT:eritrea PARTICIPANT:ethiopia @null',
    ],
  ],
  // A visit’s destination follows it closely; a possessive before it names the visitor.
  [
    'Ukrainian President Volodymyr Zelensky’s South Africa visit to mark a thaw in frosty US–South Africa Relations?',
    [],
  ],
  [
    'Ukrainian President Volodymyr Zelensky’s visit to South Africa ended on Thursday.',
    ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:south-africa @2025-02-27'],
  ],
  [
    'Egyptian President Abdel Fattah al-Sisi spoke with reporters while hosting Palestinian President Mahmoud Abbas in Cairo.',
    ['MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:mahmoud-abbas @2025-03-04 [Cairo]'],
  ],
]);

eventTable('findEvents: greeting a visitor, "their meeting", and an opening phrase in a future sentence', [
  [
    'Greek Prime Minister Kyriakos Mitsotakis greeted Turkish President Recep Tayyip Erdogan as he arrived at the Maximos Mansion.',
    ['MEETING PARTICIPANT:kyriakos-mitsotakis PARTICIPANT:recep-tayyip-erdogan @2025-03-04'],
  ],
  // Only a person is greeted or welcomed as a visitor: a welcomed move is a statement about its actor.
  ['France welcomed Iran’s decision to resume talks.', ['STATEMENT SOURCE:france TARGET:iran @2025-03-04']],
  [
    'Egyptian President Abdel Fattah al-Sisi advised Palestinian President Mahmoud Abbas to boost confidence. During their meeting in Cairo, the leaders discussed mutual relations.',
    ['MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:mahmoud-abbas @null [Cairo]'],
  ],
  [
    'Turkish President Recep Tayyip Erdogan met Greek President Katerina Sakellaropoulou. After talks with Greek Prime Minister Kyriakos Mitsotakis, the two leaders will make joint statements to the press.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:katerina-sakellaropoulou @2025-03-04'],
  ],
  [
    'After talks with Greek Prime Minister Kyriakos Mitsotakis, Turkish President Recep Tayyip Erdogan said relations had improved.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:kyriakos-mitsotakis @2025-03-04'],
  ],
  // A mediator does not mediate between its own leader and another.
  [
    // (The gazetteer knows the untitled "Sisi": he and Egypt mediate the Palestinians' talks, as "Egypt" alone does.)
    'Egyptian President Abdel Fattah al-Sisi met Palestinian President Mahmoud Abbas in Cairo. Abbas thanked Sisi and Egypt for mediating the Palestinian reconciliation talks.',
    [
      'MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:mahmoud-abbas @2025-03-04 [Cairo]',
      'MEDIATION MEDIATOR:abdel-fattah-el-sisi PARTY:palestine @null',
      'MEDIATION MEDIATOR:egypt PARTY:palestine @null',
    ],
  ],
]);

eventTable('findEvents: "back to back" calls, "the presidents of", "after meeting" as a verb, and "Duda-Nauseda"', [
  [
    'Over two days, South Korean President Moon Jae-in held back to back phone talks with the presidents of the U.S. and China.',
    [
      'CALL PARTICIPANT:moon-jae-in PARTICIPANT:united-states @2025-03-04',
      'CALL PARTICIPANT:moon-jae-in PARTICIPANT:china @2025-03-04',
    ],
  ],
  [
    '“We will not surrender to Russia’s blackmail,” Polish President Andrzej Duda said after meeting his Lithuanian counterpart Gitanas Nauseda.',
    ['MEETING PARTICIPANT:andrzej-duda PARTICIPANT:gitanas-nauseda @2025-03-04'],
  ],
  [
    'Polish President Andrzej Duda praised Lithuanian President Gitanas Nauseda. The Duda-Nauseda meeting focused on Ukraine.',
    ['MEETING PARTICIPANT:andrzej-duda PARTICIPANT:gitanas-nauseda @null'],
  ],
  // "cease-fire" in two tokens; "the Palestinian group Islamic Jihad" is the group named.
  [
    'An Egyptian-brokered cease-fire in the Gaza Strip between Israel and the Palestinian group Islamic Jihad took effect late on Sunday.',
    ['MEDIATION MEDIATOR:egypt PARTY:israel PARTY:palestinian-islamic-jihad @2025-03-02'],
  ],
]);

eventTable(
  'findEvents: what is urged is not done, however far from "urged"; a war it would end, and a subordinate clause, are',
  [
    [
      'Saudi Arabia and the US urged both parties to take into consideration the interests of the Sudanese nation and its people and actively engage in the talks.',
      [],
    ],
    [
      'Turkey urged delegations from Russia and Ukraine to seize the opportunity to end the war as the sides met in Istanbul for their first peace talks in three years.',
      [
        'STATEMENT SOURCE:turkey TARGET:russia @2025-03-04',
        'STATEMENT SOURCE:turkey TARGET:ukraine @2025-03-04',
        'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null',
        'MEETING PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-04',
      ],
    ],
  ],
);

eventTable('findEvents: Kremlin-style readouts, targets of force through a preposition, and another verb’s "with"', [
  // What is discussed is no war between the states named; the call is the clause subject’s.
  [
    'Russian President Vladimir Putin and US President Donald Trump on Monday discussed the Iran war and Ukraine conflict during a telephone call.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-03-03'],
  ],
  // A middle initial; an upcoming summit hedges the summit only; "Friday" is past.
  [
    'Russian President Vladimir Putin and his US counterpart George W. Bush discussed an upcoming NATO-Russia summit in a telephone conversation Friday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:george-w-bush @2025-02-28'],
  ],
  [
    'President of the Russian Federation Vladimir Putin had a telephone conversation with President of the Republic of Uzbekistan Shavkat Mirziyoyev.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:shavkat-mirziyoyev @2025-03-04'],
  ],
  // "sniped with Netanyahu": the verb’s "with", not the war’s.
  [
    'Since October he has sniped with Israeli Prime Minister Benjamin Netanyahu over Israel’s devastating war against the Palestinian militant group Hamas in Gaza.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hamas @null'],
  ],
]);

eventTable(
  'findEvents: criticism of an attack "of X", "an Israeli missile attack", "Lebanon-based", and a possessor’s allies',
  [
    [
      'The Iranian Foreign Ministry spokesman Nasser Kanaani has condemned an Israeli missile attack on Syria’s capital Damascus.',
      [
        'CRITICISM SOURCE:nasser-kanaani TARGET:israel @2025-03-04',
        'CONFLICT PARTICIPANT:israel PARTICIPANT:syria @null',
      ],
    ],
    [
      'The Russian Foreign Ministry said that Moscow strongly condemns the missile attacks of Israel on Syria.',
      ['CRITICISM SOURCE:russia TARGET:israel @2025-03-04'],
    ],
    [
      'On October 1, Iran launched at least 180 ballistic missiles toward Israel in retaliation for the assassination of the leaders of its allies Hamas and Lebanon-based Hezbollah.',
      [
        'CONFLICT PARTICIPANT:iran PARTICIPANT:israel @2024-10-01',
        'ALLIANCE PARTICIPANT:iran PARTICIPANT:hamas @null',
        'ALLIANCE PARTICIPANT:iran PARTICIPANT:hezbollah @null',
      ],
    ],
    // Weapons launched at a target; a state's places are the state's.
    ['Hamas fired rockets at Israel on Saturday.', ['CONFLICT PARTICIPANT:hamas PARTICIPANT:israel @2025-03-01']],
    [
      'Russia launched drones and missiles at Ukrainian cities overnight.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
    ],
  ],
);

eventTable(
  'findEvents: a pronoun that stands for an actor, or another verb’s object, is no subject of the group before it',
  [
    [
      'President Joe Biden declared that the world is safer when the U.S. and Kenya work together as he officially welcomed the leader of the East African nation, William Ruto, to the White House on Thursday.',
      [
        'COOPERATION PARTICIPANT:united-states PARTICIPANT:kenya @2025-02-27',
        'MEETING PARTICIPANT:joe-biden PARTICIPANT:william-ruto @2025-02-27',
      ],
    ],
    [
      'Ukrainian President Volodymyr Zelensky says he has had a call with French President Emmanuel Macron.',
      ['CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-03-04'],
    ],
    // Nor is the object of another verb.
    [
      'US President Joe Biden thanked Kenyan President William Ruto for the move and National Security Advisor Jake Sullivan told Kenyan Foreign Minister Musalia Mudavadi about it on Wednesday.',
      ['STATEMENT SOURCE:jake-sullivan TARGET:musalia-mudavadi @2025-02-26'],
    ],
    // (But a verb of saying opens a clause whose subject follows it.)
    [
      'Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04 [Moscow]'],
    ],
  ],
);

eventTable('findEvents: a state that takes part through its own person is no side of its own', [
  [
    '“At the initiative of the Armenian side, Russian President Vladimir Putin held a telephone conversation with the prime minister of the Republic of Armenia, Nikol Pashinyan,” the Kremlin said.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:nikol-pashinyan @2025-03-04'],
  ],
  [
    'At the request of Iran, Russian President Vladimir Putin spoke by phone with Iranian President Masoud Pezeshkian.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:masoud-pezeshkian @2025-03-04'],
  ],
]);

eventTable('findEvents: "called" that names its object does not phone it, nor anyone after "with"', [
  [
    'Brazilian President Luiz Inacio Lula da Silva called Israel’s war with Hamas terrorists in the Palestinian territory “genocide.”',
    [
      'CRITICISM SOURCE:luiz-inacio-lula-da-silva TARGET:israel @2025-03-04',
      'CONFLICT PARTICIPANT:israel PARTICIPANT:hamas @null',
    ],
  ],
  [
    'Brazilian President Luiz Inacio Lula da Silva called Israel’s Prime Minister Benjamin Netanyahu on Monday.',
    ['CALL PARTICIPANT:luiz-inacio-lula-da-silva PARTICIPANT:benjamin-netanyahu @2025-03-03'],
  ],
]);

eventTable('findEvents: summoned envoys, "persona non grata", and quoted words inside an event’s phrase', [
  [
    'Israeli Foreign Minister Israel Katz summoned Brazil’s ambassador Frederico Meyer for a meeting Monday at the Yad Vashem memorial in Jerusalem.',
    ['MEETING PARTICIPANT:israel-katz PARTICIPANT:frederico-meyer @2025-03-03 [Jerusalem]'],
  ],
  [
    'The Brazilian foreign ministry then said it had also summoned the Israeli ambassador to Brazil, Daniel Zonshine, for a meeting later that same day.',
    ['MEETING PARTICIPANT:brazil PARTICIPANT:daniel-zonshine @2025-03-04'],
  ],
  // (An envoy summoned but not named is no one met.)
  ['China summoned the Japanese ambassador on Tuesday.', []],
  [
    'Israel has declared Brazilian President Luiz Inacio Lula da Silva “persona non grata” for his remarks.',
    ['CRITICISM SOURCE:israel TARGET:luiz-inacio-lula-da-silva @2025-03-04'],
  ],
  [
    'According to a diplomatic source, Brazilian Foreign Minister Mauro Vieira and Israeli Ambassador Daniel Zonshine had a “harsh, but appropriate” conversation in Brasilia.',
    ['MEETING PARTICIPANT:mauro-vieira PARTICIPANT:daniel-zonshine @2025-03-04 [Brasilia]'],
  ],
  [
    'Iranian President Masoud Pezeshkian and Russian President Vladimir Putin held a “very productive” phone call.',
    ['CALL PARTICIPANT:masoud-pezeshkian PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
]);

eventTable('findEvents: the passive of "met", efforts to mediate, and a statement that reports', [
  [
    'Kuwaiti Emir Sheikh Sabah Al Ahmad Al Sabah flew to Qatar on Wednesday night and was met at the airport by Qatar’s emir, Sheikh Tamim bin Hamad Al Thani.',
    ['MEETING PARTICIPANT:sabah-al-ahmad-al-jaber-al-sabah PARTICIPANT:tamim-bin-hamad-al-thani @2025-02-26'],
  ],
  [
    'Kuwait has stepped up its efforts to mediate between Qatar and Saudi Arabia.',
    ['MEDIATION MEDIATOR:kuwait PARTY:qatar PARTY:saudi-arabia @2025-03-04'],
  ],
  // (What the efforts aim at has not happened.)
  [
    'Egypt stepped up efforts to broker a ceasefire between Israel and Hamas.',
    ['MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-03-04'],
  ],
  [
    'In his second intervention in as many days, US President Donald Trump urged action against terrorism, a White House statement said.',
    [],
  ],
]);

eventTable('findEvents: "both countries" after a mediation are its sides, not its mediators', [
  [
    'Pakistan and Afghanistan have agreed to a ceasefire. The deal was brokered during negotiations mediated by Qatar and Turkey in Doha. “Both countries agreed to meet again,” the ministry said.',
    [
      'AGREEMENT PARTICIPANT:pakistan PARTICIPANT:afghanistan @2025-03-04',
      'MEDIATION MEDIATOR:qatar PARTY:pakistan PARTY:afghanistan @null',
      'MEDIATION MEDIATOR:turkey PARTY:pakistan PARTY:afghanistan @null',
    ],
  ],
]);

eventTable('findEvents: a state’s forces act as the state, and strike "inside" another', [
  [
    'Pakistan’s Air Force launched strikes inside Afghanistan’s eastern Paktika province on Friday.',
    ['CONFLICT PARTICIPANT:pakistan PARTICIPANT:afghanistan @2025-02-28'],
  ],
  [
    'Russia’s military launched missile strikes on Ukraine on Friday.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28'],
  ],
]);

eventTable(
  'findEvents: "crossed a red line", "genocide", triggers inside a long span, and leaders who ally their states',
  [
    [
      'Israeli Prime Minister Benjamin Netanyahu said Brazilian President Luiz Inacio Lula da Silva had “crossed a red line.”',
      ['CRITICISM SOURCE:benjamin-netanyahu TARGET:luiz-inacio-lula-da-silva @2025-03-04'],
    ],
    [
      'South African President Cyril Ramaphosa said Israel’s campaign in Gaza was genocide.',
      ['CRITICISM SOURCE:cyril-ramaphosa TARGET:israel @2025-03-04'],
    ],
    // (A red line drawn for the future is a warning, not criticism of anyone.)
    ['US President Joe Biden warned that any attack would cross a red line for Washington.', []],
    [
      'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a new strategic partnership agreement in Pyongyang.',
      [
        'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @2025-03-04 [Pyongyang]',
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @2025-03-04 [Pyongyang]',
        'ALLIANCE PARTICIPANT:russia PARTICIPANT:north-korea @2025-03-04 [Pyongyang]',
      ],
    ],
  ],
);

eventTable('findEvents: working together, partnering and joint drills are cooperation', [
  [
    'China and Russia held joint naval drills in the Sea of Japan on Monday.',
    ['COOPERATION PARTICIPANT:china PARTICIPANT:russia @2025-03-03'],
  ],
  [
    'Japan held joint exercises with the Philippines on Friday.',
    ['COOPERATION PARTICIPANT:japan PARTICIPANT:philippines @2025-02-28'],
  ],
  [
    'The world is safer when the U.S. and Kenya work together.',
    ['COOPERATION PARTICIPANT:united-states PARTICIPANT:kenya @null'],
  ],
  ['India has partnered with France on the jet engine.', ['COOPERATION PARTICIPANT:india PARTICIPANT:france @null']],
  // (Working on something is no cooperation.)
  ['India worked on the jet engine with France.', []],
]);

eventTable('findEvents: a counterpart in apposition, and "the ministers" when only two were named', [
  [
    'Ukraine’s Minister for Foreign Affairs Dmytro Kuleba held talks with his South African counterpart, Minister of Foreign Affairs Naledi Pandor, on Monday.',
    ['MEETING PARTICIPANT:dmytro-kuleba PARTICIPANT:naledi-pandor @2025-03-03'],
  ],
  [
    'Ukrainian Foreign Minister Dmytro Kuleba met South African Foreign Minister Naledi Pandor on Monday. The foreign ministers signed a memorandum.',
    [
      'MEETING PARTICIPANT:dmytro-kuleba PARTICIPANT:naledi-pandor @2025-03-03',
      'AGREEMENT PARTICIPANT:dmytro-kuleba PARTICIPANT:naledi-pandor @2025-03-03',
    ],
  ],
  // (Three were named: "the leaders" may be any of them.)
  [
    'US President Joe Biden met Chinese President Xi Jinping and Indian Prime Minister Narendra Modi on Monday. The leaders signed a statement.',
    [
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-03',
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:narendra-modi @2025-03-03',
    ],
  ],
]);

eventTable('findEvents: attacks in words are criticism, not war', [
  [
    'Pakistan Prime Minister Imran Khan is engaging in a vitriolic propaganda offensive against India, including a bizarre diatribe on Sunday comparing India to Nazi Germany.',
    ['CRITICISM SOURCE:imran-khan TARGET:india @2025-03-02'],
  ],
  [
    'Russian Foreign Minister Sergei Lavrov launched a verbal attack on NATO.',
    ['CRITICISM SOURCE:sergei-lavrov TARGET:nato @2025-03-04'],
  ],
  [
    'Russia launched an offensive against Ukraine on Friday.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28'],
  ],
]);

eventTable('findEvents: "had spoken with" is a conversation', [
  [
    'WASHINGTON - US President Joe Biden on April 13 condemned Iran’s attacks against Israel and said he had spoken with Israeli Prime Minister Benjamin Netanyahu.',
    [
      'CRITICISM SOURCE:joe-biden TARGET:iran @2024-04-13',
      'CONFLICT PARTICIPANT:iran PARTICIPANT:israel @2024-04-13',
      'CALL PARTICIPANT:joe-biden PARTICIPANT:benjamin-netanyahu @2024-04-13',
    ],
  ],
  [
    'French President Emmanuel Macron has spoken by phone with Russian President Vladimir Putin.',
    ['CALL PARTICIPANT:emmanuel-macron PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
]);

eventTable(
  'findEvents: allies who act are no alliance, severed ties are sanctions, and a passive’s object comes after "by"',
  [
    [
      'Before the gathering, Kuwait announced that Saudi Arabia, which along with allies boycotted Doha in mid-2017, would reopen its airspace.',
      ['SANCTION SOURCE:saudi-arabia TARGET:qatar @2017'],
    ],
    ['Saudi Arabia and its allies boycotted Qatar in 2017.', ['SANCTION SOURCE:saudi-arabia TARGET:qatar @2017']],
    ['Russia and its ally Belarus held drills.', ['ALLIANCE PARTICIPANT:russia PARTICIPANT:belarus @null']],
    [
      'Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic, trade and travel ties with Qatar over allegations Doha supports terrorism.',
      ['SANCTION SOURCE:saudi-arabia SOURCE:united-arab-emirates SOURCE:bahrain SOURCE:egypt TARGET:qatar @null'],
    ],
    [
      'Qatar’s Emir Sheikh Tamim bin Hamad al-Thani was met in the historic city of al-Ula by de facto Saudi ruler Crown Prince Mohammed bin Salman.',
      ['MEETING PARTICIPANT:tamim-bin-hamad-al-thani PARTICIPANT:mohammed-bin-salman @2025-03-04'],
    ],
  ],
);

eventTable(
  'findEvents: talks a journey is for are the traveller’s, and a visit is the meeting with the state’s own person',
  [
    [
      'Iranian Foreign Minister Abbas Araghchi flew to Muscat on Saturday for talks with US envoy Steve Witkoff.',
      ['MEETING PARTICIPANT:abbas-araghchi PARTICIPANT:steve-witkoff @2025-03-01'],
    ],
    [
      'Indian Prime Minister Narendra Modi visited Moscow for talks with Russian President Vladimir Putin on Monday.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:vladimir-putin @2025-03-03'],
    ],
    [
      'Indian Prime Minister Narendra Modi visited Ukraine, where he met Ukrainian President Volodymyr Zelensky.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:volodymyr-zelensky @2025-03-04'],
    ],
    // (A visit to another state than the person's stays a visit.)
    [
      'Indian Prime Minister Narendra Modi visited Poland, where he met Ukrainian President Volodymyr Zelensky.',
      [
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:poland @2025-03-04',
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:volodymyr-zelensky @2025-03-04',
      ],
    ],
  ],
);

eventTable('findEvents: the person a possessor’s title names is the one met', [
  [
    'Papal envoy Cardinal Matteo Zuppi met one of President Vladimir Putin’s advisers, Yuri Ushakov, in Moscow on Wednesday.',
    ['MEETING PARTICIPANT:matteo-zuppi PARTICIPANT:yuri-ushakov @2025-02-26 [Moscow]'],
  ],
  // (An ", and" with no verb after it adds to a list: the date and place at its end are the sentence's.)
  [
    'Papal envoy Cardinal Matteo Zuppi met one of President Vladimir Putin’s advisers, Yuri Ushakov, and the head of the Russian Orthodox Church, Patriarch Kirill, in Moscow on Wednesday.',
    [
      'MEETING PARTICIPANT:matteo-zuppi PARTICIPANT:yuri-ushakov @2025-02-26 [Moscow]',
      'MEETING PARTICIPANT:matteo-zuppi PARTICIPANT:kirill @2025-02-26 [Moscow]',
    ],
  ],
]);

eventTable('findEvents: what one is told follows the verb at once', [
  [
    'White House National Security Advisor Jake Sullivan on Wednesday told reporters the U.S. is firmly committed to supporting it.',
    [],
  ],
  [
    'US President Joe Biden told Israeli Prime Minister Benjamin Netanyahu that the US would not join.',
    ['STATEMENT SOURCE:joe-biden TARGET:benjamin-netanyahu @2025-03-04'],
  ],
]);

eventTable('findEvents: a verb’s object comes before another verb or clause', [
  ['Polish Prime Minister Mateusz Morawiecki visited the border before turning his sights on Russia.', []],
  ['Polish Prime Minister Mateusz Morawiecki said that the “attack” threatens to destabilize the EU.', []],
  ['The EU criticized the decision to sanction Iran.', []],
  [
    'Polish Prime Minister Mateusz Morawiecki visited Kyiv on Monday.',
    ['MEETING PARTICIPANT:mateusz-morawiecki PARTICIPANT:ukraine @2025-03-03'],
  ],
]);

eventTable('findEvents: supplies counted out at length', [
  [
    'North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia on Friday.',
    ['SUPPLY SOURCE:north-korea TARGET:russia @2025-02-28'],
  ],
  [
    'North Korea has provided Russia with more than 1,000 containers of military equipment and munitions.',
    ['SUPPLY SOURCE:north-korea TARGET:russia @2025-03-04'],
  ],
]);

eventTable('findEvents: protests lodged, stand-offs, and coordinated adjectives of a group', [
  ['China lodged a strong protest with Japan on Monday.', ['CRITICISM SOURCE:china TARGET:japan @2025-03-03']],
  ['The students staged a protest against France.', []],
  [
    'Indian and Chinese troops have been locked in a military stand-off in eastern Ladakh since May.',
    ['CONFLICT PARTICIPANT:india PARTICIPANT:china @2024-05'],
  ],
  [
    'Indian Army and the Chinese People’s Liberation Army (PLA) are engaged in a military stand-off in eastern Ladakh.',
    ['CONFLICT PARTICIPANT:india PARTICIPANT:china @null'],
  ],
  [
    'A Qatari official said Ukrainian and Russian officials had co-operated to ensure the safe return of the children.',
    ['COOPERATION PARTICIPANT:ukraine PARTICIPANT:russia @null'],
  ],
]);

eventTable('findEvents: a government named by its leader, and an event months before its clause', [
  [
    'Prime Minister Narendra Modi spoke with his counterpart in Kathmandu, K P Sharma Oli, on Saturday. The call came almost three months after the Oli Government lodged a protest with India.',
    [
      'CALL PARTICIPANT:narendra-modi PARTICIPANT:khadga-prasad-sharma-oli @2025-03-01',
      'CRITICISM SOURCE:nepal TARGET:india @null',
    ],
  ],
]);

eventTable('findEvents: an ", and" inside a list opens no clause, and a date before another noun is that noun’s', [
  [
    'Egypt, Ethiopia and Sudan held talks in Kinshasa on Monday. Sudan has been pushing for an international quartet made up of the AU, the United Nations (UN), the European Union (EU), and the US, to mediate and break the deadlock, due to what it described as the “ineffectiveness” of last year’s negotiations under the AU.',
    ['NEGOTIATION PARTICIPANT:egypt PARTICIPANT:ethiopia PARTICIPANT:sudan @2025-03-03 [Kinshasa]'],
  ],
  [
    'Iranian Foreign Minister Abbas Araghchi, an architect of the 2015 accord, held talks with US envoy Steve Witkoff.',
    ['MEETING PARTICIPANT:abbas-araghchi PARTICIPANT:steve-witkoff @null'],
  ],
  [
    'Israel has waged a deadly military offensive on Gaza since an October 7 cross-border attack by Hamas.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hamas @2024-10-07'],
  ],
]);

eventTable(
  'findEvents: a state’s vessels act for it, water cannon is force, and a dateline is no actor nor date of the news',
  [
    [
      'Chinese Coast Guard vessels fired water cannon on Philippine boats on Tuesday.',
      ['CONFLICT PARTICIPANT:china PARTICIPANT:philippines @2025-03-04'],
    ],
    [
      'Metro Manila (CNN Philippines, November 18) — Three Chinese Coast Guard vessels blocked and fired water cannon on two Philippine boats in Ayungin Shoal on Nov. 16, officials said on Thursday.',
      ['CONFLICT PARTICIPANT:china PARTICIPANT:philippines @2024-11-16'],
    ],
    // (A hyphen is no dateline's dash.)
    [
      'Polish President Andrzej Duda praised Lithuanian President Gitanas Nauseda. The Duda-Nauseda meeting focused on Ukraine.',
      ['MEETING PARTICIPANT:andrzej-duda PARTICIPANT:gitanas-nauseda @null'],
    ],
  ],
);

eventTable(
  'findEvents: "Leader of Taliban delegation X", "the Gulf country", and "the two sides" of the latest event',
  [
    // (The honorific "Mullah" is dropped from the name after the title too, as after any other title: the id is the
    // one "Mullah Abdul Ghani Baradar" gets everywhere.)
    [
      'The deal was signed by US special envoy Zalmay Khalilzad and Leader of Taliban delegation Mullah Abdul Ghani Baradar in Doha.',
      [
        'AGREEMENT PARTICIPANT:zalmay-khalilzad PARTICIPANT:abdul-ghani-baradar @2025-03-04 [Doha]',
        'MEETING PARTICIPANT:zalmay-khalilzad PARTICIPANT:abdul-ghani-baradar @2025-03-04 [Doha]',
      ],
    ],
    [
      'Representatives of the Sudanese government and the Justice and Equality Movement (JEM) on Saturday signed a peace agreement in Doha. Sudanese Vice President Ali Osman Mohamed Taha attended the signing ceremony in Qatar. The Gulf country mediated the three months of negotiation between the two sides.',
      [
        'AGREEMENT PARTICIPANT:sudan PARTICIPANT:justice-and-equality-movement @2025-03-01 [Doha]',
        'MEDIATION MEDIATOR:qatar PARTY:sudan PARTY:justice-and-equality-movement @2025-03-01',
        'NEGOTIATION PARTICIPANT:sudan PARTICIPANT:justice-and-equality-movement @2025-03-01',
      ],
    ],
    // "the People’s Republic of China" is China; received at a place by someone.
    [
      'President of the People’s Republic of China, Xi Jinping, has arrived in Kathmandu for his two-day state visit to Nepal. He has been received at Tribhuvan International Airport by President Bidya Devi Bhandari.',
      [
        'MEETING PARTICIPANT:xi-jinping PARTICIPANT:nepal @2025-03-04 [Kathmandu]',
        // (The gazetteer ends her presidency on 13 March 2023, before the table's date of 2025-03-04: a meeting with
        // "President" Bhandari then cannot be dated by it.)
        'MEETING PARTICIPANT:xi-jinping PARTICIPANT:bidya-devi-bhandari @null',
      ],
    ],
  ],
);

eventTable('findEvents: a hedging adjective hedges its own noun, never a verb', [
  [
    'French President Emmanuel Macron, praising future cooperation, hosted Australian Prime Minister Scott Morrison in June.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:scott-morrison @2024-06'],
  ],
  // [guard: the adjective still hedges its own noun]
  ['French President Emmanuel Macron proposed a future summit with Australian Prime Minister Scott Morrison.', []],
]);

eventTable('findEvents: "when hosting X", "while meeting X": the clause subject meets X', [
  [
    'French President Emmanuel Macron lauded future cooperation when hosting Australian Prime Minister Scott Morrison in June.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:scott-morrison @2024-06'],
  ],
  [
    'Kenyan President William Ruto praised trade ties while meeting Tanzanian President John Magufuli in Dodoma.',
    ['MEETING PARTICIPANT:william-ruto PARTICIPANT:john-magufuli @2025-03-04 [Dodoma]'],
  ],
]);

eventTable('findEvents: the one thanked "for mediating" mediates, for the side of the one who thanks', [
  [
    'Palestinian President Mahmoud Abbas thanked Egypt for mediating the reconciliation talks.',
    ['MEDIATION MEDIATOR:egypt PARTY:palestine @2025-03-04'],
  ],
  [
    'Israeli Prime Minister Benjamin Netanyahu thanked US President Joe Biden for his tireless efforts to help broker this deal.',
    ['MEDIATION MEDIATOR:joe-biden PARTY:israel @2025-03-04'],
  ],
  // "his" is the one thanked, not the one who thanks; the sides named are the parties.
  [
    'Somali President Hassan Sheikh Mohamud thanked Turkish President Recep Tayyip Erdogan for his mediation between Somalia and Ethiopia.',
    ['MEDIATION MEDIATOR:recep-tayyip-erdogan PARTY:somalia PARTY:ethiopia @2025-03-04'],
  ],
  // [guard: thanks for anything else are no mediation]
  ['Palestinian President Mahmoud Abbas thanked Egypt for its hospitality.', []],
]);

eventTable('findEvents: "a phone talk", "a telephonic conversation" are calls', [
  [
    'Iranian Foreign Minister Hossein Amirabdollahian held a phone talk with Turkmenistan Deputy Prime Minister Rashid Meredov on Monday.',
    ['CALL PARTICIPANT:hossein-amirabdollahian PARTICIPANT:rashid-meredov @2025-03-03'],
  ],
  [
    'Pakistani Foreign Minister Ishaq Dar had a telephonic talk with US Secretary of State Marco Rubio on Monday.',
    ['CALL PARTICIPANT:ishaq-dar PARTICIPANT:marco-rubio @2025-03-03'],
  ],
]);

eventTable('findEvents: a conversation "in a telephone call" or "during their phone conversation" is a call', [
  [
    'Pakistani Foreign Minister Ishaq Dar discussed bilateral relations with his Turkish counterpart Hakan Fidan in a telephone call on Wednesday.',
    ['CALL PARTICIPANT:ishaq-dar PARTICIPANT:hakan-fidan @2025-02-26'],
  ],
  // [guard: a call by its own noun either way]
  [
    'Pakistani Foreign Minister Ishaq Dar talked with Turkish Foreign Minister Hakan Fidan about trade during a phone conversation.',
    ['CALL PARTICIPANT:ishaq-dar PARTICIPANT:hakan-fidan @2025-03-04'],
  ],
  // [guard: face to face when no phone is named]
  [
    'Pakistani Foreign Minister Ishaq Dar discussed bilateral relations with his Turkish counterpart Hakan Fidan in Ankara on Wednesday.',
    ['MEETING PARTICIPANT:ishaq-dar PARTICIPANT:hakan-fidan @2025-02-26 [Ankara]'],
  ],
]);

eventTable('findEvents: a call received "today from X" or "on Thursday from X" is with X', [
  [
    'Saudi Foreign Minister Faisal bin Farhan received a phone call today from US Secretary of State Mike Pompeo.',
    ['CALL PARTICIPANT:faisal-bin-farhan-al-saud PARTICIPANT:mike-pompeo @2025-03-04'],
  ],
  [
    'Saudi Foreign Minister Faisal bin Farhan received a phone call on Thursday from US Secretary of State Mike Pompeo.',
    ['CALL PARTICIPANT:faisal-bin-farhan-al-saud PARTICIPANT:mike-pompeo @2025-02-27'],
  ],
  // [guard: "from" after another noun is not the caller]
  [
    'Saudi Foreign Minister Faisal bin Farhan discussed in a phone call on Ukraine the aid from US Secretary of State Mike Pompeo.',
    [],
  ],
]);

eventTable('findEvents: expelling or recalling envoys sanctions their state or the host state', [
  [
    'On Monday, the Moldovan Foreign Ministry expelled five Russian diplomats without explaining the reason.',
    ['SANCTION SOURCE:moldova TARGET:russia @2025-03-03'],
  ],
  [
    'France recalled its ambassadors to the United States and Australia on Friday.',
    ['SANCTION SOURCE:france TARGET:united-states @2025-02-28', 'SANCTION SOURCE:france TARGET:australia @2025-02-28'],
  ],
  [
    'Britain’s expulsion of a Russian diplomat was unfriendly, the Russian Foreign Ministry said.',
    ['SANCTION SOURCE:united-kingdom TARGET:russia @null'],
  ],
  // [guard: "recalled that" remembers, and expelled envoys of no named state are no sanction]
  ['The United States recalled that Russia had expelled diplomats before.', []],
]);

eventTable('findEvents: one missile, rocket or drone fired at a state is force too', [
  [
    'The Houthis fired a ballistic missile at Israel on Saturday.',
    ['CONFLICT PARTICIPANT:houthis PARTICIPANT:israel @2025-03-01'],
  ],
  [
    'Hezbollah launched a drone toward northern Israel on Sunday.',
    ['CONFLICT PARTICIPANT:hezbollah PARTICIPANT:israel @2025-03-02'],
  ],
]);

eventTable('findEvents: strikes "carried out" are the subject’s', [
  [
    'Israel carried out airstrikes on Hezbollah in southern Lebanon on Sunday.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-03-02'],
  ],
]);

eventTable('findEvents: forces that "exchanged fire" or "traded fire" are in conflict', [
  [
    'Thai and Cambodian troops exchanged fire near the disputed border on Thursday.',
    ['CONFLICT PARTICIPANT:thailand PARTICIPANT:cambodia @2025-02-27'],
  ],
  [
    'Indian and Pakistani forces traded fire across the Line of Control.',
    ['CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @null'],
  ],
  // [guard: views exchanged are no fire]
  // (No fire traded: the two states' diplomats talked, a meeting, not a conflict.)
  [
    'Thai and Cambodian diplomats exchanged views on the border.',
    ['MEETING PARTICIPANT:thailand PARTICIPANT:cambodia @2025-03-04'],
  ],
]);

eventTable('findEvents: "clashes broke out between X and Y": a verb of the noun’s happening keeps its "between"', [
  [
    'Clashes broke out between Armenia and Azerbaijan along the border on Tuesday.',
    ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-04'],
  ],
  [
    'Heavy fighting erupted between Armenian and Azerbaijani troops in September.',
    ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2024-09'],
  ],
]);

eventTable('findEvents: an actor "struck" at once, and retaliation "against" an actor, are force', [
  ['Israel struck Iran on Friday.', ['CONFLICT PARTICIPANT:israel PARTICIPANT:iran @2025-02-28']],
  [
    'Iran retaliated against Israel with a barrage of missiles.',
    ['CONFLICT PARTICIPANT:iran PARTICIPANT:israel @null'],
  ],
  // [guard: a deal struck is an agreement]
  ['Israel struck a deal with Iran on Friday.', ['AGREEMENT PARTICIPANT:israel PARTICIPANT:iran @2025-02-28']],
]);

eventTable('findEvents: "Israeli warplanes launched airstrikes" (plural nouns compromise reads as verbs)', [
  [
    'Israeli warplanes launched airstrikes on Islamic Jihad targets in Gaza on Friday.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:palestinian-islamic-jihad @2025-02-28'],
  ],
]);

eventTable('findEvents: an officeholder the article does not name acts for the state', [
  [
    'North Korea’s foreign minister warned the United States on Tuesday that it would pay a terrifying price.',
    ['THREAT SOURCE:north-korea TARGET:united-states @2025-03-04'],
  ],
]);

eventTable('findEvents: a deadline ("by the end of February", "until June") does not date what was agreed', [
  [
    'Ethiopia and Somalia agreed to begin technical negotiations by the end of February.',
    ['AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somalia @null'],
  ],
  // [guard: the day it was signed still dates it]
  [
    'Ethiopia and Somalia signed a deal on Monday to hold elections by March 5.',
    ['AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somalia @2025-03-03'],
  ],
]);

eventTable('findEvents: "agreed on Monday to hold talks": what is agreed is ahead, past a time phrase', [
  [
    'Ethiopia and Somalia agreed on Monday to hold negotiations by March 5.',
    ['AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somalia @2025-03-03'],
  ],
  [
    'Ethiopia and Somalia agreed last week to reopen their embassies.',
    ['AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somalia @2025'],
  ],
]);

eventTable('findEvents: demands made of an actor, protests to it, and opposition to its moves', [
  [
    'The European Union called on Russia to immediately withdraw its troops.',
    ['STATEMENT SOURCE:european-union TARGET:russia @2025-03-04'],
  ],
  [
    'India strongly protested to China over the renaming of places in Arunachal Pradesh.',
    ['CRITICISM SOURCE:india TARGET:china @2025-03-04'],
  ],
  [
    'Beijing lodged stern representations with Tokyo over the remarks.',
    ['CRITICISM SOURCE:china TARGET:japan @2025-03-04'],
  ],
  ['China firmly opposed the US move on Tuesday.', ['CRITICISM SOURCE:china TARGET:united-states @2025-03-04']],
  // [guard: "opposed to" and a call "on" a day are neither]
  ['China is opposed to the plan.', []],
  [
    'Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan on Tuesday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-04'],
  ],
]);

eventTable(
  'findEvents: "lashed out at Israel": a state right after the preposition a trigger ends with is its object, not a place',
  [
    [
      'Turkish President Recep Tayyip Erdogan lashed out at Israel on Wednesday.',
      ['CRITICISM SOURCE:recep-tayyip-erdogan TARGET:israel @2025-02-26'],
    ],
    // [guard: a place after another preposition is still where]
    [
      'Turkish President Recep Tayyip Erdogan protested to Israel in Ankara on Wednesday.',
      ['CRITICISM SOURCE:recep-tayyip-erdogan TARGET:israel @2025-02-26'],
    ],
  ],
);

eventTable(
  'findEvents: "threatened to strike X", "vowed to retaliate against X": threats to the one the force would reach',
  [
    [
      'North Korea threatened to strike the United States with nuclear weapons.',
      ['THREAT SOURCE:north-korea TARGET:united-states @2025-03-04'],
    ],
    [
      'The Houthis threatened to target Israeli ships in the Red Sea.',
      ['THREAT SOURCE:houthis TARGET:israel @2025-03-04'],
    ],
    [
      'Russia vowed to retaliate against Finland for joining NATO.',
      ['THREAT SOURCE:russia TARGET:finland @2025-03-04'],
    ],
    // [guard: a vow of support threatens no one; nor does the one "saying" that a thing threatens]
    ['Russia vowed to support Iran.', []],
    [
      'Polish Prime Minister Mateusz Morawiecki accused Belarus on Tuesday, saying that the attack threatens to destabilize the EU.',
      ['CRITICISM SOURCE:mateusz-morawiecki TARGET:belarus @2025-03-04'],
    ],
  ],
);

describe('findEvents: the rule each event records', () => {
  const rulesOf = (body: string) => extract(articleOf(body, '2025-03-04')).events.map((e) => `${e.type} ${e.rule}`);
  it.each<[string, string[]]>([
    [
      'Russian Foreign Minister Sergei Lavrov later briefed Iran’s Foreign Minister Abbas Araghchi on the talks.',
      ['BRIEFING briefing-briefed-verb'],
    ],
    // An event another implies records the implying rule, and how.
    [
      'Qatar negotiated a ceasefire between Israel and Hamas.',
      ['MEDIATION negotiation-negotiate-verb', 'AGREEMENT negotiation-negotiate-verb+implied'],
    ],
    [
      'Putin and Kim signed a mutual defence pact in Pyongyang.',
      [
        'AGREEMENT agreement-signed-deal',
        'MEETING agreement-signed-deal+signed-together',
        'ALLIANCE agreement-signed-deal+implied',
      ],
    ],
  ])('%s', (text, expected) => expect(rulesOf(text)).toEqual(expected));
});

describe('pairPhrases: the phrases that refer to two actors named before', () => {
  const phrasesOf = (text: string) =>
    splitSentences(text).flatMap((s) =>
      pairPhrases(s.tokens).map((p) =>
        [
          s.tokens
            .slice(p.start, p.end)
            .map((t) => t.norm)
            .join(' '),
          ...(p.person ? ['(persons)'] : []),
          ...(p.onlyTwo ? ['(only two)'] : []),
        ].join(' '),
      ),
    );
  it.each<[string, string[]]>([
    ['The two leaders discussed trade.', ['the two leaders (persons)']],
    ['Both countries agreed to talks.', ['both countries']],
    ['The foreign ministers signed a memorandum.', ['the foreign ministers (persons) (only two)']],
    ['The mediator met the sides.', ['the sides']],
    ['During their meeting in Egypt, they spoke.', ['their (persons)']],
    ['The pair met in Paris.', ['the pair (persons)']],
    // A possessive names the leaders of the two countries: no phrase for the countries.
    ["The two countries' leaders met.", []],
  ])('%s', (text, expected) => expect(phrasesOf(text)).toEqual(expected));
});

// Issue 20, participants from structure: each mechanism with real news phrasing that must fire, and rows that must not.
eventTable('findEvents: a coordinated list after "with" takes part, commas and all', [
  [
    'French President Emmanuel Macron had a phone conversation on Saturday with U.S. President Donald Trump, German Chancellor Friedrich Merz and British Prime Minister Keir Starmer.',
    [
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:donald-trump @2025-03-01',
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:friedrich-merz @2025-03-01',
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:keir-starmer @2025-03-01',
    ],
  ],
  [
    'President Joe Biden talked by phone with French President Emmanuel Macron, German Chancellor Olaf Scholz, Italian Prime Minister Mario Draghi and UK Prime Minister Boris Johnson on Monday.',
    [
      'CALL PARTICIPANT:joe-biden PARTICIPANT:emmanuel-macron @2025-03-03',
      'CALL PARTICIPANT:joe-biden PARTICIPANT:olaf-scholz @2025-03-03',
      'CALL PARTICIPANT:joe-biden PARTICIPANT:mario-draghi @2025-03-03',
      'CALL PARTICIPANT:joe-biden PARTICIPANT:boris-johnson @2025-03-03',
    ],
  ],
  // A comma that no "and" closes ends the phrase: the speaker is no partner.
  [
    'Russian President Vladimir Putin held a phone call with Indian Prime Minister Narendra Modi, the Kremlin said on Monday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-03'],
  ],
]);

eventTable('findEvents: a host of talks "with" others takes part; a host of talks "between" others mediates', [
  [
    'President Joe Biden hosted a quadrilateral meeting on Saturday with Japanese Prime Minister Fumio Kishida, Prime Minister Narendra Modi, and Australian Prime Minister Anthony Albanese.',
    [
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:fumio-kishida @2025-03-01',
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:narendra-modi @2025-03-01',
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:anthony-albanese @2025-03-01',
    ],
  ],
  ['Qatar hosted talks with Hamas on Monday.', ['MEETING PARTICIPANT:qatar PARTICIPANT:hamas @2025-03-03']],
  [
    'Egypt hosted talks between Israel and Hamas on Monday.',
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-03-03',
      'NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-03',
    ],
  ],
]);

eventTable('findEvents: every coordinated agent and target of a directed event (one event per target)', [
  [
    'Sanctions were imposed on Russia by the United States, the European Union and Japan.',
    ['SANCTION SOURCE:united-states SOURCE:european-union SOURCE:japan TARGET:russia @null'],
  ],
  [
    'Iranian Foreign Ministry spokesman Nasser Kanaani on Wednesday strongly condemned the recent sanctions imposed by the European Union and Britain on Iran.',
    [
      'CRITICISM SOURCE:nasser-kanaani TARGET:european-union @2025-02-26',
      'CRITICISM SOURCE:nasser-kanaani TARGET:united-kingdom @2025-02-26',
      'SANCTION SOURCE:european-union SOURCE:united-kingdom TARGET:iran @2025-02-26',
    ],
  ],
  [
    'The new sanctions, announced by Britain and Canada, target Iran.',
    ['SANCTION SOURCE:united-kingdom SOURCE:canada TARGET:iran @null'],
  ],
  [
    'The United States and Britain criticised Russia and Iran on Monday.',
    [
      'CRITICISM SOURCE:united-states SOURCE:united-kingdom TARGET:russia @2025-03-03',
      'CRITICISM SOURCE:united-states SOURCE:united-kingdom TARGET:iran @2025-03-03',
    ],
  ],
  [
    'Russia was criticized by France, Germany and Britain.',
    ['CRITICISM SOURCE:france SOURCE:germany SOURCE:united-kingdom TARGET:russia @2025-03-04'],
  ],
  // Who is condemned is no agent; what is condemned, no actor.
  ['The strikes were condemned by Russia, China and Iran.', []],
  ['Russia, China and Iran condemned the strikes.', []],
]);

eventTable('findEvents: a plural noun followed by "including" opens the list of those who take part', [
  [
    'Chinese President Xi Jinping met leaders including Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:cyril-ramaphosa @2025-03-04',
    ],
  ],
  [
    'Turkish President Recep Tayyip Erdogan spoke with several leaders, including Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.',
    [
      'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-04',
      'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2025-03-04',
    ],
  ],
  [
    'Chinese President Xi Jinping met several leaders, among them Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:cyril-ramaphosa @2025-03-04',
    ],
  ],
  [
    'Chinese President Xi Jinping met several leaders, notably Brazilian President Luiz Inacio Lula da Silva.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04'],
  ],
  // Not a list of the verb's object: "including" after another phrase, or what follows it is no actor.
  ['Chinese President Xi Jinping met business leaders on Monday, including executives from Germany.', []],
  ['Russia condemned the sanctions, including those imposed last year.', []],
]);

eventTable("findEvents: a state's ministry or embassy speaks for the state", [
  [
    "China's foreign ministry condemned the sanctions imposed by the United States.",
    ['CRITICISM SOURCE:china TARGET:united-states @2025-03-04'],
  ],
  ['The US embassy criticised the government of Mali.', ['CRITICISM SOURCE:united-states TARGET:mali @2025-03-04']],
  [
    'The Chinese embassy in Washington criticised the United States on Monday.',
    ['CRITICISM SOURCE:china TARGET:united-states @2025-03-03'],
  ],
  // A spokesman named with the ministry's title is the person, who acts for the state.
  [
    "Iran's foreign ministry spokesman Esmaeil Baghaei condemned the US sanctions.",
    ['CRITICISM SOURCE:esmaeil-baghaei TARGET:united-states @2025-03-04'],
  ],
  // What happens to an embassy is no act of its state.
  ['A drone hit the US embassy in Kyiv on Monday.', []],
]);

eventTable('findEvents: list items with their titles, appositions and circumstances', [
  [
    'Chinese Foreign Minister Li Zhaoxing and visiting US Secretary of State Condoleezza Rice held talks in Beijing.',
    ['MEETING PARTICIPANT:li-zhaoxing PARTICIPANT:condoleezza-rice @2025-03-04 [Beijing]'],
  ],
  [
    'French President Emmanuel Macron met outgoing German Chancellor Angela Merkel and incoming Chancellor Olaf Scholz.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:angela-merkel @2025-03-04',
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-04',
    ],
  ],
  [
    'US President Joe Biden met the Indian prime minister, Narendra Modi, and the Japanese prime minister, Fumio Kishida, in Tokyo.',
    [
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:narendra-modi @2025-03-04 [Tokyo]',
      'MEETING PARTICIPANT:joe-biden PARTICIPANT:fumio-kishida @2025-03-04 [Tokyo]',
    ],
  ],
  [
    "Saudi Crown Prince Mohammed bin Salman met Egypt's President Abdel Fattah al-Sisi, Jordan's King Abdullah and Iraqi Prime Minister Mustafa al-Kadhimi.",
    [
      'MEETING PARTICIPANT:mohammed-bin-salman PARTICIPANT:abdel-fattah-el-sisi @2025-03-04',
      'MEETING PARTICIPANT:mohammed-bin-salman PARTICIPANT:abdullah-ii @2025-03-04',
      'MEETING PARTICIPANT:mohammed-bin-salman PARTICIPANT:mustafa-al-kadhimi @2025-03-04',
    ],
  ],
  [
    'Talks between the foreign ministers of Armenia and Azerbaijan took place in Washington.',
    ['MEETING PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-04 [Washington]'],
  ],
  // A verb between two names is no circumstance of the second: two clauses, not one list.
  [
    'Chinese President Xi Jinping met Russian President Vladimir Putin and visited French President Emmanuel Macron in Paris.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @2025-03-04 [Paris]',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:emmanuel-macron @2025-03-04 [Paris]',
    ],
  ],
]);

eventTable("findEvents: the members a group of a state's people is said to include are reached too", [
  [
    'Canada imposed sanctions against forty Venezuelan officials, including President Nicolás Maduro.',
    ['SANCTION SOURCE:canada TARGET:venezuela @null', 'SANCTION SOURCE:canada TARGET:nicolas-maduro @null'],
  ],
  [
    'The United States sanctioned several Russian officials, including Russian Defence Minister Sergei Shoigu.',
    ['SANCTION SOURCE:united-states TARGET:russia @null', 'SANCTION SOURCE:united-states TARGET:sergei-shoigu @null'],
  ],
  // A person is no group: "including" after a person's phrase names no members of it.
  [
    'The United States sanctioned Russian Defence Minister Sergei Shoigu and his deputies, including officials of the army.',
    ['SANCTION SOURCE:united-states TARGET:sergei-shoigu @null'],
  ],
]);

eventTable('findEvents: the subject meets each of its counterparts; coordinated subjects meet each other', [
  // "X met A and B" says X met each of them, not that A and B met: one event per counterpart.
  [
    'Saudi King Salman received both Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed at the Peace Palace in Jeddah on Sunday.',
    [
      'MEETING PARTICIPANT:salman PARTICIPANT:isaias-afwerki @2025-03-02',
      'MEETING PARTICIPANT:salman PARTICIPANT:abiy-ahmed @2025-03-02',
    ],
  ],
  // Coordinated subjects are all sides of one event.
  [
    'Chinese President Xi Jinping, Russian President Vladimir Putin and Brazilian President Luiz Inacio Lula da Silva held talks in Kazan on Tuesday.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04'],
  ],
  // A state named with its own person is that person's side, no counterpart of its own.
  [
    'Russian President Vladimir Putin held a telephone conversation with the prime minister of the Republic of Armenia, Nikol Pashinyan.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:nikol-pashinyan @2025-03-04'],
  ],
]);

eventTable('findEvents: after "and", a person in apposition to a description of his office is the member joined', [
  [
    'Mr Zuppi met one of President Vladimir Putin’s advisers, Yuri Ushakov, and the head of the Russian Orthodox Church, Patriarch Kirill, in Moscow this week.',
    [
      'MEETING PARTICIPANT:zuppi PARTICIPANT:yuri-ushakov @2025-03 [Moscow]',
      'MEETING PARTICIPANT:zuppi PARTICIPANT:kirill @2025-03 [Moscow]',
    ],
  ],
  // ", and" before a verb opens a clause: its subject is no member of the list.
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping, and the head of the presidential administration, Anton Vaino, said the talks went well.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04'],
  ],
]);

eventTable(
  'findEvents: coordinated subjects of force are one side; a relative clause of force has its antecedent as agent',
  [
    [
      'The United States and Britain launched strikes against the Houthis in Yemen on Thursday.',
      [
        'CONFLICT PARTICIPANT:united-states PARTICIPANT:houthis @2025-02-27',
        'CONFLICT PARTICIPANT:united-kingdom PARTICIPANT:houthis @2025-02-27',
      ],
    ],
    [
      'Israel launched airstrikes against the Houthis and Hezbollah on Sunday.',
      [
        'CONFLICT PARTICIPANT:israel PARTICIPANT:houthis @2025-03-02',
        'CONFLICT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-03-02',
      ],
    ],
    // Coordinated subjects of talks are all sides of them.
    [
      'Saudi Arabia and Iran held talks in Beijing on Monday.',
      ['NEGOTIATION PARTICIPANT:saudi-arabia PARTICIPANT:iran @2025-03-03 [Beijing]'],
    ],
    [
      'Russia, which invaded Ukraine in 2022, is a permanent member of the council.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2022'],
    ],
    [
      'Turkey, which hosted talks between Russia and Ukraine in Istanbul, offered to help.',
      [
        'MEDIATION MEDIATOR:turkey PARTY:russia PARTY:ukraine @2025-03-04',
        'NEGOTIATION PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-04',
      ],
    ],
    // A restrictive "that" opens no clause of an antecedent set off by a comma.
    ['It was Russia that the report blamed, not the strikes that hit Ukraine.', []],
  ],
);

eventTable('findEvents: who attended an occasion all took part in it', [
  [
    'The summit was attended by French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:giorgia-meloni @2025-03-04'],
  ],
  [
    'The meeting was also attended by Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi.',
    ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:wang-yi @2025-03-04'],
  ],
  // One attendee is no event; a host is no attendee.
  ['The talks were attended by Chinese Foreign Minister Wang Yi.', []],
  ['The talks were hosted by Oman.', []],
]);

eventTable('findEvents: a description of a person’s office in apposition is that person, no counterpart of its own', [
  [
    "US Secretary of State Antony Blinken met with Wang Yi, China's foreign minister, in Beijing.",
    ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:wang-yi @2025-03-04 [Beijing]'],
  ],
  // The speaker after a partner's comma is no partner.
  [
    'Prime Minister Narendra Modi spoke with Chinese President Xi Jinping, Russian President Vladimir Putin said on Monday.',
    ['CALL PARTICIPANT:narendra-modi PARTICIPANT:xi-jinping @2025-03-03'],
  ],
  [
    'French President Emmanuel Macron spoke with US President Donald Trump, British Prime Minister Keir Starmer said, and the leaders agreed to meet.',
    ['CALL PARTICIPANT:emmanuel-macron PARTICIPANT:donald-trump @2025-03-04'],
  ],
]);

eventTable('findEvents: coordinated subjects with several counterparts meet each other once, and each counterpart', [
  [
    'Chinese President Xi Jinping and Russian President Vladimir Putin met Brazilian President Luiz Inacio Lula da Silva and Indian Prime Minister Narendra Modi in Kazan.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @2025-03-04',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:narendra-modi @2025-03-04',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:luiz-inacio-lula-da-silva @2025-03-04',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-04',
    ],
  ],
  // Sides of force are no meeting of each other.
  [
    'The United States and Britain launched strikes against the Houthis and Hezbollah on Thursday.',
    [
      'CONFLICT PARTICIPANT:united-states PARTICIPANT:houthis @2025-02-27',
      'CONFLICT PARTICIPANT:united-states PARTICIPANT:hezbollah @2025-02-27',
      'CONFLICT PARTICIPANT:united-kingdom PARTICIPANT:houthis @2025-02-27',
      'CONFLICT PARTICIPANT:united-kingdom PARTICIPANT:hezbollah @2025-02-27',
    ],
  ],
]);

eventTable('findEvents: possessors of talks, delegations, and the speaker of a report', [
  [
    "Indian Prime Minister Narendra Modi's talks with Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese focused on trade.",
    [
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:fumio-kishida @2025-03-04',
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:anthony-albanese @2025-03-04',
    ],
  ],
  [
    'Talks between the delegations of Russia and Ukraine took place in Istanbul on Friday.',
    ['MEETING PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28'],
  ],
  // The state whose spokesman reports a call is no side of it.
  [
    'A Kremlin spokesman said Russian President Vladimir Putin spoke with US President Donald Trump on Tuesday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-03-04'],
  ],
]);

eventTable('findEvents: "along with", "together with", "joined by" add companions to the subject, not counterparts', [
  [
    'French President Emmanuel Macron, along with German Chancellor Olaf Scholz and Italian Prime Minister Mario Draghi, met Ukrainian President Volodymyr Zelensky in Kyiv.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:mario-draghi PARTICIPANT:volodymyr-zelensky @2025-03-04 [Kyiv]',
    ],
  ],
  [
    'President Joe Biden, joined by French President Emmanuel Macron and German Chancellor Olaf Scholz, held a call with Ukrainian President Volodymyr Zelensky.',
    [
      'CALL PARTICIPANT:joe-biden PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:volodymyr-zelensky @2025-03-04',
    ],
  ],
  [
    'France, along with Germany and Britain, condemned Iran on Monday.',
    ['CRITICISM SOURCE:france SOURCE:germany SOURCE:united-kingdom TARGET:iran @2025-03-03'],
  ],
  // A plain "with" after the verb is a counterpart's.
  [
    'French President Emmanuel Macron met with Ukrainian President Volodymyr Zelensky and German Chancellor Olaf Scholz.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:volodymyr-zelensky @2025-03-04',
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-04',
    ],
  ],
]);

eventTable('findEvents: a list of measures keeps the target after it', [
  [
    'The European Union imposed travel bans and asset freezes on Russian President Vladimir Putin.',
    ['SANCTION SOURCE:european-union TARGET:vladimir-putin @null'],
  ],
  [
    'The United States imposed tariffs and export controls on China.',
    ['SANCTION SOURCE:united-states TARGET:china @null'],
  ],
  [
    'Canada imposed arms embargoes, asset freezes and travel bans on Iran.',
    ['SANCTION SOURCE:canada TARGET:iran @null'],
  ],
  // A verb that is no measure still ends the object's reach.
  ['The United States imposed tariffs and then praised China.', []],
]);

eventTable('findEvents: criticism aimed "at" a state, which reads as a place', [
  ['China expressed concern at Israel on Monday.', ['CRITICISM SOURCE:china TARGET:israel @2025-03-03']],
  ['China expressed deep concern at Israel’s conduct.', ['CRITICISM SOURCE:china TARGET:israel @2025-03-04']],
  ['Iran launched a diatribe at the United States.', ['CRITICISM SOURCE:iran TARGET:united-states @2025-03-04']],
  [
    'Turkish President Recep Tayyip Erdogan lashed out at the United States.',
    ['CRITICISM SOURCE:recep-tayyip-erdogan TARGET:united-states @2025-03-04'],
  ],
  // A place further on is where, not at whom.
  ['China expressed concern at the meeting in Israel.', []],
  ['The ministers expressed concern at a summit in Egypt on Monday.', []],
]);

eventTable('findEvents: "he" or "she" after a subject with no person in it is nobody in that subject', [
  ['Iran said on Monday that he had met Iranian President Masoud Pezeshkian.', []],
  ['The Kremlin said he would meet US President Donald Trump.', []],
  // A person's own "he", and a state's own "it", still speak about the subject.
  [
    'Iranian Foreign Minister Abbas Araghchi said on Monday that he had met Iraqi Prime Minister Mohammed Shia al-Sudani.',
    ['MEETING PARTICIPANT:abbas-araghchi PARTICIPANT:mohammed-shia-al-sudani @2025-03-03'],
  ],
  [
    'Russia said on Monday that it had struck Ukraine.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03'],
  ],
]);

eventTable('findEvents: a verb of strengthening governs the cooperation of its coordinated subject', [
  [
    'India and France boosted defence cooperation on Monday.',
    ['COOPERATION PARTICIPANT:india PARTICIPANT:france @2025-03-03'],
  ],
  [
    'Japan and the Philippines strengthened security cooperation.',
    ['COOPERATION PARTICIPANT:japan PARTICIPANT:philippines @null'],
  ],
  [
    'Vietnam and Australia elevated ties to a comprehensive strategic partnership.',
    ['ALLIANCE PARTICIPANT:vietnam PARTICIPANT:australia @null'],
  ],
  // Any other verb still makes the noun someone else's.
  ['India and France opposed defence cooperation.', []],
  ['India and France questioned defence cooperation.', []],
]);

eventTable('findEvents: "their" after a coordinated subject stands for all of it', [
  ['China and Russia deepened their partnership.', ['ALLIANCE PARTICIPANT:china PARTICIPANT:russia @null']],
  [
    'Saudi Arabia and the United Arab Emirates bolstered their military cooperation.',
    ['COOPERATION PARTICIPANT:saudi-arabia PARTICIPANT:united-arab-emirates @null'],
  ],
  [
    'Armenia and Azerbaijan agreed to resolve their decades-long conflict.',
    [
      'AGREEMENT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-04',
      'CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @null',
    ],
  ],
  // The sides "their" names are all the sides: an actor after the noun is none of them.
  ['India and Pakistan blamed their conflict on Britain.', ['CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @null']],
]);

eventTable('findEvents: the last state of a list of places is a place too, not a target', [
  ['The US imposed sanctions on entities in China, Iraq, Russia and Turkey.', []],
  [
    'The United States has rolled out new sanctions against more than 300 individuals and firms, including entities in China, South Africa, the United Arab Emirates and Turkey.',
    [],
  ],
  [
    'The US has increased its sanctions against Russia, targeting companies and individuals in Turkey, China and the United Arab Emirates.',
    ['SANCTION SOURCE:united-states TARGET:russia @null'],
  ],
  // A list that no place opens is a list of targets.
  [
    'The EU imposed sanctions on Russia and Iran.',
    ['SANCTION SOURCE:european-union TARGET:russia @null', 'SANCTION SOURCE:european-union TARGET:iran @null'],
  ],
]);

eventTable('findEvents: guests received together by a host meet the host, each of them', [
  [
    'Ukrainian President Volodymyr Zelensky and French President Emmanuel Macron were received at the Vatican by Pope Francis.',
    ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron PARTICIPANT:francis @2025-03-04 [Vatican]'],
  ],
  [
    'Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan were hosted by US President Donald Trump at the White House.',
    ['MEETING PARTICIPANT:ilham-aliyev PARTICIPANT:nikol-pashinyan PARTICIPANT:donald-trump @2025-03-04 [White House]'],
  ],
]);

// "Tensions between A and B rose when C signed a deal with D": a subordinate clause with its own subject between the
// "between" and the trigger leaves the "between" to the main clause (Ethiopia and Somaliland, 2024). Not without one.
eventTable('participants: a "between" before a subordinate clause with its own subject', [
  [
    'Tensions between Somalia and Kenya rose sharply in January when Ethiopia signed a deal with Somaliland.',
    ['AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somaliland @2025-01'],
  ],
  [
    'Relations between the two countries soured in January when Ethiopia signed a deal with Somaliland.',
    ['AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somaliland @2025-01'],
  ],
  [
    'Tensions rose in January when Ethiopia signed a deal with Somaliland.',
    ['AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somaliland @2025-01'],
  ],
]);

eventTable('findEvents: an envoy named by where he serves acts for his state, or is the person named after the comma', [
  // VOA 2021, israelnationalnews.com 2025, ARY News 2022: the name after "ambassador to X," is the envoy.
  [
    'U.S. Deputy Secretary of State Wendy Sherman met with China’s new ambassador to the U.S., Qin Gang, Thursday in Washington D.C.',
    ['MEETING PARTICIPANT:wendy-sherman PARTICIPANT:qin-gang @2025-02-27 [Washington D.C.]'],
  ],
  [
    'Minister of Foreign Affairs Gideon Sa’ar held his first working meeting with US Ambassador to Israel, Mike Huckabee, on Monday at the Ministry of Foreign Affairs in Jerusalem.',
    ['MEETING PARTICIPANT:gideon-sa-ar PARTICIPANT:mike-huckabee @2025-03-03 [Jerusalem]'],
  ],
  // Reuters (JPost) 2023, bnnbreaking.com 2023: unnamed, the envoy is his state's voice; the place is no party.
  [
    'China’s ambassador to Washington has protested remarks President Joe Biden made about Chinese leader Xi Jinping on Wednesday.',
    ['CRITICISM SOURCE:china TARGET:joe-biden @2025-02-26'],
  ],
  [
    'Russia’s deputy envoy to the United Nations has lashed out at the United States for supposedly undermining the credibility of the United Nations Security Council.',
    ['CRITICISM SOURCE:russia TARGET:united-states @2025-03-04'],
  ],
  // (A list of states after "ambassadors for" is whom they speak for, no place of a title: no meeting between them.)
  [
    'U.N. ambassadors for the United States, United Kingdom and Switzerland all used their speeches at the meeting to condemn Russia’s invasion, CNN said.',
    ['CRITICISM SOURCE:united-nations TARGET:russia @2025-03-04'],
  ],
  // (An envoy summoned unnamed is no one met.)
  ['Iran had summoned the UK envoy on Sunday to complain about his attendance at an illegal rally in Tehran.', []],
]);

eventTable('findEvents: a known person whose given name is also a pronoun ("Liu He")', [
  // Reuters 2021, ecns.cn 2019, CNN 2023: the whole name, not "Liu" and the pronoun "He".
  [
    'The ministry said in a statement on its website that Vice Premier Liu He spoke with U.S. Trade Representative Katherine Tai on Thursday.',
    ['CALL PARTICIPANT:liu-he PARTICIPANT:katherine-tai @2025-02-27'],
  ],
  [
    'US Treasury Secretary Janet Yellen met Chinese Vice Premier Liu He in Zurich on Wednesday.',
    ['MEETING PARTICIPANT:janet-yellen PARTICIPANT:liu-he @2025-02-26'],
  ],
  // (The pronoun alone stays a pronoun.)
  ['He met Liu on Friday.', []],
]);
