import { extract } from '../../../src/extract';
import { splitSentences } from '../../../src/extract/2-sentences';
import { type PairPhrase, pairPhrases, sidesPhrases } from '../../../src/extract/6-events/references';
import { COUNTERPART_OFFICES, FEMALE_GIVEN_NAMES, REFERRING_MODIFIERS } from '../../../src/extract/lexicon/reference';
import { articleOf } from './articleOf';

/**
 * Reference across sentences (6-events/references.ts): words that stand for actors named in the sentences before.
 * Each table states a mechanism with rows that must resolve and rows that must not; the phrasings are those of wire
 * news ("The two held discussions", "the 10-member bloc", "his Turkish counterpart").
 */

/** Events of one text as "TYPE role:actor ... @date" strings (the whole pipeline). */
function eventsOf(body: string, published: string | null = '2025-03-04'): string[] {
  const article = articleOf(body, published);
  return extract(article).events.map((e) =>
    [e.type, ...e.participants.map((p) => `${p.role}:${p.actorId}`), `@${e.date}`].join(' '),
  );
}

/** A table of [text, its events] rows under one title, each row a test. */
function eventTable(title: string, rows: [string, string[]][]): void {
  describe(title, () => it.each(rows)('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected)));
}

eventTable('"the country", "the kingdom": the last state named; "the bloc", "the group": the organisation that acted', [
  [
    'The European Union imposed sanctions on Russia on Friday. The bloc also condemned Belarus.',
    [
      'SANCTION SOURCE:european-union TARGET:russia @2025-02-28',
      'CRITICISM SOURCE:european-union TARGET:belarus @2025-02-28',
    ],
  ],
  [
    'ASEAN leaders met in Jakarta on Tuesday. The 10-member bloc condemned the Myanmar junta.',
    ['CRITICISM SOURCE:asean TARGET:myanmar @2025-03-04'],
  ],
  [
    'Hamas attacked Israel on October 7. The militant group later agreed to a ceasefire with Israel.',
    [
      'CONFLICT PARTICIPANT:hamas PARTICIPANT:israel @2024-10-07',
      'AGREEMENT PARTICIPANT:hamas PARTICIPANT:israel @null',
    ],
  ],
  [
    'Saudi Arabia hosted US President Donald Trump on Tuesday. The kingdom signed an agreement with the United States.',
    [
      'MEETING PARTICIPANT:saudi-arabia PARTICIPANT:donald-trump @2025-03-04',
      'AGREEMENT PARTICIPANT:saudi-arabia PARTICIPANT:united-states @2025-03-04',
    ],
  ],
  // The phrase stands for the organisation alone: "the Iran-backed group" is not Iran, "the Yemeni group" not Yemen.
  [
    'Hezbollah fired rockets at Israel on Sunday. The Iran-backed group later agreed to a ceasefire with Israel.',
    [
      'CONFLICT PARTICIPANT:hezbollah PARTICIPANT:israel @2025-03-02',
      'AGREEMENT PARTICIPANT:hezbollah PARTICIPANT:israel @2025-03-02',
    ],
  ],
  [
    'The Houthis attacked ships in the Red Sea on Sunday. The Yemeni group later agreed to a truce with the United States.',
    ['AGREEMENT PARTICIPANT:houthis PARTICIPANT:united-states @2025-03-02'],
  ],
  // A name after it is the group named.
  [
    'Hamas fired rockets at Israel on Sunday. Israel later agreed to a ceasefire with the Palestinian group Islamic Jihad.',
    [
      'CONFLICT PARTICIPANT:hamas PARTICIPANT:israel @2025-03-02',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:palestinian-islamic-jihad @2025-03-02',
    ],
  ],
  // The organisation that acted (the subject), not the last one named.
  [
    'The European Union imposed sanctions on oil companies Rosneft and Lukoil on Monday. The bloc also condemned Iran.',
    [
      'SANCTION SOURCE:european-union TARGET:rosneft @2025-03-03',
      'SANCTION SOURCE:european-union TARGET:lukoil @2025-03-03',
      'CRITICISM SOURCE:european-union TARGET:iran @2025-03-03',
    ],
  ],
  // A state named where something happened is what "the country" may point back to …
  [
    'Indian Prime Minister Narendra Modi arrived in Nepal on Monday. The Himalayan country signed a power trade agreement with India.',
    ['AGREEMENT PARTICIPANT:nepal PARTICIPANT:india @2025-03-03'],
  ],
  // … but a city does not stand for its state there.
  ['Talks were held in Riyadh on Monday. The country later imposed sanctions on Iran.', []],
  // "the neighbouring country", "the other country": another one than the one named.
  [
    'Pakistan criticised India on Monday. The neighbouring country also condemned Iran.',
    ['CRITICISM SOURCE:pakistan TARGET:india @2025-03-03'],
  ],
  // "the group" is an organisation: persons do not make one.
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping on Monday. The group condemned Ukraine.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
  ],
  // An organisation stays the topic for two sentences ("It also stated ..." between).
  [
    'Hamas wrote in a statement that the attack on Rafah was a massacre. It also stated that the attack was a crime. The group accused Israel of genocide.',
    ['CRITICISM SOURCE:hamas TARGET:israel @null'],
  ],
  // "the reclusive state", "the Gulf state": "state" after a modifier; an object is not its own clause's subject.
  [
    'North Korea fired a missile on Friday. Japan condemned the reclusive state.',
    ['CRITICISM SOURCE:japan TARGET:north-korea @2025-02-28'],
  ],
  [
    'Saudi Arabia hosted talks on Friday. Iran later condemned the oil-rich state.',
    ['CRITICISM SOURCE:iran TARGET:saudi-arabia @2025-02-28'],
  ],
  [
    'Japan hosted talks on Friday. The United States later condemned the country.',
    ['CRITICISM SOURCE:united-states TARGET:japan @2025-02-28'],
  ],
  // After a verb of saying, the phrase is the subject of its own clause: the state that acted.
  [
    'Russia launched drones at Ukraine on Monday. The Kremlin said the country would retaliate against Kyiv.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03', 'THREAT SOURCE:russia TARGET:ukraine @2025-03-03'],
  ],
  // Must not: "the state" with no modifier, "the state media", "the Islamic State".
  ['North Korea fired a missile on Friday. Japan condemned the state.', []],
  ['North Korea fired a missile on Friday. The state media condemned Japan.', []],
  // "the alliance": NATO, as the organisation that acted.
  [
    'NATO condemned Russia on Tuesday. The alliance also criticised Belarus.',
    ['CRITICISM SOURCE:nato TARGET:russia @2025-03-04', 'CRITICISM SOURCE:nato TARGET:belarus @2025-03-04'],
  ],
  // A person is no alliance.
  ['Russian President Vladimir Putin spoke on Monday. The alliance condemned Ukraine.', []],
  // An organisation named three sentences back is too far.
  [
    'The European Union imposed sanctions on Russia on Friday. Russian President Vladimir Putin spoke on Saturday. German Chancellor Olaf Scholz arrived in Paris on Sunday. The bloc condemned Belarus.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-02-28'],
  ],
]);

