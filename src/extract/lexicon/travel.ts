import { MEALS } from './occasions';
import { words } from './words';

/**
 * Travel: verbs of a journey. What a journey is for is the traveller's event ("visited Kyiv for talks with
 * Zelenskyy", "flew to Doha for talks"), and a tour meets each country on it separately ("visited Japan, the UK and
 * the US").
 */

/** "visit" in its forms, verb and noun: "visited Kyiv", "during his visit". */
export const VISIT_FORMS: readonly string[] = ['visit', 'visits', 'visited', 'visiting'];

/** Verbs of a journey: "visited", "flew to", "arrived in", "headed to". */
export const TRAVEL_VERBS: readonly string[] = [
  ...VISIT_FORMS,
  'travel',
  'travels',
  'traveled',
  'travelled',
  'traveling',
  'travelling',
  'flew',
  'flies',
  'fly',
  'flying',
  'arrived',
  'arrives',
  'arrive',
  'arriving',
  'went',
  'goes',
  'go',
  'came',
  'comes',
  'come',
  'headed',
  'heads',
  'landed',
  'lands',
  'returned',
  'returns',
];
export const TRAVEL = words(TRAVEL_VERBS);

/** Verbs of arriving at a journey's end: "arrived in Moscow", "landed in Paris". */
export const ARRIVING = words(['arrived', 'arrives', 'arriving', 'landed', 'lands']);

/** Prepositions that open a journey's end after a verb of travel: "arrived in", "flew to", "landed at". */
export const DESTINATION_PREPOSITION = words(['in', 'to', 'at', 'into']);

/** Nouns a place's name may stand in apposition to: "Sudan's capital Khartoum", "the Iranian capital, Tehran". */
export const PLACE_NOUNS: readonly string[] = [
  'capital',
  'city',
  'port',
  'town',
  'resort',
  'province',
  'region',
  'island',
];
export const PLACE_NOUN = words(PLACE_NOUNS);

/**
 * Nouns a name may stand in apposition to, whatever governs the noun governing the name: a place's ("from the Kenyan
 * capital Nairobi") or a body's ("with the militant group Hamas", "the Houthi movement", "the rebel militia M23").
 */
export const APPOSED_NAME_HEAD = words(PLACE_NOUNS, [
  'country',
  'kingdom',
  'group',
  'movement',
  'militia',
  'organisation',
  'organization',
  'bloc',
  'alliance',
]);

/**
 * Words of a place's own noun phrase, between a journey's preposition and the place named: "Sudan's capital Khartoum",
 * "the Iranian capital, Tehran", "Saudi Arabia's Red Sea city of Jeddah", "the southern port of Aden".
 */
export const PLACE_PHRASE_WORDS = words(PLACE_NOUNS, [
  'the',
  'of',
  'state',
  'airport',
  'base',
  'coastal',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'border',
  'holy',
]);

/** Words that may stand between a verb of travel and its preposition: "arrived Saturday in Tehran", "landed late in". */
export const BEFORE_DESTINATION = words(['here', 'there', 'late', 'early', 'safely', 'back', 'today', 'yesterday']);

/** Any form of "visit" ("visit", "visited", "visiting", "visits"): a prefix, since every form of the verb counts. */
export const VISIT_FORM = /^visit/;

/** Words that put a conversation face to face: "spoke with X during his visit", "on the sidelines of the summit". */
export const IN_PERSON_WORDS: readonly string[] = [
  ...VISIT_FORMS,
  'sidelines',
  'summit',
  'met',
  'meeting',
  'trip',
  'tour',
  'face-to-face',
  'in-person',
  'hosted',
  'arrived',
  'welcomed',
  'greeted',
  // "spoke briefly in the presence of Omani Foreign Minister Badr Al Busaidi": a third person in the room.
  'presence',
  // "had an excellent conversation with Trump during his dinner at Mar-a-Lago" (Washington Post 2024): a meal is shared
  // at one table.
  ...MEALS,
];
export const IN_PERSON = words(IN_PERSON_WORDS);
