import { words } from './words';

/**
 * Grammar words: prepositions, conjunctions, auxiliaries and the support verbs whose object noun is their subject's
 * event. The event stage reads clause structure through them (who is a subject, which "with" a trigger owns).
 * Prepositions and clause openers are kept as Sets, not matchers: they are looked up with `.has()` throughout.
 */

/** Prepositions: an actor after one is its object, not a subject ("talks with Putin"). */
export const PREPOSITION_WORDS: readonly string[] = [
  'with',
  'of',
  'to',
  'for',
  'against',
  'on',
  'in',
  'inside',
  'at',
  'by',
  'from',
  'about',
  'into',
  'over',
  'between',
  'among',
  'than',
  'like',
  'as',
  'toward',
  'towards',
  'upon',
  'across',
];
export const PREPOSITIONS: ReadonlySet<string> = new Set(PREPOSITION_WORDS);

/** Words that after a comma open a new clause: ", and", ", while", ", with". */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'with',
  'although',
  'though',
]);

/** Coordinators that may open a clause of their own: "has never condemned the invasion and last month Xi paid a visit". */
export const CLAUSE_COORDINATOR = words(['and', 'but']);

/** Coordinators of a list: "the Iran war and Ukraine conflict". */
export const LIST_COORDINATOR = words(['and', 'or']);

/**
 * Words after a plural noun that open the list of its members: "met leaders including Lula and Ramaphosa", "spoke with
 * several leaders, including Putin and Zelensky", "sanctioned firms, among them Rosneft".
 */
export const LIST_OPENER = words(['including', 'notably', 'among']);

/**
 * The words that join a list's next member as "and" does (6-events/structure.ts, group): "had a telephone conversation
 * with Macron, Merz, as well as Starmer and Tusk" (UNN 2025), "met with the chairmen Ciucă and Simonis, as well as Prime
 * Minister Marcel Ciolacu" (Ukrainska Pravda 2023), "spoke with the leaders of Germany, Poland, Sweden, as well as with
 * the representative of Ivory Coast" (News-Pravda 2025), each spelled as the words between two members.
 */
export const AND_JOINERS: readonly string[] = ['and', 'as well as', 'as well as with'];

/**
 * Words before "with" or "by" that add companions to the clause's subject, not counterparts: "Macron, along with Scholz
 * and Draghi, met Zelensky", "met Zelensky together with Scholz", "Biden, joined by Macron, held a call with Zelensky",
 * "accompanied by his foreign minister".
 */
export const COMPANION_WITH = words(['along', 'together']);
export const COMPANION_BY = words(['joined', 'accompanied']);

/** Verbs of joining others in what they do: "Japan joined the US and the EU in imposing sanctions". */
export const JOINING = words(['joined', 'joins', 'join', 'joining']);

/** Words opening a subordinate clause, which has its own mood and subject: "as the sides met". */
export const SUBORDINATORS: readonly string[] = [
  'as',
  'while',
  'when',
  'after',
  'because',
  'since',
  'where',
  'before',
  'until',
  'whereas',
  'although',
];
export const SUBORDINATOR = words(SUBORDINATORS);

/** Prepositions whose noun is an event the clause's subject takes part in: "raised it with Y during a phone call". */
export const CIRCUMSTANTIAL_WORDS: readonly string[] = [
  'during',
  'at',
  'in',
  'after',
  'following',
  'before',
  'since',
  'ahead',
];
export const CIRCUMSTANTIAL = words(CIRCUMSTANTIAL_WORDS);

/** Prepositions naming what surrounds the news, not what it is: "amid the war", "despite the meeting". */
const SURROUNDING_WORDS: readonly string[] = ['amid', 'amidst', 'despite'];
export const SURROUNDING = words(SURROUNDING_WORDS);

/** Prepositions naming what something is about. */
const TOPIC_WORDS: readonly string[] = ['over', 'about', 'regarding', 'concerning'];

/**
 * Prepositions whose noun is what the clause is about or what surrounds it, not an event its subject takes part in:
 * "expanded sanctions against Russia over the war in Ukraine", "sent tanks amid the war", "criticised Israel over its
 * offensive", "talked about the ceasefire".
 */
export const TOPICAL = words(TOPIC_WORDS, SURROUNDING_WORDS);

/**
 * The prepositions that name what a talk was about: "held talks on the war in Ukraine", "a call about the fighting",
 * "exchanged views over the conflict".
 */
export const TOPIC_PREPOSITION = words(TOPIC_WORDS, ['on']);

/** Participles read as prepositions, which the tagger reads as verbs: "Following his talks with Putin, Erdogan said". */
export const PARTICIPLE_PREPOSITION = words(['following']);