eventTable('"they", "the two", "the duo", "the interlocutors": the sides of the event just named', [
  [
    'Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry held a telephone conversation on Sunday. They also reached an agreement on Syria.',
    [
      'CALL PARTICIPANT:sergei-lavrov PARTICIPANT:john-kerry @2025-03-02',
      'AGREEMENT PARTICIPANT:sergei-lavrov PARTICIPANT:john-kerry @2025-03-02',
    ],
  ],
  [
    'Indian External Affairs Minister Subrahmanyam Jaishankar met US Secretary of State Antony Blinken on Thursday. The two also signed an agreement on trade.',
    [
      'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:antony-blinken @2025-02-27',
      'AGREEMENT PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:antony-blinken @2025-02-27',
    ],
  ],
  [
    'Indian External Affairs Minister Natwar Singh held talks with Pakistani Foreign Minister Khurshid Mahmud Kasuri in Qingdao on Monday. The duo signed an agreement on visas.',
    [
      'MEETING PARTICIPANT:natwar-singh PARTICIPANT:khurshid-mahmud-kasuri @2025-03-03',
      'AGREEMENT PARTICIPANT:natwar-singh PARTICIPANT:khurshid-mahmud-kasuri @2025-03-03',
    ],
  ],
  [
    'Belarusian Foreign Minister Vladimir Makei met Hungarian Foreign Minister Peter Szijjarto in New York on Saturday. The interlocutors signed an agreement on visas.',
    [
      'MEETING PARTICIPANT:vladimir-makei PARTICIPANT:peter-szijjarto @2025-03-01',
      'AGREEMENT PARTICIPANT:vladimir-makei PARTICIPANT:peter-szijjarto @2025-03-01',
    ],
  ],
  // Two who acted together on a third: "they" is both of them.
  [
    'The United States and the European Union imposed sanctions on Russia on Friday. They also condemned Belarus.',
    [
      'SANCTION SOURCE:united-states SOURCE:european-union TARGET:russia @2025-02-28',
      'CRITICISM SOURCE:united-states SOURCE:european-union TARGET:belarus @2025-02-28',
    ],
  ],
  // Three met: "they" is all three, "the two" is none of them.
  [
    'French President Emmanuel Macron met German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk on Monday. They reached an agreement on defence.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03',
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:donald-tusk @2025-03-03',
      'AGREEMENT PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:donald-tusk @2025-03-03',
    ],
  ],
  [
    'French President Emmanuel Macron met German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk on Monday. The two reached an agreement on defence.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03',
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:donald-tusk @2025-03-03',
    ],
  ],
  // One actor is no group: "they" are the sanctions, not China.
  [
    'China imposed sanctions on US defence firms on Friday. They also condemned Taiwan.',
    ['SANCTION SOURCE:china TARGET:united-states @2025-02-28'],
  ],
  // Inside a quotation, "they" is the speaker's, not the reporter's.
  [
    'French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris on Monday. “They reached an agreement with Poland,” Polish President Andrzej Duda said.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03'],
  ],
  // "Just named": the event of the sentence before, not of one further back.
  [
    'Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry held a telephone conversation on Sunday. Russian President Vladimir Putin spoke on Monday. They reached an agreement on Syria.',
    ['CALL PARTICIPANT:sergei-lavrov PARTICIPANT:john-kerry @2025-03-02'],
  ],
  // Actors of its own sentence before it: "they" may be those, not the sides of the event before.
  [
    'Russian Foreign Minister Sergei Lavrov and US Secretary of State Antony Blinken met in Geneva on Friday. Russian President Vladimir Putin and US President Joe Biden spoke on Saturday, and they reached an agreement on trade.',
    [
      'MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:antony-blinken @2025-02-28',
      // (Sides that "spoke" with no place named are read as a call, as "spoke with" is: meeting-sides-spoke.)
      'CALL PARTICIPANT:vladimir-putin PARTICIPANT:joe-biden @2025-03-01',
    ],
  ],
  // … but a side, or a side's state, may speak of them: "Xi said they agreed", "the Kremlin said they agreed".
  [
    'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. Xi said they signed an agreement on energy.',
    [
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @2025-03-03',
      'AGREEMENT PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @2025-03-03',
    ],
  ],
  [
    'Turkish President Recep Tayyip Erdogan spoke with Russian President Vladimir Putin by phone on Monday. The Kremlin said they agreed to stay in contact.',
    [
      'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03',
      'AGREEMENT PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03',
    ],
  ],
  // Must not: a speaker who is none of them.
  [
    'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. Indian Prime Minister Narendra Modi said they signed an agreement on energy.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  // "the three leaders", "the trio": the three sides of the event just named, only if there were three.
  [
    'Turkish President Recep Tayyip Erdogan hosted Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed on Wednesday. The three leaders signed a joint declaration.',
    [
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud PARTICIPANT:abiy-ahmed @2025-02-26',
      'AGREEMENT PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud PARTICIPANT:abiy-ahmed @2025-02-26',
    ],
  ],
  [
    'Turkish President Recep Tayyip Erdogan hosted Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed on Wednesday. The trio signed a joint declaration.',
    [
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud PARTICIPANT:abiy-ahmed @2025-02-26',
      'AGREEMENT PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud PARTICIPANT:abiy-ahmed @2025-02-26',
    ],
  ],
  [
    'Turkish President Recep Tayyip Erdogan hosted Somali President Hassan Sheikh Mohamud on Wednesday. The three leaders signed a joint declaration.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud @2025-02-26'],
  ],
  // "the two-day visit" is no pair.
  [
    'Chinese President Xi Jinping began a two-day visit to Moscow on Monday. The two-day visit ended with an agreement.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:russia @2025-03-03'],
  ],
]);

describe('sidesPhrases and pairPhrases: the words that stand for the actors just named', () => {
  const phrasesOf = (text: string, find: (tokens: Parameters<typeof pairPhrases>[0]) => PairPhrase[]) =>
    splitSentences(text).flatMap((s) =>
      find(s.tokens).map((p) =>
        [
          s.tokens
            .slice(p.start, p.end)
            .map((t) => t.norm)
            .join(' '),
          ...(p.person ? ['(persons)'] : []),
          ...(p.sidesOnly ? [`(sides: ${p.sidesOnly})`] : []),
        ].join(' '),
      ),
    );
  it.each<[string, string[]]>([
    ['They also discussed the situation in Northeast Asia.', ['they (sides: all)']],
    ['The two have agreed to keep in touch.', ['the two (sides: 2)']],
    ['The two held discussions on bilateral ties.', ['the two (sides: 2)']],
    ['The two also signed an agreement.', ['the two (sides: 2)']],
    // Not a pair of actors: a noun after "two", a quotation.
    ['The three leaders signed a joint declaration.', ['the three leaders (sides: 3)']],
    ['The trio signed a joint declaration.', ['the trio (sides: 3)']],
    ["The three countries' leaders met.", []],
    ['The two-day visit ended.', []],
    ['The two countries agreed.', []],
    ['“They lied to us,” the minister said.', []],
  ])('sidesPhrases: %s', (text, expected) => expect(phrasesOf(text, sidesPhrases)).toEqual(expected));
  it.each<[string, string[]]>([
    ['The duo described the talks as warm.', ['the duo (persons)']],
    ['The interlocutors discussed bilateral cooperation.', ['the interlocutors (persons)']],
    ['A duo of envoys arrived.', []],
  ])('pairPhrases: %s', (text, expected) => expect(phrasesOf(text, pairPhrases)).toEqual(expected));
});

