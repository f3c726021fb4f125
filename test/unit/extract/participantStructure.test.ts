import { eventTable } from './eventTable';

/**
 * Participants read from the structure of a sentence (6-events/structure.ts, clause.ts, agent.ts, participants.ts):
 * one table per construction, with rows that must give the edges and rows that must not. The rows retell the
 * phrasings of wire news and official readouts in other words.
 */

eventTable('those who act or speak for an actor stand for it: "ministers from", "a spokesman for"', [
  [
    'Foreign ministers from Egypt, Jordan and Saudi Arabia met in Cairo on Sunday.',
    ['MEETING PARTICIPANT:egypt PARTICIPANT:jordan PARTICIPANT:saudi-arabia @2025-03-02'],
  ],
  [
    'Delegations from Russia and Ukraine met in Istanbul on Friday.',
    ['MEETING PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28'],
  ],
  [
    'Officials from China and the United States held talks in Geneva.',
    ['MEETING PARTICIPANT:china PARTICIPANT:united-states @2025-03-04'],
  ],
  [
    'A spokesman for the Chinese Foreign Ministry condemned the US strikes on Iran on Sunday.',
    [
      'CRITICISM SOURCE:china TARGET:united-states @2025-03-02',
      'CONFLICT PARTICIPANT:united-states PARTICIPANT:iran @2025-03-02',
    ],
  ],
  [
    'A spokeswoman for the Russian foreign ministry criticised Israel on Tuesday.',
    ['CRITICISM SOURCE:russia TARGET:israel @2025-03-04'],
  ],
  // Must not: a place or a purpose after "from" and "for" is no one spoken for.
  ['Refugees from Syria and Iraq met in Berlin on Sunday.', []],
  ['Funds for Ukraine and Moldova were discussed on Sunday.', []],
  ['A spokesman said Russia condemned the decision on Sunday.', []],
]);

eventTable(
  'criticism of what an actor did falls on the actor: a passive\'s "by" and a noun\'s "from" name who voiced it',
  [
    [
      'Russia’s annexation of the four regions was condemned by Britain, Germany and Japan on Friday.',
      ['CRITICISM SOURCE:united-kingdom SOURCE:germany SOURCE:japan TARGET:russia @2025-02-28'],
    ],
    [
      'Iran’s missile attack was strongly condemned by the United States, France and the European Union.',
      ['CRITICISM SOURCE:united-states SOURCE:france SOURCE:european-union TARGET:iran @2025-03-04'],
    ],
    [
      'Israel’s strike on Doha drew condemnation from Saudi Arabia, Egypt and Jordan.',
      // (The strike on Doha is itself force by Israel on Qatar, the capital standing for its state.)
      [
        'CONFLICT PARTICIPANT:israel PARTICIPANT:qatar @null',
        'CRITICISM SOURCE:saudi-arabia SOURCE:egypt SOURCE:jordan TARGET:israel @2025-03-04',
      ],
    ],
    [
      'Israel drew sharp criticism from Saudi Arabia and Egypt on Monday.',
      ['CRITICISM SOURCE:saudi-arabia SOURCE:egypt TARGET:israel @2025-03-03'],
    ],
    [
      'The Philippines faced fresh criticism from China over the patrols.',
      ['CRITICISM SOURCE:china TARGET:philippines @2025-03-04'],
    ],
    // Must not: a deed nobody is said to have done, people rather than a deed, criticism aimed at no one.
    ['The attack on the hotel was condemned by the United Nations and the African Union.', []],
    ['Ukraine’s allies were condemned by Russia on Friday.', []],
    ['Criticism from Beijing grew after the vote.', []],
  ],
);

eventTable(
  'a list of the people of states (citizens, nationals, civilians of X, Y and Z) names victims or origins, no parties',
  [
    ['The bombing killed nationals of Britain, Canada and Australia on Sunday.', []],
    ['The attack killed citizens of France, Germany and Italy.', []],
    ['Russia’s strike on the mall killed nationals of Britain and Canada.', []],
    // Must still fire: the parties named otherwise.
    [
      'Russia attacked Ukraine on Sunday, killing civilians.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-02'],
    ],
    [
      'The clashes between Armenia and Azerbaijan killed civilians from both countries.',
      ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @null'],
    ],
    [
      'Israel attacked the Houthis in Yemen, killing nationals of several states.',
      ['CONFLICT PARTICIPANT:israel PARTICIPANT:houthis @null'],
    ],
  ],
);

