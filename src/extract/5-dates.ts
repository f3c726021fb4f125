import { addDays, spanOf } from '../domain/dayBounds';
import { formatPartialDate, precisionOf, type PartialDate } from '../domain/partialDate';
import {
  AGO_UNIT,
  COMING,
  COMING_OCCASION,
  FUTURE_MARKER,
  INTENTION,
  MONTH_PREPOSITION,
  MONTHS,
  PARTICIPLE_BRIDGE,
  PART_OF_DAY,
  PAST_INTENTION,
  WEEKDAYS,
  WEEKEND_LEAD,
  YEAR_SHIFT,
} from './lexicon/time';
import { countOf, SPAN_DAYS, WITHIN_A_DAY } from './lexicon/ordering';
import { AHEAD_OF_OCCASION, PREPARING_OCCASION } from './lexicon/modality';
import { endsPhrase } from './lexicon/words';
import { PRESENT_BE } from './lexicon/grammar';
import { PERSON_RELATIVE, RELATIVE } from './lexicon/reference';
import { REPORTING_VERB } from './lexicon/reporting';
import type { Sentence, Token } from './2-sentences';
import { datelineEnd } from './6-events/clause';

/**
 * Date expressions, resolved against the publication date. News reports
 * the past, so "Feb. 12" and "on Tuesday" are the latest such day on or before
 * publication, unless the sentence speaks of the future ("will meet on Tuesday").
 * Small rules over tokens rather than compromise-dates, which resolves forwards
 * and reads "Iran" and "met" as time zones. A year is never invented: without a
 * publication date a month and day stay year-less ("--02-12").
 */

export interface DateMention {
  sentence: number;
  /** Token span [start, end). */
  start: number;
  end: number;
  date: PartialDate;
  /** Counted from publication ("on Tuesday", "yesterday", "last week"), not written out ("Feb. 12", "in 2022"). */
  relative: boolean;
  /**
   * Wholly after publication ("will attend the meeting from Thursday"), or the time of an occasion the news came ahead
   * of (`anticipated`): the time of what is ahead, of no event that happened.
   */
  ahead: boolean;
  /** Inside the phrase of an occasion ahead of the news ("met ahead of Tuesday's swearing-in"): that occasion's time. */
  anticipated?: true;
  /** The date of what the sentence's news came a span after or before ("a day after Assad's visit on Monday"). */
  spanned?: true;
  /** The first and last day of a week it names ("last week": Monday to Sunday), finer than its date (the month). */
  days?: { earliest: string; latest: string };
  /**
   * In a relative clause about a person set off by a comma ("Prabowo, who was announced the winner on March 20,
   * arrived yesterday"; "met Guelleh, who is in Beijing for the 2024 Summit"): the time of what the clause tells of
   * them, background to the sentence, not the time its story is told at.
   */
  ofRelativeClause?: true;
}

export interface FoundDates {
  dates: DateMention[];
  warnings: string[];
}

/** How many days either side of "two weeks ago" the week may reach: told as a month only when all of it is in one. */
const WEEK_SLACK = 3;

/** How many words before a date a coming occasion may stand ("the upcoming summit on Friday"). */
const COMING_REACH = 4;

/** How many words a past intention's own date may take before its "to": "agreed on Monday to meet". */
const INTENTION_DATE_WORDS = 3;

/** Whether a word names a day or a month ("Monday", "March", "yesterday"): the own date of a past intention. */
const isDateWord = (t: Token) =>
  WEEKDAYS.includes(t.norm) || MONTHS.has(t.norm) || /^(?:yesterday|today)$/.test(t.norm);

/** Whether "to" at k opens an infinitive: "to hold", not "to a ceasefire" nor "to Moscow". */
const isInfinitiveAt = (tokens: readonly Token[], k: number) =>
  tokens[k]?.norm === 'to' && tokens[k + 1]?.tags.has('Infinitive') === true;

/**
 * Whether the word at k is an intention followed by its "to": "agreeing to", "hopes to", and a past intention with
 * its own date before "to" ("agreed on Monday to meet again"); not "agreed to meet", which may tell when they
 * agreed. An infinitive after it ("to hold talks on Wednesday", "to normalise the border and to hold talks") names
 * what lies ahead of the intention.
 */
function isIntentionAt(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]?.norm ?? '';
  if (INTENTION.test(norm)) return tokens[k + 1]?.norm === 'to';
  if (!PAST_INTENTION.test(norm)) return false;
  for (let j = k + 2; j <= k + 1 + INTENTION_DATE_WORDS; j++)
    if (tokens[j]?.norm === 'to') return tokens.slice(k + 1, j).some(isDateWord);
  return false;
}

/** Whether the word at k marks what is to come: "will", "scheduled", "is due to", "are expected to". */
function isFutureMarkerAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  return (
    FUTURE_MARKER.test(t.norm) ||
    (COMING.test(t.norm) &&
      tokens[k + 1]?.norm === 'to' &&
      tokens.slice(Math.max(0, k - 3), k).some((x) => PRESENT_BE.test(x.norm)))
  );
}

