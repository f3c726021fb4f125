/**
 * Which stored event an extracted event is (docs/ARCHITECTURE.md): same key (type and
 * participants), a compatible date ("2025-02" and "2025-02-12") and bounds that share a
 * day is the same event, which keeps the more precise date and the intersection of the
 * bounds. Reports whose bounds share no day are two events, each with its own id. Pure,
 * so that it is tested without a database; the writer feeds it the stored candidates.
 */
import { boundsOf, doOverlap, intersect, isEmpty, spanOf, type Bounds } from '../domain/dayBounds';
import { boundedEventId, eventId, eventKey } from '../domain/ids';
import { compatible, morePrecise, type PartialDate } from '../domain/partialDate';
import type { ExtractedEvent } from '../domain/types';

export interface StoredEvent extends Bounds {
  id: string;
  key: string;
  date: PartialDate | null;
}

/** What identity needs of an event, extracted from text or imported from coded data. */
export type EventIdentity = Pick<ExtractedEvent, 'id' | 'type' | 'participants' | 'date' | 'earliest' | 'latest'>;

export interface ResolvedEvent<E extends EventIdentity = ExtractedEvent> {
  event: E;
  key: string;
  /** The id the event has once written. */
  id: string;
  date: PartialDate | null;
  /** Its bounds once written: its own, intersected with those of the stored event it is. */
  bounds: Bounds;
  /** A stored event whose id changes to `id`, its date having been refined. */
  renameFrom: string | null;
  /** True when a stored event already reported this one. */
  merged: boolean;
}

/**
 * An event's own bounds: what its report says, within the days its date spans (coded data gives no more).
 * Bounds that contradict the date (no day satisfies both) give way to it, as in the extractor (9-bounds.ts):
 * the date is what the text says, and an empty range would match no report of the same event.
 */
export function eventBounds(event: Pick<EventIdentity, 'date' | 'earliest' | 'latest'>): Bounds {
  const span = spanOf(event.date);
  const both = intersect(boundsOf(event), span);
  return isEmpty(both) ? span : both;
}

function datesMatch(a: PartialDate | null, b: PartialDate | null): boolean {
  return a === null || b === null ? a === b : compatible(a, b);
}

/**
 * `preferred`, unless a stored event of the key holds it already (one whose bounds share no day with
 * this one's, since it did not match): then an id that also hashes the bounds, numbered if need be.
 */
function unusedId(event: EventIdentity, preferred: string, bounds: Bounds, others: readonly StoredEvent[]): string {
  const taken = new Set(others.map((s) => s.id));
  if (!taken.has(preferred)) return preferred;
  for (let n = 0; ; n++) {
    const id = boundedEventId(event.type, event.participants, event.date, bounds, n);
    if (!taken.has(id)) return id;
  }
}

export function resolveEvent<E extends EventIdentity>(event: E, stored: readonly StoredEvent[]): ResolvedEvent<E> {
  const key = eventKey(event.type, event.participants);
  const own = eventBounds(event);
  const sameKey = stored.filter((s) => s.key === key);
  const candidates = sameKey.filter((s) => datesMatch(s.date, event.date) && doOverlap(s, own));
  const [existing] = candidates;
  if (existing !== undefined && candidates.length === 1) {
    const date = existing.date === null || event.date === null ? null : morePrecise(existing.date, event.date);
    const bounds = intersect(existing, own);
    const refined = { ...event, date };
    const others = sameKey.filter((s) => s !== existing);
    const id =
      date === existing.date
        ? existing.id
        : unusedId(refined, eventId(event.type, event.participants, date), bounds, others);
    return { event, key, id, date, bounds, renameFrom: id === existing.id ? null : existing.id, merged: true };
  }
  // Several compatible candidates ("2025-02" against the 12th and the 20th): which one is meant
  // cannot be told, so the event stands on its own, unless exactly one of them has its very date.
  const exact = candidates.filter((c) => c.date === event.date);
  const [same] = exact;
  if (same !== undefined && exact.length === 1) {
    return { event, key, id: same.id, date: event.date, bounds: intersect(same, own), renameFrom: null, merged: true };
  }
  const id = unusedId(event, event.id, own, sameKey);
  return { event, key, id, date: event.date, bounds: own, renameFrom: null, merged: false };
}
