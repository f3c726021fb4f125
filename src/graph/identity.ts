/**
 * Which stored event an extracted event is (docs/ARCHITECTURE.md): same key (type and
 * participants) and a compatible date ("2025-02" and "2025-02-12") is the same
 * event, which keeps the more precise date. Pure, so that it is tested without a
 * database; the writer feeds it the stored candidates.
 */
import { eventId, eventKey } from '../domain/ids';
import { compatible, morePrecise, type PartialDate } from '../domain/partialDate';
import type { ExtractedEvent } from '../domain/types';

export interface StoredEvent {
  id: string;
  key: string;
  date: PartialDate | null;
}

/** What identity needs of an event, extracted from text or imported from coded data. */
export type EventIdentity = Pick<ExtractedEvent, 'id' | 'type' | 'participants' | 'date'>;

export interface ResolvedEvent<E extends EventIdentity = ExtractedEvent> {
  event: E;
  key: string;
  /** The id the event has once written. */
  id: string;
  date: PartialDate | null;
  /** A stored event whose id changes to `id`, its date having been refined. */
  renameFrom: string | null;
  /** True when a stored event already reported this one. */
  merged: boolean;
}

function datesMatch(a: PartialDate | null, b: PartialDate | null): boolean {
  return a === null || b === null ? a === b : compatible(a, b);
}

export function resolveEvent<E extends EventIdentity>(event: E, stored: readonly StoredEvent[]): ResolvedEvent<E> {
  const key = eventKey(event.type, event.participants);
  const candidates = stored.filter((s) => s.key === key && datesMatch(s.date, event.date));
  // Several compatible candidates ("2025-02" against the 12th and the 20th): which one
  // is meant cannot be told, so the event stands at its own id.
  const [existing] = candidates;
  if (existing === undefined || candidates.length > 1) {
    const exact = candidates.find((c) => c.date === event.date);
    return { event, key, id: event.id, date: event.date, renameFrom: null, merged: exact !== undefined };
  }
  const date = existing.date === null || event.date === null ? null : morePrecise(existing.date, event.date);
  const id = eventId(event.type, event.participants, date);
  return { event, key, id, date, renameFrom: id === existing.id ? null : existing.id, merged: true };
}