/**
 * The nouns of a phrase that names what a clause answers, opened by "in": "in response to the attacks on Israel", "in
 * retaliation for the strikes", "in reaction to", "in reply to", "in protest at", "in revenge for". What the phrase
 * names is another's deed, no occasion the clause's subject takes part in (6-events/agent.ts, isAnsweredDeed).
 */
export const ANSWERED_DEED_NOUN = words(['response', 'retaliation', 'reaction', 'reply', 'protest', 'revenge']);

/** Words opening a phrase at the head of a clause, whose subject comes after it: "During a Feb. 18 meeting, ...". */
export const FRONTING = words(CIRCUMSTANTIAL_WORDS, ['on']);

/** Prepositions of an occasion a trigger happens in: "sought to manage tensions in a call". */
export const OCCASION_PREPOSITION = words(['in', 'during', 'at']);

/** Words before a gerund trigger that make it take an object: "said after meeting his counterpart". */
export const GERUND_OPENER = words(['after', 'before', 'while', 'since', 'when', 'by']);

/** Words before a gerund whose agent is named before them: "criticised Orban for visiting Russia". */
export const GERUND_AGENT_OPENER = words(['for', 'after', 'before', 'when', 'while']);

/**
 * A share in a deed, between "for" and its gerund: "sanctioned an air carrier for its involvement in sending drones",
 * "for their part in developing and delivering the UAVs" (EU Council, AP 2022).
 */
export const DEED_SHARE = words(['part', 'role', 'involvement', 'participation']);

/** Words after the one a "for" phrase of blame is said of: "officers held responsible for seizing three vessels". */
export const HELD_TO_ACCOUNT = words(['held', 'responsible', 'liable']);

/** A passive's "by", or the "of" of "under the auspices of": the agent follows. */
export const AGENT_PREPOSITION = words(['by', 'of']);

/** Prepositions of whom goods go to: "sent weapons to Ukraine", "an aid package for Ukraine". */
export const RECIPIENT_PREPOSITION = words(['to', 'for']);

/** What links a demand to those it is made of: "called on Russia to withdraw", "called on the world for help". */
export const REQUEST_LINK = words(['to', 'for']);

/** Prepositions of the place where something is done: "received at Bayan Palace", "received in the Government building". */
export const PLACE_PREPOSITION = words(['at', 'in']);

/** Prepositions of a group's origin: "delegations from Russia", "the leaders of Mali". */
export const ORIGIN_PREPOSITION = words(['of', 'from']);

/** Prepositions of a verb's object that it may still take a "with" after: "discussed the war in Gaza with Sisi". */
export const OBJECT_PREPOSITION = words(['in', 'of']);

/** "at the request of", "on the invitation of", "upon the initiative of". */
export const REQUEST_PREPOSITION = words(['at', 'on', 'upon']);

/**
 * Participles that describe a person before the name, no verb of the clause: "met visiting Brazilian President Lula",
 * "talks with outgoing Prime Minister Rutte", "received the exiled opposition leader"; or a state before its name:
 * "accused neighbouring Tajikistan of building up troops" (Reuters 2021), "warned neighbouring Guyana".
 */
export const ATTRIBUTIVE_PARTICIPLE = words([
  'neighbouring',
  'neighboring',
  'visiting',
  'outgoing',
  'incoming',
  'reigning',
  'sitting',
  'exiled',
  'embattled',
  'ousted',
  'jailed',
  'newly',
  'elected',
  're-elected',
]);

/** Participles of leading: "a delegation led by Rustem Umerov". */
export const LEADING_WORDS: readonly string[] = ['led', 'headed'];
export const LEADING = words(LEADING_WORDS);

/**
 * The forms of "be", in the parts that the event stage and the trigger rules (6-events/triggers.ts) combine: a
 * passive ("was met by", "has been signed by"), a predicate ("Xi is a dictator"), an adjective ("is opposed to").
 */
export const BE_PRESENT: readonly string[] = ['is', 'are'];
export const BE_PAST: readonly string[] = ['was', 'were'];
export const BE_PARTICIPLES: readonly string[] = ['been', 'being'];
/** The forms of "be" before a passive participle: "was signed", "are sponsored", "has been met", "is being held". */
export const PASSIVE_BE: readonly string[] = [...BE_PRESENT, ...BE_PAST, ...BE_PARTICIPLES];
/** The forms of "be" but "am". */
export const BE_FORMS: readonly string[] = [...PASSIVE_BE, 'be'];

/** A present "be", contractions too: "is due to", "they're set to" (5-dates.ts reads it before COMING, lexicon/time.ts). */
export const PRESENT_BE_WORDS: readonly string[] = [...BE_PRESENT, 'am', "'s", "'re"];
export const PRESENT_BE = words(PRESENT_BE_WORDS);

/** Forms of "be" (and "get") that make a participle after them passive. */
export const BE = words(BE_FORMS, ['get', 'gets', 'got']);

