import { DEMONSTRATIVES, PERSON_POSSESSIVES, THIRD_PERSON_POSSESSIVES } from './determiners';
import { CALLS, CONVERSING, MEALS, MEETINGS, PHONES, TALKS } from './occasions';
import { words } from './words';

/**
 * Reference: the words by which a sentence points back to actors, events or days named before it — pronouns, "the
 * two leaders", "both countries", "the sides", "the country", "that day". events/ resolves them against the
 * article (see findEvents).
 */

/** Heads of a phrase for two persons named before: "the two leaders", "both presidents", "the foreign ministers". */
export const PAIR_PERSON_HEADS: readonly string[] = ['leaders', 'men', 'women', 'presidents', 'heads', 'ministers'];
export const PAIR_PERSON = words(PAIR_PERSON_HEADS);

/** The pair head that means leaders: "the two leaders" are the two heads of state or government named, not their ministers. */
export const LEADERS_HEAD = words(['leaders']);

/**
 * Pair heads of three words, "heads of" an office: "the two heads of state", "both heads of government" (the head
 * "heads" alone is followed by no "of": "the heads of the delegations" are others).
 */
export const HEADS_OF_WHAT = words(['state', 'government']);

/**
 * "the (two) top diplomats": a pair head only after "top" ("the two diplomats" may be embassy staff expelled), the
 * foreign ministers just named.
 */
export const TOP_DIPLOMATS = { modifier: 'top', head: 'diplomats' } as const;

/** Pair heads that are titles, with the word a holder's title has: "the ministers" are ministers, not a president. */
export const TITLED_PAIR_HEAD: ReadonlyMap<string, string> = new Map([
  ['ministers', 'minister'],
  ['presidents', 'president'],
]);

/** Nouns for the two people just named, after "the": "the pair agreed", "the duo described the talks as warm", "the interlocutors discussed". */
export const PAIR_NOUN = words(['pair', 'duo', 'interlocutors']);

/** Numbers of sides a phrase may count after "the": "the two held talks", "the three leaders agreed". */
export const SIDE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
]);

/**
 * Determiners before a count of states that may stand for a list of that many states named before, when no event of
 * that many sides was told: "the three countries slammed the move", "these three West African countries", "all three
 * countries" (wire copy of the Sahel states leaving ECOWAS, 2024, and of the tariffs on Canada, Mexico and China, 2025).
 */
export const LISTED_COUNT_DETERMINER = words(['the', 'these', 'all']);

/** Nouns for the three people just named, after "the": "the trio signed a joint statement". */
export const TRIO_NOUN = words(['trio']);

/** Conjunctions after which a pronoun opens a clause of its own: "Russia launched drones, and it also fired missiles". */
export const CLAUSE_JOINER = words(['and', 'but', 'while', 'as']);

/** The pronoun for a group just named, as the one acting: "They also discussed the situation in Northeast Asia". */
export const GROUP_PRONOUN = words(['they']);

/** "the two sides", "the parties": the sides of an event named before (the latest one with two, if any). */
export const SIDES_WORDS: readonly string[] = ['sides', 'parties'];
export const SIDES = words(SIDES_WORDS);

/** Heads of a phrase for two states or organisations named before: "both countries", "the two neighbours". */
export const PAIR_ACTOR_HEADS: readonly string[] = [
  ...SIDES_WORDS,
  'countries',
  'nations',
  'states',
  'neighbours',
  'neighbors',
  'governments',
  'rivals',
];
/** Pair heads that name states only: "the two countries" (not ASEAN, named beside them), but "the two sides" may be any. */
export const PAIR_STATE_HEAD = words(['countries', 'nations', 'states']);
/** The head of any pair phrase, of persons or not. */
export const PAIR_HEAD = words(PAIR_PERSON_HEADS, PAIR_ACTOR_HEADS);

/** Adjectives between "the" and a pair head that keep it a pair phrase: "the foreign ministers". */
export const MINISTRY_ADJECTIVE = words(['foreign', 'defence', 'defense']);

/** "his Turkish counterpart", "her counterpart": one who holds the same office in another state. */
export const COUNTERPART = words(['counterpart']);
/** "his Russian and Ukrainian counterparts": one person's counterparts in several states. */
export const COUNTERPARTS = words(['counterparts']);

/** The preposition before the states of counterparts named after them: "his counterparts from Germany and France". */
export const COUNTERPART_SOURCE = words(['from']);

