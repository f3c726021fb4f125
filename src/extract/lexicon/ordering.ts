/**
 * Words that order events in time: "after the Feb. 18 meeting", "ahead of the summit", "Lavrov later briefed",
 * "a week after", "days later". Read by 9-bounds.ts, which bounds an event by the events and dates they relate it
 * to. Stages turn a list into a matcher with `words()` (./words.ts).
 */
import { ARTICLES, DEMONSTRATIVES, THIRD_PERSON_POSSESSIVES } from './determiners';
import { words } from './words';

/** Prepositions and conjunctions placing an event after what follows them: "after the Feb. 18 meeting", "since". */
export const AFTER_WORDS: readonly string[] = ['after', 'following', 'since'];
export const AFTER = words(AFTER_WORDS);

/** Placing an event before what follows them: "before the summit"; "ahead" and "prior" only with their "of" and "to". */
export const BEFORE_WORDS: readonly string[] = ['before', 'ahead', 'prior'];
export const BEFORE = words(BEFORE_WORDS);

/** The word each of BEFORE_WORDS needs after it to be a preposition: "ahead of", "prior to" ("went ahead" is none). */
export const BEFORE_COMPLEMENT: ReadonlyMap<string, string> = new Map([
  ['ahead', 'of'],
  ['prior', 'to'],
]);

/** Adverbs placing an event after the one told before it: "Lavrov later briefed Araghchi", "subsequently". */
export const LATER_WORDS: readonly string[] = ['later', 'subsequently', 'afterwards', 'afterward'];
export const LATER = words(LATER_WORDS);

/** Adverbs placing an event before the one told before it: "Earlier, Lavrov met Araghchi", "had previously spoken". */
export const EARLIER_WORDS: readonly string[] = ['earlier', 'previously'];
export const EARLIER_ORDER = words(EARLIER_WORDS);

/**
 * Words after "later" or "earlier" that make it a time of its own rather than an order between events: "later this
 * year" (ahead), "earlier in the week", "later than planned", "later today".
 */
export const OWN_TIME_AFTER: readonly string[] = ['this', 'next', 'in', 'than', 'today', 'tonight', 'tomorrow', 'on'];
export const OWN_TIME = words(OWN_TIME_AFTER);

/** Determiners before "following" that make it an adjective: "the following day" (a day after), not "following talks". */
export const ORDER_ADJECTIVE_DETERMINER = words(ARTICLES, THIRD_PERSON_POSSESSIVES);

/** Units of a span between two events, in whole days at the least: "a week after", "two months later". */
export const SPAN_DAYS: ReadonlyMap<string, number> = new Map([
  ['day', 1],
  ['days', 1],
  ['week', 7],
  ['weeks', 7],
  ['month', 28],
  ['months', 28],
  ['year', 365],
  ['years', 365],
]);

/** Units shorter than a day: "hours after", "minutes before" put an event on the same day or the next (previous). */
const UNITS_WITHIN_A_DAY = ['hour', 'hours', 'minute', 'minutes'];
export const WITHIN_A_DAY = words(UNITS_WITHIN_A_DAY);

/** Words before "after" that keep what follows on the same day: "hours after", "shortly after", "just after". */
export const SAME_DAY_LEAD = words(UNITS_WITHIN_A_DAY, ['moments', 'shortly', 'just', 'soon', 'immediately', 'right']);

/**
 * Adjectives after a determiner that order by one unit: "the following day", "the next day" (after), "the previous
 * day", "the preceding day" (before).
 */
export const NEXT_UNIT = words(['following', 'next']);
export const PREVIOUS_UNIT = words(['previous', 'preceding']);

/** Words before a count that hedge it: "nearly four days after", "about two days later" (no exact span). */
export const APPROXIMATE = words(['nearly', 'almost', 'about', 'around', 'roughly', 'some', 'over', 'than', 'within']);

/** Words before a count that make it exact: "exactly a week after" (seven days, where "a week after" is rounded). */
export const EXACT = words(['exactly', 'precisely']);

/** Counts before a unit of span: "a week after", "two days later" (a bare plural, "days later", counts one). */
export const SPAN_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
]);

/** The number a count word says ("two", "24"), if it is one. */
export const countOf = (word: string): number | undefined =>
  SPAN_COUNTS.get(word) ?? (/^\d+$/.test(word) ? Number(word) : undefined);

/** Determiners of an object that names an event told before: "after the meeting", "following their talks", "that call". */
export const BACK_REFERENCE = words(['the'], DEMONSTRATIVES, THIRD_PERSON_POSSESSIVES);

/** Verbs that set their subject after their object: "Abiy's visit follows Ruto's trip ... on Feb 16". */
const FOLLOWS: readonly string[] = ['follows', 'followed'];

/** Verbs that set their subject after or before their object: "Abiy's visit follows Ruto's trip ... on Feb 16". */
export const SEQUENCE_VERB = words(FOLLOWS, ['precedes', 'preceded']);

/**
 * Words whose object is an occasion over before what the clause tells: "after the summit with Putin", "following his
 * talks with Putin in Alaska", "The call followed Putin's recent conversation with Macron", "The talks follow his
 * summit with Putin".
 */
export const AFTER_OCCASION = words(AFTER_WORDS, FOLLOWS, ['follow']);

/** Words after a span of days that set an event that far from another: "a day earlier", "two days later", "a day before". */
export const DAYS_APART = words(['earlier', 'later', 'before', 'after']);