/**
 * Whether the word at k is a verb in the past tense that tells a clause's time: "met", "said", "was"; not a
 * participle ("will be held"), nor the verb of a relative clause, which tells its own ("Moon, who visited Pyongyang").
 */
function isPastVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1]?.norm ?? '';
  return t !== undefined && t.tags.has('PastTense') && !PARTICIPLE_BRIDGE.test(before) && !RELATIVE.test(before);
}

/** Whether a sentence speaks of the future anywhere, the fallback when no verb near a date tells its tense. */
function isAboutFuture(tokens: readonly Token[]): boolean {
  return tokens.some((_, k) => isFutureMarkerAt(tokens, k) || isIntentionAt(tokens, k));
}

/**
 * Whether a bare date at token i ("on Tuesday", "August 6") lies ahead: the tense of the nearest verb before it (or
 * an intention whose infinitive it follows: "agreeing to hold talks on Wednesday"), else after it ("On Friday, Trump
 * will meet"), decides, since one sentence may tell both ("Trump will meet Putin
 * on Friday, a week after Witkoff met him on August 6"). Without a tensed verb, the sentence as a whole decides.
 */
function isFutureAt(tokens: readonly Token[], i: number, sentenceFuture: boolean): boolean {
  let infinitive = false;
  for (let k = i - 1; k >= 0; k--) {
    if (isFutureMarkerAt(tokens, k)) return true;
    // (An intention looks ahead only past an infinitive: "agreed on Monday to meet on Friday".)
    infinitive ||= isInfinitiveAt(tokens, k);
    if (infinitive && isIntentionAt(tokens, k)) return true;
    if (isPastVerbAt(tokens, k)) return false;
  }
  for (let k = i + 1; k < tokens.length; k++) {
    if (isFutureMarkerAt(tokens, k)) return true;
    if (isPastVerbAt(tokens, k)) return false;
  }
  return sentenceFuture;
}

interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

function reference(published: PartialDate | null): Reference | null {
  if (!published || published.startsWith('--')) return null;
  const [year, month, day] = published.split('-').map(Number);
  if (year === undefined)
    throw new Error(`reference: a publication date starts with its year, received "${published}"`);
  return { year, month: month ?? null, day: day ?? null };
}

/** The month a capitalised token names ("Feb", "March"), or null. */
const monthOf = (t: Token | undefined): number | null => (t?.capitalised ? (MONTHS.get(t.norm) ?? null) : null);
const isMonth = (t: Token | undefined): boolean => monthOf(t) !== null;
const dayOf = (t: Token | undefined) =>
  t && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t.norm) ? Number.parseInt(t.norm, 10) : null;
const yearOf = (t: Token | undefined) => (t && /^(?:19|20)\d{2}$/.test(t.norm) ? Number(t.norm) : null);
/** "3-4", "18–19": a span of days of one month, told at the month's precision. */
const isDayRange = (t: Token | undefined) =>
  t !== undefined && /^\d{1,2}[-–]\d{1,2}$/.test(t.norm) && Number(t.norm.split(/[-–]/)[1]) <= 31;

/** The year of month/day: the publication year, one back (or forward) when that would cross publication. */
function yearFor(ref: Reference, month: number, day: number | null, future: boolean): number {
  if (ref.month === null) return ref.year;
  const after = month > ref.month || (month === ref.month && day !== null && ref.day !== null && day > ref.day);
  const before = month < ref.month || (month === ref.month && day !== null && ref.day !== null && day < ref.day);
  if (future) return before ? ref.year + 1 : ref.year;
  return after ? ref.year - 1 : ref.year;
}

function shiftDays(ref: Reference, delta: number): PartialDate {
  const d = new Date(Date.UTC(ref.year, (ref.month ?? 1) - 1, ref.day ?? 1));
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}

/**
 * "this week", "last week": the month (or, across a month's end, the year) of the Monday-to-Sunday
 * week `back` weeks before publication, up to the publication day; a week is never one day.
 */
function weekDate(ref: Reference, back: number): PartialDate | null {
  const days = weekDays(ref, back);
  if (!days) return null;
  const { earliest: first, latest: last } = days;
  return first.slice(0, 7) === last.slice(0, 7)
    ? first.slice(0, 7)
    : first.slice(0, 4) === last.slice(0, 4)
      ? first.slice(0, 4)
      : null;
}

/** The Monday (and the Sunday, or the publication day for this week) of the week `back` weeks before publication. */
function weekDays(ref: Reference, back: number): { earliest: string; latest: string } | null {
  if (ref.month === null || ref.day === null) return null;
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const first = shiftDays(ref, -sinceMonday - 7 * back);
  const last = back === 0 ? shiftDays(ref, 0) : shiftDays(ref, -sinceMonday - 1);
  return { earliest: first, latest: last };
}

