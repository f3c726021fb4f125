import { eventTable } from './eventTable';

/**
 * Precision of force, censure, threats and sanctions on news nobody labelled (issue 20's audit of CONFLICT,
 * CRITICISM, THREAT, SANCTION and STATEMENT edges): each mechanism with rows that must not give the wrong edge and
 * rows told as fact that still fire. Rows are written after real news phrasings (names and wording changed).
 */

eventTable('accusations: what an accusation accuses someone of is no event, the accusation is', [
  [
    'Armenia and Azerbaijan accused each other of opening fire on Thursday.',
    [
      'CRITICISM SOURCE:armenia TARGET:azerbaijan @2025-02-27',
      'CRITICISM SOURCE:azerbaijan TARGET:armenia @2025-02-27',
    ],
  ],
  [
    'Thailand and Cambodia traded accusations of opening fire along the border.',
    ['CRITICISM SOURCE:thailand TARGET:cambodia @2025-03-04', 'CRITICISM SOURCE:cambodia TARGET:thailand @2025-03-04'],
  ],
  ['Rwanda has repeated charges that the Congolese army is cooperating with the FDLR.', []],
  ['A United Nations report alleged that Iran supplied missiles to the Houthis.', []],
  [
    'Ukraine and its Western allies accuse Iran of arming Russia with drones.',
    ['CRITICISM SOURCE:ukraine TARGET:iran @2025-03-04'],
  ],
  [
    'Iran blamed Israel for the strike, which killed seven Iranian officers.',
    ['CRITICISM SOURCE:iran TARGET:israel @2025-03-04'],
  ],
  // Told by the writer: a relative clause inside what is accused, a clause after "after", force with no accusation.
  [
    'The Taliban accused Pakistan of violating a truce that had halted clashes between Pakistan and Afghanistan.',
    [
      'CRITICISM SOURCE:taliban TARGET:pakistan @2025-03-04',
      'CONFLICT PARTICIPANT:pakistan PARTICIPANT:afghanistan @null',
    ],
  ],
  [
    'Azerbaijan accused Armenia of provocation after Armenian troops opened fire on Azerbaijani positions.',
    [
      'CRITICISM SOURCE:azerbaijan TARGET:armenia @2025-03-04',
      'CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @null',
    ],
  ],
  [
    'Indian troops opened fire on Pakistani positions on Tuesday.',
    ['CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-04'],
  ],
]);

eventTable('force: who condemns a killing did not kill; the killer of "the killing of" is not named', [
  ['Egypt condemned the killing of Palestinian civilians in Gaza.', []],
  ['Kenya condemned the brutal killing of Somali traders.', []],
  [
    'Israel killed a senior Hezbollah commander in Beirut on Tuesday.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-03-04'],
  ],
  [
    'Russian forces killed three Ukrainian soldiers near Bakhmut, Kyiv said.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
  ],
]);

eventTable('force: where it is launched from is no target of it', [
  ['Houthi fighters fired two missiles from Yemen at a tanker on Friday.', []],
  [
    'Hezbollah fired rockets from Lebanon at Israel on Sunday.',
    ['CONFLICT PARTICIPANT:hezbollah PARTICIPANT:israel @2025-03-02'],
  ],
  [
    'Russia launched drones from Belarus toward Ukraine overnight.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
  ],
  [
    'Ukraine shelled Russian positions near Kursk from across the border.',
    ['CONFLICT PARTICIPANT:ukraine PARTICIPANT:russia @null'],
  ],
]);

eventTable('mentions: a state named in a sea or gulf ("the Sea of Japan") is a place, no side', [
  ['North Korea fired two ballistic missiles toward the Sea of Japan on Thursday.', []],
  [
    'North Korea fired a missile toward Japan on Thursday.',
    ['CONFLICT PARTICIPANT:north-korea PARTICIPANT:japan @2025-02-27'],
  ],
]);

eventTable("participants: an organisation a state's possessive opens is the one reached", [
  [
    "The United States imposed sanctions on two commanders of Sudan's paramilitary Rapid Support Forces.",
    ['SANCTION SOURCE:united-states TARGET:rapid-support-forces @null'],
  ],
  ["The EU imposed sanctions on Russia's Wagner Group.", ['SANCTION SOURCE:european-union TARGET:wagner-group @null']],
  [
    "The United States imposed sanctions on Russia's central bank.",
    ['SANCTION SOURCE:united-states TARGET:russia @null'],
  ],
  [
    "Lula called Israel's war with Hamas a genocide.",
    [
      'CRITICISM SOURCE:luiz-inacio-lula-da-silva TARGET:israel @2025-03-04',
      'CONFLICT PARTICIPANT:israel PARTICIPANT:hamas @null',
    ],
  ],
]);

eventTable('participants: who draws or faces criticism is its target, never its source', [
  ['Russia drew sharp criticism at the UN Security Council on Friday.', []],
  [
    'China faced criticism from the United States over its treatment of Uyghurs.',
    ['CRITICISM SOURCE:united-states TARGET:china @2025-03-04'],
  ],
  [
    'Hungary came under criticism from the European Commission on Monday.',
    ['CRITICISM SOURCE:european-commission TARGET:hungary @2025-03-03'],
  ],
  ['Germany criticised Russia on Friday.', ['CRITICISM SOURCE:germany TARGET:russia @2025-02-28']],
]);

