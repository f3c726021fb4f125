import { eventTable } from './eventTable';

/**
 * "he" and "she" after a verb of saying are the subject of what is said, never the verb's object, even where an
 * occasion makes a name after "said" its object (agent.ts isObjectOfVerb, lexicon/reference.ts NOMINATIVE_PRONOUN):
 * "Lavrov said he raised the issue at a meeting with Pompeo".
 */
eventTable(
  'a subject pronoun after a verb of saying',
  [
    [
      'Lavrov said he raised the issue at a meeting with Pompeo on Monday.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:mike-pompeo @2023-02-13'],
    ],
    [
      'Modi said he discussed trade at a meeting with Biden on Friday.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:joe-biden @2023-02-17'],
    ],
    // (A name after "said" at an occasion: the sayer was there, as before.)
    [
      'Lavrov said Russia was ready at a meeting with Pompeo on Monday.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:mike-pompeo @2023-02-13'],
    ],
    // (The object of a verb of addressing is still its object.)
    [
      'Lavrov told Pompeo at a meeting on Monday that Russia was ready.',
      ['STATEMENT SOURCE:sergei-lavrov TARGET:mike-pompeo @2023-02-13'],
    ],
  ],
  '2023-02-19',
);

/**
 * A capital after "lashed out at", "hit out at", "took aim at", "took a dig at" is the state the words are aimed at, no
 * place (3-mentions.ts isLocative, lexicon/insults.ts VERBAL_AIM); what arms take aim at is a military target
 * (criticism-took-aim-at, objectNotFollowedBy). (Sott.net 2022, from RT: "Wang Wenbin has lashed out at the EU and US".)
 */
eventTable(
  'words aimed at a capital',
  [
    [
      'China lashed out at Washington on Friday over the arms sale.',
      ['CRITICISM SOURCE:china TARGET:united-states @2023-02-17'],
    ],
    [
      'Putin took a dig at Washington on Thursday.',
      ['CRITICISM SOURCE:vladimir-putin TARGET:united-states @2023-02-16'],
    ],
    ['Xi took aim at Washington in his speech.', ['CRITICISM SOURCE:xi-jinping TARGET:united-states @2023-02-19']],
    ['Modi hit out at Islamabad on Sunday.', ['CRITICISM SOURCE:narendra-modi TARGET:pakistan @2023-02-19']],
    ['The talks took place in Washington on Friday.', []],
    ['Israeli forces took aim at Hamas positions in Gaza on Monday.', []],
  ],
  '2023-02-19',
);

/**
 * The hosts after a reception's "by" ("was greeted by", "was received by") greet the guest together: with the guest
 * unnamed they meet no one (participants.ts sidesOfClause, lexicon/occasions.ts RECEPTION_PARTICIPLES). (TeleSUR 2023:
 * Maduro and his wife "were greeted by Lula and the Brazilian first lady".)
 */
eventTable(
  'the hosts of a reception',
  [
    ['They were greeted at the airport by Lula and the first lady, Rosângela da Silva.', []],
    [
      'Maduro and his wife were greeted by Lula and the first lady, Rosângela da Silva.',
      [
        'MEETING PARTICIPANT:nicolas-maduro PARTICIPANT:luiz-inacio-lula-da-silva @2023-02-19',
        'MEETING PARTICIPANT:nicolas-maduro PARTICIPANT:rosangela-da-silva @2023-02-19',
      ],
    ],
    [
      'Putin was welcomed by Xi and Li Qiang in Beijing on Tuesday.',
      [
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2023-02-14',
        'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:li-qiang @2023-02-14',
      ],
    ],
  ],
  '2023-02-19',
);

/**
 * The body whose rule an act breaks ("in violation of UN Security Council resolutions", "defying UN sanctions", "in
 * breach of the UN Charter") is no side of the act (participants.ts isOwnerOfBrokenRule, lexicon/deals.ts BREACH and
 * NORMS). (Yonhap 2023 on a North Korean ICBM: "fired a long-range ballistic missile in violation of multiple United
 * Nations Security Council resolutions".)
 */
