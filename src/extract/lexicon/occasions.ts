import { words } from './words';

/**
 * Occasions on which actors meet or talk, and the verbs of talking: the nouns of meetings, talks, negotiations,
 * phone calls and conversations. Trigger rules (6-events/triggers.ts) fire on them ("held a summit", "peace talks", "a phone
 * call", "chaired the meeting"); the event stage reads them to tell who hosts an occasion and whose it is, and
 * whether a conversation was by phone (HOSTING, CONVERSING). Combine the lists with `words()` (./words.ts) where a
 * rule takes several.
 */

/** Gatherings of leaders or officials: "the meeting", "two meetings", "at the summit". */
export const MEETINGS: readonly string[] = ['meeting', 'meetings', 'summit', 'tete-a-tete', 'tete-a-tetes'];

/**
 * What a "joint press" or "joint news" event is called: "a joint press conference with Obama" (Anadolu 2015), "attend a
 * joint press conference at the White House" (Xinhua 2011). Two actors who face the press together have met; a press
 * conference of one actor alone is no meeting.
 */
export const JOINT_PRESS_EVENTS: readonly string[] = ['conference', 'conferences'];

/**
 * Nouns of a gathering a body's name can stand before and name as its own, the setting of what is done there: "met at
 * the G20 Summit", "hosted the Arab League summit", "met during the annual United Nations gathering", "hosting the
 * BRICS cooperation events". The body is no side of a meeting held there (6-events/participants.ts).
 */
export const GATHERING_NOUNS: readonly string[] = [
  ...MEETINGS,
  'summits',
  'gathering',
  'gatherings',
  'conference',
  'ministerial',
  'session',
  'sessions',
  'event',
  'events',
];
export const GATHERING_NOUN = words(GATHERING_NOUNS);

/**
 * Adjectives that count an occasion's sides: "a trilateral summit", "tripartite talks", "the quadrilateral meeting".
 * The event stage reads the count to tell one occasion of all the named sides from a host's meetings with each.
 */
export const COUNTED_SIDES: ReadonlyMap<string, number> = new Map([
  ['trilateral', 3],
  ['tripartite', 3],
  ['quadrilateral', 4],
  ['quadripartite', 4],
]);

/** Words of an occasion of two, or of each side on its own: "bilateral talks", "bilateral meetings with each". */
export const TWO_SIDED = words(['bilateral', 'bilaterals']);

/** Meals at which sides meet: "a working lunch with Putin", "a state dinner". */
export const MEALS: readonly string[] = ['lunch', 'luncheon', 'dinner', 'breakfast', 'banquet'];

/** The verb of sharing a meal: "Trudeau dined with Trump at Mar-a-Lago". */
export const DINING_VERBS: readonly string[] = ['dine', 'dines', 'dined', 'dining'];

/**
 * Receptions a host gives a guest, as a meal is given: "hosted a ceremonial welcome for Tokayev", "presided over the
 * welcome ceremony for Biden", "rolled out a red carpet welcome for Trump", "hosted a reception for Biden".
 */
export const RECEPTIONS: readonly string[] = ['reception', 'welcome', 'welcoming', 'carpet'];

/**
 * Verbs of giving a meal or a reception, besides hosting and chairing: "held a state banquet for Xi", "rolled out the
 * red carpet for Modi".
 */
export const GIVING_A_RECEPTION: readonly string[] = ['held', 'rolled'];

/** What makes a meal an occasion of state rather than a social one: "a working lunch", "an official dinner". */
export const MEAL_KINDS: readonly string[] = ['working', 'official', 'state', 'bilateral'];

/** Talks between sides: "held talks", "peace talks", "discussions between the two ministers". */
export const TALKS: readonly string[] = ['talks', 'discussions'];

/**
 * Nouns of conversation, which puts no one face to face: "held discussions Sunday with Blinken" (Anadolu 2025) is the
 * phone call the article tells of the pair, not a meeting beside it.
 */