/** A week phrase's date and its days ("last week": the month, and Monday to Sunday). */
function weekFound(end: number, ref: Reference | null, back: number): FoundDate {
  const days = ref ? weekDays(ref, back) : null;
  return { end, date: ref ? weekDate(ref, back) : null, ...(days ? { days } : {}) };
}

/** A date expression found at a token: where it ends, and its date (null: it cannot be resolved). */
interface FoundDate {
  end: number;
  date: PartialDate | null;
  days?: { earliest: string; latest: string };
}

/**
 * "in March last year", "on June 3 of this year", "in May next year": the year named after a month (and day) by a
 * word counted from publication, which the month alone would take as the latest such month before publication.
 */
function namedYearAfter(tokens: readonly Token[], end: number, ref: Reference): { year: number; end: number } | null {
  const at = tokens[end]?.norm === 'of' ? end + 1 : end;
  const shift = YEAR_SHIFT.get(tokens[at]?.norm ?? '');
  if (shift === undefined || tokens[at + 1]?.norm !== 'year') return null;
  // (Only within the phrase: "in March. Last year, ..." belongs to the next.)
  if (/[,;:.!?()—–]/.test(tokens[end - 1]?.post ?? '')) return null;
  return { year: ref.year + shift, end: at + 2 };
}

/** A month (and day) written out, ending at token `end`: its year as written after it, else the one publication implies. */
function monthDay(
  tokens: readonly Token[],
  ref: Reference | null,
  future: boolean,
  date: { month: number; day: number | null; end: number },
): FoundDate {
  const { month, day, end } = date;
  const explicitYear = yearOf(tokens[end]);
  if (explicitYear !== null) return { end: end + 1, date: formatPartialDate(explicitYear, month, day ?? undefined) };
  if (!ref) return { end, date: formatPartialDate(null, month, day ?? undefined) };
  const named = namedYearAfter(tokens, end, ref);
  if (named !== null) return { end: named.end, date: formatPartialDate(named.year, month, day ?? undefined) };
  return { end, date: formatPartialDate(yearFor(ref, month, day, future), month, day ?? undefined) };
}

/** A date written out at token i: "Feb. 12", "March 2, 2025", "in February", "12 February", "in 2022". */
function writtenDateAt(tokens: readonly Token[], i: number, ref: Reference | null, future: boolean): FoundDate | null {
  const t = tokens[i];
  const month = monthOf(t);
  if (month !== null) {
    const day = dayOf(tokens[i + 1]);
    if (day !== null && day <= 31) return monthDay(tokens, ref, future, { month, day, end: i + 2 }); // "Feb. 12"
    if (isDayRange(tokens[i + 1])) return monthDay(tokens, ref, future, { month, day: null, end: i + 2 }); // "June 18-19"
    const prev = tokens[i - 1]?.norm;
    if (yearOf(tokens[i + 1]) !== null || (prev !== undefined && MONTH_PREPOSITION.test(prev)))
      return monthDay(tokens, ref, future, { month, day: null, end: i + 1 });
    return null;
  }
  const day = dayOf(t);
  const monthAfter = monthOf(tokens[i + 1]);
  if (day !== null && monthAfter !== null) return monthDay(tokens, ref, future, { month: monthAfter, day, end: i + 2 }); // "12 February"
  const monthAfterOf = tokens[i + 1]?.norm === 'of' ? monthOf(tokens[i + 2]) : null;
  if (day !== null && day <= 31 && monthAfterOf !== null)
    return monthDay(tokens, ref, future, { month: monthAfterOf, day, end: i + 3 }); // "the 3rd of March"
  if (isDayRange(t) && monthAfter !== null)
    return monthDay(tokens, ref, future, { month: monthAfter, day: null, end: i + 2 }); // "18-19 June"
  const year = yearOf(t);
  return year === null ? null : { end: i + 1, date: String(year) };
}

/**
 * "on Friday, Jan. 21", "Friday (January 21)", "Friday 21 January": the day written after a weekday names the day, the
 * weekday only repeats it; counted from publication, the weekday alone would give the latest Friday instead. Not a
 * month or a year alone ("on Friday, in March"): only a written day.
 */