eventTable(
  'a participle describing a person before the name ("visiting", "outgoing") is no verb that ends the object',
  [
    [
      'Xi met visiting Brazilian President Lula in Beijing on Friday.',
      ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:luiz-inacio-lula-da-silva @2025-02-28'],
    ],
    [
      'Biden met outgoing Dutch Prime Minister Mark Rutte at the White House.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:mark-rutte @2025-03-04'],
    ],
    // Must not: a verb of its own before the actor still ends the object.
    ['Xi met reporters after visiting Brazil on Friday.', []],
  ],
);

eventTable(
  'a participle after the object of a preposition describes it ("talks with X hosted by Y"); the gerund\'s agent after "after" is the clause subject',
  [
    [
      'Aliyev flew home after holding talks with Armenian Prime Minister Nikol Pashinyan hosted by German Chancellor Olaf Scholz.',
      ['MEETING PARTICIPANT:ilham-aliyev PARTICIPANT:nikol-pashinyan @2025-03-04'],
    ],
    [
      'Modi spoke to reporters before holding talks with Putin on Tuesday.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:vladimir-putin @2025-03-04'],
    ],
    // Must not: the host of others' talks did not meet the one who arrived (was a meeting of Aliyev and Scholz).
    [
      'Aliyev arrived in Munich after talks with Pashinyan hosted by Scholz.',
      ['MEETING PARTICIPANT:ilham-aliyev PARTICIPANT:nikol-pashinyan @2025-03-04'],
    ],
    // Must not: "for" names the one who did it, the object before it.
    [
      'Erdogan criticised Netanyahu for holding talks with the Houthis.',
      ['CRITICISM SOURCE:recep-tayyip-erdogan TARGET:benjamin-netanyahu @2025-03-04'],
    ],
  ],
);

eventTable(
  "those a verb's unnamed subject met, called or received did not meet one another",
  [
    ['On the sidelines of the summit, he met Yoon Suk Yeol, Recep Tayyip Erdogan and Azali Assoumani.', []],
    ['Later that day she received Emmanuel Macron and Olaf Scholz.', []],
    // Must still fire: a named subject meets each of them; a passive's agents are the sides.
    [
      'On the sidelines of the summit, Modi met Yoon Suk Yeol and Recep Tayyip Erdogan.',
      [
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:yoon-suk-yeol @2023-09-10',
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:recep-tayyip-erdogan @2023-09-10',
      ],
    ],
    [
      'The accord was signed by Olivier Nduhungirehe and Therese Kayikwamba Wagner on Friday.',
      [
        'AGREEMENT PARTICIPANT:olivier-nduhungirehe PARTICIPANT:therese-kayikwamba-wagner @2023-09-08',
        'MEETING PARTICIPANT:olivier-nduhungirehe PARTICIPANT:therese-kayikwamba-wagner @2023-09-08',
      ],
    ],
  ],
  '2023-09-10',
);

eventTable('objects: those who act for a state before it, states\' adjectives in a list, and "each other"', [
  [
    'The accord was signed by the foreign ministers of Armenia and Azerbaijan in Washington.',
    ['AGREEMENT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-04'],
  ],
  [
    'The United States imposed sanctions against Iranian, Chinese and Emirati firms.',
    [
      'SANCTION SOURCE:united-states TARGET:iran @null',
      'SANCTION SOURCE:united-states TARGET:china @null',
      'SANCTION SOURCE:united-states TARGET:united-arab-emirates @null',
    ],
  ],
  [
    'Ukraine and Russia accused each other of violating the truce.',
    ['CRITICISM SOURCE:ukraine TARGET:russia @2025-03-04', 'CRITICISM SOURCE:russia TARGET:ukraine @2025-03-04'],
  ],
  [
    'India and Pakistan blamed one another for the escalation on Monday.',
    ['CRITICISM SOURCE:india TARGET:pakistan @2025-03-03', 'CRITICISM SOURCE:pakistan TARGET:india @2025-03-03'],
  ],
  // Must not: adjectives that qualify the speakers, not the targets; "each other" with one side named.
  ['The United States imposed sanctions on the firms, Chinese and Russian officials said.', []],
  [
    'Russia accused Ukraine of attacking each other’s positions.',
    ['CRITICISM SOURCE:russia TARGET:ukraine @2025-03-04'],
  ],
]);