export const DISCUSSIONS: readonly string[] = ['discussion', 'discussions'];

/** "negotiations on a ceasefire". */
export const NEGOTIATIONS: readonly string[] = ['negotiations'];

/** A sitting of talks or of a body: "chaired the session". */
export const SESSIONS: readonly string[] = ['session'];

/** "a strategic dialogue between Washington and Riyadh". */
export const DIALOGUES: readonly string[] = ['dialogue'];

/** Contacts between sides, arranged by a third: "contacts facilitated by Qatar". */
export const CONTACTS: readonly string[] = ['contacts'];

/** What a host chairs or holds: "Fidan chaired the meeting", "presided over the session", "hosted talks". */
export const CHAIRED_OCCASIONS: readonly string[] = [...MEETINGS, ...TALKS, ...NEGOTIATIONS, ...SESSIONS];

/** Verbs of being present at an occasion already told: "Guler, Kalin and Kilic attended the meeting". */
export const ATTENDING_FORMS: readonly string[] = ['attended', 'attends', 'attend', 'joined', 'joins'];

/**
 * Words of taking part in an occasion, which a verb of arriving may bring in: "arrived in Jeddah to take part in the
 * summit", "participated in the summit".
 */
export const TAKING_PART = words(['part', 'participate', 'participates', 'participated', 'participating']);

/** The verb "host" in its forms: "Egypt hosted talks", "Oman hosts the talks". */
export const HOST_FORMS: readonly string[] = ['hosted', 'hosts', 'host', 'hosting'];

/**
 * What a host's meal is given for: "hosted a state banquet for Macron", "hosted a dinner in honour of Biden" (the
 * guest follows; "hosted a lunch for reporters" names none).
 */
export const GUEST_PREPOSITIONS: readonly string[] = ['for', 'honour', 'honor'];

/**
 * Participles of attending an occasion, whose agents after "by" all take part in it: "the summit was attended by Macron,
 * Scholz and Meloni", "talks joined by the foreign ministers of Iran and China".
 */
export const ATTENDED = words(['attended', 'joined']);

/**
 * The participles of receiving a guest: "was greeted by Kim", "was received at the airport by Bhandari". The actors after
 * their passive's "by" are the hosts, one side, and the guest is the subject.
 */
export const RECEPTION_PARTICIPLES: readonly string[] = ['received', 'greeted', 'welcomed', 'hosted'];
export const RECEPTION_PARTICIPLE = words(RECEPTION_PARTICIPLES);

/** Verbs of chairing: "Fidan chaired the meeting", "presided over the session". */
export const CHAIR_FORMS: readonly string[] = ['chaired', 'chairs', 'chairing', 'presided'];

/**
 * A trigger word of hosting or chairing others' talks, whose host or chair mediates them ("Egypt hosted talks between
 * Israel and Hamas"). A prefix, not a list: it is only tested on a trigger's own word, where it meets HOST_FORMS and
 * CHAIR_FORMS as the rule table spells them (6-events/triggers.ts) — and the war noun "hostilities", which a list of
 * the verbs would no longer take (a behaviour change, so the prefix stays until one is decided on).
 */
export const HOSTING = /^(?:host|chair|presid)/;

/** "a phone call", "a telephone conversation", "spoke by phone". */
export const PHONES: readonly string[] = ['phone', 'telephone'];

/** The verbs of a phone call: "Putin phoned Erdogan", "Macron telephoned Putin". */
export const PHONED: readonly string[] = ['phoned', 'telephoned', 'dialled', 'dialed'];

/** How a conversation by phone is named, as a noun or an adjective: "a phone call", "a telephonic conversation". */
export const BY_PHONE: readonly string[] = [...PHONES, 'telephonic'];

/** "a call with Putin", "two calls". */
export const CALLS: readonly string[] = ['call', 'calls'];

