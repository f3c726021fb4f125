/**
 * An event's time as the panels say it: its date when it has one; otherwise the days
 * the extractor bounded it by ("between Feb. 18 and Mar. 4, 2025", "no later than
 * Mar. 4, 2025"); otherwise "undated". The types are the server's (src/domain/dayBounds.ts,
 * bundled by esbuild like the rest of the page), so that both sides mean the same by a Day.
 */
import type { Bounds, Day } from '../src/domain/dayBounds';

/** Month names as the panels print them, January first. */
const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(day: Day): { year: string; month: string; day: number } {
  const match = DAY.exec(day);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined)
    throw new Error(`An event's bound is an ISO day "YYYY-MM-DD", received "${day}".`);
  return { year: match[1]!, month, day: Number(match[3]) };
}

/** "Mar. 4, 2025", or "Mar. 4" without the year. */
export function dayText(day: Day, withYear = true): string {
  const parts = partsOf(day);
  return withYear ? `${parts.month} ${parts.day}, ${parts.year}` : `${parts.month} ${parts.day}`;
}

/** The bounds in words, or null when neither side is known. */
export function boundsText({ earliest, latest }: Bounds): string | null {
  if (earliest !== null && latest !== null) {
    if (earliest === latest) return `on ${dayText(earliest)}`;
    // One year said once: "between Feb. 18 and Mar. 4, 2025".
    const sameYear = earliest.slice(0, 4) === latest.slice(0, 4);
    return `between ${dayText(earliest, !sameYear)} and ${dayText(latest)}`;
  }
  if (earliest !== null) return `no earlier than ${dayText(earliest)}`;
  if (latest !== null) return `no later than ${dayText(latest)}`;
  return null;
}

/** The time an event's panel shows: a dated event keeps its date; an undated one says its bounds, if any. */
export function whenText(event: { date: string | null; when: Bounds }): string {
  return event.date ?? boundsText(event.when) ?? 'undated';
}

/** How an event can be placed in time, which decides how its line is drawn. */
export type Timing = 'dated' | 'bounded' | 'undated';

export function timingOf(event: { date: string | null; when: { bounded: boolean } }): Timing {
  if (event.date !== null) return 'dated';
  return event.when.bounded ? 'bounded' : 'undated';
}

/**
 * A line's timing from its events': dated when one of them is, else bounded when one is:
 * a line is drawn dashed only when nothing on it has a date of its own.
 */
export function lineTiming(timings: Iterable<Timing>): Timing {
  let line: Timing = 'undated';
  for (const timing of timings) {
    if (timing === 'dated') return 'dated';
    if (timing === 'bounded') line = 'bounded';
  }
  return line;
}

/**
 * On a time-respecting path, the days within which a hop can have happened on that path
 * (Hop.between); null when the answer carries none (other modes) or it is open on both sides.
 */
export function pathRangeText(between: Bounds | null | undefined): string | null {
  if (between === null || between === undefined) return null;
  const { earliest, latest } = between;
  const text = earliest !== null && earliest === latest ? dayText(earliest) : boundsText(between);
  return text === null ? null : `on this path: ${text}`;
}
