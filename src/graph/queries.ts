/**
 * Every read query of the API. Each takes plain values and returns plain rows; the
 * resolvers never see Cypher. Batch look-ups take lists of ids (for DataLoaders).
 */
import type { Driver } from 'neo4j-driver';
import { isRelationType, type ActorKind, type RelationType } from '../domain/ontology';
import type { DatePrecision, PartialDate } from '../domain/partialDate';
import { readRows } from './read';

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}
export interface RoleRow {
  actorId: string;
  title: string;
  of: string;
}
export interface EventRow {
  id: string;
  type: RelationType;
  date: PartialDate | null;
  precision: DatePrecision | null;
  location: string | null;
  confidence: number | null;
}
export interface ParticipantRow {
  eventId: string;
  actorId: string;
  role: string;
}
export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: PartialDate | null;
}
export interface SourceRow {
  eventId: string;
  sentence: string;
  article: ArticleRow;
}
export interface CounterpartRow {
  actorId: string;
  count: number;
  types: RelationType[];
  first: PartialDate | null;
  last: PartialDate | null;
  eventIds: string[];
}
export interface HopRow {
  from: string;
  to: string;
  event: string;
}
export interface DateRange {
  since: PartialDate | null;
  until: PartialDate | null;
}

/**
 * Relationship types are spliced into the pattern (Cypher cannot take them as
 * parameters), so each one is checked against the ontology's enum first.
 */
function typePattern(types: readonly RelationType[]): string {
  if (types.length === 0) throw new Error('typePattern: at least one relation type is needed, got none');
  for (const t of types) {
    if (!isRelationType(t)) throw new Error(`typePattern: not a relation type of the ontology: ${JSON.stringify(t)}`);
  }
  return types.join('|');
}

/**
 * A dated thing (property `date` of `alias`) overlaps [since, until], comparing at
 * the precision of the shorter date: "2025" overlaps since "2025-02". Undated
 * things are left out once either bound is given.
 */
function dateFilter(alias: string): string {
  const d = `${alias}.date`;
  return `($since IS NULL OR (${d} IS NOT NULL AND ${d} >= left($since, size(${d}))))
      AND ($until IS NULL OR (${d} IS NOT NULL AND left(${d}, size($until)) <= $until))`;
}

const ACTOR = 'a {.id, .name, .kind, .aliases}';
const EVENT = 'e {.id, .type, .date, .precision, .location, .confidence}';

export function actorsByIds(driver: Driver, ids: readonly string[]): Promise<ActorRow[]> {
  return readRows<{ actor: ActorRow }>(driver, `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR} AS actor`, {
    ids,
  }).then((rows) => rows.map((r) => r.actor));
}

/** Actors one of whose names is `name`, in any case. */
export function actorsByName(driver: Driver, name: string): Promise<ActorRow[]> {
  return readRows<{ actor: ActorRow }>(
    driver,
    `MATCH (a:Actor) WHERE $key IN a.nameKeys RETURN ${ACTOR} AS actor ORDER BY a.id`,
    { key: name.trim().toLowerCase() },
  ).then((rows) => rows.map((r) => r.actor));
}

/** Lucene's special characters, escaped so that user input is only ever terms. */
function luceneTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((word) => word !== '');
}

/** Names close to `name` (full-text, fuzzy), for "did you mean". */
export async function closestNames(driver: Driver, name: string, limit = 5): Promise<string[]> {
  const terms = luceneTerms(name);
  if (terms.length === 0) return [];
  const rows = await readRows<{ name: string }>(
    driver,
    `CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
     RETURN node.name AS name ORDER BY score DESC, name LIMIT $limit`,
    { query: terms.map((t) => `${t}~`).join(' '), limit },
  );
  return rows.map((r) => r.name);
}

