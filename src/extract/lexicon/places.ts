/**
 * Places that are no actors: where something happens ("in Riyadh"), the seas and straits a state's name is part of
 * ("the South China Sea"), the regions an envoy is sent to ("Special Envoy for Africa"), a state described rather
 * than named ("the East African nation"). Stages turn a list into a matcher with `words()` (./words.ts).
 */
import { words } from './words';

/**
 * Prepositions after which a place is where something happens, not who acts: "in Riyadh", "talks near Moscow",
 * "drilling off Cyprus" (Protothema 2019: "punish Turkey over illegal drilling off Cyprus and threatened harsher
 * sanctions": Cyprus is where, not who threatened).
 */
export const LOCATIVE_PREPOSITIONS: readonly string[] = ['in', 'at', 'near', 'outside', 'inside', 'off'];
export const LOCATIVE_PREPOSITION = words(LOCATIVE_PREPOSITIONS);

/** Words of a part of a state between a locative preposition and the state: "in northern Guatemala", "in eastern Congo". */
export const PART_OF_STATE_WORDS: readonly string[] = [
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
];
export const PART_OF_STATE = words(PART_OF_STATE_WORDS);

/**
 * A state's named parts that force falls in, after the state that holds them ("Russia's Samara region", "Russia's
 * Volgograd Oblast") or before it with "of" ("the central Poltava region of Ukraine"): 6-events/participants.ts
 * stateOfStruckPlace.
 */
export const STATE_PARTS: readonly string[] = [
  'region',
  'regions',
  'oblast',
  'province',
  'provinces',
  'district',
  'governorate',
  'city',
  'town',
];
export const STATE_PART = words(STATE_PARTS);

/** Geographic nouns that make a state's name part of a place's: "the South China Sea", "the Taiwan Strait". */
export const GEOGRAPHIC_NOUNS: readonly string[] = [
  'sea',
  'seas',
  'strait',
  'straits',
  'gulf',
  'ocean',
  'river',
  'peninsula',
  'basin',
  'shoal',
  'bay',
  'canal',
  'channel',
  'sound',
  'lake',
];
export const GEOGRAPHIC_NOUN = words(GEOGRAPHIC_NOUNS);

/**
 * Nouns that make a city's name part of the name of a gathering or of a text agreed there, no actor: "the Doha
 * Forum", "the Shangri-La Dialogue", "the Minsk agreements", "the Oslo Accords", "the Astana format".
 */
export const NAMED_AFTER_CITY_NOUNS: readonly string[] = [
  'forum',
  'dialogue',
  'conference',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'format',
  'declaration',
  'protocol',
  'process',
];
export const NAMED_AFTER_CITY_NOUN = words(NAMED_AFTER_CITY_NOUNS);

/**
 * Words that make "America" or "American" a part of the continent rather than the United States: "Latin America",
 * "the South American country", "North American leaders", "Central American migrants".
 */
export const PARTS_OF_AMERICA_WORDS: readonly string[] = ['latin', 'north', 'south', 'central'];
export const PART_OF_AMERICA = words(PARTS_OF_AMERICA_WORDS);

/** The forms of "America" a part of the continent may go before: "Latin America", "South American", "the Americas". */
export const AMERICA_FORMS = words(['america', 'american', 'americans', 'americas']);

/** Nouns of a state described rather than named: "the East African nation", "the Gulf state", "the island". */
export const STATE_NOUNS: readonly string[] = [
  'nation',
  'country',
  'state',
  'republic',
  'kingdom',
  'emirate',
  'sultanate',
  'island',
  'archipelago',
];
export const STATE_NOUN = words(STATE_NOUNS);

/**
 * Words a state's description never holds before its comma: "the leader of the East African nation, William Ruto"
 * describes; "the leader of talks in the nation, ..." does not.
 */
export const DESCRIPTION_BREAKS: readonly string[] = [
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'and',
  'or',
  'to',
  'from',
  'by',
];
export const DESCRIPTION_BREAK = words(DESCRIPTION_BREAKS);

/**
 * Regions an envoy may be posted to that are no actors: "Special Envoy for Africa", "Ambassador to the Middle East".
 * Phrase keys (words joined by one space, see countries.ts `phraseKey`), looked up whole, so a Set rather than
 * `words()`.
 */
export const PLACES_OF_OFFICE: ReadonlySet<string> = new Set([
  'africa',
  'asia',
  'europe',
  'latin america',
  'the middle east',
  'middle east',
  'the americas',
]);