eventTable(
  'the owner of a broken rule',
  [
    ['North Korea fired a missile in violation of UN Security Council resolutions.', []],
    ['North Korea launched a missile toward the East Sea, defying UN Security Council sanctions.', []],
    [
      'Iran launched drones at Israel in violation of UN Security Council resolutions.',
      ['CONFLICT PARTICIPANT:iran PARTICIPANT:israel @null'],
    ],
    ['Russia attacked Ukraine in breach of the UN Charter.', ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null']],
    ['The US sanctioned Iran for violating the UN arms embargo.', ['SANCTION SOURCE:united-states TARGET:iran @null']],
  ],
  '2023-02-19',
);

/**
 * Names and titles: an acronym alone before the next title names a body, no person ("CELAC chairman SVG Prime
 * Minister Dr Ralph Gonsalves", Searchlight 2023: 3-mentions.ts nameAt, isTitleOpener); the institution a title's head
 * presides over is part of the title ("Vietnamese National Assembly Chairman Vuong Dinh Hue", VOA 2023: titleAt); the
 * tagger's two words of "President-Elect" are one head (The Star, Kenya 2022).
 */
eventTable(
  'acronyms, institutions and "-Elect" in titles',
  [
    [
      'Venezuelan President Nicolas Maduro said he came in peace in a tweet on landing at the Argyle Airport in St Vincent and the Grenadines (SVG) on Thursday for talks with Guyana President Dr Irfaan Ali. The meeting was called by CELAC chairman SVG Prime Minister Dr Ralph Gonsalves.',
      ['MEETING PARTICIPANT:nicolas-maduro PARTICIPANT:irfaan-ali @2023-12-14'],
    ],
    [
      'Xi met Vietnamese National Assembly Chairman Vuong Dinh Hue on Tuesday.',
      ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vuong-dinh-hue @2023-12-12'],
    ],
    [
      'Xi spoke with Vietnamese National Assembly Chairman, Vuong Dinh Hue, on Tuesday.',
      ['CALL PARTICIPANT:xi-jinping PARTICIPANT:vuong-dinh-hue @2023-12-12'],
    ],
    [
      "Uganda's President Yoweri Museveni met President-Elect William Ruto in Nairobi on Monday.",
      ['MEETING PARTICIPANT:yoweri-museveni PARTICIPANT:william-ruto @2023-12-11'],
    ],
    [
      'Putin called President-Elect Donald Trump on Thursday.',
      ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2023-12-14'],
    ],
  ],
  '2023-12-15',
);

/**
 * A one-word name that heads a name the article wrote before the word's first use, and ends only a name written after
 * that, is the first person's throughout: "Nawaz" after "Nawaz Sharif", before "Maryam Nawaz" (Dawn 2015; 4-link.ts
 * personOf, namedBefore). Where the article wrote only "Maryam Nawaz" first, "Nawaz" is hers.
 */
eventTable(
  'a given name used as a surname',
  [
    [
      'Indian Prime Minister Narendra Modi met Nawaz Sharif in Lahore on Friday. Nawaz also spoke with Xi Jinping by phone on Friday. Modi met Maryam Nawaz on Saturday. Nawaz called Barack Obama on Saturday.',
      [
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:nawaz-sharif @2015-12-25',
        'CALL PARTICIPANT:nawaz-sharif PARTICIPANT:xi-jinping @2015-12-25',
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:maryam-nawaz @2015-12-26',
        'CALL PARTICIPANT:nawaz-sharif PARTICIPANT:barack-obama @2015-12-26',
      ],
    ],
    [
      'Indian Prime Minister Narendra Modi met Maryam Nawaz in Lahore on Friday. Nawaz also spoke with Xi Jinping by phone on Friday.',
      [
        'MEETING PARTICIPANT:narendra-modi PARTICIPANT:maryam-nawaz @2015-12-25',
        'CALL PARTICIPANT:maryam-nawaz PARTICIPANT:xi-jinping @2015-12-25',
      ],
    ],
  ],
  '2015-12-26',
);

/**
 * "the two nations" after the only pair the window's events join (a pact and the summit it was signed at are one
 * pair's) is that pair, not the last two states named (Al Jazeera 2018: references.ts statesOfLatestSides,
 * actsInWindow).
 */
eventTable(
  "the window's one pair",
  [
    [
      'Leaders from Ethiopia and Eritrea signed a peace agreement during a summit in Saudi Arabia on Sunday. Saudi authorities did not respond to questions about the accord, a further endorsement of a deal reached between the two nations in July.',
      [
        'AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:eritrea @2018-09-16',
        'MEETING PARTICIPANT:ethiopia PARTICIPANT:eritrea @2018-09-16',
        'AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:eritrea @2018-07',
      ],
    ],
  ],
  '2018-09-17',
);

/**
 * Absence from an occasion is no part in it (lexicon/modality.ts NEGATION, "absent"; OAS 2022: "Bolivia and
 * Nicaragua, who were absent from the meeting, did not vote"). Those one-sided force fell on, with no striker named,
 * fought no one the sentence names (participants.ts sidesOfClause; Shafaq News 2019: "the recent strikes against
 * Syria, Lebanon and Iraq").
 */
eventTable(
  'absentees and the struck',
  [
    ['Bolivia and Nicaragua, who were absent from the meeting, did not vote.', []],
    [
      'Putin and Xi met in Moscow on Friday while Modi was absent.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2023-12-15'],
    ],
    ['The recent strikes against Syria, Lebanon and Iraq were condemned.', []],
    [
      'The Israeli strikes on Syria and Lebanon were condemned.',
      ['CONFLICT PARTICIPANT:israel PARTICIPANT:syria @null', 'CONFLICT PARTICIPANT:israel PARTICIPANT:lebanon @null'],
    ],
    [
      'The clashes between Thailand and Cambodia killed 12.',
      ['CONFLICT PARTICIPANT:thailand PARTICIPANT:cambodia @null'],
    ],
  ],
  '2023-12-15',
);

