/**
 * The reads behind the exports: the typed actor-to-actor relationships (one per
 * event and pair of actors) with the actors they link, and the events with their
 * participants and sources. Filters as the API's: types, and dates overlapping
 * [since, until] at the shorter date's precision.
 */
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

export interface ExportEdge {
  type: RelationType;
  from: string;
  to: string;
  event: string;
  date: PartialDate | null;
  precision: DatePrecision | null;
}

export interface ExportEvent extends EventFields {
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

/** The relationships of the filter's types and dates, oldest first (undated last). */
export function exportEdges(reader: Reader, filter: ExportFilter): Promise<ExportEdge[]> {
  return readRows<ExportEdge>(
    reader,
    `MATCH (a:Actor)-[r:${typePattern(filter.types)}]->(b:Actor)
     WHERE ${dateFilter('r')}
     RETURN type(r) AS type, a.id AS from, b.id AS to, r.event AS event, r.date AS date, r.precision AS precision
     ORDER BY r.date IS NULL, r.date, r.event, from, to`,
    { since: filter.since, until: filter.until },
  );
}

/** The actors those relationships link, by name. */
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

/** Events of the filter with their participants and sources, oldest first (undated last). */
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
     RETURN e.id AS id, e.type AS type, e.date AS date, e.precision AS precision, e.location AS location,
            e.confidence AS confidence, participants, sources
     ORDER BY e.date IS NULL, e.date, e.id`,
    { types: filter.types, since: filter.since, until: filter.until },
  );
}
