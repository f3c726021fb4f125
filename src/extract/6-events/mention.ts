import type { RelationType } from '../../domain/ontology';
import type { Day } from '../../domain/dayBounds';
import type { PartialDate } from '../../domain/partialDate';
import type { Evidence, Participant } from '../../domain/types';

/** One mention of an event in one sentence; merge (7-merge.ts) joins coreferent ones. */
export interface EventMention {
  type: RelationType;
  participants: Participant[];
  date: PartialDate | null;
  location: string | null;
  confidence: number;
  evidence: Evidence;
  /** The news day, for a mention in the opening sentences that its sentence leaves undated; used only if no coreferent mention dates it. */
  leadDate?: PartialDate;
  /**
   * The news day, for an undated act of the opening whose type the news day does not date ("Turkey has suspended all
   * of its trade with Israel": a sanction may be older than its news): never its date, but no mention dated wholly
   * before the news week is the same event (7-merge.ts).
   */
  newsDay?: PartialDate;
  /** The day it was told ("..., the ministry said Friday"): it happened then or before; used only if no coreferent mention dates it. */
  toldOn?: PartialDate;
  /** From a loose trigger ("discussed", "spoke"): a CALL of the same actors in the article is the same conversation. */
  loose?: boolean;
  /**
   * The id of the trigger rule that found it (see 6-events/triggers.ts), for the evaluation by rule. An event implied by
   * another gets the implying rule's id and a suffix saying how: `+implied` (rule.implies: "signed a defence pact"
   * is an alliance; "negotiated a ceasefire between X and Y": X and Y agreed), `+signed-together` (people who sign
   * together meet).
   */
  rule: string;
  /** The token index of its trigger in its sentence (the evidence): where the ordering words around it stand (9-bounds.ts). */
  trigger?: number;
  /** The first and the last day it can have happened (9-bounds.ts boundMentions); merge intersects them. */
  earliest?: Day | null;
  latest?: Day | null;
}

/** The last event that fits, searched from the end. */
export function latest(events: readonly EventMention[], fits: (e: EventMention) => boolean): EventMention | undefined {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e !== undefined && fits(e)) return e;
  }
  return undefined;
}
