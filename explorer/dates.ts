/**
 * The time slider's arithmetic: an event placed by its bounds (the first and the last
 * day it can have happened on), as day numbers counted from 1970-01-01 (UTC), so that
 * the slider can ask whether the event overlaps the chosen range. The rule is the API's
 * (dateFilter in src/graph/queries.ts): an unknown side of the bounds is open, and an
 * event with no bound at all cannot be placed. The day arithmetic is the server's own
 * module (src/domain/dayBounds.ts, bundled by esbuild), not a copy.
 */
import { spanOf, type Bounds, type Day } from '../src/domain/dayBounds';

/** Day numbers; null on a side whose bound is unknown (open). */
export interface DayInterval {
  start: number | null;
  end: number | null;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO day ("2025-02-18"). */
export function dayNumber(day: Day): number {
  const match = ISO_DAY.exec(day);
  if (match === null) throw new Error(`dayNumber: a day is "YYYY-MM-DD", received "${day}"`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Bounds as day numbers, or null when neither side is known: such an event cannot be placed. */
export function boundsInterval(bounds: Bounds): DayInterval | null {
  if (bounds.earliest === null && bounds.latest === null) return null;
  return {
    start: bounds.earliest === null ? null : dayNumber(bounds.earliest),
    end: bounds.latest === null ? null : dayNumber(bounds.latest),
  };
}

/** The days a partial date spans ("2025-02": Feb. 1 to 28), or null when it is undated or has no year. */
export function dayInterval(date: string | null): { start: number; end: number } | null {
  const { earliest, latest } = spanOf(date);
  return earliest === null || latest === null ? null : { start: dayNumber(earliest), end: dayNumber(latest) };
}

/** The slider's range as the graph's filter reads it (day numbers) and as the API's since/until say it. */
export interface SliderRange {
  from: number;
  to: number;
  since: Day | null;
  until: Day | null;
}

/**
 * The range the handles choose on a track from `first` to `last` (null: no track, the graph being undated). A
 * handle at its end of the track sets no limit on that side, for the filter (an event bounded only after the
 * last dated day still shows) as for the API (no since or until: nothing left out for want of a bound).
 */
export function sliderRange(from: number, to: number, track: { first: number; last: number } | null): SliderRange {
  const limitsFrom = track !== null && from > track.first;
  const limitsTo = track !== null && to < track.last;
  return {
    from: limitsFrom ? from : -Infinity,
    to: limitsTo ? to : Infinity,
    since: limitsFrom ? isoDay(from) : null,
    until: limitsTo ? isoDay(to) : null,
  };
}

/**
 * Whether an event placed on `interval` overlaps the range [from, to]: its latest day (unknown: open) not
 * before `from`, its earliest (unknown: open) not after `to`. An event that cannot be placed passes only when
 * `unplaced` lets it (the "undated" switch); the API leaves it out of any since/until.
 */
export function withinRange(interval: DayInterval | null, from: number, to: number, unplaced: boolean): boolean {
  if (interval === null) return unplaced;
  return (interval.end === null || interval.end >= from) && (interval.start === null || interval.start <= to);
}
