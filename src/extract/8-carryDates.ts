import { boundsOf, doOverlap, spanOf } from '../domain/dayBounds';
import { ONTOLOGY } from '../domain/ontology';
import { eventId } from '../domain/ids';
import type { ExtractedEvent } from '../domain/types';

/**
 * An undated event takes the date of the same event told at another level.
 * News tells one occasion twice: "Iran and the US held talks in Muscat on Saturday" and,
 * later and undated, "Araghchi and Witkoff spoke briefly". When the states the people act
 * for are exactly the states of a dated event of the same type (or of the talks, meeting or
 * mediation of one occasion), it is one occasion, and
 * the undated mention gets its date. Only when every such event agrees on the date: two
 * dated candidates with different dates leave it undated rather than guess. A date outside the undated event's bounds
 * (9-bounds.ts: "Lavrov later met Fidan", after a meeting of Feb. 18) is another occasion, not a candidate.
 */

/** The states (or organisations) an event's participants act for, as a sorted key. */
function sidesKey(e: ExtractedEvent, stateOf: (id: string) => string): string {
  // A mediation's occasion is its parties' meeting or talks: the mediator is there, but not a side.
  const sides = e.type === 'MEDIATION' ? e.participants.filter((p) => p.role !== 'MEDIATOR') : e.participants;
  return [...new Set(sides.map((p) => stateOf(p.actorId)))].sort().join('|');
}

/** Types that name the same occasion from different sides: talks, the meeting at which they happen, their mediation. */
const OCCASION: ReadonlySet<string> = new Set(['MEETING', 'NEGOTIATION', 'MEDIATION']);
/** "Zelensky briefed Biden on his plan", in the readout of their call: a briefing happens in a conversation. */
const CONVERSATION: ReadonlySet<string> = new Set(['CALL', 'MEETING']);
const isSameOccasion = (undated: string, dated: string) =>
  undated === dated ||
  (OCCASION.has(undated) && OCCASION.has(dated)) ||
  (undated === 'BRIEFING' && CONVERSATION.has(dated));

export function carryDates(events: readonly ExtractedEvent[], stateOf: (id: string) => string): ExtractedEvent[] {
  return events.map((e) => {
    if (e.date !== null || ONTOLOGY[e.type].temporal !== 'event') return e;
    const key = sidesKey(e, stateOf);
    if (!key.includes('|')) return e; // one side only: not enough to tell which occasion
    const dates = new Set(
      events
        .filter(
          (d) =>
            d.date !== null &&
            isSameOccasion(e.type, d.type) &&
            sidesKey(d, stateOf) === key &&
            doOverlap(spanOf(d.date), boundsOf(e)),
        )
        .map((d) => d.date),
    );
    const [date, ...others] = dates;
    if (date === undefined || others.length > 0) return e;
    return { ...e, date, id: eventId(e.type, e.participants, date) };
  });
}
