/**
 * Partial dates ("2025", "2025-02", "2025-02-12") as day intervals, so that the time
 * slider can ask whether an event overlaps the chosen range. Days are counted from
 * 1970-01-01 (UTC). A date without its year ("--02-12") or no date at all is
 * undated: it cannot be placed on the slider.
 */
export interface DayInterval {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function utcDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The days a partial date covers, or null when it is undated or has no year. */
export function dayInterval(date: string | null): DayInterval | null {
  if (date === null) return null;
  const match = PARTIAL_DATE.exec(date);
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: utcDay(year, 1, 1), end: utcDay(year, 12, 31) };
  const month = Number(match[2]);
  if (match[3] === undefined) return { start: utcDay(year, month, 1), end: utcDay(year, month + 1, 0) };
  const day = utcDay(year, month, Number(match[3]));
  return { start: day, end: day };
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whether an event's dates touch the range [from, to]; undated events pass only when `undated` lets them. */
export function withinRange(interval: DayInterval | null, from: number, to: number, undated: boolean): boolean {
  if (interval === null) return undated;
  return interval.end >= from && interval.start <= to;
}