eventTable(
  '"his (Turkish) counterpart": the one person named with the same office in another state (in the state named)',
  [
    [
      'Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday. He held talks with his Turkish counterpart. Turkish Foreign Minister Hakan Fidan said the talks were good.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:hakan-fidan @2025-03-03'],
    ],
    [
      'Turkish Foreign Minister Hakan Fidan welcomed Russian Foreign Minister Sergei Lavrov to Ankara on Monday. He later signed an agreement with his Russian counterpart on grain.',
      [
        'MEETING PARTICIPANT:hakan-fidan PARTICIPANT:sergei-lavrov @2025-03-03',
        'AGREEMENT PARTICIPANT:hakan-fidan PARTICIPANT:sergei-lavrov @2025-03-03',
      ],
    ],
    // No nationality: the office decides (a Secretary of State is a foreign minister's counterpart).
    [
      'Chinese Foreign Minister Wang Yi arrived in Jakarta on Monday, as did US Secretary of State Antony Blinken. He held talks with his counterpart on Tuesday.',
      ['MEETING PARTICIPANT:wang-yi PARTICIPANT:antony-blinken @2025-03-04'],
    ],
    // "top diplomat" is a foreign minister's office.
    [
      'China’s top diplomat Wang Yi arrived in Moscow on Monday. He held talks with his Russian counterpart. Russian Foreign Minister Sergei Lavrov called the talks useful.',
      ['MEETING PARTICIPANT:wang-yi PARTICIPANT:sergei-lavrov @2025-03-03'],
    ],
    // Heads of government are counterparts.
    [
      'Nepal’s Prime Minister Pushpa Kamal Dahal arrived in New Delhi on Wednesday. He held talks with his Indian counterpart on Thursday. Indian Prime Minister Narendra Modi called the visit historic.',
      ['MEETING PARTICIPANT:pushpa-kamal-dahal PARTICIPANT:narendra-modi @2025-02-27'],
    ],
    // A name with it wins over one named before.
    [
      'Chinese Foreign Minister Qin Gang spoke on Sunday. Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi on Monday.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:wang-yi @2025-03-03'],
    ],
    [
      'Belarusian Foreign Minister Vladimir Makei met with his Hungarian counterpart, Peter Szijjarto, on Saturday.',
      ['MEETING PARTICIPANT:vladimir-makei PARTICIPANT:peter-szijjarto @2025-03-01'],
    ],
    // Another office is no counterpart: not the foreign minister named, but Turkey's defence minister on the article's
    // date, whom the gazetteer knows (see the gazetteer's counterparts below).
    [
      'Russian Defence Minister Sergei Shoigu arrived in Ankara on Monday. He held talks with his Turkish counterpart. Turkish Foreign Minister Hakan Fidan said the talks were good.',
      ['MEETING PARTICIPANT:sergei-shoigu PARTICIPANT:yasar-guler @2025-03-03'],
    ],
    // Two who could be the counterpart: neither.
    [
      'Russian Foreign Minister Sergei Lavrov spoke with Turkish Foreign Minister Hakan Fidan and Iranian Foreign Minister Abbas Araghchi on Monday. He later met his counterpart in Doha.',
      [
        'CALL PARTICIPANT:sergei-lavrov PARTICIPANT:hakan-fidan @2025-03-03',
        'CALL PARTICIPANT:sergei-lavrov PARTICIPANT:abbas-araghchi @2025-03-03',
      ],
    ],
    // "their Ukrainian counterpart": many owners, so the state's one officeholder in the article …
    [
      'EU foreign ministers met in Brussels on Monday, and Ukrainian Foreign Minister Dmytro Kuleba spoke in Kyiv. The European Union later signed an agreement with their Ukrainian counterpart.',
      ['AGREEMENT PARTICIPANT:european-union PARTICIPANT:dmytro-kuleba @2025-03-03'],
    ],
    // … and none when there are two; nor without a state named ("their counterpart").
    [
      'Ukrainian Foreign Minister Dmytro Kuleba and Ukrainian President Volodymyr Zelensky met EU foreign ministers on Monday. The European Union later signed an agreement with their Ukrainian counterpart.',
      [
        'MEETING PARTICIPANT:dmytro-kuleba PARTICIPANT:volodymyr-zelensky PARTICIPANT:european-union @2025-03-03',
        'AGREEMENT PARTICIPANT:european-union PARTICIPANT:ukraine @2025-03-03',
      ],
    ],
    [
      'Ukrainian Foreign Minister Dmytro Kuleba spoke in Kyiv on Monday. The European Union later signed an agreement with their counterpart.',
      [],
    ],
    // "the Turkish President and his counterpart": the state of the one joined to it by "and" (Turkey's foreign
    // minister on the article's date, by the gazetteer) …
    [
      'Russian Foreign Minister Sergei Lavrov held talks with Turkish President Recep Tayyip Erdogan and his counterpart in Ankara on Monday.',
      [
        'MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:recep-tayyip-erdogan @2025-03-03',
        'MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:hakan-fidan @2025-03-03',
      ],
    ],
    // … but with no state named, never one the article names only later (a Saudi is no counterpart met in Doha).
    [
      'Iranian Foreign Minister Abbas Araghchi held talks with his counterpart in Doha on Wednesday. On Saturday, he received Saudi Foreign Minister Faisal bin Farhan in Tehran.',
      ['MEETING PARTICIPANT:abbas-araghchi PARTICIPANT:faisal-bin-farhan-al-saud @2025-03-01'],
    ],
  ],
);

describe('"In his talks with his North Korean counterpart, Lavrov said": a name that a verb follows opens the main clause', () => {
  // (The list names "Sergey Lavrov", a spelling the gazetteer knows as a variant; read as an apposition, "Lavrov"
  // would be a North Korean counterpart of his own and take that spelling with him.)
  const text =
    "Russian President Vladimir Putin met the foreign ministers of Russia and North Korea, Sergey Lavrov and Choe Son Hui, on Tuesday. In his opening remarks at the talks with his North Korean counterpart, Lavrov said Moscow valued Pyongyang's support.";
  it('is no apposition naming the counterpart', () => {
    const actors = extract(articleOf(text, '2024-01-16')).actors;
    expect(actors.find((x) => x.id === 'sergei-lavrov')).toMatchObject({
      role: 'Foreign Minister',
      affiliation: 'russia',
    });
    expect(actors.filter((x) => x.role === 'counterpart')).toEqual([]);
  });
  it('keeps an apposition set off by two commas', () =>
    expect(
      eventsOf(
        'Belarusian Foreign Minister Vladimir Makei met with his Hungarian counterpart, Peter Szijjarto, on Saturday.',
      ),
    ).toEqual(['MEETING PARTICIPANT:vladimir-makei PARTICIPANT:peter-szijjarto @2025-03-01']));
});