function writtenDayAfterWeekday(
  tokens: readonly Token[],
  i: number,
  ref: Reference | null,
  future: boolean,
): FoundDate | null {
  // (Joined by a comma, an opening bracket or nothing: "Friday. Jan. 21 was" is another sentence's.)
  const between = `${tokens[i]?.post ?? ''}${tokens[i + 1]?.pre ?? ''}`;
  if (!/^[,(]?$/.test(between)) return null;
  const written = writtenDateAt(tokens, i + 1, ref, future);
  const day = written?.date?.split('-')[2];
  return written !== null && day !== undefined ? written : null;
}

/**
 * "on Tuesday": the latest such day up to publication, or the next from it in a sentence about the future; "last
 * Tuesday" is before the publication day, "next Tuesday" after it.
 */
function weekdayDateAt(tokens: readonly Token[], i: number, ref: Reference | null, future: boolean): FoundDate | null {
  const t = tokens[i];
  const weekday = WEEKDAYS.indexOf(t?.norm ?? '');
  if (t === undefined || weekday < 0 || !t.capitalised) return null;
  const written = writtenDayAfterWeekday(tokens, i, ref, future);
  if (written !== null) return written;
  if (!ref || ref.day === null || ref.month === null) return { end: i + 1, date: null };
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
  const before = tokens[i - 1]?.norm;
  const ahead = before === 'next' || (future && before !== 'last');
  const days = ahead ? (weekday - today + 7) % 7 : (today - weekday + 7) % 7;
  // ("last Tuesday" or "next Tuesday" on a Tuesday is a week away, not the day itself.)
  const away = days === 0 && (before === 'last' || before === 'next') ? 7 : days;
  return { end: i + 1, date: shiftDays(ref, ahead ? away : -away) };
}

/**
 * "three days ago" (that day), "two weeks ago" (the month of that week), "a month ago" (that month), "a year ago"
 * (that year): counted back from publication; "weeks ago" without a count is no date.
 */
function agoDateAt(tokens: readonly Token[], i: number, ref: Reference | null): FoundDate | null {
  if (tokens[i + 2]?.norm !== 'ago') return null;
  const count = countOf(tokens[i]?.norm ?? '');
  const unit = tokens[i + 1]?.norm ?? '';
  if (count === undefined || !AGO_UNIT.test(unit)) return null;
  const end = i + 3;
  if (!ref || ref.month === null || ref.day === null) return { end, date: null };
  if (unit.startsWith('day')) return { end, date: shiftDays(ref, -count) };
  if (unit.startsWith('week')) {
    const [first, last] = [shiftDays(ref, -7 * count - WEEK_SLACK), shiftDays(ref, -7 * count + WEEK_SLACK)];
    return { end, date: first.slice(0, 7) === last.slice(0, 7) ? first.slice(0, 7) : null };
  }
  if (unit.startsWith('month')) {
    const months = ref.year * 12 + (ref.month - 1) - count;
    return { end, date: formatPartialDate(Math.floor(months / 12), (months % 12) + 1) };
  }
  return { end, date: String(ref.year - count) };
}

/** "last night" (the evening before publication), "tonight" (the publication day). */
function nightDateAt(tokens: readonly Token[], i: number, ref: Reference | null): FoundDate | null {
  const t = tokens[i]?.norm;
  const lastNight = t === 'last' && tokens[i + 1]?.norm === 'night';
  if (!lastNight && t !== 'tonight') return null;
  const end = lastNight ? i + 2 : i + 1;
  if (!ref || ref.day === null) return { end, date: null };
  return { end, date: shiftDays(ref, lastNight ? -1 : 0) };
}

/**
 * "over the weekend", "last weekend", "at the weekend": the Saturday and Sunday before publication (the one it
 * falls on, published on a weekend), told as their month, or their year across a month's end.
 */
function weekendDateAt(tokens: readonly Token[], i: number, ref: Reference | null): FoundDate | null {
  const [t, next, after] = [tokens[i]?.norm, tokens[i + 1]?.norm, tokens[i + 2]?.norm];
  const phrase =
    t === 'last' && next === 'weekend'
      ? 2
      : WEEKEND_LEAD.test(t ?? '') && next === 'the' && after === 'weekend'
        ? 3
        : 0;
  if (phrase === 0) return null;
  const end = i + phrase;
  if (!ref || ref.month === null || ref.day === null) return { end, date: null };
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
  const saturday = shiftDays(ref, -((today - 6 + 7) % 7));
  const sunday = shiftDays(ref, -((today - 6 + 7) % 7) + 1);
  const same = (n: number) => saturday.slice(0, n) === sunday.slice(0, n);
  return { end, date: same(7) ? saturday.slice(0, 7) : same(4) ? saturday.slice(0, 4) : null };
}

/** "yesterday", "this morning", "earlier in the week", "last week", "this year", "last month": counted from publication. */
function relativeDateAt(tokens: readonly Token[], i: number, t: Token, ref: Reference | null): FoundDate | null {
  const next = tokens[i + 1]?.norm;
  if (t.norm === 'yesterday' || t.norm === 'today') {
    if (!ref || ref.day === null) return { end: i + 1, date: null };
    return { end: i + 1, date: shiftDays(ref, t.norm === 'yesterday' ? -1 : 0) };
  }
  // "this morning": the publication day.
  if (t.norm === 'this' && next !== undefined && PART_OF_DAY.test(next)) {
    if (!ref || ref.day === null) return { end: i + 2, date: null };
    return { end: i + 2, date: shiftDays(ref, 0) };
  }
  // "earlier in the week": this week.
  if (
    (t.norm === 'earlier' || t.norm === 'later') &&
    next === 'in' &&
    tokens[i + 2]?.norm === 'the' &&
    tokens[i + 3]?.norm === 'week'
  ) {
    return weekFound(i + 4, ref, 0);
  }
  if (t.norm !== 'last' && t.norm !== 'this') return null;
  const back = t.norm === 'last' ? 1 : 0;
  if (next === 'week') return weekFound(i + 2, ref, back);
  if (next === 'year') return { end: i + 2, date: ref ? String(ref.year - back) : null };
  if (next !== 'month') return null;
  if (!ref || ref.month === null) return { end: i + 2, date: null };
  const m = ref.month;
  return {
    end: i + 2,
    date: m - back >= 1 ? formatPartialDate(ref.year, m - back) : formatPartialDate(ref.year - 1, 12),
  };
}

/** Finds the date expression starting at token i, if any: its end and date (null: cannot be resolved). */
function dateAt(tokens: readonly Token[], i: number, ref: Reference | null, future: boolean): FoundDate | null {
  const t = tokens[i];
  if (t === undefined) return null;
  return (
    writtenDateAt(tokens, i, ref, future) ??
    weekdayDateAt(tokens, i, ref, future) ??
    agoDateAt(tokens, i, ref) ??
    nightDateAt(tokens, i, ref) ??
    weekendDateAt(tokens, i, ref) ??
    relativeDateAt(tokens, i, t, ref)
  );
}

/** How many sentences before a quotation the words that introduce it may stand ("Biden on April 13 said ... In a statement, he said: “Earlier today ...”"). */
const SPEECH_REACH = 2;

/**
 * The day a quotation was spoken, for the days its words count from ("today", "yesterday", "on Monday"): the date
 * nearest a verb of saying, written by the reporter to the day, in the quotation's sentence or the two before it
 * ("Biden on April 13 condemned the attacks and said ...", "Kaifu said on Thursday"); else publication. A statement
 * of April 13 reported on April 14 says "earlier today" of April 13.
 */
function speechReference(
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  at: { sentence: number; token: number },
  published: Reference | null,
): Reference | null {
  for (let si = at.sentence; si >= Math.max(0, at.sentence - SPEECH_REACH); si--) {
    const tokens = sentences.find((s) => s.index === si)?.tokens ?? [];
    const verbs = tokens.flatMap((t, k) => (!t.quoted && REPORTING_VERB.test(t.norm) ? [k] : []));
    const said = dates.filter(
      (d) =>
        d.sentence === si &&
        (si < at.sentence || d.end <= at.token) &&
        d.date.length === 10 &&
        !tokens[d.start]?.quoted,
    );
    if (verbs.length === 0 || said.length === 0) continue;
    const distance = (d: DateMention) =>
      Math.min(...verbs.map((k) => Math.min(Math.abs(k - d.start), Math.abs(k - (d.end - 1)))));
    const nearest = [...said].sort((a, b) => distance(a) - distance(b))[0];
    return nearest ? reference(nearest.date) : published;
  }
  return published;
}

/** How many days before publication a dateline's date may be and still be when the report was filed. */
const FILING_WINDOW_DAYS = 7;

/**
 * The day a report was filed, when its dateline gives one ("BEIJING, May 13 (Xinhua) --", "TEHRAN, Aug. 25 (MNA) –")
 * in the week up to publication: what its "yesterday" and "on Tuesday" count from, as a copy is often published the
 * day after. Else publication.
 */
function filingReference(sentences: readonly Sentence[], published: Reference | null): Reference | null {
  const tokens = sentences[0]?.tokens ?? [];
  const end = datelineEnd(tokens);
  if (published === null || published.day === null || end === 0) return published;
  const today = shiftDays(published, 0);
  const earliest = shiftDays(published, -FILING_WINDOW_DAYS);
  for (let i = 0; i < end; i++) {
    const found = writtenDateAt(tokens, i, published, false);
    const date = found?.date;
    if (found && found.end <= end && date && date.length === 10 && date >= earliest && date <= today)
      return reference(date);
  }
  return published;
}

/** How far before a date the span that sets it apart from the news may stand: "a day after X's visit to Sochi on Monday". */
const SPAN_REACH = 16;

/**
 * Whether a date is of an event the news is set a span apart from: "The call came a day after Assad's surprise visit
 * to Sochi on Monday", "two days before talks on Friday", "hours after the vote on Sunday". Not a bare "after" ("after
 * talks on Monday, they signed", which may be the day), nor a span past a comma ("a day later, on Monday").
 */
function isSpanApart(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(1, start - SPAN_REACH); k--) {
    const x = tokens[k];
    if (x === undefined || /[,;:.!?()—–]/.test(x.post)) return false;
    if (x.norm !== 'after' && x.norm !== 'before') continue;
    const unit = tokens[k - 1]?.norm ?? '';
    if (!SPAN_DAYS.has(unit) && !WITHIN_A_DAY.test(unit)) return false;
    return /s$/.test(unit) || countOf(tokens[k - 2]?.norm ?? '') !== undefined;
  }
  return false;
}