/** "his hosts", "her host": the other side of the meeting its owner just had. */
export const HOST = words(['host', 'hosts']);

/** The possessives of one person before "counterpart" ("their counterpart" has no one office to match). */
export const ONE_PERSON_POSSESSIVE = words(PERSON_POSSESSIVES.filter((w) => w !== 'their'));

/**
 * Offices whose holders are one another's counterparts, each with the words of a role that name it (a role that
 * ends in a top title, "President", "Prime Minister", is a leader's: see titles.ts TOP_ROLE). "Foreign Minister
 * Hakan Fidan" and "Secretary of State Antony Blinken" are counterparts; "Defence Minister" and "Foreign Minister"
 * are not.
 */
export const COUNTERPART_OFFICES: readonly { office: string; roleWords: readonly string[] }[] = [
  { office: 'foreign', roleWords: ['foreign', 'external affairs', 'secretary of state', 'top diplomat'] },
  { office: 'defence', roleWords: ['defence', 'defense', 'secretary of war'] },
  { office: 'finance', roleWords: ['finance', 'treasury'] },
  { office: 'trade', roleWords: ['trade', 'commerce'] },
  { office: 'interior', roleWords: ['interior', 'home affairs', 'home secretary'] },
  { office: 'security', roleWords: ['national security'] },
];

/**
 * Top titles of a head of government, whose counterpart is the other state's head of government ("Modi ... his
 * Japanese counterpart": Japan's Prime Minister); any other top title ("President", "King") is a head of state's,
 * whose counterpart holds the same title (a president's is a president, not a king).
 */
export const HEAD_OF_GOVERNMENT_TITLES: readonly string[] = ['prime minister', 'premier', 'chancellor'];

/** Words of a role held second to an office, whose holder has no counterpart: "Deputy Prime Minister", "Vice-President". */
export const SECOND_IN_OFFICE = words(['deputy', 'vice']);

/** Personal pronouns that stand for a person acting: "he met Zelensky", "He was greeted by Kim", "briefed him". */
export const PERSON_PRONOUN = words(['he', 'she', 'him']);

/** Object pronouns of a person: "Mohammed bin Salman received him", "Biden thanked her". */
export const OBJECT_PRONOUN = words(['him', 'her']);

/** Pronouns of a woman ("she met", "her counterpart"), and of a man ("he met", "his counterpart", "briefed him"). */
export const FEMALE_PRONOUN = words(['she', 'her', 'hers', 'herself']);
export const MALE_PRONOUN = words(['he', 'his', 'him', 'himself']);

/**
 * Given names of women in world news that compromise's lexicon does not tag as a woman's ("Giorgia Meloni", "Annalena
 * Baerbock", "Sanae Takaichi", "Naledi Pandor"): besides its FemaleName words, the first word of a name that says a
 * "she" may stand for that person.
 */
export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'annalena',
  'benazir',
  'chrystia',
  'condoleezza',
  'corazon',
  'dilma',
  'droupadi',
  'evika',
  'federica',
  'giorgia',
  'halimah',
  'hasina',
  'hina',
  'ingrida',
  'kaja',
  'katalin',
  'kemi',
  'khaleda',
  'kristalina',
  'marise',
  'megawati',
  'mette',
  'naledi',
  'ngozi',
  'nirmala',
  'paetongtarn',
  'penny',
  'priti',
  'retno',
  'samia',
  'sanae',
  'sanna',
  'suella',
  'sushma',
  'tulsi',
  'viola',
  'xiomara',
  'yingluck',
  'yoko',
  'yulia',
  'zuzana',
];
export const FEMALE_GIVEN_NAME = words(FEMALE_GIVEN_NAMES);

/**
 * First words that compromise tags as a woman's name but that name men in world news too ("Kim Jong Un", "Patrice
 * Talon", "Vivian Balakrishnan", "Dominique de Villepin"): no evidence either way.
 */
export const NOT_GENDERED_NAMES = words([
  'kim',
  'patrice',
  'dominique',
  'vivian',
  'joan',
  'nicola',
  'simone',
  'michele',
]);

/** Honorifics and titles of a woman or of a man, before a name: "Mrs May", "Queen Rania", "King Abdullah". */
export const FEMALE_TITLE = words([
  'mrs',
  'ms',
  'madam',
  'madame',
  'queen',
  'princess',
  'empress',
  'lady',
  'dame',
  'baroness',
]);
export const MALE_TITLE = words(['mr', 'king', 'prince', 'emperor', 'sir', 'lord', 'emir', 'sultan']);

