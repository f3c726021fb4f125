/**
 * The reads behind the exports: the typed actor-to-actor relationships (one per
 * event and pair of actors) with the actors they link, and the events with their
 * participants and sources, each with its bounds (the first and last day it can have
 * happened on). Filters as the API's, by the one dateFilter: types, and bounds
 * overlapping [since, until] (an unknown side open, no bound at all left out).
 */
import type { Bounds } from '../domain/dayBounds';
import type { ActorKind, RelationType } from '../domain/ontology';
import type { DatePrecision, PartialDate } from '../domain/partialDate';
import { dateFilter, typePattern, type EventFields } from './queries';
import { readRows, type Reader } from './read';

export interface ExportFilter {
  types: readonly RelationType[];
  since: PartialDate | null;
  until: PartialDate | null;
}

export interface ExportNode {
  id: string;
  name: string;
  kind: ActorKind;
}

/** One relationship, with its event's date and bounds. */
export interface ExportEdge extends Bounds {
  type: RelationType;
  from: string;
  to: string;
  event: string;
  date: PartialDate | null;
  precision: DatePrecision | null;
}

export interface ExportEvent extends EventFields, Bounds {
  participants: { id: string; name: string; kind: ActorKind; role: string }[];
  sources: {
    article: string;
    title: string | null;
    url: string | null;
    source: string | null;
    published: PartialDate | null;
    sentence: string;
  }[];
}

/** The relationships of the filter's types and dates: dated first by their date, then by their bounds. */
export function exportEdges(reader: Reader, filter: ExportFilter): Promise<ExportEdge[]> {
  return readRows<ExportEdge>(
    reader,
    `MATCH (a:Actor)-[r:${typePattern(filter.types)}]->(b:Actor)
     WHERE ${dateFilter('r')}
     RETURN type(r) AS type, a.id AS from, b.id AS to, r.event AS event, r.date AS date, r.precision AS precision,
            r.earliest AS earliest, r.latest AS latest
     ORDER BY r.date IS NULL, r.date, r.earliest, r.latest, r.event, from, to`,
    { since: filter.since, until: filter.until },
  );
}

/** The actors those relationships link (the same filter: an actor is in when one of its relationships is), by name. */
export function exportNodes(reader: Reader, filter: ExportFilter): Promise<ExportNode[]> {
  return readRows<ExportNode>(
    reader,
    `MATCH (a:Actor)-[r:${typePattern(filter.types)}]-(:Actor)
     WHERE ${dateFilter('r')}
     WITH DISTINCT a
     RETURN a.id AS id, a.name AS name, a.kind AS kind ORDER BY a.name, a.id`,
    { since: filter.since, until: filter.until },
  );
}

/** Events of the filter with their participants and sources: dated first by their date, then by their bounds. */
export function exportEvents(reader: Reader, filter: ExportFilter): Promise<ExportEvent[]> {
  return readRows<ExportEvent>(
    reader,
    `MATCH (e:Event)
     WHERE e.type IN $types AND ${dateFilter('e')}
     CALL (e) {
       MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
       WITH a, p ORDER BY p.role, a.id
       RETURN collect({id: a.id, name: a.name, kind: a.kind, role: p.role}) AS participants
     }
     CALL (e) {
       MATCH (e)-[s:REPORTED_IN]->(art:Article)
       WITH art, s ORDER BY art.published, art.id
       RETURN collect({article: art.id, title: art.title, url: art.url, source: art.source, published: art.published, sentence: s.sentence}) AS sources
     }
     RETURN e.id AS id, e.type AS type, e.date AS date, e.precision AS precision,
            e.earliest AS earliest, e.latest AS latest, e.location AS location,
            e.confidence AS confidence, participants, sources
     ORDER BY e.date IS NULL, e.date, e.earliest, e.latest, e.id`,
    { types: filter.types, since: filter.since, until: filter.until },
  );
}
