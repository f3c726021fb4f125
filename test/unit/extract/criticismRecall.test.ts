import { eventTable } from './eventTable';

/**
 * Issue 20, criticism recall on fresh news (audit crit3): constructions of censure that news reports use and the
 * extractor missed or read wrong. Rows retold after wire reports (Reuters, AP, AFP, Kyodo, Gulf News, 2015-2025),
 * wording changed; each mechanism has rows that must fire and rows that must not.
 */

// A backer named in a hyphenated modifier is not the subject: "the Saudi-backed government of Yemen accused ..." is
// Yemen's voice (the leader of a coalition named by no name stays its voice: "the Saudi-led coalition accused").
eventTable('criticism: a hyphenated backer is no critic', [
  [
    'The Saudi-backed government of Yemen accused the Houthis of attacking a school.',
    ['CRITICISM SOURCE:yemen TARGET:houthis @2025-03-04'],
  ],
  ['The Saudi-backed government accused the Houthis of attacking a school.', []],
  ['The Russia-backed separatists accused Ukraine of shelling Donetsk.', []],
  [
    'The Saudi-led coalition accused the Houthis of attacking a school.',
    ['CRITICISM SOURCE:saudi-arabia TARGET:houthis @2025-03-04'],
  ],
  [
    'The Iran-backed Houthis accused Saudi Arabia of killing civilians.',
    ['SUPPLY SOURCE:iran TARGET:houthis @2025-03-04', 'CRITICISM SOURCE:houthis TARGET:saudi-arabia @2025-03-04'],
  ],
]);

// A state agency's capitalised name after the state's possessive speaks for the state, as "Russia's military" does:
// "Lithuania's State Border Guard Service rejected ..." (AP 2021), "Jordan's Foreign Affairs Ministry" (The Hill 2023).
// A party, a court or a gazetteer organisation after the possessive is no such agency.
eventTable('criticism: a state agency named in capitals is its state', [
  [
    'Lithuania’s State Border Guard Service accused Belarus of staging beatings on Monday.',
    ['CRITICISM SOURCE:lithuania TARGET:belarus @2025-03-03'],
  ],
  [
    'Jordan’s Foreign Affairs Ministry condemned Israel on Monday.',
    ['CRITICISM SOURCE:jordan TARGET:israel @2025-03-03'],
  ],
  [
    'Ukraine’s Security Service accused Russia of plotting attacks on Monday.',
    ['CRITICISM SOURCE:ukraine TARGET:russia @2025-03-03'],
  ],
  [
    'Israel’s Prime Minister Benjamin Netanyahu accused Iran on Monday.',
    ['CRITICISM SOURCE:benjamin-netanyahu TARGET:iran @2025-03-03'],
  ],
]);

// Rejecting another's claims criticises their author, named before the noun or after its "by": "rejected the Belarusian
// claim", "dismissed Russia's allegations". A claim whose content names the actor ("claims that the Houthis seized
// Bayda") names no author; a rejected proposal is no claim.
eventTable('criticism: rejecting an actor’s claims', [
  ['Lithuania rejected the Belarusian claim on Monday.', ['CRITICISM SOURCE:lithuania TARGET:belarus @2025-03-03']],
  ['Ukraine dismissed Russia’s allegations on Monday.', ['CRITICISM SOURCE:ukraine TARGET:russia @2025-03-03']],
  ['Ukraine rejected claims by Russia on Monday.', ['CRITICISM SOURCE:ukraine TARGET:russia @2025-03-03']],
  ['The Yemeni government dismissed claims that the Houthis had seized Bayda.', []],
  ['Pakistan rejected the proposal of India on Monday.', []],
  ['Iran rejected the claims on Monday.', []],
]);

// "protested X's remarks": a protest made at another's words or acts (street protests "in" a place aim at no one; a
// post "about" someone is not by them).
eventTable('criticism: protesting an actor’s conduct', [
  ['China has protested Japan’s negative remarks on Wednesday.', ['CRITICISM SOURCE:china TARGET:japan @2025-02-26']],
  [
    'Japan protested the remarks by Chinese Foreign Minister Wang Yi on Tuesday.',
    ['CRITICISM SOURCE:japan TARGET:wang-yi @2025-03-04'],
  ],
  ['Thousands of farmers protested in New Delhi against Prime Minister Narendra Modi.', []],
  ['Japan protested a social media post about Prime Minister Sanae Takaichi on Friday.', []],
]);