/**
 * First-person subjects inside a quotation, which its speaker says of themselves: "“I met Putin on Monday,” Biden
 * said" (the speaker), "“We condemn the strikes,” the Kremlin said" (the speaker's state or organisation).
 */
export const SPEAKER_SELF = words(['i']);
export const SPEAKER_SIDE = words(['we']);

/**
 * Words of an encounter that a quoted "we" had in person, so the speaker was there: "“We had a good conversation with
 * President Trump,” said Sheinbaum", "“We spoke for an hour,” Erdogan said" (the speaker, not the speaker's state, as
 * in "“We condemn the strikes,” Biden said").
 */
export const WE_ENCOUNTER = new RegExp(
  `${CONVERSING.source}|${words(MEETINGS, CALLS, MEALS, ['met', 'meet', 'meeting']).source}`,
);

/** How many words after a quoted "we" its encounter may come: "we had a very good conversation". */
export const WE_ENCOUNTER_WITHIN = 5;

/** Words between a closing quotation mark and its speaker: "“…,” the Kremlin said", "“…,” said Biden". */
export const BEFORE_SPEAKER = words(['the', 'a', 'an']);

/** Pronouns that resolve to a person (else to a state or organisation): "his call", "she met". */
export const PERSONAL_PRONOUN = words(['his', 'her', 'he', 'she']);

/** Possessive pronouns before a noun trigger: "His Feb. 12 call", "their meeting", "its invasion". */
export const POSSESSIVE_PRONOUN = words(THIRD_PERSON_POSSESSIVES);

/**
 * The subject pronouns that have no object form of the same spelling ("it" has): the subject of a clause wherever they
 * stand, never the object of the verb before them ("Lavrov said he raised the issue at a meeting with Pompeo").
 */
const NOMINATIVE_ONLY = ['he', 'she', 'they', 'we'];
export const NOMINATIVE_PRONOUN = words(NOMINATIVE_ONLY);

/** Subject pronouns that speak about an actor again: "Zelensky says he has had a call". */
export const SUBJECT_PRONOUN = words(NOMINATIVE_ONLY, ['it']);
/** The subject pronouns that stand for a person only: "he", "she". */
export const PERSON_SUBJECT_PRONOUN = words(['he', 'she']);

/** Nouns that refer back to the last state named: "the sanctions imposed on the country", "the Gulf kingdom". */
export const COUNTRY_NOUN = words(['country', 'nation', 'kingdom']);

/** Nouns a person's possessive makes that person's state: "his country will send tanks", "her nation". */
export const OWN_COUNTRY_NOUN = words(['country', 'nation']);

/**
 * Nouns that refer back to the last state named only after a modifier: "the Gulf state condemned Iran", "the
 * reclusive state" (not "the state media", "the state of emergency", "the Islamic State").
 */
export const MODIFIED_COUNTRY_NOUN = words(['state']);

/**
 * Nouns that refer back to the last organisation named: "the bloc also condemned Belarus" (the EU), "the 10-member
 * bloc" (ASEAN), "the militant group later agreed to a ceasefire" (Hamas), "the organisation said", "the alliance
 * condemned" (NATO), "the body condemned Russia's attacks" (the EU Council); never before "of" ("the body of a
 * soldier", "the group of seven" name something else). (Not "the coalition": "the Saudi-led coalition" is mostly a new actor, not the one just named.)
 */
export const ORGANISATION_NOUN = words(['bloc', 'organisation', 'organization', 'group', 'alliance', 'body']);

/**
 * Descriptive words between "the" and such a noun that keep it the actor named before: "the militant group", "the
 * regional bloc", "the impoverished country" (besides capitalised and hyphenated words: "the Gulf kingdom", "the
 * war-torn country", "the 27-member bloc").
 */
export const REFERRING_MODIFIERS: readonly string[] = [
  'militant',
  'armed',
  'rebel',
  'insurgent',
  'jihadist',
  'extremist',
  'regional',
  'economic',
  'political',
  'military',
  'landlocked',
  'island',
  'impoverished',
  'tiny',
  'small',
  'large',
  'vast',
  'reclusive',
  'isolated',
  'oil-rich',
];
export const REFERRING_MODIFIER = words(REFERRING_MODIFIERS);

/** "the other country", "the two other countries": not the ones named before. */
export const ANOTHER_WORDS: readonly string[] = ['other', 'another'];
export const ANOTHER = words(ANOTHER_WORDS);