/**
 * A call by video, one word or two ("a videoconference with Putin", "a video conference", "by video call" is a call
 * already): the noun, with "conference" only after "video" (a press conference is none).
 */
export const VIDEO_CALLS: readonly string[] = [
  'videoconference',
  'videoconferences',
  'video-conference',
  'video-conferences',
  'teleconference',
  'teleconferences',
  'videocall',
  'video-call',
];

/**
 * The verb "call" as it phones, names or demands: "called Erdogan on Tuesday", "called Putin a war criminal", "called
 * on Russia to withdraw". (The bare "called" of a phone call is a rule of its own in 6-events/triggers.ts.)
 */
export const CALL_FORMS: readonly string[] = ['called', 'calls', 'calling'];

/** "a conversation with Macron", "their conversations". */
export const CONVERSATIONS: readonly string[] = ['conversation', 'conversations'];

/** Verbs of talking with someone: "spoke with Macron", "has spoken to Putin", "conferred with". */
export const SPEAKING_VERBS: readonly string[] = ['spoke', 'spoken', 'speaks', 'speak', 'talked', 'conferred'];

/**
 * Chatting is speaking: "Putin chatted with Modi on the sidelines of the summit", "Biden briefly chatted with Xi at the
 * G20" (Tianjin 2025, Bali 2022 reports).
 */
export const CHAT_FORMS: readonly string[] = ['chatted', 'chats', 'chatting'];

/** The verb "discuss" in its forms: "discussed the crisis with Erdogan by phone". */
export const DISCUSS_FORMS: readonly string[] = ['discussed', 'discuss', 'discusses', 'discussing'];

/** The verb of trading views: "exchanged views with Trump by phone". */
export const EXCHANGE_FORMS: readonly string[] = ['exchanged', 'exchange', 'exchanges', 'exchanging'];

/** Prepositions that make a call the occasion of a clause's verb: "urged Burhan ... in a phone call". */
export const CALL_ADJUNCT_PREPOSITIONS: readonly string[] = ['in', 'during', 'over'];

/** Nouns of a word had between leaders: "had informal exchanges with Biden", "a brief interaction with Macron". */
export const EXCHANGE_NOUNS: readonly string[] = ['exchange', 'exchanges', 'interaction', 'interactions'];

/** What makes an exchange a talk between people, not a swap: "informal exchanges", "a brief interaction". */
export const TALK_MANNERS: readonly string[] = ['informal', 'brief', 'short', 'cordial', 'warm', 'friendly', 'frank'];

/** Words of talking: a conversation held by phone is a call ("discussed the crisis with Erdogan by phone"). */
const CONVERSING_WORDS: readonly string[] = [
  ...SPEAKING_VERBS,
  ...TALKS,
  ...CONVERSATIONS,
  ...DISCUSS_FORMS,
  ...EXCHANGE_FORMS,
  'talk',
];
export const CONVERSING = words(CONVERSING_WORDS);

/**
 * Nouns for the person or state who mediates (not the act: "Qatar's mediation" is Qatar's): "Lourenco is the African
 * Union's mediator", "Lourenco, the AU's mediator, met ...": the one the sentence says is the mediator mediates, not
 * who appointed them.
 */
export const MEDIATOR_NOUN = words(['mediator', 'mediators', 'intermediary', 'intermediaries', 'go-between']);

/**
 * "held talks through Omani mediators", "exchanged views via Qatari intermediaries", "talks through US envoy Amos
 * Hochstein", "messages through diplomatic channels": the prepositions of the go-between of talks that are indirect,
 * and the channels talks go through (gathered from wire reports of US-Iran, Israel-Hamas and Israel-Lebanon contacts,
 * 2021-2025).
 */
export const GO_BETWEEN_PREPOSITION = words(['through', 'via']);
export const CHANNELS = words(['channel', 'channels', 'back-channel', 'back-channels', 'backchannel', 'backchannels']);