eventTable('two or more actors after the "of" of a noun of talks are its sides, as after "between"', [
  [
    'The meeting of the foreign ministers of Russia and China took place in Moscow on Monday.',
    ['MEETING PARTICIPANT:russia PARTICIPANT:china @2025-03-03'],
  ],
  [
    'Putin hosted the meeting of Ilham Aliyev and Nikol Pashinyan on Thursday.',
    [
      'MEDIATION MEDIATOR:vladimir-putin PARTY:ilham-aliyev PARTY:nikol-pashinyan @2025-02-27',
      'MEETING PARTICIPANT:ilham-aliyev PARTICIPANT:nikol-pashinyan @2025-02-27',
    ],
  ],
  // Must not: one body's meeting has no sides; nor does a meeting of one state's people.
  ['The meeting of the UN Security Council was held on Monday.', []],
  ['Lavrov attended a meeting of the foreign ministers of the BRICS states on Monday.', []],
]);

eventTable(
  'a call noun\'s "to" names whom it was made to, and a date may stand between a plural noun and its "including" list',
  [
    [
      'Obama made phone calls on Saturday to British Prime Minister David Cameron and French President Francois Hollande.',
      [
        'CALL PARTICIPANT:barack-obama PARTICIPANT:david-cameron @2014-03-08',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:francois-hollande @2014-03-08',
      ],
    ],
    [
      'Obama called several world leaders on Saturday, including British Prime Minister David Cameron and French President Francois Hollande.',
      [
        'CALL PARTICIPANT:barack-obama PARTICIPANT:david-cameron @2014-03-08',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:francois-hollande @2014-03-08',
      ],
    ],
    // Must not: an appeal "to" do something, a call no one is said to have made.
    ['Erdogan answered calls to end the war with Russia.', []],
    ['The call to Putin lasted two hours.', []],
  ],
  '2014-03-10',
);

eventTable('"X joined Y in doing": both do it', [
  [
    'Japan joined the United States and the European Union in imposing sanctions on Russia.',
    ['SANCTION SOURCE:japan SOURCE:united-states SOURCE:european-union TARGET:russia @null'],
  ],
  [
    'Britain joined France in condemning North Korea on Monday.',
    ['CRITICISM SOURCE:united-kingdom SOURCE:france TARGET:north-korea @2025-03-03'],
  ],
  // Must not: joining a place or a body is no joint deed; the deed's object is no one who joined.
  ['Zelensky joined Macron in Paris on Monday.', []],
  [
    'Britain joined France in condemning the attack by Iran.',
    ['CRITICISM SOURCE:united-kingdom SOURCE:france TARGET:iran @2025-03-04'],
  ],
]);

eventTable('the origin of the weapons an attack is made with supplied them; it is no side of the attack', [
  [
    'Russia attacked Kyiv with Iranian-made drones on Sunday.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-02'],
  ],
  ['Russia attacked Ukraine with North Korean missiles.', ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null']],
  ['Russian forces struck the port with Iranian drones overnight.', []],
  ['Ukraine reported Russian attacks with Iranian-made Shahed-136 drones on Sunday.', []],
  // Must still fire: a state after "with" is the other side, and the drones shot down are a side's.
  [
    'Armenian forces clashed with Azerbaijan on Tuesday.',
    ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-04'],
  ],
  ['India shot down Pakistani drones on Sunday.', ['CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-02']],
]);

