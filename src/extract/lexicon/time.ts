/**
 * Words of time: months, weekdays, and the words that place a date before or after publication ("will meet on
 * Tuesday", "the upcoming summit on Friday"). Read by 5-dates.ts; months and weekdays are also never part of a
 * person's name (./names.ts). The event stage reads the time phrases around a trigger: nouns of time, a deadline
 * ("by the end of February"), a time between a verb and its "to". Stages turn a list into a matcher with `words()`
 * (./words.ts).
 */
import { BE_PARTICIPLES } from './grammar';
import { words } from './words';

/**
 * Months by name and abbreviation, with their number: "Feb. 12", "12 February", "in March 2025". A Map, so that a
 * word is a month only if listed (an object would also answer "constructor").
 */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Every month name and abbreviation: "January", "Jan", "Sept". */
export const MONTH_NAMES: readonly string[] = [...MONTHS.keys()];

/** Weekdays in the order of `Date.getUTCDay()` (Sunday is 0): "on Tuesday". */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Words before a bare month that make it a date ("in February", "since March", "mid-April"), not the verb "may". */
export const MONTH_PREPOSITIONS: readonly string[] = [
  'in',
  'since',
  'during',
  'until',
  'by',
  'early',
  'mid',
  'late',
  'last',
  'this',
  'next',
  'of',
  'from',
  'through',
];
export const MONTH_PREPOSITION = words(MONTH_PREPOSITIONS);

/** Words naming a year from publication after a month: "in March last year", "on May 3 this year", "in June next year". */
export const YEAR_SHIFT: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['this', 0],
  ['next', 1],
]);

/** Words of a sentence about the future, whose bare dates lie ahead: "will meet on Tuesday", "talks scheduled for". */
export const FUTURE_MARKERS: readonly string[] = ['will', 'scheduled', "'ll", 'planned', 'plans'];
export const FUTURE_MARKER = words(FUTURE_MARKERS);

/**
 * Words before a past participle that keep it from being a past tense: "will be held", "will have met", "is being
 * prepared" (5-dates.ts reads the tense of the verb nearest a date).
 */
export const PARTICIPLE_BRIDGE = words(BE_PARTICIPLES, ['be', 'have']);

/** Words of a coming occasion: the date right after them lies ahead ("the upcoming summit on Friday"). */
export const COMING_OCCASION_WORDS: readonly string[] = ['upcoming', 'next', 'forthcoming'];
export const COMING_OCCASION = words(COMING_OCCASION_WORDS);

/**
 * After a present "be" (PRESENT_BE, ./grammar.ts) and before "to", these speak of what is to come: "is due to meet", "are expected to sign"
 * ("due to" alone is a cause).
 */
export const COMING_WORDS: readonly string[] = ['due', 'slated', 'set', 'poised', 'expected'];
export const COMING = words(COMING_WORDS);

/**
 * Verbs of intention before "to" and a verb: what that verb names comes after the intention, so a bare date after
 * it lies ahead ("with the two sides agreeing to hold talks on Wednesday", "hopes to meet him on Friday"). Only
 * forms that do not tell a finished past: "agreed to meet on Friday" may date the agreement (5-dates.ts reads a past
 * form only when its own date stands before "to": "agreed on Monday to meet on Friday").
 */
export const INTENTION_WORDS: readonly string[] = [
  'agree',
  'agrees',
  'agreeing',
  'hope',
  'hopes',
  'hoping',
  'want',
  'wants',
  'wanting',
  'intend',
  'intends',
  'intending',
  'aim',
  'aims',
  'aiming',
  'seek',
  'seeks',
  'seeking',
  'prepare',
  'prepares',
  'preparing',
  'pledge',
  'pledges',
  'pledging',
  'promise',
  'promises',
  'promising',
  'vow',
  'vows',
  'vowing',
  'decide',
  'decides',
  'deciding',
  // ("The leaders of Britain, France and Germany plan to call Trump before he holds a call with Putin on Monday".)
  'plan',
  'planning',
];
export const INTENTION = words(INTENTION_WORDS);
/** The past forms of INTENTION_WORDS, which look ahead only with a date of their own before "to". */
export const PAST_INTENTION_WORDS: readonly string[] = [
  'agreed',
  'hoped',
  'wanted',
  'intended',
  'aimed',
  'sought',
  'prepared',
  'pledged',
  'promised',
  'vowed',
  'decided',
];
export const PAST_INTENTION = words(PAST_INTENTION_WORDS);

/** The auxiliaries of a perfect tense ("had agreed", "has long backed"): a time before the news, not of it. */
export const PERFECT_AUXILIARY = words(['had', 'has', 'have']);

/**
 * Words of a sentence that tell of a time before the news, or of a span: "recently stated", "previously met",
 * "years ago", "after months of talks" (8-carryDates.ts dates an undated sentence by the news only without them).
 */
export const NOT_OF_THE_NEWS = words([
  'recently',
  'previously',
  'formerly',
  'once',
  'ago',
  'since',
  'months',
  'years',
  'decades',
  'history',
]);

/** Units of "three days ago", "two weeks ago", "a month ago", "a year ago" (5-dates.ts counts them back). */
export const AGO_UNIT = words(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/** Words before "the weekend" that place an event on the weekend before publication: "over the weekend". */
export const WEEKEND_LEAD = words(['over', 'at', 'during']);

/** Parts of the publication day after "this": "this morning", "this evening". */
export const PARTS_OF_DAY: readonly string[] = ['morning', 'afternoon', 'evening'];
export const PART_OF_DAY = words(PARTS_OF_DAY);

/** Units of a span of time, plural: "two weeks after", "decades of conflict". */
export const DURATION_UNITS: readonly string[] = ['days', 'weeks', 'months', 'years', 'decades'];
export const DURATION = words(DURATION_UNITS);

/** Nouns of time that a preposition may follow without being theirs: "met last week with", "this morning with". */
export const TIME_NOUNS: readonly string[] = [
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'minute',
  'minutes',
  'time',
  'times',
  ...PARTS_OF_DAY,
  'night',
  'weekend',
];
export const TIME_NOUN = words(TIME_NOUNS);

/** "since taking office", "since coming to power": a time phrase, whose noun takes no "with". */
export const TENURE = words(['office', 'power']);

/** Words that open a time phrase before its date: "on Monday", "last week", "this month". */
export const TIME_LEAD_IN = words(['on', 'in', 'last', 'this']);

/**
 * Words of time (and "also") between a call and its "from", which keep the caller the call's: "received a call today
 * from Biden", "a call on Tuesday from".
 */
export const CALL_FROM_FILLER = words(['today', 'yesterday', 'tonight', 'earlier', 'also', 'on', 'this', 'last']);

/** Prepositions of a deadline: "by the end of February", "until June". */
export const DEADLINE_PREPOSITION = words(['by', 'until', 'till']);
/** Words between a deadline's preposition and its date: "by the end of February", "by mid-March". */
export const DEADLINE_WORDS = words([
  'the',
  'end',
  'start',
  'beginning',
  'middle',
  'close',
  'of',
  'early',
  'mid',
  'late',
]);