eventTable('"during his visit, Araghchi met": a pronoun in a fronted phrase stands for the subject after its comma', [
  // Not the spokesman who reports it.
  [
    'Iranian Foreign Ministry spokesman Esmaeil Baghaei said on Tuesday that during his brief visit to Jeddah, Araghchi also met Saudi Foreign Minister Faisal bin Farhan.',
    ['MEETING PARTICIPANT:abbas-araghchi PARTICIPANT:faisal-bin-farhan-al-saud @2025-03-04'],
  ],
  // "following", which the tagger reads as a verb, opens such a phrase as "after" does.
  [
    'Following his talks with Russian President Vladimir Putin on Monday, Turkish President Recep Tayyip Erdogan said a deal was close.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  // Must not: "him" after it is the one whose visit it is.
  [
    'Iranian Foreign Minister Abbas Araghchi visited Riyadh on Monday. During his visit to Riyadh, Saudi Crown Prince Mohammed bin Salman received him.',
    [
      'MEETING PARTICIPANT:abbas-araghchi PARTICIPANT:saudi-arabia @2025-03-03',
      'MEETING PARTICIPANT:mohammed-bin-salman PARTICIPANT:abbas-araghchi @2025-03-03',
    ],
  ],
  // Must not: a phrase with a verb of its own is a clause, not a fronted phrase ("After he met Macron, ...").
  [
    'Olaf Scholz spoke in Berlin on Monday. After Zelensky met him in Kyiv, Macron called Biden.',
    [
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:olaf-scholz @2025-03-03',
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:joe-biden @2025-03-03',
    ],
  ],
]);

eventTable('"where both parties agreed": the sides are the two its own sentence names before it', [
  [
    'Iranian Foreign Minister Hossein Amir-Abdollahian held talks with the Emir of Qatar on Wednesday. On Saturday, he received Saudi Foreign Minister Prince Faisal bin Farhan in Tehran, where both parties agreed to form joint committees.',
    [
      'MEETING PARTICIPANT:hossein-amir-abdollahian PARTICIPANT:faisal-bin-farhan-al-saud @2025-03-01',
      'AGREEMENT PARTICIPANT:hossein-amir-abdollahian PARTICIPANT:faisal-bin-farhan-al-saud @2025-03-01',
    ],
  ],
  [
    'Shinzo Abe met Joko Widodo in Bogor on Sunday. Abe arrived in Indonesia on Sunday. Abe said that at the meeting with Jokowi both sides had agreed on a new visa regime.',
    [
      'MEETING PARTICIPANT:shinzo-abe PARTICIPANT:joko-widodo @2025-03-02',
      'AGREEMENT PARTICIPANT:shinzo-abe PARTICIPANT:joko-widodo @2025-03-02',
    ],
  ],
  // Must not: three named before it (the host and two delegations): the sides of the event before, not the host.
  [
    'Russia and Ukraine held talks in Istanbul on Monday. Turkey hosted Russian and Ukrainian delegations in Ankara on Friday, where both sides agreed to swap prisoners.',
    [
      'NEGOTIATION PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03',
      'MEETING PARTICIPANT:turkey PARTICIPANT:russia @2025-02-28',
      'MEETING PARTICIPANT:turkey PARTICIPANT:ukraine @2025-02-28',
      'AGREEMENT PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28',
    ],
  ],
  // Must not: two of one state are one side ("Putin and Lavrov met Witkoff, and both sides agreed": not Putin and
  // Lavrov, but the states of the people named).
  [
    'Russian President Vladimir Putin and Foreign Minister Sergei Lavrov met US envoy Steve Witkoff in Moscow on Thursday, and both sides agreed to talk again.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:sergei-lavrov PARTICIPANT:steve-witkoff @2025-02-27',
      // (Agreed at that meeting: the clause after ", and" takes its day, circumstances.ts coordinatedClauseDay; an
      // undated agreement would also take its sides' one meeting day, 8-carryDates.ts.)
      'AGREEMENT PARTICIPANT:russia PARTICIPANT:united-states @2025-02-27',
    ],
  ],
]);

eventTable('"they" after a sentence with no event: the pair phrase that acted in the sentence before', [
  [
    'Russian President Vladimir Putin and his Turkish counterpart Tayyip Erdogan spoke by phone on Monday. The Turkish presidency said the two presidents also discussed Greece. The Kremlin said they agreed to step up efforts in Syria.',
    [
      'CALL PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-03',
      'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-03',
    ],
  ],
  // Must not: a group of others acted in between ("they" are the protesters).
  [
    'Putin and Erdogan spoke by phone on Monday. Protesters gathered in Ankara on Tuesday. They condemned Russia.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-03'],
  ],
  // Must not: no pair phrase in the sentence before, only each named alone.
  [
    'Putin and Erdogan spoke by phone on Monday. The Kremlin said Erdogan invited Putin to Ankara. They agreed to meet.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-03'],
  ],
]);

eventTable('"the two … countries": modifiers between "two" and the head of a pair phrase', [
  [
    'Thailand accused Cambodia of shelling on Monday. The two Southeast Asian nations later signed a ceasefire agreement.',
    [
      'CRITICISM SOURCE:thailand TARGET:cambodia @2025-03-03',
      'AGREEMENT PARTICIPANT:thailand PARTICIPANT:cambodia @2025-03-03',
    ],
  ],
  [
    'India accused Pakistan of attacks in Kashmir on Monday. The two nuclear-armed neighbours later signed a ceasefire agreement.',
    [
      'CRITICISM SOURCE:india TARGET:pakistan @2025-03-03',
      'AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-03',
    ],
  ],
  // "the two other countries" are not the two named.
  [
    'Thailand accused Cambodia of shelling on Monday. The two other countries later signed a ceasefire agreement.',
    ['CRITICISM SOURCE:thailand TARGET:cambodia @2025-03-03'],
  ],
]);

eventTable('"him" with no other person before it in its sentence: the subject of the sentences before', [
  [
    'French President Emmanuel Macron arrived in Kyiv on Monday. Ukrainian President Volodymyr Zelensky welcomed him at the station.',
    ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-03-03'],
  ],
  [
    'Indian Prime Minister Narendra Modi arrived in Moscow on Monday. Russian President Vladimir Putin hosted him for talks.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-03'],
  ],
  [
    'US Secretary of State Antony Blinken arrived in Beijing on Sunday. Chinese President Xi Jinping received him on Monday.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:antony-blinken @2025-03-03'],
  ],
  // Inside a quotation, "him" is the speaker's.
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. “I spoke with him at length,” Ukrainian President Volodymyr Zelensky said.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04'],
  ],
  // A state is no "him"; nor is the clause's own subject.
  ['Russia expelled two diplomats on Monday. Chinese President Xi Jinping met him on Tuesday.', []],
  [
    'Chinese President Xi Jinping arrived in Moscow on Monday. Chinese President Xi Jinping said the talks suited him.',
    [],
  ],
]);