/** Forms of "have": "sanctions have been imposed". */
export const HAVE_FORMS: readonly string[] = ['have', 'has', 'had'];
export const HAVE = words(HAVE_FORMS);

/** Auxiliaries and copulas that are not a verb of their own: "has met", "is visiting", "did sign". */
/** The forms of "do" that carry a negation or a question: "did not take place". */
export const DO_FORMS: readonly string[] = ['did', 'do', 'does'];
export const DO_FORM = words(DO_FORMS);
export const AUXILIARIES: readonly string[] = [...HAVE_FORMS, ...BE_PRESENT, ...BE_PAST, ...DO_FORMS];
export const AUXILIARY = words(AUXILIARIES);
/** The same, with "be" and "been": verbs that do not give a clause a verb of its own. */
export const AUXILIARY_OR_BE = words(AUXILIARIES, ['be', 'been']);

/**
 * Verbs that make more of what the subject already does, and so govern it as their own: "India and France boosted
 * defence cooperation", "China and Russia deepened their partnership", "elevated ties to a strategic partnership".
 */
export const STRENGTHENING_VERBS: readonly string[] = [
  'boosted',
  'boosts',
  'boost',
  'deepened',
  'deepens',
  'deepen',
  'strengthened',
  'strengthens',
  'strengthen',
  'bolstered',
  'bolsters',
  'bolster',
  'enhanced',
  'enhances',
  'enhance',
  'intensified',
  'intensifies',
  'intensify',
  'upgraded',
  'upgrades',
  'upgrade',
  'cemented',
  'cements',
  'cement',
  'elevated',
  'elevates',
  'elevate',
];

/**
 * Support verbs, whose object noun is the event of their subject ("held talks", "paid a visit", "waged war"); any
 * other verb between a subject and a noun trigger makes the noun someone else's event ("North Korea is supplying
 * shells for the war against Ukraine").
 */
export const SUPPORT_VERBS: readonly string[] = [
  'held',
  'hold',
  'holds',
  'holding',
  'had',
  'received',
  'receives',
  'has',
  'have',
  'having',
  'paid',
  'pay',
  'pays',
  'made',
  'make',
  'makes',
  'launched',
  'launch',
  'launches',
  'waged',
  'wage',
  'wages',
  'began',
  'begin',
  'begun',
  'started',
  'start',
  'starts',
  'continued',
  'continue',
  'attended',
  'attend',
  'joined',
  'join',
  ...BE_FORMS,
  'resumed',
  'resume',
  'opened',
  'open',
  'concluded',
  'conclude',
  'formed',
  'form',
  'forged',
  'forge',
  'agreed',
  'signed',
  'reached',
  'struck',
  'completed',
  'did',
  'do',
  'does',
  'imposed',
  'impose',
  'imposes',
  'imposing',
  'reimposed',
  're-imposed',
  'slapped',
  'slaps',
  'slapping',
  'levied',
  // ("has put sanctions on 20 more US weapons makers", 2025: the one who puts a measure on another.)
  'put',
  'puts',
  'putting',
  // ("said it was placing new sanctions on", Reuters 2024; "placed a call to": the one who places it.)
  'placed',
  'places',
  'placing',
  'extended',
  'announced',
  'announce',
  'announces',
  'announcing',
  'ordered',
  'orders',
  'ordering',
  'unveiled',
  'unveils',
  'unveiling',
  'adopted',
  'adopts',
  'adopting',
  'approved',
  'approves',
  'introduced',
  'introduces',
  'expanded',
  ...STRENGTHENING_VERBS,
  'expands',
  // ("widened sanctions against Russia", The Hill 2014; "broadened its sanctions".)
  'widened',
  'widens',
  'broadened',
  'broadens',
  'tightened',
  'tightens',
  'carried',
  'conducted',
  // ("The Indian and French Navies are conducting joint exercise Varuna", IANS 2018; "India and France are conducting
  // the 21st edition of Varuna, the bilateral naval exercise", Republic World 2023.)
  'conduct',
  'conducts',
  'conducting',
  'staged',
  'exchanged',
  'exchange',
  'exchanging',
  'traded',
  'trading',
  'led',
  'lead',
  'leads',
  'leading',
  'headed',
  'heads',
  'heading',
  // "Modi and Muizzu co-chaired the bilateral talks": those who chair talks together hold them.
  'co-chaired',
  'co-chair',
  'co-chairs',
  'co-chairing',
];
export const SUPPORT = words(SUPPORT_VERBS);

/** Nouns of "at the request of X", "on the invitation of X", "upon the initiative of X": X asked for the occasion. */
export const REQUEST_NOUN = words(['request', 'invitation', 'initiative']);

/** Prepositions of the medium of a conversation: "by phone", "over the telephone", "in a phone call". */
export const MEDIUM_PREPOSITION = words(['by', 'over', 'via', 'on', 'in', 'during']);
