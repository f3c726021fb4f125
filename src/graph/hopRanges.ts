/**
 * When each hop of a time-respecting path can have happened (issue 21). A path is time-respecting when
 * some non-decreasing choice of one day per hop lies within every hop's bounds. Then hop i can have
 * happened on any day from lo_i to hi_i, where lo_i is the latest earliest among hops 0..i (a forward
 * pass: lo_i = max(lo_{i-1}, earliest_i)) and hi_i the soonest latest among hops i..n-1 (a backward pass:
 * hi_i = min(hi_{i+1}, latest_i)); a day d in [lo_i, hi_i] extends to a whole choice (lo_j before, and
 * hi_j after, clipped to d). Pure: the path query (./queries.ts) applies the same rule in Cypher, during
 * the search, and this computes the ranges of the paths it kept.
 */
import { intersect, isEmpty, type Bounds, type Day } from '../domain/dayBounds';

/**
 * A hop's bounds. An event hop with no bound at all cannot be placed in time; a role hop (a person
 * and the state they serve, from its first to its last day) with no bound was held at any time.
 */
export interface HopBounds extends Bounds {
  kind: 'EVENT' | 'ROLE';
}

/** An event hop with neither bound breaks a time-respecting path: nothing says when it happened. */
export function isUnplaceable(hop: HopBounds): boolean {
  return hop.kind === 'EVENT' && hop.earliest === null && hop.latest === null;
}

/**
 * Each hop's day range on the path (null = open side), or null when no non-decreasing choice of days
 * fits (an unplaceable hop, or a hop whose latest comes before an earlier hop's earliest).
 */
export function hopRanges(hops: readonly HopBounds[]): Bounds[] | null {
  if (hops.some(isUnplaceable)) return null;
  // Forward: no hop before the latest earliest so far. Backward: none after the soonest latest to come.
  let lo: Day | null = null;
  const earliest = hops.map((hop) => (lo = intersect({ earliest: lo, latest: null }, hop).earliest));
  let hi: Day | null = null;
  const latest = [...hops].reverse().map((hop) => (hi = intersect({ earliest: null, latest: hi }, hop).latest));
  latest.reverse();
  const ranges = earliest.map((day, i) => ({ earliest: day, latest: latest[i] ?? null }));
  return ranges.some(isEmpty) ? null : ranges;
}