/** Words that make "the … country" another one than the one named before: "the other country", "the neighbouring nation". */
export const OTHER_THAN_NAMED = words(ANOTHER_WORDS, ['neighbouring', 'neighboring', 'third', 'next', 'former']);

/** Relative pronouns opening a clause about the actor before them: "China, which brokered ...". */
export const RELATIVE = words(['which', 'who', 'whom', 'whose', 'that']);
/** The relative words of a person: "Mukherjee, who arrived here on Wednesday", "Guelleh, whose visit began Monday". */
export const PERSON_RELATIVE = words(['who', 'whom', 'whose']);

/** Relative adverbs opening a clause with its own subject: "visited Ukraine, where he met Zelensky". */
export const RELATIVE_ADVERB = words(['where', 'when']);

/** "later that day", "during the day", "the same day": the second word back from "day"… */
export const SAME_DAY_OPENER = words(['during', 'that', 'later', 'earlier', 'same', 'on', 'in']);
/** … and the word right before it. */
export const SAME_DAY_DETERMINER = words(['the', 'that', 'same']);
/** "on the day", "in the day": openers that with "the" do not refer to a day named before. */
export const NOT_SAME_DAY_OPENER = words(['on', 'in']);

/**
 * Words between a preposition and the actor it still refers to: "with its ally, Iran", "his visiting counterpart",
 * "with the new commander of Indo-Pacific Command, Admiral Samuel Paparo".
 */
export const APPOSITIVE_WORD = words(['ally', 'partner', 'neighbour', 'neighbor', 'counterpart', 'visiting', 'new']);

/**
 * Words of a person's circumstance before the title of a list item, no word between members: "Li Zhaoxing and visiting
 * US Secretary of State Condoleezza Rice", "outgoing German Chancellor Angela Merkel and incoming Chancellor Olaf Scholz".
 */
export const ITEM_CIRCUMSTANCE = words(['visiting', 'outgoing', 'incoming', 'newly', 'elected', 'caretaker']);

/**
 * Epithets of an armed side before its name in a list, no word between members: "Sudan's army and the rival
 * paramilitary Rapid Support Forces", "the government and the rebel M23" (wire reports of civil wars, 2018-2025).
 */
export const ITEM_EPITHETS: readonly string[] = [
  'rival',
  'paramilitary',
  'rebel',
  'insurgent',
  'separatist',
  'militant',
  'warring',
];
export const ITEM_EPITHET = words(ITEM_EPITHETS);

/** Determiners skipped before a person or what is theirs: "met the president", "after meeting his counterpart". */
export const PERSON_DETERMINER = words(['the'], PERSON_POSSESSIVES);

/**
 * The middle word of a doubled manner compound after a verb: "met face-to-face", "talked one-on-one", "sat
 * side-by-side". The compound says how they met, it is no one met.
 */
export const MANNER_COMPOUND_LINK = words(['to', 'on', 'by']);

/** Words that give each counterpart its own event: "called Phumtham and Manet separately", "held separate talks". */
export const SEPARATELY = words(['separately', 'separate', 'individually', 'back-to-back']);

/**
 * Occasions that "their" gives two participants: "their meeting", "their phone call", "during their talks" (in the
 * singular, but for talks: "their meetings" may be with others).
 */
export const THEIR_OCCASION = words(TALKS, PHONES, ['meeting', 'summit', 'call', 'conversation']);

/** What an occasion after "their" was held by, between them: "their phone conversation", "their telephone talks". */
export const THEIR_OCCASION_MEDIUM = words(PHONES);

/** Determiners that make a noun trigger refer back to an event named before: "the agreement", "that call". */
export const DEFINITE = words(['the'], DEMONSTRATIVES);

/**
 * The opening of a sentence that names the members of a group the sentence before spoke of: "They included", "These
 * were", "Those present included" (after "hosted a lunch with several African presidents").
 */
export const MEMBERS_SUBJECT = words(['they', 'these', 'those']);
export const MEMBERS_FILLER = words(['present', 'attending', 'invited']);
export const MEMBERS_VERB = words(['included', 'include', 'were', 'was']);

/** Nouns of a group of people whose members a next sentence may name: "several African presidents", "world leaders". */
export const MEMBERS_GROUP_NOUN = words([
  'leaders',
  'presidents',
  'heads',
  'ministers',
  'premiers',
  'officials',
  'counterparts',
  'dignitaries',
  'guests',
]);
