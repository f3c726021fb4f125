import type { PartialDate } from './partialDate';

/**
 * Time as bounds: the first and the last ISO day ("2025-02-18") on which an event can have happened,
 * either unknown (null). A date spans its precision ("2025-02" is Feb. 1 to Feb. 28); an undated event
 * is bounded by what the text says around it (published on March 4: no later than March 4; "later", after
 * an event of Feb. 18: no earlier than Feb. 18). Days compare as strings, since they are zero-padded ISO.
 */

/** An ISO calendar day, "YYYY-MM-DD". */
export type Day = string;

export interface Bounds {
  earliest: Day | null;
  latest: Day | null;
}

export const UNBOUNDED: Bounds = { earliest: null, latest: null };

/** The bounds an event or a mention carries (either side absent: unknown). */
export function boundsOf(b: { earliest?: Day | null; latest?: Day | null }): Bounds {
  return { earliest: b.earliest ?? null, latest: b.latest ?? null };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The days of a month of a year, leap years counted: daysInMonth(2024, 2) is 29. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new Error(`daysInMonth: a month is 1 to 12, received ${month}`);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The days a partial date spans: "2025" is 2025-01-01 to 2025-12-31, "2025-02" is 2025-02-01 to 2025-02-28,
 * a day is itself. A year-less date ("--02-12", from an article without a publication date) is no span at all:
 * its year is unknown, so is every bound.
 */
export function spanOf(date: PartialDate | null): Bounds {
  if (date === null || date.startsWith('-')) return UNBOUNDED;
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y))
    throw new Error(`spanOf: a partial date starts with its year, received "${date}"`);
  if (m === undefined) return { earliest: `${pad(y, 4)}-01-01`, latest: `${pad(y, 4)}-12-31` };
  const month = `${pad(y, 4)}-${pad(m, 2)}`;
  if (d === undefined) return { earliest: `${month}-01`, latest: `${month}-${pad(daysInMonth(y, m), 2)}` };
  return { earliest: date, latest: date };
}

/** The day `n` days after `day` (before it when n is negative). */
export function addDays(day: Day, n: number): Day {
  const match = DAY.exec(day);
  if (!match) throw new Error(`addDays: a day is "YYYY-MM-DD", received "${day}"`);
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const later = (a: Day | null, b: Day | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const sooner = (a: Day | null, b: Day | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** The days both bounds allow: the later earliest and the sooner latest. */
export function intersect(a: Bounds, b: Bounds): Bounds {
  return { earliest: later(a.earliest, b.earliest), latest: sooner(a.latest, b.latest) };
}

/** Bounds no day satisfies: an earliest after the latest. */
export function isEmpty(b: Bounds): boolean {
  return b.earliest !== null && b.latest !== null && b.earliest > b.latest;
}

/** Some day lies within both: two reports with such bounds may be one event; without, they are two. */
export function doOverlap(a: Bounds, b: Bounds): boolean {
  return !isEmpty(intersect(a, b));
}

/** The weakest bounds that hold whichever of `all` is the one meant: the soonest earliest and the latest latest. */
export function loosest(all: readonly Bounds[]): Bounds {
  if (all.length === 0) return UNBOUNDED;
  const earliest = all.some((b) => b.earliest === null) ? null : all.map((b) => b.earliest).reduce(sooner, null);
  const latest = all.some((b) => b.latest === null) ? null : all.map((b) => b.latest).reduce(later, null);
  return { earliest, latest };
}