// "reacted with anger to Nigeria's decision", "reacted angrily to the US move": an angry answer to another's act.
eventTable('criticism: reacting angrily to an actor’s act', [
  [
    'South Africa reacted with anger on Sunday to Nigeria’s decision to recall its ambassador.',
    ['CRITICISM SOURCE:south-africa TARGET:nigeria @2025-03-02'],
  ],
  ['China reacted angrily to the US decision on Monday.', ['CRITICISM SOURCE:china TARGET:united-states @2025-03-03']],
  ['China reacted calmly to the US decision on Monday.', []],
  ['Investors reacted angrily to the decision of the European Central Bank.', []],
]);

// Campaign taunts as insults: "called Lula corrupt" (an insult needs an actor named; "called the system corrupt" none).
eventTable('criticism: naming an actor corrupt or a traitor', [
  [
    'Argentine President Javier Milei called Brazilian President Luiz Inacio Lula da Silva corrupt.',
    ['CRITICISM SOURCE:javier-milei TARGET:luiz-inacio-lula-da-silva @2025-03-04'],
  ],
  ['Argentine President Javier Milei called the pension system corrupt.', []],
]);

// A state's border forces in two words act for it like its border guards (TRT/Reuters 2021).
eventTable('criticism: a state’s border forces speak for it', [
  [
    'Lithuanian border forces have accused Belarus of pushing migrants across the border.',
    ['CRITICISM SOURCE:lithuania TARGET:belarus @2025-03-04'],
  ],
  ['Lithuanian border forces detained migrants near the village on Monday.', []],
]);

// Naming another's claims a falsehood ("described the Houthis' claims as lies"), or its acts erroneous.
eventTable('criticism: claims named lies, remarks named erroneous', [
  [
    'The Russian Foreign Ministry called the US report fabricated on Friday.',
    ['CRITICISM SOURCE:russia TARGET:united-states @2025-02-28'],
  ],
  ['The Russian Foreign Ministry called the report fabricated on Friday.', []],
  [
    'China said Japanese Prime Minister Sanae Takaichi’s remarks were erroneous.',
    ['CRITICISM SOURCE:china TARGET:sanae-takaichi @2025-03-04'],
  ],
  ['China said the earlier estimates of its growth were erroneous.', []],
]);

// "Jordan spoke out against Israel": a public objection (not "spoke out for").
eventTable('criticism: speaking out against an actor', [
  [
    'Turkish President Recep Tayyip Erdogan spoke out against Israel on Monday.',
    ['CRITICISM SOURCE:recep-tayyip-erdogan TARGET:israel @2025-03-03'],
  ],
  ['Turkish President Recep Tayyip Erdogan spoke out for Palestinians in Gaza on Monday.', []],
]);

// "a strong protest against Albares' statements" is a noun, whose giver is not the subject of the passive around it.
eventTable('criticism: a protest noun is no verb of protesting', [
  ['The Spanish ambassador was summoned to be informed of a strong protest against Foreign Minister Jose Albares.', []],
]);

// A condemned act named by a definite noun ("condemned the raid") is the act of the one the sentences before told it
// of: "a major Israeli raid", "Russia's strikes", "Israel launched a raid". Coordinated doers ("Israel and Hamas traded
// strikes") are two, so the act is neither's alone; an act that names its doer or victim after it reads as before.
eventTable('criticism: the doer of a condemned act told before', [
  [
    'Israel launched a raid on Jenin on Monday.\n\nEgypt condemned the raid on Tuesday.',
    ['CRITICISM SOURCE:egypt TARGET:israel @2025-03-04'],
  ],
  [
    'Several states condemned a major Israeli raid on Jenin.\n\nJordan spoke out against the raid on Tuesday.',
    ['CRITICISM SOURCE:jordan TARGET:israel @2025-03-04'],
  ],
  [
    'Nigeria’s decision to recall its ambassador angered Pretoria.\n\nSouth Africa deplored the decision on Sunday.',
    ['CRITICISM SOURCE:south-africa TARGET:nigeria @2025-03-02'],
  ],
  [
    'Israel and Hamas traded strikes on Monday.\n\nEgypt condemned the strikes on Tuesday.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hamas @2025-03-03'],
  ],
  ['Nigeria recalled its ambassador on Friday.\n\nSouth Africa deplored the decision on Sunday.', []],
  ['Egypt condemned the raid on Tuesday.', []],
]);

