import { formatPartialDate, precisionOf, type PartialDate } from '../domain/partialDate';
import type { Sentence, Token } from './sentences';

/**
 * Stage 6: date expressions, resolved against the publication date. News reports
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
}

export interface FoundDates {
  dates: DateMention[];
  warnings: string[];
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Words before a bare month that make it a date ("in February"), not the verb "may". */
const MONTH_PREPOSITIONS = new Set([
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
]);
const FUTURE = new Set(['will', 'scheduled', "'ll", 'planned', 'plans']);
/** Words of a coming occasion: the date right after them lies ahead ("the upcoming summit on Friday"), not the sentence's others. */
const COMING_OCCASION = /^(?:upcoming|next|forthcoming)$/;
const COMING_REACH = 4;
/** "is due to meet", "are expected to sign": after a present "be", these speak of what is to come ("due to" alone is a cause). */
const COMING = /^(?:due|slated|set|poised|expected)$/;
const PRESENT_BE = /^(?:is|are|am|'s|'re)$/;

/** Whether a sentence speaks of the future, so that its bare dates ("on Tuesday", "April 27") lie ahead. */
function aboutFuture(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) =>
      FUTURE.has(t.norm) ||
      (COMING.test(t.norm) &&
        tokens[k + 1]?.norm === 'to' &&
        tokens.slice(Math.max(0, k - 3), k).some((x) => PRESENT_BE.test(x.norm))),
  );
}

interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

function reference(published: PartialDate | null): Reference | null {
  if (!published || published.startsWith('--')) return null;
  const [y, m, d] = published.split('-').map(Number);
  return { year: y, month: m ?? null, day: d ?? null };
}

const isMonth = (t: Token | undefined) => t !== undefined && t.capitalised && MONTHS[t.norm] !== undefined;
const dayOf = (t: Token | undefined) =>
  t && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t.norm) ? Number.parseInt(t.norm, 10) : null;
const yearOf = (t: Token | undefined) => (t && /^(?:19|20)\d{2}$/.test(t.norm) ? Number(t.norm) : null);

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
  if (ref.month === null || ref.day === null) return null;
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const first = shiftDays(ref, -sinceMonday - 7 * back);
  const last = back === 0 ? shiftDays(ref, 0) : shiftDays(ref, -sinceMonday - 1);
  return first.slice(0, 7) === last.slice(0, 7)
    ? first.slice(0, 7)
    : first.slice(0, 4) === last.slice(0, 4)
      ? first.slice(0, 4)
      : null;
}