// The rows are news sentences of 2023-2024 (RT, IANS, AP, Yomiuri), lightly shortened, and wire phrasings of them.
eventTable(
  '"him" is not the one who does its verb: the subject named right before it, or the one a "for" gerund tells of',
  [
    [
      'Indian Prime Minister Narendra Modi thanked Russian President Vladimir Putin for hosting him and said he was looking forward to their official talks on Tuesday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-04'],
    ],
    [
      'PM Modi in a post on X thanked President Putin for hosting him at Novo-Ogaryovo.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-04'],
    ],
    [
      'After hosting Chinese leader Xi Jinping over a private dinner the previous night, Russian President Vladimir Putin greeted him in the old imperial palace for talks.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04'],
    ],
    [
      'Japanese Prime Minister Fumio Kishida arrived in Washington on Friday. When Kishida arrived at the White House, Biden greeted him personally.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:fumio-kishida @2025-02-28'],
    ],
    [
      'Indian Prime Minister Narendra Modi arrived in Moscow on Monday, where Russian President Vladimir Putin welcomed him.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-03'],
    ],
    [
      'Russian President Vladimir Putin said that US President Donald Trump met him on Monday.',
      ['MEETING PARTICIPANT:donald-trump PARTICIPANT:vladimir-putin @2025-03-03'],
    ],
    // Must not: a name after a verb is its object, not the subject of the next verb ("and thanked him" is Trump's).
    [
      'US President Donald Trump met Russian President Vladimir Putin on Monday and thanked him.',
      ['MEETING PARTICIPANT:donald-trump PARTICIPANT:vladimir-putin @2025-03-03'],
    ],
    // Must not: with the verb's subject set aside, no other man is named ("the Kremlin" is no person; Meloni no man).
    ['The Kremlin said on Monday that US President Donald Trump met him.', []],
    ['Italian Prime Minister Giorgia Meloni thanked French President Emmanuel Macron for hosting him on Monday.', []],
  ],
);

eventTable(
  '"It also condemned ...": "it" opening a clause whose verb is a trigger is the state or organisation that acted',
  [
    [
      'Russia launched 100 drones at Ukraine on Monday. It also fired missiles at Poland.',
      [
        'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03',
        'CONFLICT PARTICIPANT:russia PARTICIPANT:poland @null',
      ],
    ],
    [
      'The European Union met in Brussels on Monday. It also condemned Belarus.',
      ['CRITICISM SOURCE:european-union TARGET:belarus @2025-03-03'],
    ],
    [
      // (The date: "said on Monday" is past; the noun "plans" made the whole sentence future before 5-dates.ts read
      // the nearest verb's tense.)
      'Iran said on Monday it had no plans for talks. It also accused Israel of sabotage.',
      ['CRITICISM SOURCE:iran TARGET:israel @2025-03-03'],
    ],
    // "It comes as ...", "It was their third meeting": no trigger right after "it", no actor.
    [
      'China imposed sanctions on US firms on Friday. It also comes as diplomats have tried to end the war in Yemen.',
      ['SANCTION SOURCE:china TARGET:united-states @2025-02-28'],
    ],
    [
      'French President Emmanuel Macron met Ukrainian President Volodymyr Zelensky on Monday. It was their third meeting.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:volodymyr-zelensky @2025-03-03'],
    ],
    // A person is no "it".
    ['Russian President Vladimir Putin spoke on Monday. It also condemned Ukraine.', []],
  ],
);

eventTable('COUNTERPART_OFFICES: each office has its counterparts', [
  [
    'Indian Finance Minister Nirmala Sitharaman arrived in London on Monday. She held talks with her British counterpart. British Finance Minister Rachel Reeves called the talks useful.',
    ['MEETING PARTICIPANT:nirmala-sitharaman PARTICIPANT:rachel-reeves @2025-03-03'],
  ],
  [
    'Japanese Trade Minister Yasutoshi Nishimura arrived in Washington on Monday. He held talks with his US counterpart. US Trade Representative Katherine Tai called the talks useful.',
    ['MEETING PARTICIPANT:yasutoshi-nishimura PARTICIPANT:katherine-tai @2025-03-03'],
  ],
  [
    'French Interior Minister Gerald Darmanin arrived in London on Monday. He held talks with his British counterpart. British Home Secretary Suella Braverman called the talks useful.',
    ['MEETING PARTICIPANT:gerald-darmanin PARTICIPANT:suella-braverman @2025-03-03'],
  ],
  [
    'Indian National Security Adviser Ajit Doval arrived in Moscow on Monday. He held talks with his Russian counterpart. Russian National Security Adviser Nikolai Patrushev called the talks useful.',
    ['MEETING PARTICIPANT:ajit-doval PARTICIPANT:nikolai-patrushev @2025-03-03'],
  ],
  [
    'British Defence Secretary John Healey arrived in Kyiv on Friday. He held talks with his Ukrainian counterpart. Ukrainian Defence Minister Rustem Umerov called the talks useful.',
    ['MEETING PARTICIPANT:john-healey PARTICIPANT:rustem-umerov @2025-02-28'],
  ],
]);

describe('COUNTERPART_OFFICES and REFERRING_MODIFIERS: the lists', () => {
  it('names each office once', () => {
    const offices = COUNTERPART_OFFICES.map((o) => o.office);
    expect(new Set(offices).size).toBe(offices.length);
  });
  // Each modifier keeps "the … group" (an organisation's) or "the … country" (a state's) the actor named before.
  const ORGANISATION_MODIFIERS = new Set([
    'militant',
    'armed',
    'rebel',
    'insurgent',
    'jihadist',
    'extremist',
    'regional',
  ]);
  it.each(REFERRING_MODIFIERS.map((m) => [m]))('the %s …', (m) => {
    const text = ORGANISATION_MODIFIERS.has(m)
      ? `Hamas attacked Israel on Sunday. The ${m} group later agreed to a ceasefire with Israel.`
      : `Nepal criticised India on Sunday. The ${m} country later signed an agreement with China.`;
    const expected = ORGANISATION_MODIFIERS.has(m)
      ? 'AGREEMENT PARTICIPANT:hamas PARTICIPANT:israel @2025-03-02'
      : 'AGREEMENT PARTICIPANT:nepal PARTICIPANT:china @2025-03-02';
    expect(eventsOf(text)).toContain(expected);
  });
});