/** How far before a date the phrase of an occasion ahead may open: "preparations for the meeting between the presidents of the two countries in July". */
const ANTICIPATED_REACH = 12;

/**
 * The phrase of an occasion ahead that a date stands in the noun phrase after: "ahead of Tuesday's swearing-in
 * ceremony" (a preposition), "preparations for the meeting between the presidents in July" (a noun), or null. Not
 * past a verb or a comma ("Ahead of the summit, Putin met Xi on Monday": Monday is the meeting's).
 */
function occasionPhraseBefore(tokens: readonly Token[], start: number): 'preposition' | 'noun' | null {
  for (let k = start - 1; k >= Math.max(0, start - ANTICIPATED_REACH); k--) {
    const x = tokens[k];
    if (x === undefined || /[,;:!?()—–]/.test(x.post)) return null;
    if (endsPhrase(tokens, k, AHEAD_OF_OCCASION)) return 'preposition';
    if (endsPhrase(tokens, k, PREPARING_OCCASION)) return 'noun';
    if (x.tags.has('Verb') && !x.tags.has('Noun') && !isNounModifierAt(tokens, k)) return null;
  }
  return null;
}

/** Whether a verb form at k modifies the noun after it, after a determiner or adjective: "the upcoming round", "the former's scheduled visit". */
function isNounModifierAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return (
    before !== undefined &&
    (before.tags.has('Determiner') || before.tags.has('Adjective') || before.tags.has('Possessive'))
  );
}