eventTable('a colon after a noun of talks or a plural object spells out its members ("meetings: with A and with B")', [
  [
    'Lula held two other bilateral meetings: with the president of Argentina, Alberto Fernandez, and with the president of Guyana, Irfaan Ali.',
    [
      'MEETING PARTICIPANT:luiz-inacio-lula-da-silva PARTICIPANT:alberto-fernandez @2025-03-04',
      'MEETING PARTICIPANT:luiz-inacio-lula-da-silva PARTICIPANT:irfaan-ali @2025-03-04',
    ],
  ],
  [
    'Modi met three leaders on Sunday: Macron, Scholz and Meloni.',
    [
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:emmanuel-macron @2025-03-02',
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:olaf-scholz @2025-03-02',
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:giorgia-meloni @2025-03-02',
    ],
  ],
  // Must not: a colon before a clause of its own, a list of topics, a colon after a singular noun.
  ['Lula held two meetings on Tuesday: Petro said the talks were useful.', []],
  ['Modi discussed three issues: trade, Ukraine and Gaza.', []],
  ['Modi met the press on Sunday: Macron, he said, was a friend.', []],
]);

eventTable(
  'a short aside set off by commas after "and" keeps the last member in its list ("and, to a lesser extent, Italy")',
  [
    [
      'Kyiv has criticised France, Germany and, to a lesser extent, Italy for being slow to deliver weapons.',
      [
        'CRITICISM SOURCE:ukraine TARGET:france @2025-03-04',
        'CRITICISM SOURCE:ukraine TARGET:germany @2025-03-04',
        'CRITICISM SOURCE:ukraine TARGET:italy @2025-03-04',
      ],
    ],
    [
      'Zelensky met Macron, Scholz and, later in the day, Meloni.',
      [
        'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-03-04',
        'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:olaf-scholz @2025-03-04',
        'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:giorgia-meloni @2025-03-04',
      ],
    ],
    [
      'Russia condemned Britain and, above all, the United States.',
      [
        'CRITICISM SOURCE:russia TARGET:united-kingdom @2025-03-04',
        'CRITICISM SOURCE:russia TARGET:united-states @2025-03-04',
      ],
    ],
    // Must not: the actor after the aside opens a clause of its own; an aside naming a day or a place is no aside.
    [
      'Zelensky met Macron and, in response, Italy said it would send more aid.',
      ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron @2025-03-04'],
    ],
    [
      'Russia condemned Britain and, in a separate statement, Iran warned of retaliation.',
      ['CRITICISM SOURCE:russia TARGET:united-kingdom @2025-03-04'],
    ],
  ],
);

eventTable(
  'a participle after a comma, or a support verb joined by "and", shares the clause\'s subject ("flew to Beijing, meeting Xi")',
  [
    [
      'Macron flew to Beijing on Wednesday, meeting Xi Jinping for three hours.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:xi-jinping @2025-02-26'],
    ],
    [
      'Erdogan flew to Baku on Friday, meeting Aliyev and Pashinyan.',
      [
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:ilham-aliyev @2025-02-28',
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:nikol-pashinyan @2025-02-28',
      ],
    ],
    [
      'Blinken went to Cairo and held talks with Sisi.',
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:abdel-fattah-el-sisi @2025-03-04'],
    ],
    [
      'Blinken flew to Doha on Monday and held a phone call with Erdogan.',
      ['CALL PARTICIPANT:antony-blinken PARTICIPANT:recep-tayyip-erdogan @2025-03-03'],
    ],
    // Must not: a talk only hoped for; a subject of its own before the support verb holds the talks, not the first
    // clause's (nor is it a member of the list after the first clause's preposition).
    ['Macron arrived in Beijing on Wednesday, saying he hoped for a meeting with Xi.', []],
    [
      'Putin went to Beijing and Lula held talks with Xi Jinping.',
      ['MEETING PARTICIPANT:luiz-inacio-lula-da-silva PARTICIPANT:xi-jinping @2025-03-04'],
    ],
    // (Nor does "between" lose its "and", nor an aside in dashes its last member.)
    [
      'Ramaphosa indicated that relations between South Africa and the US were also discussed with Trump.',
      ['MEETING PARTICIPANT:cyril-ramaphosa PARTICIPANT:donald-trump @2025-03-04'],
    ],
    [
      'Earlier today, Iran - and its proxies operating out of Yemen, Syria and Iraq - launched an air attack against Israel.',
      ['CONFLICT PARTICIPANT:iran PARTICIPANT:israel @2025-03-04'],
    ],
    [
      'Putin went to Minsk and Lukashenko held talks with Xi.',
      ['MEETING PARTICIPANT:alexander-lukashenko PARTICIPANT:xi-jinping @2025-03-04'],
    ],
  ],
);

