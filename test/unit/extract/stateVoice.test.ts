import { eventTable } from './eventTable';

/**
 * A state's voice (issue 20, fourteenth round): who speaks for a state when its office, spokesperson or text is the
 * actor. Rows are real news sentences, lightly shortened; rows that must not give an edge are the same words
 * asserting none.
 */

eventTable(
  'an unnamed spokesperson of a state speaks for it with "a" as with "the" ("A Chinese mainland spokesperson slammed")',
  [
    // Xinhua via The Free Press Journal 2020, China Daily 2021, Bastille Post 2025, China News Service 2021.
    [
      'A Chinese mainland spokesperson on Thursday slammed the Democratic Progressive Party (DPP) authority in Taiwan for using non-governmental organizations to attack the mainland, calling such moves "despicable."',
      ['CRITICISM SOURCE:china TARGET:democratic-progressive-party @2025-03-06'],
    ],
    [
      'A Chinese mainland spokesman on Wednesday slammed Taiwan’s Democratic Progressive Party authority for sending representatives to the so-called democracy summit hosted by the United States last week.',
      ['CRITICISM SOURCE:china TARGET:democratic-progressive-party @2025-03-05'],
    ],
    [
      'A Chinese mainland spokesperson on Wednesday denounced Taiwan’s Democratic Progressive Party (DPP) authorities for politicizing the power shortage issue on the island.',
      ['CRITICISM SOURCE:china TARGET:democratic-progressive-party @2025-03-05'],
    ],
    [
      'A Chinese mainland spokesperson on Tuesday slammed Taiwan’s Democratic Progressive Party (DPP) authority for being vague about Japan’s decision to dump radioactive wastewater into the sea.',
      ['CRITICISM SOURCE:china TARGET:democratic-progressive-party @2025-03-04'],
    ],
    // Must not: a spokesperson who only reports or answers, or says what another could do.
    [
      'Ma Xiaoguang, spokesperson for the Taiwan Affairs Office of the State Council, made the comments in response to an inquiry about the DPP leader’s recent video speech.',
      [],
    ],
    [
      'A spokesperson for Ukraine’s foreign ministry said Russia could prove its political will "not in words but in deeds" to end its armed conflict with Ukraine.',
      [],
    ],
    ['A U.N. spokeswoman said on Monday that less than $11 million had been paid into the trust fund.', []],
  ],
  '2025-03-07',
);

eventTable(
  'an attack between people, or by a spokesperson, is one of words ("Erdogan again attacked French President Emmanuel Macron")',
  [
    // ANA-MPA via Orthodox Times 2020, Asbarez 2018, IBNA via Balkan EU 2020.
    [
      'Turkish President Recep Tayyip Erdogan today again attacked French President Emmanuel Macron, saying that he needed mental treatment over his attitude towards Muslims and Islam.',
      ['CRITICISM SOURCE:recep-tayyip-erdogan TARGET:emmanuel-macron @2025-03-05'],
    ],
    [
      'Rep. Adam Schiff was attacked on Tuesday by President Recep Tayyip Erdogan’s spokesman, Ibrahim Kalin.',
      ['CRITICISM SOURCE:ibrahim-kalin TARGET:adam-schiff @2025-03-04'],
    ],
    [
      'Turkish Foreign Ministry spokesman Hami Aksoy attacked Greece and stressed that the Greek state must first and foremost get rid of its "barbarity".',
      ['CRITICISM SOURCE:hami-aksoy TARGET:greece @2025-03-05'],
    ],
    // Must not: a state's attack is force, whoever condemns it (Breitbart 2017, Le Parisien 2024).
    [
      'On Tuesday, the U.S. Department of State issued a statement condemning a Russian attack in Ukraine that targeted the Organization for Security and Co-operation in Europe (OSCE).',
      [
        'CRITICISM SOURCE:united-states TARGET:russia @2025-03-04',
        'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-04',
      ],
    ],
    [
      'Iran’s ambassador to France was summoned to the Foreign Ministry on Monday, where he was informed of Paris’s condemnation of Iran’s "irresponsible attack" on Israel.',
      ['CONFLICT PARTICIPANT:iran PARTICIPANT:israel @2025-03-03'],
    ],
  ],
  '2025-03-05',
);