// The same for a verb of naming that labels the act a wrong ("described the move as a provocation", "called the deal
// null and void"), and for "the move", "the development", "the step", which take up a decision told in another word
// ("announced a decision to", "decided to", "plans to"). Not a label of praise, nor a decision of two.
eventTable('criticism: an act told before and labelled a wrong', [
  [
    'Ethiopia signed a deal with Somaliland on Monday.\n\nSomalia called the deal null and void on Tuesday.',
    [
      'AGREEMENT PARTICIPANT:ethiopia PARTICIPANT:somaliland @2025-03-03',
      'CRITICISM SOURCE:somalia TARGET:ethiopia @2025-03-04',
    ],
  ],
  [
    'Mali decided on Monday to expel the French ambassador.\n\nFrance called the decision unacceptable on Tuesday.',
    ['SANCTION SOURCE:mali TARGET:france @2025-03-03', 'CRITICISM SOURCE:france TARGET:mali @2025-03-04'],
  ],
  [
    'Israel announced plans to build homes in the West Bank.\n\nThe European Union described the move as illegal.',
    ['CRITICISM SOURCE:european-union TARGET:israel @null'],
  ],
  ['Ghana announced a decision to host the summit.\n\nTogo described the move as a welcome step.', []],
  ['Kenya and Ethiopia announced a decision to open the border.\n\nSomalia described the move as a provocation.', []],
  ['Ghana announced a decision to host the summit.\n\nTogo called the move on Tuesday.', []],
]);

// "denied the accusations and accused the EU": a past verb of its own after a denial's object is asserted again; a
// negation or a refusal of an infinitive still reaches both verbs.
eventTable('criticism: a verb coordinated after a denial', [
  [
    'Belarus denied the accusations and accused the EU of failing migrants.',
    ['CRITICISM SOURCE:belarus TARGET:european-union @2025-03-04'],
  ],
  [
    'China rejected the claims and condemned Washington on Monday.',
    ['CRITICISM SOURCE:china TARGET:united-states @2025-03-03'],
  ],
  ['Putin refused to meet Macron and criticised Scholz.', []],
  ['China has never condemned the invasion and criticised Ukraine.', []],
]);

// An actor said to be "wrong" is criticised by the sayer, as one said to be "irresponsible" is (lexicon/insults.ts,
// DENUNCIATIONS): Trump on Tulsi Gabbard's testimony on Iran (New Republic, Raw Story, Voz 2025), Netanyahu on Biden
// (2024). A speaker wrong by their own word, a wrong deed with no actor, and one's own state are no one criticised.
eventTable('criticism: an actor said to be wrong', [
  [
    'President Donald Trump proclaimed that his own director of national intelligence, Tulsi Gabbard, was wrong about Iran.',
    ['CRITICISM SOURCE:donald-trump TARGET:tulsi-gabbard @2025-03-04'],
  ],
  [
    'Donald Trump doubled down on his claim that Tulsi Gabbard is wrong about Iran.',
    ['CRITICISM SOURCE:donald-trump TARGET:tulsi-gabbard @2025-03-04'],
  ],
  [
    'French President Emmanuel Macron said Trump was wrong about NATO.',
    ['CRITICISM SOURCE:emmanuel-macron TARGET:donald-trump @2025-03-04'],
  ],
  ['US President Donald Trump said he was wrong about the tariffs.', []],
  ['US President Donald Trump said it was wrong to invade Ukraine.', []],
  ['US President Joe Biden said the intelligence was wrong.', []],
  ['Israeli Prime Minister Benjamin Netanyahu said Israel was wrong to trust Hamas.', []],
]);