/**
 * "and in retaliation expelled", "and in response expelled": "in" and a noun of answering used alone are words of
 * sequence before the subject's next verb (clause.ts isSequenceWord; Reuters 2024 on Somalia and Ethiopia). In the
 * passive, the body a member is suspended from suspends it (participants.ts passiveVoice, lexicon/force.ts REMOVED).
 */
eventTable(
  'retaliation and suspension',
  [
    [
      'Somalia branded the deal illegal, and in retaliation expelled the Ethiopian ambassador.',
      ['SANCTION SOURCE:somalia TARGET:ethiopia @null'],
    ],
    [
      'Russia imposed sanctions, and in response to the move Poland expelled Russian diplomats.',
      ['SANCTION SOURCE:poland TARGET:russia @null'],
    ],
    ['Sudan was suspended from the African Union in June.', ['SANCTION SOURCE:african-union TARGET:sudan @2023-06']],
    [
      'Niger was suspended by ECOWAS on Friday.',
      ['SANCTION SOURCE:economic-community-of-west-african-states TARGET:niger @2023-12-15'],
    ],
    ["Sudan's army suspended talks from Jeddah.", []],
  ],
  '2023-12-15',
);

/**
 * The doer of a censured deed after its "by" is the actor an "X-backed" modifies, not its backer ("the United States
 * strongly condemns attack by the Iranian-backed Houthis on Abha Airport", State Department 2019: participants.ts
 * conductBy, pastBacker).
 */
eventTable(
  'a backed doer',
  [
    [
      'The United States condemned the attack by the Iranian-backed Houthis on Abha Airport on Friday.',
      ['CRITICISM SOURCE:united-states TARGET:houthis @2019-07-05', 'SUPPLY SOURCE:iran TARGET:houthis @2019-07-05'],
    ],
    ['Saudi Arabia condemned the attack by Iran on Friday.', ['CRITICISM SOURCE:saudi-arabia TARGET:iran @2019-07-05']],
  ],
  '2019-07-07',
);