eventTable(
  "a verb rule's word used as the noun object of another trigger is its possessor's deed (\"condemned North Korea's launch\")",
  [
    [
      'The United States, Britain and France have condemned North Korea’s launch of a ballistic missile.',
      ['CRITICISM SOURCE:united-states SOURCE:united-kingdom SOURCE:france TARGET:north-korea @2025-03-04'],
    ],
    [
      'France condemned the launch of a ballistic missile by North Korea.',
      ['CRITICISM SOURCE:france TARGET:north-korea @2025-03-04'],
    ],
    // Must still fire: the word as a verb, or as a noun no other trigger governs.
    [
      'North Korea fired a ballistic missile toward Japan on Sunday.',
      ['CONFLICT PARTICIPANT:north-korea PARTICIPANT:japan @2025-03-02'],
    ],
    ['Russia continued its attack on Kyiv on Sunday.', ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-02']],
  ],
);

eventTable(
  'a body that names a gathering ("a NATO summit", "the Security Council meeting") is no subject of the clause',
  [
    [
      'Before the Security Council meeting, Britain criticised Russia.',
      ['CRITICISM SOURCE:united-kingdom TARGET:russia @2025-03-04'],
    ],
    [
      'After a NATO summit in Vilnius, the ambassadors of Britain and France criticised Russia.',
      ['CRITICISM SOURCE:united-kingdom SOURCE:france TARGET:russia @2025-03-04'],
    ],
    // Must not: a gathering's body as the speaker when the speakers are not named.
    [
      'Speaking in New York before an emergency Security Council meeting, the ambassadors of the three countries denounced the DPRK.',
      [],
    ],
    // Must still fire: a state's forces named before the noun of their force act.
    [
      'Israel’s military operations have killed at least 39,000 Palestinians since early October.',
      ['CONFLICT PARTICIPANT:israel PARTICIPANT:palestine @2024-10'],
    ],
  ],
);

eventTable('a clause opened by "since", "after", "when" ends at its comma: the actor after it is no object', [
  [
    'On the first US visit to Ukraine since Russia invaded two months ago, Washington’s top diplomat pledged more aid.',
    ['MEETING PARTICIPANT:united-states PARTICIPANT:ukraine @null'],
  ],
  [
    'Since Russia invaded in 2022, Britain has sent weapons to Ukraine.',
    ['SUPPLY SOURCE:united-kingdom TARGET:ukraine @2022'],
  ],
  // Must still fire: the object inside the clause, before its comma.
  [
    'When Israel struck Iran on Friday, Hezbollah stayed out.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:iran @2025-02-28'],
  ],
]);

eventTable(
  'criticism of an act done to an actor ("the arrest of Keita", "the invasion of Ukraine") does not aim at it',
  [
    ['Guterres condemned the arrest of President Ibrahim Boubacar Keita.', []],
    ['Britain condemned the invasion of Ukraine.', []],
    ['Egypt condemned the assassination of Hassan Nasrallah.', []],
    // Must still fire: the one who did it, after "by" or as the possessor; an act the actor after "of" did.
    [
      'Britain condemned the invasion of Ukraine by Russia.',
      ['CRITICISM SOURCE:united-kingdom TARGET:russia @2025-03-04'],
    ],
    [
      'The EU condemned the occupation of the West Bank by Israel.',
      ['CRITICISM SOURCE:european-union TARGET:israel @2025-03-04'],
    ],
    [
      'The EU condemned the decision of Russia to annex Crimea.',
      ['CRITICISM SOURCE:european-union TARGET:russia @2025-03-04'],
    ],
  ],
);

