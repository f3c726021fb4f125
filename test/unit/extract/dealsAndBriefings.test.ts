import { eventsOf, eventTable } from './eventTable';

/**
 * Agreements, cooperation, supply, negotiation and briefings on news nobody labelled (issue 20's precision audit of
 * these types): a deal that failed, a supply warned against, cooperation called for, a briefing of reporters, a body
 * named after cooperation are no edges; the same verbs told as done still are. Rows are written after real news
 * phrasings (names and wording changed).
 */
describe('deals and briefings: what did not happen, or not between these actors, is no edge', () => {
  const rows: string[] = [
    // Failure: what failed to happen (assertion.ts isFailed).
    'Russia and Ukraine failed to agree on a ceasefire on Friday.',
    'The two delegations were unable to agree on the dates of the next round.',
    'Russia and the United States failed to sign the arms control treaty in Geneva.',
    'Japan and the United States failed to quickly strike a deal on tariffs.',
    'France failed to deliver the two warships to Russia in 2014.',
    // "warned against doing": what is argued against is not done (assertion.ts isOpposed).
    'Russia warned the West against supplying long-range missiles to Ukraine.',
    'China cautioned the Philippines against holding joint drills with the United States.',
    'Iran warned Gulf states against signing defence pacts with Israel.',
    // A briefing of the press: the actor after "on" or "about" is its topic (participants.ts isBriefingTopic).
    'Pentagon spokesman John Kirby briefed the media on Ukraine’s counteroffensive.',
    'UN Secretary-General Antonio Guterres briefed the press about Israel’s operation in Rafah.',
    'Russian Foreign Minister Sergei Lavrov briefed reporters on the Kremlin’s position.',
    // An occasion whose noun phrase ends in a participle of planning is a plan (assertion.ts isPlannedOccasion).
    'The two ministers aligned their policies, including on the second US-North Korea summit planned for late February.',
    'The envoys discussed the talks between Iran and the United States scheduled for Saturday.',
    // The allies of an owner the sentence does not name are not each other's (participants.ts isOwnedByPronoun).
    'The White House said it remains in close contact with our allies South Korea and Japan.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text)).toEqual([]));
});

eventTable('deals and briefings: the same verbs told as done still fire', [
  // "called on X to": the call is a statement; what it calls for is asked, not done (assertion.ts isDirective).
  [
    'The United Nations called on Iran to cooperate with the IAEA.',
    ['STATEMENT SOURCE:united-nations TARGET:iran @2025-03-04'],
  ],
  [
    'The African Union called upon Ethiopia and Eritrea to sign the border agreement.',
    [
      'STATEMENT SOURCE:african-union TARGET:ethiopia @2025-03-04',
      'STATEMENT SOURCE:african-union TARGET:eritrea @2025-03-04',
    ],
  ],
  [
    'Russia and Ukraine agreed on a ceasefire on Friday.',
    ['AGREEMENT PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28'],
  ],
  [
    'Russia and the United States signed the arms control treaty in Geneva on Friday.',
    ['AGREEMENT PARTICIPANT:russia PARTICIPANT:united-states @2025-02-28'],
  ],
  [
    'The United States supplied long-range missiles to Ukraine on Friday.',
    ['SUPPLY SOURCE:united-states TARGET:ukraine @2025-02-28'],
  ],
  // "the failed talks" took place: a failure word that is no "failed to" leaves the event alone.
  [
    'The United States and North Korea held talks in Stockholm on Saturday, which failed.',
    ['NEGOTIATION PARTICIPANT:united-states PARTICIPANT:north-korea @2025-03-01'],
  ],
  [
    'Russian Foreign Minister Sergei Lavrov briefed Iranian Foreign Minister Abbas Araghchi on the talks with Washington.',
    ['BRIEFING SOURCE:sergei-lavrov TARGET:abbas-araghchi @2025-03-04'],
  ],
  // "on Monday" is a date, not the briefing's topic.
  [
    'Indian Prime Minister Narendra Modi briefed on Monday US President Joe Biden about his visit.',
    ['BRIEFING SOURCE:narendra-modi TARGET:joe-biden @2025-03-03'],
  ],
  // A capitalised "Cooperation" inside the sentence is part of a name (triggers.ts notInName): the deal it reports, only.
  [
    'Russia and Niger have signed a contract for helicopters, an official of the Federal Service for Military-Technical Cooperation said on Wednesday.',
    ['AGREEMENT PARTICIPANT:russia PARTICIPANT:niger @2025-02-26'],
  ],
  [
    'South Africa and Nigeria agreed on visas, the Department of International Relations and Cooperation said.',
    ['AGREEMENT PARTICIPANT:south-africa PARTICIPANT:nigeria @2025-03-04'],
  ],
  // Naval goods handed to another navy are supplies, and a supplied torpedo is no attack (lexicon/force.ts SUPPLIES);
  // ships stay a side where they clash (NOT_WEAPONS).
  ['In 2017, India supplied torpedoes to the Myanmar Navy.', ['SUPPLY SOURCE:india TARGET:myanmar @2017']],
  ['India sold sonars and radars to Myanmar in 2019.', ['SUPPLY SOURCE:india TARGET:myanmar @2019']],
  [
    'Indian Defence Minister Rajnath Singh handed over two ships to the Maldives on Tuesday.',
    ['SUPPLY SOURCE:india TARGET:maldives @2025-03-04'],
  ],
  [
    'Chinese coast guard ships fired water cannon at Philippine vessels on Monday.',
    ['CONFLICT PARTICIPANT:china PARTICIPANT:philippines @2025-03-03'],
  ],
  // "General" before a company's last word is no officer's title (lexicon/organisations.ts COMPANY_SUFFIXES).
  [
    'Poland signed a contract with General Dynamics for tanks on Friday.',
    ['AGREEMENT PARTICIPANT:poland PARTICIPANT:general-dynamics @2025-02-28'],
  ],
  [
    'General Mark Milley met his Russian counterpart Valery Gerasimov on Friday.',
    ['MEETING PARTICIPANT:mark-milley PARTICIPANT:valery-gerasimov @2025-02-28'],
  ],
  [
    'The summit between Xi Jinping and Joe Biden held in November eased tensions.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:joe-biden @2024-11'],
  ],
  [
    'Washington and its allies Japan and South Korea held drills on Monday.',
    [
      'ALLIANCE PARTICIPANT:united-states PARTICIPANT:japan @null',
      'ALLIANCE PARTICIPANT:united-states PARTICIPANT:south-korea @null',
    ],
  ],
  // "peace" inside a title: the envoy met, not the state of the title (lexicon/titles.ts TITLE_MODIFIERS).
  [
    'US peace envoy for Afghanistan Zalmay Khalilzad met President Ashraf Ghani in Kabul on Saturday.',
    ['MEETING PARTICIPANT:zalmay-khalilzad PARTICIPANT:ashraf-ghani @2025-03-01'],
  ],
  [
    'The peace talks between Russia and Ukraine resumed in Istanbul on Monday.',
    ['NEGOTIATION PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03'],
  ],
  [
    'Cooperation between Russia and North Korea grew last year.',
    ['COOPERATION PARTICIPANT:russia PARTICIPANT:north-korea @2024'],
  ],
]);