eventTable('"the (foreign) ministers", "the two presidents": persons whose title fits the head', [
  // A counterpart holds the title of the one whose counterpart he is.
  [
    'Russian President Vladimir Putin met his Turkish counterpart Tayyip Erdogan in Sochi on Monday. The two presidents signed an agreement on gas.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-03',
      'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:recep-tayyip-erdogan @2025-03-03',
    ],
  ],
  // A Secretary of State is one of "the foreign ministers".
  [
    'US Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday. The foreign ministers later signed an agreement on embassies.',
    [
      'MEETING PARTICIPANT:marco-rubio PARTICIPANT:sergei-lavrov @2025-03-04',
      'AGREEMENT PARTICIPANT:marco-rubio PARTICIPANT:sergei-lavrov @2025-03-04',
    ],
  ],
  // "the defence ministers": not the foreign minister named between them.
  [
    'Russian Defence Minister Andrei Belousov met Chinese Foreign Minister Wang Yi and Chinese Defence Minister Dong Jun in Beijing on Tuesday. The defence ministers later signed an agreement on drills.',
    [
      'MEETING PARTICIPANT:andrei-belousov PARTICIPANT:wang-yi @2025-03-04',
      'MEETING PARTICIPANT:andrei-belousov PARTICIPANT:dong-jun @2025-03-04',
      'AGREEMENT PARTICIPANT:andrei-belousov PARTICIPANT:dong-jun @2025-03-04',
    ],
  ],
  // "the heads of state", "the two heads of state": leaders; "the (two) top diplomats": foreign ministers, whose
  // office the gazetteer gives an untitled name ("Putin" is a president, "Lavrov" a foreign minister).
  [
    'Putin met Xi in Moscow on Tuesday. The two heads of state signed an agreement on energy.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04',
      'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04',
    ],
  ],
  [
    'Putin met Lavrov and Xi in Moscow on Tuesday. The heads of state condemned Japan.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:sergei-lavrov @2025-03-04',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04',
      'CRITICISM SOURCE:vladimir-putin SOURCE:xi-jinping TARGET:japan @2025-03-04',
    ],
  ],
  [
    'Rubio met Lavrov and Putin in Riyadh on Tuesday. The two top diplomats signed an agreement on embassies.',
    [
      'MEETING PARTICIPANT:marco-rubio PARTICIPANT:sergei-lavrov @2025-03-04',
      'MEETING PARTICIPANT:marco-rubio PARTICIPANT:vladimir-putin @2025-03-04',
      'AGREEMENT PARTICIPANT:marco-rubio PARTICIPANT:sergei-lavrov @2025-03-04',
    ],
  ],
  // Must not: "the two diplomats" without "top" may be the staff expelled; "the heads of the delegations" are others.
  [
    'Russia expelled two Polish diplomats on Monday. Lavrov met Wang Yi on Tuesday. The two diplomats signed an agreement on visas.',
    [
      'SANCTION SOURCE:russia TARGET:poland @2025-03-03',
      'MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:wang-yi @2025-03-04',
    ],
  ],
  [
    'Putin met Xi in Moscow on Tuesday. The heads of the delegations signed an agreement on energy.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04'],
  ],
  // A president is none of "the ministers".
  [
    'Ukrainian Foreign Minister Dmytro Kuleba and Ukrainian President Volodymyr Zelensky met EU foreign ministers on Monday. The ministers later signed an agreement on grain.',
    ['MEETING PARTICIPANT:dmytro-kuleba PARTICIPANT:volodymyr-zelensky PARTICIPANT:european-union @2025-03-03'],
  ],
]);

describe('"the two countries" after two leaders and no state or one named: the states the leaders act for', () => {
  const rows: [string, string[]][] = [
    [
      'Putin met Kim Jong Un in Pyongyang on Wednesday. The two countries signed a mutual defence pact.',
      [
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @2024-06-19',
        'AGREEMENT PARTICIPANT:russia PARTICIPANT:north-korea @2024-06-19',
        'ALLIANCE PARTICIPANT:russia PARTICIPANT:north-korea @2024-06-19',
      ],
    ],
    [
      'Modi met Xi in Kazan on Wednesday. Both countries agreed to resume patrols.',
      [
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:xi-jinping @2024-06-19',
        'AGREEMENT PARTICIPANT:india PARTICIPANT:china @2024-06-19',
      ],
    ],
    // Must not: the people act for one state, or for three.
    [
      'Biden met Blinken on Wednesday. The two countries signed a pact.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:antony-blinken @2024-06-19'],
    ],
    [
      'Putin met Kim Jong Un and Xi in Pyongyang on Wednesday. The two countries signed a pact.',
      [
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @2024-06-19',
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2024-06-19',
      ],
    ],
    // One state named (Poland): the other is the state of a person named (Lithuania) …
    [
      'Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda began a visit to Poland on Wednesday. The defence ministers of both countries signed a defence pact.',
      [
        'MEETING PARTICIPANT:andrzej-duda PARTICIPANT:gitanas-nauseda @2024-06-19',
        'AGREEMENT PARTICIPANT:poland PARTICIPANT:lithuania @2024-06-19',
        'ALLIANCE PARTICIPANT:poland PARTICIPANT:lithuania @2024-06-19',
      ],
    ],
    // The sides of the latest occasion, further back than the window, when the window only mentions states …
    [
      'Erdogan met Somali President Hassan Sheikh Mohamud in Antalya on Saturday. The forum drew leaders from dozens of states. The meeting covered humanitarian aid and Israel’s massacres in the Palestinian territory. On February 8, the two countries signed a defence pact.',
      [
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud @2024-06-15',
        'AGREEMENT PARTICIPANT:turkey PARTICIPANT:somalia @2024-02-08',
        'ALLIANCE PARTICIPANT:turkey PARTICIPANT:somalia @2024-02-08',
      ],
    ],
    // … not when the window has an occasion of its own (Egypt and Israel's talks).
    [
      'Erdogan met Somali President Hassan Sheikh Mohamud in Antalya on Saturday. The forum drew leaders from dozens of states. Egypt and Israel held talks in Cairo on Friday. The two countries signed a deal on gas.',
      [
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud @2024-06-15',
        'NEGOTIATION PARTICIPANT:egypt PARTICIPANT:israel @2024-06-14',
        'AGREEMENT PARTICIPANT:egypt PARTICIPANT:israel @2024-06-15',
      ],
    ],
    // … but not when the people act for two others (Lithuania and Germany besides Poland: three).
    [
      'Lithuanian President Gitanas Nauseda visited Poland on Wednesday, where he met German Chancellor Olaf Scholz. Both countries signed a deal.',
      [
        'MEETING PARTICIPANT:gitanas-nauseda PARTICIPANT:poland @2024-06-19',
        'MEETING PARTICIPANT:gitanas-nauseda PARTICIPANT:olaf-scholz @2024-06-19',
      ],
    ],
  ];
  it.each(rows)('%s', (text, expected) => expect(eventsOf(text, '2024-06-20')).toEqual(expected));
});

describe('"the American diplomat": the one person of that state who runs its diplomacy', () => {
  const rows: [string, string[]][] = [
    [
      'Blinken arrived in Beijing on Friday. The American diplomat met Wang Yi.',
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:wang-yi @2024-06-14'],
    ],
    // Must not: a president is no diplomat.
    ['Biden arrived in Beijing on Friday. The American diplomat met Wang Yi.', []],
  ];
  it.each(rows)('%s', (text, expected) => expect(eventsOf(text, '2024-06-20')).toEqual(expected));
});