/** Finds the date expression starting at token i, if any: its end and date (null: cannot be resolved). */
function dateAt(
  tokens: Token[],
  i: number,
  ref: Reference | null,
  future: boolean,
): { end: number; date: PartialDate | null } | null {
  const t = tokens[i];
  const monthDay = (month: number, day: number | null, end: number): { end: number; date: PartialDate | null } => {
    const explicitYear = yearOf(tokens[end]);
    if (explicitYear !== null) return { end: end + 1, date: formatPartialDate(explicitYear, month, day ?? undefined) };
    if (!ref) return { end, date: formatPartialDate(null, month, day ?? undefined) };
    return { end, date: formatPartialDate(yearFor(ref, month, day, future), month, day ?? undefined) };
  };
  if (isMonth(t)) {
    const day = dayOf(tokens[i + 1]);
    if (day !== null && day <= 31) return monthDay(MONTHS[t.norm], day, i + 2); // "Feb. 12", "March 2, 2025"
    const prev = tokens[i - 1]?.norm;
    if (yearOf(tokens[i + 1]) !== null || (prev !== undefined && MONTH_PREPOSITIONS.has(prev)))
      return monthDay(MONTHS[t.norm], null, i + 1);
    return null;
  }
  const day = dayOf(t);
  if (day !== null && isMonth(tokens[i + 1])) return monthDay(MONTHS[tokens[i + 1].norm], day, i + 2); // "12 February"
  const year = yearOf(t);
  if (year !== null) return { end: i + 1, date: String(year) };
  const weekday = WEEKDAYS.indexOf(t.norm);
  if (weekday >= 0 && t.capitalised) {
    if (!ref || ref.day === null || ref.month === null) return { end: i + 1, date: null };
    const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
    const delta = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
    return { end: i + 1, date: shiftDays(ref, delta) };
  }
  const next = tokens[i + 1]?.norm;
  if (t.norm === 'yesterday' || t.norm === 'today') {
    if (!ref || ref.day === null) return { end: i + 1, date: null };
    return { end: i + 1, date: shiftDays(ref, t.norm === 'yesterday' ? -1 : 0) };
  }
  // "this morning": the publication day.
  if (t.norm === 'this' && (next === 'morning' || next === 'afternoon' || next === 'evening')) {
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
    return { end: i + 4, date: ref ? weekDate(ref, 0) : null };
  }
  if ((t.norm === 'last' || t.norm === 'this') && next === 'week')
    return { end: i + 2, date: ref ? weekDate(ref, t.norm === 'last' ? 1 : 0) : null };
  if ((t.norm === 'last' || t.norm === 'this') && (next === 'year' || next === 'month')) {
    if (!ref || (next === 'month' && ref.month === null)) return { end: i + 2, date: null };
    const back = t.norm === 'last' ? 1 : 0;
    if (next === 'year') return { end: i + 2, date: String(ref.year - back) };
    const m = ref.month as number;
    return {
      end: i + 2,
      date: m - back >= 1 ? formatPartialDate(ref.year, m - back) : formatPartialDate(ref.year - 1, 12),
    };
  }
  return null;
}

export function findDates(sentences: readonly Sentence[], published: PartialDate | null): FoundDates {
  const ref = reference(published);
  const dates: DateMention[] = [];
  let unresolved = 0;
  let yearless = 0;
  for (const s of sentences) {
    const future = aboutFuture(s.tokens);
    for (let i = 0; i < s.tokens.length; i++) {
      const coming = s.tokens.slice(Math.max(0, i - COMING_REACH), i).some((t) => COMING_OCCASION.test(t.norm));
      const found = dateAt(s.tokens, i, ref, future || coming);
      if (!found) continue;
      if (found.date === null) unresolved++;
      else {
        if (found.date.startsWith('--')) yearless++;
        const relative = !s.tokens.slice(i, found.end).some((t) => isMonth(t) || yearOf(t) !== null);
        dates.push({ sentence: s.index, start: i, end: found.end, date: found.date, relative });
      }
      i = found.end - 1;
    }
  }
  const warnings: string[] = [];
  if (!ref) warnings.push(`no publication date: ${yearless} date(s) kept without a year, none was guessed`);
  if (unresolved > 0)
    warnings.push(
      `${unresolved} relative date(s) ("on Monday", "yesterday") could not be resolved without a full publication date`,
    );
  return { dates, warnings };
}

/** How many opening sentences tell the news of the day (a lead and its first elaboration). */
export const LEAD_SENTENCES = 6;
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
 * Erdogan as he arrived"); one whose dates all lie further back has no news day.
 */
export function newsDay(dates: readonly DateMention[], published: PartialDate | null): NewsDay | null {
  const ref = reference(published);
  if (!ref || ref.month === null || ref.day === null) return null;
  const earliest = shiftDays(ref, -NEWS_DAY_WINDOW_DAYS);
  const today = shiftDays(ref, 0);
  const opening = dates.filter((d) => d.sentence < LEAD_SENTENCES);
  if (opening.length === 0) return { day: today, sentences: 1 };
  const day = opening.find((d) => d.date.length === 10 && d.date >= earliest && d.date <= today);
  return day ? { day: day.date, sentences: LEAD_SENTENCES } : null;
}

/** "day" / "month" / "year" for the eval format, from a PartialDate. */
export function precisionName(date: PartialDate): 'day' | 'month' | 'year' {
  return precisionOf(date).toLowerCase() as 'day' | 'month' | 'year';
}
