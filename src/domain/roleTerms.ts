import { doOverlap, spanOf, type Bounds, type Day } from './dayBounds';
import type { PartialDate } from './partialDate';

/**
 * Roles have validity: a person holds a title in a state or organisation from a first day to a last, either
 * unknown (open). Trump was President of the United States from 2017-01-20 to 2021-01-20 and again from
 * 2025-01-20: two terms, two HOLDS_ROLE relationships. The days come from the gazetteer's dated roles
 * (src/extract/roleTerms.ts) and from the article's own words: "former President" ended no later than the
 * day the article was published; "incoming Chancellor" began no earlier; "then-President" and "outgoing" say
 * the role was held at some time, which bounds neither end.
 */

/** A term of a role: its first and its last day, null where unknown (open on that side). */
export interface Term {
  from: Day | null;
  to: Day | null;
}

export const OPEN_TERM: Term = { from: null, to: null };

/** What a word before a title says of the time it was held, relative to the article's publication. */
export type RoleTense = 'former' | 'then' | 'incoming' | 'outgoing';

/**
 * Rule data: the words, lower case, that set a title's tense ("former President", "ex-President",
 * "then-Foreign Minister", "incoming Chancellor", "outgoing President"). `then` and `ex` are written with a
 * hyphen; without one, "then" is the adverb ("Trump then met").
 */
export const ROLE_TENSE_WORDS: Readonly<Record<string, RoleTense>> = {
  former: 'former',
  ex: 'former',
  then: 'then',
  incoming: 'incoming',
  outgoing: 'outgoing',
};
/** The tense words that need a hyphen after them. */
export const HYPHENED_TENSE_WORDS: readonly string[] = ['then', 'ex'];

const TENSE_PREFIX = new RegExp(`^(${Object.keys(ROLE_TENSE_WORDS).join('|')})(?:-|\\s+)(?=\\S)`, 'i');

/** The suffix of a title one is elected to and does not hold yet ("President-elect", "Prime Minister-elect"). */
const ELECT_SUFFIX = '-elect';

/**
 * Words before a title that say its holder holds it now, lately or rightfully ("Iran's new president", "Japan's newly
 * appointed Prime Minister", "the elected president Mohamed Bazoum"): the title is the office, held at publication,
 * with no tense. Lower case only: "New Zealand" opens a place.
 */
const PRESENT_PREFIX = /^(?:(?:new|newly|elected|appointed)\s+)+(?=\S)/;

/** A title and the tense its first word gives it: "former President" is President, former; "President" has none. */
export function readTitle(title: string): { title: string; tense: RoleTense | null } {
  const present = PRESENT_PREFIX.exec(title);
  if (present !== null) return { title: title.slice(present[0].length), tense: null };
  // "President-elect": elected, not yet in office, as "incoming" says.
  if (title.toLowerCase().endsWith(ELECT_SUFFIX) && title.length > ELECT_SUFFIX.length)
    return { title: title.slice(0, -ELECT_SUFFIX.length), tense: 'incoming' };
  const match = TENSE_PREFIX.exec(title);
  const word = match?.[1]?.toLowerCase();
  if (match === null || word === undefined) return { title, tense: null };
  // ("then Foreign Minister" without its hyphen is no title of the past: leave it as written.)
  if (HYPHENED_TENSE_WORDS.includes(word) && !match[0].endsWith('-')) return { title, tense: null };
  return { title: title.slice(match[0].length), tense: ROLE_TENSE_WORDS[word] ?? null };
}

/**
 * The term the words alone allow, loosely: a former role ended no later than the last day the publication date
 * spans; an incoming one begins no earlier than its first day. Other tenses (and no date) bound nothing.
 */
export function tenseTerm(tense: RoleTense | null, published: PartialDate | null): Term {
  const day = spanOf(published);
  if (tense === 'former') return { from: null, to: day.latest };
  if (tense === 'incoming') return { from: day.earliest, to: null };
  return OPEN_TERM;
}

/** A term as bounds (from: earliest, to: latest), for the day arithmetic of dayBounds.ts. */
export const termBounds = (t: Term): Bounds => ({ earliest: t.from, latest: t.to });

const sooner = (a: Day | null, b: Day | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: Day | null, b: Day | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** The days both terms allow: each end narrowed to the nearer known one, never invented. */
export function narrowTerm(a: Term, b: Term): Term {
  return { from: later(a.from, b.from), to: sooner(a.to, b.to) };
}

/** Both terms may be one: some day lies within both (unknown ends open). */
export function mayBeOneTerm(a: Term, b: Term): boolean {
  return doOverlap(termBounds(a), termBounds(b));
}

/**
 * Which of the stored terms of one role (one person, title and state or organisation) a new report of it is,
 * or -1 for a term of its own. Two reports with the same first day are one term. A report with a first day
 * fills in a stored term whose first day is unknown, if their days overlap. A report without one is the stored
 * term without one, else the latest-starting stored term it overlaps: it adds at most a last day.
 */
export function termOf(stored: readonly Term[], report: Term): number {
  const overlapping = (t: Term) => mayBeOneTerm(t, report);
  if (report.from !== null) {
    const same = stored.findIndex((t) => t.from === report.from);
    return same >= 0 ? same : stored.findIndex((t) => t.from === null && overlapping(t));
  }
  const open = stored.findIndex((t) => t.from === null && overlapping(t));
  if (open >= 0) return open;
  const latestStart = stored
    .map((t, k) => ({ from: t.from ?? '', k, fits: overlapping(t) }))
    .filter((c) => c.fits)
    .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))[0];
  return latestStart?.k ?? -1;
}

/** The terms of one role after a report: merged into the term it is (narrowing its ends), else added. */
export function withReport(stored: readonly Term[], report: Term): Term[] {
  const k = termOf(stored, report);
  if (k < 0) return [...stored, report];
  return stored.map((t, i) => (i === k ? narrowTerm(t, report) : t));
}
