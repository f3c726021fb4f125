/**
 * Comparing dates as precise as their sources ("2012", "2012-05", "2012-05-07"). Two dates
 * compare on the precision they share: "2012" neither precedes nor follows "2012-05-07".
 */
import type { PartialIsoDate, Role } from './types';

/** -1, 0 or 1: how `a` stands to `b` at the precision both have. */
export function comparePartial(a: PartialIsoDate, b: PartialIsoDate): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The last date a role is known to hold: its end, else the day its source was compiled, else open. */
export function knownEnd(role: Role): PartialIsoDate | undefined {
  return role.to ?? role.lastKnown;
}

/** Whether two roles' periods share a day, at the precision their dates have. */
export function overlaps(a: Role, b: Role): boolean {
  const aEnd = knownEnd(a);
  const bEnd = knownEnd(b);
  const aStartsBeforeBEnds = a.from === undefined || bEnd === undefined || comparePartial(a.from, bEnd) <= 0;
  const bStartsBeforeAEnds = b.from === undefined || aEnd === undefined || comparePartial(b.from, aEnd) <= 0;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}
