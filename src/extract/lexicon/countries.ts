/**
 * States: what the news calls them beyond the maintained `world-countries` package, from which countries.ts builds
 * the gazetteer of states. Spellings, seats of power, de facto states, and the package's spellings that are English
 * words and so no names.
 */

/** world-countries spells a few states as English-language news does not. */
export const NEWS_NAME: Readonly<Record<string, string>> = { Türkiye: 'Turkey' };

/** Spellings news uses that the package lacks (or lists only as ISO codes, which are skipped). */
export const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain'],
  'United Arab Emirates': ['UAE', 'U.A.E.', 'Emirates'],
  'North Korea': ['DPRK'],
  'DR Congo': ['DRC', 'Democratic Republic of the Congo', 'Congo'],
  'Republic of the Congo': ['Republic of Congo', 'Congo-Brazzaville'],
  Turkey: ['Türkiye', 'Turkey'],
  Myanmar: ['Burma'],
};

/**
 * Bare names English-language news (AP style) gives to another state than the package does: bare "Congo" is the DR
 * Congo; the other one is "Congo-Brazzaville" or "the Republic of Congo".
 */
export const NEWS_BARE_NAMES: Readonly<Record<string, string>> = { Congo: 'DR Congo' };

/**
 * The first halves of the compound adjectives news writes for two states ("Indo-French", "Sino-Russian",
 * "Russo-Ukrainian"). They name a state only before a hyphen and another state: "Indo-Pacific" is a region
 * (3-mentions.ts, combiningFormAt).
 */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  indo: 'India',
  sino: 'China',
  russo: 'Russia',
  franco: 'France',
  turco: 'Turkey',
  greco: 'Greece',
  italo: 'Italy',
};

/** Adjectives news uses that the package's demonyms lack ("Philippine President", where its demonym is "Filipino"). */
export const EXTRA_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  Philippines: ['Philippine'],
  // (world-countries spells these demonyms otherwise, or gives only the one of the people: "Ecuadorean", "Kazakhstani".)
  Ecuador: ['Ecuadorian'],
  Argentina: ['Argentinian'],
  'El Salvador': ['Salvadorean'],
  Kazakhstan: ['Kazakh'],
  Uzbekistan: ['Uzbek'],
  Kyrgyzstan: ['Kyrgyz'],
  Tajikistan: ['Tajik'],
  Belarus: ['Belarussian'],
  'Sri Lanka': ['Sri Lankan'],
  Nepal: ['Nepali'],
  Maldives: ['Maldivian'],
  Djibouti: ['Djiboutian'],
  Slovenia: ['Slovenian'],
  Iceland: ['Icelandic'],
  // (ASEAN and Caucasus copy: "Lao Prime Minister Sonexay Siphandone", "Timorese President Jose Ramos-Horta", "Azeri
  // President Ilham Aliyev"; the package has only "Laotian", "East Timorese", "Azerbaijani".)
  Laos: ['Lao'],
  'Timor-Leste': ['Timorese'],
  Azerbaijan: ['Azeri'],
  // (A probe of 160 adjectives before "officials" in 2026: the package has "Bosnian, Herzegovinian", "Motswana",
  // "Luxembourger".)
  'Bosnia and Herzegovina': ['Bosnian'],
  Botswana: ['Botswanan'],
  Luxembourg: ['Luxembourgish'],
};

/**
 * Adjectives two states share that news gives to one: "Dominican officials" are the Dominican Republic's, not
 * Dominica's (read before the package's demonyms, which would give the first state alphabetically).
 */
export const NEWS_ADJECTIVE_OWNERS: Readonly<Record<string, string>> = { Dominican: 'Dominican Republic' };

/** Seats of power, and state organs known by a name of their own, named in place of their state. */
export const SEATS: Readonly<Record<string, readonly string[]>> = {
  Russia: ['Kremlin'],
  'United States': ['White House', 'Pentagon', 'State Department'],
  'United Kingdom': ['Downing Street', 'Whitehall'],
  France: ['Élysée', 'Élysée Palace', 'Quai d’Orsay'],
  China: ['Zhongnanhai', 'People’s Liberation Army', 'PLA'],
  Israel: ['Israel Defense Forces', 'IDF'],
};

/** Capitals whose names are also common words or first names ("Victoria"; "Malé" is "Male" without its accent). */
export const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set<string>([
  'Victoria',
  'Kingston',
  'Kingstown',
  'Georgetown',
  'Santiago',
  'Praia',
  'Malé',
]);

/**
 * Capitals that news writes for an international organisation seated there, not for their state: acting, "Brussels"
 * is the European Union ("Brussels imposed sanctions on Chinese firms", "talks between Beijing and Brussels", "a
 * serious overreach by Brussels"; Belgium's own government is written "Belgium"). After "in" it is still a place
 * ("ministers met in Brussels").
 */
export const ORGANISATION_CAPITALS: Readonly<Record<string, string>> = { Brussels: 'European Union' };

/** Other-language spellings that are English words ("Island", Iceland in Danish and German: "the Kalayaan Island Group"). */
export const AMBIGUOUS_SPELLINGS: ReadonlySet<string> = new Set<string>(['Island']);

/** States that are not flagged independent but act as states in the news. */
export const ALSO_STATES: ReadonlySet<string> = new Set<string>(['Palestine', 'Taiwan', 'Kosovo']);

/**
 * De facto states missing from the package, which lists only recognised or
 * ISO-coded territories; the news reports them as parties of their own.
 */
export const DE_FACTO_STATES: Readonly<Record<string, readonly string[]>> = {
  Somaliland: ['Somaliland'],
  Transnistria: ['Transnistria'],
  Abkhazia: ['Abkhazia'],
  'South Ossetia': ['South Ossetia'],
  'Northern Cyprus': ['Northern Cyprus', 'Turkish Republic of Northern Cyprus'],
};

/**
 * Metonyms of the gazetteer (data/gazetteer/states.json) that name more than one state's organ or a place better
 * known for something else: "the National Palace" (Mexico's, but also Guatemala's and Haiti's), "the Chancellery"
 * (Germany's, and Austria's), "the Foreign Office" (Britain's, and Germany's Auswärtiges Amt in English), "The Hague"
 * (the seat of the international courts), "the Palestinian Authority" (an organisation in organisations.ts).
 */
export const SKIPPED_METONYMS: ReadonlySet<string> = new Set<string>([
  'the National Palace',
  'the Chancellery',
  'the Foreign Office',
  'The Hague',
  'the Palestinian Authority',
]);
