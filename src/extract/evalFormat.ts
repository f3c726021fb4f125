import { ONTOLOGY } from '../domain/ontology';
import type { ExtractedEvent, ExtractedGraph } from '../domain/types';
import { precisionName } from './5-dates';

/**
 * The prediction format of docs/EVALUATION.md: actors, and events as
 * actor-to-actor edges (a symmetric event of n actors gives an edge per pair; a
 * mediation gives one edge, mediator to first party, with all parties listed).
 */

export interface EvalActor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  role: string | null;
  /** The NAME of the state or organisation the role is held in. */
  affiliation: string | null;
}

export interface EvalEdge {
  type: string;
  source: string;
  target: string;
  parties: string[];
  date: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  location: string | null;
  evidence: string;
  confidence: number;
  /** The first and the last day the event can have happened (ExtractedEvent.earliest/latest); the scorer ignores them. */
  earliest?: string | null;
  latest?: string | null;
  /** Debug: the id of the trigger rule behind the event (see ExtractedEvent.rule); absent for events without one. */
  rule?: string;
}

export interface EvalJson {
  article: string;
  actors: EvalActor[];
  edges: EvalEdge[];
}

function pairs(event: ExtractedEvent): [string, string, string[]][] {
  const ids = (role: string) => event.participants.filter((p) => p.role === role).map((p) => p.actorId);
  if (event.type === 'MEDIATION') {
    const parties = ids('PARTY');
    const [first] = parties;
    // (The event stage keeps a mediation only with a party: see isComplete in events/participants.ts.)
    if (first === undefined) throw new Error(`toEvalJson: a MEDIATION needs a PARTY, received event ${event.id}`);
    return ids('MEDIATOR').map((m): [string, string, string[]] => [m, first, parties]);
  }
  if (ONTOLOGY[event.type].symmetric) {
    const all = ids('PARTICIPANT');
    return all.flatMap((a, i) => all.slice(i + 1).map((b): [string, string, string[]] => [a, b, []]));
  }
  return ids('SOURCE').flatMap((s) => ids('TARGET').map((t): [string, string, string[]] => [s, t, []]));
}

export function toEvalJson(graph: ExtractedGraph, articleFileName: string): EvalJson {
  const nameOf = new Map(graph.actors.map((a) => [a.id, a.name]));
  return {
    article: articleFileName,
    actors: graph.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      role: a.role,
      affiliation: a.affiliation === null ? null : (nameOf.get(a.affiliation) ?? a.affiliation),
    })),
    edges: graph.events.flatMap((e) =>
      pairs(e).map(([source, target, parties]) => ({
        type: e.type,
        source,
        target,
        parties,
        date: e.date,
        datePrecision: e.date === null ? null : precisionName(e.date),
        location: e.location,
        evidence: e.evidence[0]?.sentence ?? '',
        confidence: e.confidence,
        ...(e.earliest === undefined && e.latest === undefined ? {} : { earliest: e.earliest, latest: e.latest }),
        ...(e.rule === undefined ? {} : { rule: e.rule }),
      })),
    ),
  };
}