eventTable('participants: a person whose kin or circle are reached is not reached', [
  ["The United States sanctioned Putin's closest allies on Friday.", []],
  ["The United States sanctioned Maduro's wife.", []],
  [
    "The European Union sanctioned Lukashenko's son Viktor on Monday.",
    ['SANCTION SOURCE:european-union TARGET:viktor @2025-03-03'],
  ],
  [
    'The United States sanctioned Putin on Friday.',
    ['SANCTION SOURCE:united-states TARGET:vladimir-putin @2025-02-28'],
  ],
]);

eventTable("threats: an opening phrase's actors neither threaten nor are threatened", [
  ['After the US-led strike on Syria, Russia warned that there would be consequences.', []],
  [
    'Russia warned that the US strike would not go unanswered.',
    ['THREAT SOURCE:russia TARGET:united-states @2025-03-04'],
  ],
]);

eventTable('sanctions: a sanction lifted, eased or ended is no sanction imposed', [
  ['The United States lifted its sanctions on Iran on Tuesday.', []],
  ['The United States eased sanctions on Venezuela.', []],
  ['Japan ended its sanctions against South Africa in 1992.', []],
  [
    'The European Union imposed new sanctions on Russia on Friday.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-02-28'],
  ],
  [
    'The United States extended its sanctions on Iran for another year.',
    ['SANCTION SOURCE:united-states TARGET:iran @null'],
  ],
]);

eventTable("threats: advice to one's own people, or a warning about one's own state, threatens no one", [
  ['Germany warned its citizens against travel to Iran.', []],
  ['Britain warned British nationals to leave Lebanon immediately.', []],
  ['Putin warned the West that Russia would use all means to defend itself.', []],
  ['Iran warned Israel against any attack on its nuclear sites.', ['THREAT SOURCE:iran TARGET:israel @2025-03-04']],
  [
    'US President Donald Trump warned that Iran would pay a heavy price.',
    ['THREAT SOURCE:donald-trump TARGET:iran @2025-03-04'],
  ],
]);

eventTable('participants: a "by" right after a noun of criticism names who voices it', [
  [
    'Russia responded to the condemnation by the European Union.',
    ['CRITICISM SOURCE:european-union TARGET:russia @2025-03-04'],
  ],
  [
    'India dismissed criticism by Canada as politically motivated.',
    ['CRITICISM SOURCE:canada TARGET:india @2025-03-04'],
  ],
  ['China hit back at criticism from the United States.', ['CRITICISM SOURCE:united-states TARGET:china @2025-03-04']],
  [
    'The European Union imposed sanctions on Russia on Friday.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-02-28'],
  ],
]);

eventTable("threats: a reprisal promised to an act threatens the act's doer, named in the act's phrase", [
  // (Euronews via Viral Trending 2024, Xinhua 2023, Newsweek 2020, UK Report 2025.)
  ['Israel has vowed to retaliate to a missile strike from Iran.', ['THREAT SOURCE:israel TARGET:iran @2025-03-04']],
  [
    'Netanyahu has pledged to retaliate firmly against the rocket attack by Hamas.',
    ['THREAT SOURCE:benjamin-netanyahu TARGET:hamas @2025-03-04'],
  ],
  [
    "Iran's Revolutionary Guards threatened a crushing response to any perceived U.S. aggression.",
    ['THREAT SOURCE:islamic-revolutionary-guard-corps TARGET:united-states @2025-03-04'],
  ],
  // (An actor the reprisal reaches first is its object; an act of no named doer threatens no one.)
  ['Iran vowed to retaliate against Israel for the strike by Hamas.', ['THREAT SOURCE:iran TARGET:israel @2025-03-04']],
  ['Iran vowed to retaliate against the attack on its embassy in Damascus.', []],
  ['Japan pledged a swift response to the earthquake in Turkey.', []],
]);

eventTable("threats: duties threatened on a state's goods threaten the state, past a day told before the infinitive", [
  // (NYT 2025, The Fence Post 2019, The Guardian 2019, International Trade Today 2025.)
  [
    'President Donald Trump threatened Thursday to impose a 35% tariff on Canadian imports.',
    ['THREAT SOURCE:donald-trump TARGET:canada @2025-02-27'],
  ],
  [
    'President Donald Trump today threatened to impose tariffs on Mexican auto imports.',
    ['THREAT SOURCE:donald-trump TARGET:mexico @2025-03-04'],
  ],
  [
    'Trump had threatened to impose 5% tariffs on all Mexican goods.',
    ['THREAT SOURCE:donald-trump TARGET:mexico @null'],
  ],
  [
    'Trump threatened to levy a 25% tariff on Colombian goods that would increase to 50% after one week.',
    ['THREAT SOURCE:donald-trump TARGET:colombia @2025-03-04'],
  ],
  // (Duties in a forecast, or goods after the threat's own clause, threaten no one.)
  ['The IMF warned that tariffs on Chinese goods would slow growth.', []],
  ['Trump threatened to close the border after tariffs on Mexican goods were lifted.', []],
]);