describe('"his Japanese counterpart", no one named: who held the office in that state on the article\'s date', () => {
  const rows: [string, string, string[]][] = [
    // A head of government's counterpart is the other head of government (Japan's Prime Minister in March 2025) …
    [
      'Modi held talks with his Japanese counterpart on Monday.',
      '2025-03-10',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:shigeru-ishiba @2025-03-10'],
    ],
    // … and the date chooses the holder (Japan's Prime Minister in November 2025).
    [
      'Modi held talks with his Japanese counterpart on Monday.',
      '2025-11-04',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:sanae-takaichi @2025-11-03'],
    ],
    // A foreign minister's and a defence minister's.
    [
      'Japanese Foreign Minister Yoko Kamikawa met her Chinese counterpart in Vientiane on Friday.',
      '2024-07-27',
      ['MEETING PARTICIPANT:yoko-kamikawa PARTICIPANT:wang-yi @2024-07-26'],
    ],
    [
      'British Defence Secretary John Healey arrived in Berlin on Monday. He held talks with his German counterpart.',
      '2025-03-04',
      ['MEETING PARTICIPANT:john-healey PARTICIPANT:boris-pistorius @2025-03-03'],
    ],
    // The pair after it is the owner and the holder.
    [
      'Modi held talks with his Japanese counterpart on Monday. The two leaders signed an agreement on semiconductors.',
      '2025-03-10',
      [
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:shigeru-ishiba @2025-03-10',
        'AGREEMENT PARTICIPANT:narendra-modi PARTICIPANT:shigeru-ishiba @2025-03-10',
      ],
    ],
    // Must not: a president's counterpart is a president, and the United Kingdom has none: the state stays.
    [
      'French President Emmanuel Macron held talks with his British counterpart on Monday.',
      '2025-03-04',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:united-kingdom @2025-03-03'],
    ],
    // Must not: a deputy has no counterpart in the gazetteer's offices.
    [
      'Indian Deputy Prime Minister Ram Kumar held talks with his Japanese counterpart on Monday.',
      '2025-03-10',
      ['MEETING PARTICIPANT:ram-kumar PARTICIPANT:japan @2025-03-10'],
    ],
    // Must not: with no date, nobody can say who held the office.
    [
      'Indian Prime Minister Narendra Modi held talks with his Japanese counterpart on Monday.',
      '',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:japan @null'],
    ],
    // Must not: a name with "counterpart" is that person, whoever held the office.
    [
      'Modi held talks with his Japanese counterpart Fumio Kishida on Monday.',
      '2025-03-10',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:fumio-kishida @2025-03-10'],
    ],
  ];
  it.each(rows)('%s (%s)', (text, published, expected) => expect(eventsOf(text, published || null)).toEqual(expected));

  it('adds the holder to the actors, with the role and state held then', () => {
    const graph = extract(articleOf('Modi held talks with his Japanese counterpart on Monday.', '2025-03-10'));
    expect(graph.actors.find((x) => x.id === 'shigeru-ishiba')).toMatchObject({
      name: 'Shigeru Ishiba',
      kind: 'PERSON',
      role: 'Prime Minister',
      affiliation: 'japan',
      held: { title: 'Prime Minister', of: 'japan', from: '2024-10-01', to: '2025-10-21' },
    });
  });
  it('adds no actor that no event names', () => {
    const graph = extract(articleOf('Modi said his Japanese counterpart was a friend.', '2025-03-10'));
    expect(graph.actors.map((x) => x.id)).not.toContain('shigeru-ishiba');
  });
});

eventTable('"she" and "he": a person the gender fits, by the given name or the title', [
  // The subject, when the pronoun fits it.
  [
    'French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. He later called Zelensky.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03',
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:volodymyr-zelensky @2025-03-03',
    ],
  ],
  // A subject of the other gender: the one person named there whom the pronoun fits.
  [
    'Macron met Meloni in Rome on Monday. She later called Zelensky.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:giorgia-meloni @2025-03-03',
      'CALL PARTICIPANT:giorgia-meloni PARTICIPANT:volodymyr-zelensky @2025-03-03',
    ],
  ],
  [
    'Meloni met Macron in Rome on Monday. He later called Zelensky.',
    [
      'MEETING PARTICIPANT:giorgia-meloni PARTICIPANT:emmanuel-macron @2025-03-03',
      'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:volodymyr-zelensky @2025-03-03',
    ],
  ],
  // An honorific says it too.
  [
    'Queen Rania of Jordan met Macron in Paris on Monday. She later called Zelensky.',
    [
      'MEETING PARTICIPANT:rania PARTICIPANT:emmanuel-macron @2025-03-03',
      'CALL PARTICIPANT:rania PARTICIPANT:volodymyr-zelensky @2025-03-03',
    ],
  ],
  // An accented given name, read as the lists spell it ("Mélanie": female).
  [
    'Canadian Foreign Minister Mélanie Joly met Rubio in Ottawa on Monday. She later called Zelensky.',
    [
      'MEETING PARTICIPANT:melanie-joly PARTICIPANT:marco-rubio @2025-03-03',
      'CALL PARTICIPANT:melanie-joly PARTICIPANT:volodymyr-zelensky @2025-03-03',
    ],
  ],
  // Must not: "him" is no woman.
  ['Meloni arrived in Paris on Monday. Macron welcomed him at the Elysee.', []],
  // Must not: "she" for a person nothing says is a woman ("Ishiba", "Modi"), nor for one of two women.
  [
    'Ishiba met Modi in Tokyo on Monday. She later called Zelensky.',
    ['MEETING PARTICIPANT:shigeru-ishiba PARTICIPANT:narendra-modi @2025-03-03'],
  ],
  [
    'Macron met Meloni and Baerbock in Rome on Monday. She later called Zelensky.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:giorgia-meloni @2025-03-03',
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:annalena-baerbock @2025-03-03',
    ],
  ],
  // Must not: "Kim" names men too ("Kim Jong Un"): no woman.
  [
    'North Korean leader Kim Jong Un met Putin in Vladivostok on Monday. She later called Lukashenko.',
    ['MEETING PARTICIPANT:kim-jong-un PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
]);

describe('FEMALE_GIVEN_NAMES: each given name lets "she" stand for its bearer', () => {
  const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  it.each(FEMALE_GIVEN_NAMES.map((n) => [n]))('%s', (n) => {
    const text = `French President Emmanuel Macron met Italian Foreign Minister ${capitalised(n)} Rossetti in Rome on Monday. She later called Zelensky.`;
    expect(eventsOf(text)).toContain(`CALL PARTICIPANT:${n}-rossetti PARTICIPANT:volodymyr-zelensky @2025-03-03`);
  });
});