/** Days from one ISO day to another. */
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * Whether a date after "ahead of" is the occasion's time: before the occasion's noun ("ahead of Tuesday's
 * swearing-in", "ahead of the Kazakh president's Nov. 12 visit"), or after it only when, counted forwards, it is
 * nearer publication ("ahead of the second round of elections on May 28", published May 19); "called Putin ahead of
 * the summit on March 3", published March 4, is the call's day.
 */
function isOccasionTimeAfterAhead(
  tokens: readonly Token[],
  i: number,
  dates: { back: FoundDate; forward: FoundDate },
  published: PartialDate | null,
): boolean {
  const { back, forward } = dates;
  const before = tokens[i - 1];
  const last = tokens[back.end - 1];
  const prenominal =
    (before?.norm === 'of' || before?.tags.has('Preposition') !== true) &&
    tokens[back.end]?.tags.has('Noun') === true &&
    !/[,;:]/.test(last?.post ?? '');
  if (prenominal) return true;
  if (published?.length !== 10 || back.date === null || forward.date === null) return false;
  const ahead = spanOf(forward.date).earliest;
  const behind = spanOf(back.date).latest;
  if (ahead === null || behind === null || ahead <= published) return false;
  return daysBetween(published, ahead) < daysBetween(behind, published);
}

/** Whether a date found at i is the time of an occasion ahead of the news (occasionPhraseBefore). */
function isOccasionTime(
  tokens: readonly Token[],
  i: number,
  at: { found: FoundDate; ahead: boolean },
  refs: { atPublication: Reference | null; published: PartialDate | null },
): boolean {
  const phrase = occasionPhraseBefore(tokens, i);
  if (phrase === null) return false;
  if (phrase === 'noun' || at.ahead) return true;
  const forward = dateAt(tokens, i, refs.atPublication, true) ?? at.found;
  return isOccasionTimeAfterAhead(tokens, i, { back: at.found, forward }, refs.published);
}

export function findDates(sentences: readonly Sentence[], published: PartialDate | null): FoundDates {
  const atPublication = filingReference(sentences, reference(published));
  const dates: DateMention[] = [];
  let unresolved = 0;
  let yearless = 0;
  for (const s of sentences) {
    const future = isAboutFuture(s.tokens);
    for (let i = 0; i < s.tokens.length; i++) {
      const coming = s.tokens.slice(Math.max(0, i - COMING_REACH), i).some((t) => COMING_OCCASION.test(t.norm));
      const ahead = coming || (future && isFutureAt(s.tokens, i, future));
      let found = dateAt(s.tokens, i, atPublication, ahead);
      if (!found) continue;
      // (The time of an occasion ahead is counted forwards like any future: "ahead of Tuesday's swearing-in".)
      const anticipated = isOccasionTime(s.tokens, i, { found, ahead }, { atPublication, published });
      if (anticipated && !ahead) found = dateAt(s.tokens, i, atPublication, true) ?? found;
      // (Quoted words count their days from when they were said, not from publication: sought only for a date found.)
      if (s.tokens[i]?.quoted)
        found = dateAt(
          s.tokens,
          i,
          speechReference(sentences, dates, { sentence: s.index, token: i }, atPublication),
          ahead || anticipated,
        );
      if (!found) continue;
      if (found.date === null) unresolved++;
      else {
        if (found.date.startsWith('--')) yearless++;
        const relative = !s.tokens.slice(i, found.end).some((t) => isMonth(t) || yearOf(t) !== null);
        const isAhead = published?.length === 10 && !found.date.startsWith('--') && found.date > published;
        const spanned = isSpanApart(s.tokens, i) ? { spanned: true as const } : {};
        const ofRelativeClause = isInPersonRelativeClause(s.tokens, i) ? { ofRelativeClause: true as const } : {};
        dates.push({
          sentence: s.index,
          start: i,
          end: found.end,
          date: found.date,
          relative,
          ahead: isAhead || anticipated,
          ...(anticipated ? { anticipated: true as const } : {}),
          ...spanned,
          ...ofRelativeClause,
          ...(found.days ? { days: found.days } : {}),
        });
      }
      i = found.end - 1;
    }
  }
  const warnings: string[] = [];
  if (!atPublication) warnings.push(`no publication date: ${yearless} date(s) kept without a year, none was guessed`);
  if (unresolved > 0)
    warnings.push(
      `${unresolved} relative date(s) ("on Monday", "yesterday") could not be resolved without a full publication date`,
    );
  return { dates, warnings };
}

/**
 * Whether the token at `i` stands in a relative clause about a person opened after a comma, before the clause's
 * closing comma or the sentence's end: "Mukherjee, who arrived here on Wednesday,", "met Guelleh, who is in Beijing for
 * the 2024 Summit". Not a clause of a thing ("his call with Trump, which Trump described on Friday"; "the summit, which
 * was held on Monday"): an occasion's clause may tell the time of what the sentence is about.
 */
function isInPersonRelativeClause(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !/[,;:]/.test(tokens[k]?.post ?? '')) k--;
  return k >= 0 && /,/.test(tokens[k]?.post ?? '') && PERSON_RELATIVE.test(tokens[k + 1]?.norm ?? '');
}