eventTable('a list of places stays a list of places past a member\'s "the" ("entities in Iran, the UAE and China")', [
  [
    'The United States on Tuesday imposed sanctions on entities and individuals in Iran, the United Arab Emirates and China.',
    [],
  ],
  // Must still fire: the states themselves sanctioned or visited.
  [
    'The EU imposed sanctions on Iran, the United Arab Emirates and China.',
    [
      'SANCTION SOURCE:european-union TARGET:iran @null',
      'SANCTION SOURCE:european-union TARGET:united-arab-emirates @null',
      'SANCTION SOURCE:european-union TARGET:china @null',
    ],
  ],
  [
    'Blinken visited Egypt, the United Arab Emirates and Qatar on Monday.',
    [
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:egypt @2025-03-03',
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:united-arab-emirates @2025-03-03',
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:qatar @2025-03-03',
    ],
  ],
]);

eventTable(
  'a person\'s titles after an apposed "his counterpart," are skipped ("talks with his counterpart, Foreign Minister X")',
  [
    [
      'Lavrov held talks with his counterpart, Foreign Minister Wang Yi.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:wang-yi @2025-03-04'],
    ],
    [
      'Imran Khan also held delegation-level talks with his counterpart, Prime Minister Narendra Modi.',
      ['MEETING PARTICIPANT:imran-khan PARTICIPANT:narendra-modi @2025-03-04'],
    ],
    // Must not: title words before a group of a state's people name no person to talk with.
    ['Rubio held separate calls with senior Indian and Pakistani officials.', []],
  ],
);

eventTable('a gerund that opens the sentence ("After meeting X, Y said") is done by the subject after its comma', [
  [
    'After meeting Russian President Vladimir Putin in Moscow on Monday, French President Emmanuel Macron travelled to Kyiv.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  [
    'Before meeting Biden, Zelensky addressed Congress.',
    ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:joe-biden @2025-03-04'],
  ],
  // (The subject's coordinated members all met: the comma ends the gerund's object, whatever list follows it.)
  [
    'After meeting Putin, Erdogan and Aliyev said a deal was close.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:ilham-aliyev PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
  // Must not: no actor after the comma, no agent.
  ['After meeting Putin on Monday, officials said a deal was close.', []],
]);

eventTable('criticism drawn: "X drew criticism from Y" (compromise reads a lower-case "drew" as the name Drew)', [
  [
    'US President Donald Trump drew criticism from French President Emmanuel Macron on Monday.',
    ['CRITICISM SOURCE:emmanuel-macron TARGET:donald-trump @2025-03-03'],
  ],
  // Must not: an unnamed deed drawing it names no target.
  ['The move drew criticism from French President Emmanuel Macron on Monday.', []],
]);

eventTable('owners coordinated before a possessive share what it owns ("Lavrov and Rubio\'s meeting")', [
  [
    "Lavrov and Rubio's meeting in Riyadh lasted four hours.",
    ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:marco-rubio @2025-03-04'],
  ],
  [
    "Modi, Albanese and Kishida's talks focused on the Quad.",
    ['MEETING PARTICIPANT:anthony-albanese PARTICIPANT:narendra-modi PARTICIPANT:fumio-kishida @2025-03-04'],
  ],
  // Must not: a possessive alone owns alone ("Biden's meeting with Xi": Biden and Xi, nobody before).
  [
    "Macron said Biden's meeting with Xi lasted four hours.",
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-03-04'],
  ],
]);

/**
 * The noun phrase before a list's "including" may be long ("has called more than a dozen key world leaders including
 * the Indian Prime Minister Manmohan Singh", PTI via The Hindu BusinessLine 2012; "spoke with a number of world leaders,
 * including").
 */
eventTable('a long plural noun phrase before "including"', [
  [
    'Barack Obama has called more than a dozen key world leaders including the Indian Prime Minister Manmohan Singh.',
    ['CALL PARTICIPANT:barack-obama PARTICIPANT:manmohan-singh @2025-03-04'],
  ],
  [
    'Barack Obama spoke with a number of world leaders, including David Cameron.',
    ['CALL PARTICIPANT:barack-obama PARTICIPANT:david-cameron @2025-03-04'],
  ],
  // Must not: a list of no people after the noun; places inside the noun phrase end it.
  ['Barack Obama spoke with a number of world leaders, including on trade.', []],
  ['Barack Obama spoke with more than a dozen leaders from Europe and Asia, including Italy.', []],
]);