describe('a pair phrase after a verb of saying is the subject of its own verb', () => {
  const rows: [string, string[]][] = [
    [
      'Putin and Obama spoke by telephone on Thursday. The Kremlin said the two men agreed to lift visa requirements.',
      [
        'CALL PARTICIPANT:vladimir-putin PARTICIPANT:barack-obama @2015-06-25',
        'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:barack-obama @2015-06-25',
      ],
    ],
    [
      'Putin met Xi in Moscow on Thursday. Officials said both sides agreed to expand trade.',
      [
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2015-06-25',
        'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2015-06-25',
      ],
    ],
    // Must not: a state's people described by a participle ("Russians accused of") accuse nobody.
    [
      'The US imposed sanctions on seven Russians accused of hacking on Thursday.',
      ['SANCTION SOURCE:united-states TARGET:russia @2015-06-25'],
    ],
  ];
  it.each(rows)('%s', (text, expected) => expect(eventsOf(text, '2015-06-26')).toEqual(expected));
});

eventTable('"I" and "we" in a quotation: its speaker, and the speaker\'s state or organisation', [
  ['“I met Putin on Monday,” Biden said.', ['MEETING PARTICIPANT:joe-biden PARTICIPANT:vladimir-putin @2025-03-03']],
  ['“I spoke with Xi on Monday,” said Trump.', ['CALL PARTICIPANT:donald-trump PARTICIPANT:xi-jinping @2025-03-03']],
  ['Biden said: “I met Putin on Monday.”', ['MEETING PARTICIPANT:joe-biden PARTICIPANT:vladimir-putin @2025-03-03']],
  // The speaker "he" stands for.
  [
    'US President Joe Biden arrived in Geneva on Sunday. “I met Putin on Monday,” he said.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  // "we": the state a person speaks for, or the state or organisation speaking.
  [
    '“We strongly condemned Russia on Monday,” German Chancellor Olaf Scholz said.',
    ['CRITICISM SOURCE:germany TARGET:russia @2025-03-03'],
  ],
  ['“We condemned Israel on Monday,” Hamas said in a statement.', ['CRITICISM SOURCE:hamas TARGET:israel @2025-03-03']],
  // The reporter's "he" is the speaker, not a person inside the quoted words.
  [
    '“Putin is lying about the war,” Zelensky said on Monday. He later called Macron.',
    ['CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-03-03'],
  ],
  // Must not: no speaker named, a speaker with no state known for "we", a first person outside any quotation.
  ['“We strongly condemned Russia on Monday,” an analyst said.', []],
  ['“We strongly condemned Russia on Monday,” said John Smithers, a professor.', []],
  ['I met Putin on Monday, the report said.', []],
]);

eventTable('"his host(s)": the other side of the meeting its owner just had', [
  [
    'Zelensky visited Ankara on Monday. He later signed an agreement with his hosts.',
    [
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:turkey @2025-03-03',
      'AGREEMENT PARTICIPANT:volodymyr-zelensky PARTICIPANT:turkey @2025-03-03',
    ],
  ],
  [
    'Erdogan hosted Zelensky in Ankara on Monday. Zelensky thanked his host for mediating with Russia.',
    [
      'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2025-03-03',
      'MEDIATION MEDIATOR:recep-tayyip-erdogan PARTY:russia @2025-03-03',
    ],
  ],
  // Must not: two met in one sentence (no one host), or a phone call (no host).
  [
    'Zelensky met Macron and Scholz on Monday. He later signed an agreement with his hosts.',
    [
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-03-03',
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:olaf-scholz @2025-03-03',
    ],
  ],
  [
    'Zelensky spoke with Erdogan by phone on Monday. He later signed an agreement with his host.',
    ['CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:recep-tayyip-erdogan @2025-03-03'],
  ],
]);

eventTable(
  '"his Russian and Ukrainian counterparts": one person\'s counterparts of several states, each its own officeholder',
  [
    // (RFE/RL 2022: "separate phone calls with his Russian and Ukrainian counterparts", named only in the next sentences.)
    [
      'Turkish President Recep Tayyip Erdogan held separate phone calls with his Russian and Ukrainian counterparts on Sunday. Russian President Vladimir Putin spoke of grain. Ukrainian President Volodymyr Zelensky spoke of generators.',
      [
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-02',
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2025-03-02',
      ],
    ],
    // A state whose counterpart is not known keeps the states (the group reading), all or nothing.
    [
      'Turkish President Recep Tayyip Erdogan held separate phone calls with his Russian and Ukrainian counterparts on Sunday. Russian President Vladimir Putin spoke of grain.',
      [
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:russia @2025-03-02',
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:ukraine @2025-03-02',
      ],
    ],
    // Many owners have no one office: "their" counterparts stay the states.
    [
      'Turkish Foreign Minister Hakan Fidan and Egyptian Foreign Minister Badr Abdelatty met their Russian and Ukrainian counterparts on Sunday. Russian Foreign Minister Sergei Lavrov spoke of grain. Ukrainian Foreign Minister Andrii Sybiha spoke of generators.',
      [
        'MEETING PARTICIPANT:hakan-fidan PARTICIPANT:badr-abdelatty @2025-03-02',
        'MEETING PARTICIPANT:hakan-fidan PARTICIPANT:russia @2025-03-02',
        'MEETING PARTICIPANT:hakan-fidan PARTICIPANT:ukraine @2025-03-02',
        'MEETING PARTICIPANT:badr-abdelatty PARTICIPANT:russia @2025-03-02',
        'MEETING PARTICIPANT:badr-abdelatty PARTICIPANT:ukraine @2025-03-02',
      ],
    ],
  ],
);

eventTable('"his country", "her nation": the state the person of the possessive acts for', [
  // (NPR, Israel National News 2023: "Scholz announced that his country will send at least 14 Leopard 2 tanks".)
  [
    'German Chancellor Olaf Scholz announced on Wednesday that his country will send 14 Leopard 2 tanks to Ukraine.',
    ['SUPPLY SOURCE:germany TARGET:ukraine @2025-02-26'],
  ],
  [
    'Italian Prime Minister Giorgia Meloni said on Monday that her nation condemned Russia.',
    ['CRITICISM SOURCE:italy TARGET:russia @2025-03-03'],
  ],
  // Nobody the possessive stands for has a state: no source.
  ['The analyst said on Monday that his country will send tanks to Ukraine.', []],
]);

eventTable('"the two" are the sides of the latest two-sided event, past an act of one side on another told since', [
  [
    'Penny Wong met Wang Yi in Beijing on Wednesday. On Tuesday, China had condemned Australia over its new defence pact. Wong said the two had agreed to further discussions.',
    [
      'MEETING PARTICIPANT:penny-wong PARTICIPANT:wang-yi @2025-02-26',
      'CRITICISM SOURCE:china TARGET:australia @2025-03-04',
      'AGREEMENT PARTICIPANT:penny-wong PARTICIPANT:wang-yi @2025-02-26',
    ],
  ],
  // (No two-sided event in reach: "the two" stands for no one.)
  [
    'China sanctioned US defense firms on Friday. The two had agreed to further discussions.',
    ['SANCTION SOURCE:china TARGET:united-states @2025-02-28'],
  ],
]);