/**
 * Whether a date of a sentence tells the time that sentence's story is set at, so that an undated sentence after it
 * goes on at that time ("In 2019, Trump met Kim. He also met Moon"). Not a past date of a sentence with no verb in the past,
 * which tells how things stand, not what happened then ("This is Deuba's first visit to India after assuming charge in
 * July last year"); nor a relative clause's date in a sentence whose own clause is set at a time counted from the
 * news ("Prabowo, who was announced the winner on March 20, arrived yesterday"). A relative clause's date is the
 * story's where nothing else sets it ("Saudi Arabia, which boycotted Doha in mid-2017, would reopen its borders",
 * before "Saudi Arabia and its allies severed ties with Qatar": of 2017).
 */
export function isStoryTime(d: DateMention, s: Sentence | undefined, dates: readonly DateMention[]): boolean {
  // (A date ahead is the time of a plan, which a sentence tells in the present: "plan to call Trump before he holds a
  // call with Putin on Monday"; it sets the story after the news, and stays its time.)
  if (!d.ahead && s !== undefined && !s.tokens.some((t) => t.tags.has('PastTense') && !t.quoted)) return false;
  const isOwnNewsTime = (o: DateMention) => o.sentence === d.sentence && o.relative && o.ofRelativeClause !== true;
  return d.ofRelativeClause !== true || !dates.some(isOwnNewsTime);
}

/** How far after a noun its own date may stand: "a phone call between Zelensky and Xi Jinping last month". */
const PHRASE_REACH = 16;

/**
 * Whether a date closes the phrase of a noun ending at token `end`: it follows the noun with no verb nor punctuation
 * between ("a phone call between Ukrainian President Volodymyr Zelensky and Chinese President Xi Jinping last month",
 * "talks in Riyadh on Feb. 18"). Such a date is the noun's own, even where another stands nearer before it ("was in
 * Ukraine on May 16-17 under an arrangement agreed during a phone call ... last month"); not one after a verb of its
 * own ("talks that he held in 2019") or a comma ("the call, days after the vote on Monday").
 */
export function isOwnPhraseDate(tokens: readonly Token[], end: number, d: DateMention): boolean {
  if (d.start < end || d.start - end > PHRASE_REACH) return false;
  for (let k = end; k < d.start; k++) {
    const t = tokens[k];
    if (t === undefined || t.tags.has('Verb') || /[,;:.!?()—–]/.test(t.post)) return false;
  }
  return /^[,;:.!?()—–]*$/.test(tokens[end - 1]?.post ?? '');
}

/** How many opening sentences tell the news of the day (a lead and its first elaboration). */
export const LEAD_SENTENCES = 6;
/** How many opening sentences may give the news day written out ("on February 22"), not counted ("on Friday"). */
const WRITTEN_NEWS_DAY_SENTENCES = 2;
/** How far before publication the news day may be: a week, as "on Friday" reaches. */
const NEWS_DAY_WINDOW_DAYS = 7;

/** The day of an article's opening news, and how many opening sentences tell it. */
export interface NewsDay {
  day: PartialDate;
  sentences: number;
}