/**
 * Words of talk whose "on", "about" or "over" names what was talked about ("held talks on the war in Ukraine",
 * "a call about the fighting in Sudan", "exchanged views on the conflict"): an event noun there is a topic.
 */
export const TALK_OF = words(CONVERSING_WORDS, MEETINGS, CALLS, ['views', 'opinions', 'conference', 'consultations']);

/** A bond named after its owners, not a contact with them: "called their relationship “sincere”". */
export const OWNED_NAMED_BONDS: readonly string[] = ['relationship', 'relations', 'ties', 'visit', 'visits', 'trip'];

/**
 * Words that name an occasion as the next of a series: "the next round of negotiations", "a new round of talks",
 * "another meeting". Such an occasion is still to come unless the sentence holds it (HOLDING_FORMS), 6-events/assertion.ts.
 */
export const NEXT_OF_SERIES = words(['next', 'new', 'another']);

/** Words between a series word and its occasion noun: "a new round of peace talks", "another high-level meeting". */
export const SERIES_LINKS = words(['round', 'rounds', 'of']);

/**
 * Verbs of an occasion's own relative clause that tell when it was held, after "which" or "that" and an auxiliary:
 * "the meeting between Zarif and Erdoğan which was held this evening", "his phone conversation with Trump, that took
 * place on January 17" ("took" with "place"). Only an occasion is held or takes place, so the clause is the occasion
 * noun's, whatever names stand between (6-events/circumstances.ts occasionClauseDate).
 */
export const OCCASION_CLAUSE_VERBS = words(['held', 'took', 'occurred', 'happened']);
/** Auxiliaries between the relative pronoun and that verb: "which was held", "that had been held". */
export const OCCASION_CLAUSE_AUXILIARIES = words(['was', 'were', 'had', 'has', 'been']);

/**
 * Forms of holding an occasion that tell it is held or was: "held a new round of talks", "another meeting took place",
 * "the next round began on Monday", "are holding new talks" (a future or a "to" before them holds nothing: "will be
 * held", "to be held").
 */
export const HOLDING_FORMS = words([
  'held',
  'holding',
  'had',
  'hosted',
  'began',
  'begun',
  'started',
  'opened',
  'ended',
  'concluded',
  'resumed',
  'convened',
  'took',
  'met',
  'wrapped',
]);

/**
 * Verbs of an occasion's coming about, after "did not" or "will not": "the much-anticipated meeting between Putin and
 * Trump did not take place" (TASS 2017), "the summit did not happen", "the visit did not go ahead". Denied, they deny
 * the occasion itself (6-events/assertion.ts isSubjectOfPlan); "the meeting did not produce results" was held.
 */
export const COMING_ABOUT = words(['take', 'happen', 'occur', 'materialise', 'materialize', 'go']);

/**
 * What two sides agree to when they agree only on an occasion still to come: "Japan and South Korea agreed on Saturday
 * to hold formal talks next month" (Reuters 2019), "agreed to arrange a summit" (AFP 2019), "have agreed to attend an
 * Asean foreign ministers' meeting" (Bernama 2025), "agreed to meet again": a plan to meet, no deal between them
 * (6-events/assertion.ts isAgreedOccasion). A verb that is the occasion itself ...
 */
export const AGREED_OCCASION_VERBS = words(['meet', 'attend', 'convene', 'reconvene']);
/** ... or one that sets up an occasion noun after it ("hold a follow-up summit", "arrange a meeting"). */
export const SETTING_UP = words(['hold', 'have', 'arrange', 'schedule', 'organise', 'organize']);
/** The occasion nouns such a verb sets up ("hold formal talks", "arrange a summit"). */
export const AGREED_OCCASION_NOUNS = words(MEETINGS, TALKS, DISCUSSIONS, SESSIONS, [
  'consultations',
  'conference',
  'round',
  'rounds',
]);