export function rolesByActorIds(driver: Driver, ids: readonly string[]): Promise<RoleRow[]> {
  return readRows<RoleRow>(
    driver,
    `UNWIND $ids AS id MATCH (:Actor {id: id})-[r:HOLDS_ROLE]->(o:Actor)
     RETURN id AS actorId, r.title AS title, o.id AS of ORDER BY title`,
    { ids },
  );
}

export function eventsByIds(driver: Driver, ids: readonly string[]): Promise<EventRow[]> {
  return readRows<{ event: EventRow }>(driver, `UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN ${EVENT} AS event`, {
    ids,
  }).then((rows) => rows.map((r) => r.event));
}

export function participantsByEventIds(driver: Driver, ids: readonly string[]): Promise<ParticipantRow[]> {
  return readRows<ParticipantRow>(
    driver,
    `UNWIND $ids AS id MATCH (a:Actor)-[p:PARTICIPATED_IN]->(:Event {id: id})
     RETURN id AS eventId, a.id AS actorId, p.role AS role ORDER BY p.role, a.id`,
    { ids },
  );
}

export function sourcesByEventIds(driver: Driver, ids: readonly string[]): Promise<SourceRow[]> {
  return readRows<SourceRow>(
    driver,
    `UNWIND $ids AS id MATCH (:Event {id: id})-[s:REPORTED_IN]->(a:Article)
     RETURN id AS eventId, s.sentence AS sentence, a {.id, .title, .url, .source, .published} AS article
     ORDER BY a.published, a.id`,
    { ids },
  );
}

/** The actors `actorId` is linked to by events of `types`, most events first. */
export function counterparts(
  driver: Driver,
  actorId: string,
  types: readonly RelationType[],
  range: DateRange,
): Promise<CounterpartRow[]> {
  return readRows<CounterpartRow>(
    driver,
    `MATCH (:Actor {id: $actorId})-[r:${typePattern(types)}]-(b:Actor)
     WHERE ${dateFilter('r')}
     WITH b, collect(DISTINCT r.event) AS eventIds, collect(DISTINCT type(r)) AS types,
          min(r.date) AS first, max(r.date) AS last
     RETURN b.id AS actorId, size(eventIds) AS count, types, first, last, eventIds
     ORDER BY count DESC, actorId`,
    { actorId, ...range },
  );
}

/** Events in which every one of `actorIds` took part, oldest first. */
export function interactions(
  driver: Driver,
  actorIds: readonly string[],
  types: readonly RelationType[],
  range: DateRange,
): Promise<EventRow[]> {
  return readRows<{ event: EventRow }>(
    driver,
    `MATCH (first:Actor {id: $actorIds[0]})-[:PARTICIPATED_IN]->(e:Event)
     WHERE e.type IN $types AND ${dateFilter('e')}
       AND all(id IN $actorIds WHERE exists { (:Actor {id: id})-[:PARTICIPATED_IN]->(e) })
     RETURN ${EVENT} AS event ORDER BY e.date, e.id`,
    { actorIds, types, ...range },
  ).then((rows) => rows.map((r) => r.event));
}

/** One shortest path between two actors, as hops in the path's own direction. */
export async function shortestPath(
  driver: Driver,
  fromId: string,
  toId: string,
  maxHops: number,
  types: readonly RelationType[],
  range: DateRange,
): Promise<HopRow[][]> {
  if (!Number.isInteger(maxHops) || maxHops < 1) {
    throw new Error(`shortestPath: maxHops must be a positive integer, got ${maxHops}`);
  }
  if (fromId === toId) return [];
  const rows = await readRows<{ hops: HopRow[] }>(
    driver,
    `MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
     MATCH p = shortestPath((a)-[:${typePattern(types)}*..${maxHops}]-(b))
     WHERE all(r IN relationships(p) WHERE ${dateFilter('r')})
     RETURN [i IN range(0, length(p) - 1) |
             {from: nodes(p)[i].id, to: nodes(p)[i + 1].id, event: relationships(p)[i].event}] AS hops`,
    { fromId, toId, ...range },
  );
  return rows.map((r) => r.hops);
}