/**
 * The news day: the first day-precise date of the opening sentences that falls in the week up to
 * publication. A report opens with what just happened and often dates it only once, a few sentences
 * in ("Armenia and Azerbaijan signed a peace declaration ... Trump said Friday"). An opening with no
 * date at all tells the news of the publication day in its first sentence ("Mitsotakis greeted
 * Erdogan as he arrived"), as does one dated only by the month of publication ("earlier this month", "last week"
 * within it); one whose dates all lie further back has no news day. A date the news is set a span apart from is
 * not its day ("The call came a day after Assad's visit to Sochi on Monday").
 */
export function newsDay(dates: readonly DateMention[], published: PartialDate | null, lead?: Sentence): NewsDay | null {
  const ref = reference(published);
  if (!ref || ref.month === null || ref.day === null) return null;
  const earliest = shiftDays(ref, -NEWS_DAY_WINDOW_DAYS);
  const today = shiftDays(ref, 0);
  // (A date ahead tells of no news: "plan to call Trump before he holds a call with Putin on Monday".)
  const opening = dates.filter((d) => d.sentence < LEAD_SENTENCES && !d.ahead);
  if (opening.length === 0) return { day: today, sentences: 1 };
  // ("The call came a day after Assad's visit on Monday": the news is not of Monday. "Abiy Ahmed has arrived in Kenya
  // ... Mudavadi was in Ethiopia on February 22": a day written out further on is of the background, not counted by
  // the reporter from the news as "on Friday" is.)
  const day = opening.find(
    (d) =>
      d.date.length === 10 &&
      d.date >= earliest &&
      d.date <= today &&
      !d.spanned &&
      (d.relative || d.sentence < WRITTEN_NEWS_DAY_SENTENCES),
  );
  if (day) return { day: day.date, sentences: LEAD_SENTENCES };
  // (An undated lead in the present perfect tells what has just happened: "Russia has agreed to assist ...".)
  if (lead !== undefined && !opening.some((d) => d.sentence === lead.index) && isPerfectLead(lead))
    return { day: today, sentences: 1 };
  // ("Jaishankar met Khalilzad for the first time since talks broke down earlier this month": the month of
  // publication is no other time; a year is too wide to tell, and "by the end of February" in March is before it.)
  const isOfThisMonth = (d: DateMention) => d.date.length === 7 && d.date === today.slice(0, 7);
  return opening.every(isOfThisMonth) ? { day: today, sentences: 1 } : null;
}

/**
 * Whether a date lies wholly before the week up to a news day: "In 2010", "last July", "last September" in a report of
 * May 3, 2024; not "on Monday" nor "earlier this month" (which may hold the news day). An event so dated is the
 * news's background, another occasion than the undated news it is told beside.
 */
export function isBeforeNewsWeek(date: PartialDate, day: PartialDate): boolean {
  const [last, first] = [spanOf(date).latest, spanOf(day).earliest];
  return last !== null && first !== null && last < addDays(first, -NEWS_DAY_WINDOW_DAYS);
}

/** How many words an adverb may set between a perfect's auxiliary and its participle: "have already held". */
const PERFECT_GAP = 2;

/**
 * Whether a lead tells its news in the present perfect: its first verb (past a dateline, not of a relative clause) is
 * "has" or "have" before a participle ("KYIV (Reuters) – Zelenskyy has met Trump in Rome", "Abiy Ahmed has arrived in
 * Kenya"). Undated, such a lead reports what has just happened, on the day it is published; a date of the
 * sentences after it is of their background, or of another matter ("Trump said on Friday that ...").
 */
function isPerfectLead(lead: Sentence): boolean {
  const tokens = lead.tokens;
  const k = tokens.findIndex((t, i) => i >= datelineEnd(tokens) && !t.quoted && t.tags.has('Verb'));
  const t = tokens[k];
  if (t === undefined || (t.norm !== 'has' && t.norm !== 'have') || RELATIVE.test(tokens[k - 1]?.norm ?? ''))
    return false;
  return tokens.slice(k + 1, k + 2 + PERFECT_GAP).some((x) => x.tags.has('PastTense') || x.tags.has('Participle'));
}

/**
 * The month of the week before a day, when that week lies in one month: what an event told in the past perfect of a
 * news day's report ("Trump had urged Putin to attend the talks", in a report of Monday's call) is dated by.
 */
export function monthOfWeekBefore(day: PartialDate): PartialDate | null {
  const ref = reference(day);
  if (!ref || ref.day === null) return null;
  const [first, last] = [shiftDays(ref, -NEWS_DAY_WINDOW_DAYS), shiftDays(ref, -1)];
  return first.slice(0, 7) === last.slice(0, 7) ? first.slice(0, 7) : null;
}

/** "day" / "month" / "year" for the eval format, from a PartialDate. */
export function precisionName(date: PartialDate): 'day' | 'month' | 'year' {
  return precisionOf(date).toLowerCase() as 'day' | 'month' | 'year';
}
