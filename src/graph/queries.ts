/**
 * Every read query of the API. Each takes plain values and returns plain rows; the
 * resolvers never see Cypher. Batch look-ups take lists of ids (for DataLoaders).
 */
import { int } from 'neo4j-driver';
import type { Bounds } from '../domain/dayBounds';
import { couldBeActorId } from '../domain/ids';
import { elementAt } from '../domain/guaranteed';
import { isRelationType, type ActorKind, type RelationType } from '../domain/ontology';
import type { DatePrecision, PartialDate } from '../domain/partialDate';
import { hopRanges, type HopBounds } from './hopRanges';
import { hasTimeRespectingSearch, TIME_RESPECTING_PROCEDURE } from './capabilities';
import { readRows, type Reader } from './read';
import { statementText } from './statementTexts';
import {
  ACTOR_PROPERTIES,
  ARTICLE_PROPERTIES,
  EVENT_PROPERTIES,
  WHOLE_EVENT,
  projected,
  EDGE_EVENT_PROPERTIES,
  propertiesMap,
  type CounterpartShape,
  type EventShape,
  type PathShape,
  type SourceShape,
} from './shapes';

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
  /** The first and the last day the role was held (ISO days), null where unknown: open. */
  from: string | null;
  to: string | null;
  /** The actor the role is of, fetched along (the API primes its actor loader with it). */
  ofActor: ActorRow;
}
/** An event's own fields. */
export interface EventFields {
  id: string;
  type: RelationType;
  date: PartialDate | null;
  precision: DatePrecision | null;
  location: string | null;
  confidence: number | null;
}
/** An event as the API reads it: its fields and its bounds. */
export interface EventRow extends EventFields, Bounds {
  /** Fetched along with the event when the query asks for them (else loaded by id). */
  participants?: ParticipantRow[];
  sources?: SourceRow[];
}
/** An event's participant; brought along with a shaped event (./shapes.ts), it is whole too. */
export interface ParticipantRow {
  eventId: string;
  actorId: string;
  role: string;
  /** Fetched along when the participants were. */
  actor?: ActorRow;
}
export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: PartialDate | null;
}
/** A source of an event; brought along with a shaped event (./shapes.ts), it holds the fields its shape asks for. */
export interface SourceRow {
  eventId: string;
  sentence: string;
  article: ArticleRow;
}
/** A counterpart of an actor, shaped (./shapes.ts): its actor and events hold the properties the query asks for. */
export interface CounterpartRow {
  actor: ActorRow;
  count: number;
  types: RelationType[];
  first: PartialDate | null;
  last: PartialDate | null;
  /** Fetched along when the query asks for them (else absent), oldest first. */
  events?: EventRow[];
}
/**
 * A hop follows the path's direction; it is an event hop or (viaRoles) a role hop. Shaped (./shapes.ts):
 * its actors and its event hold the properties the query asks for.
 */
export interface HopRow {
  from: ActorRow;
  to: ActorRow;
  event: EventRow | null;
  role: string | null;
  /** On a time-respecting path, the days within which the hop can have happened on it; else null. */
  between: Bounds | null;
}
export interface PathRow {
  length: number;
  hops: HopRow[];
}
export interface DateRange {
  since: PartialDate | null;
  until: PartialDate | null;
}
/** A row's place in its list's order: the values it is sorted by, its id last. */
export type SortKey = (string | number | null)[];
export interface Page<T> {
  rows: { row: T; key: SortKey }[];
  total: number;
  hasNextPage: boolean;
}
/** Where a page starts: after the row with this key (null: at the start), and how many rows. */
export interface PageStart {
  after: SortKey | null;
  limit: number;
}

/** The key's parts as parameters $k0, $k1..., checked against the list's key length (a cursor of another list is refused). */
function keyParams(what: string, start: PageStart, size: number): Record<string, unknown> {
  if (start.after !== null && start.after.length !== size) {
    throw new RangeError(`${what}: a cursor of ${size} parts is needed, got ${JSON.stringify(start.after)}`);
  }
  const parts = Array.from({ length: size }, (_, i) => [`k${i}`, start.after?.[i] ?? null]);
  return { hasAfter: start.after !== null, ...Object.fromEntries(parts), fetch: int(start.limit + 1) };
}

function toPage<T>(row: { total: number; page: { row: T; key: SortKey }[] } | undefined, limit: number): Page<T> {
  const rows = row?.page ?? [];
  return { rows: rows.slice(0, limit), total: row?.total ?? 0, hasNextPage: rows.length > limit };
}
export interface StatsRow {
  actors: number;
  people: number;
  states: number;
  organizations: number;
  events: number;
  articles: number;
  eventsByType: { type: RelationType; count: number }[];
  firstDate: PartialDate | null;
  lastDate: PartialDate | null;
}

/**
 * Relationship types are spliced into patterns (Cypher cannot take them as
 * parameters), so each one is checked against the ontology's enum first.
 */
export function typePattern(types: readonly string[]): string {
  return checkedTypes('typePattern', types).join('|');
}

/**
 * The types as the items of a Cypher list ("'MEETING', 'CALL'"), for a procedure that takes them as an argument
 * (the time-respecting search): spliced into the statement, so checked as typePattern's are.
 */
export function typeListItems(types: readonly string[]): string {
  return checkedTypes('typeListItems', types)
    .map((t) => `'${t}'`)
    .join(', ');
}

function checkedTypes(caller: string, types: readonly string[]): readonly string[] {
  if (types.length === 0) throw new Error(`${caller}: at least one relation type is needed, got none`);
  for (const t of types) {
    if (!isRelationType(t)) throw new Error(`${caller}: not a relation type of the ontology: ${JSON.stringify(t)}`);
  }
  return types;
}

/** A small positive integer spliced into a pattern (hop bounds, SHORTEST k). */
function boundedInt(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be an integer from 1 to ${max}, got ${value}`);
  }
  return value;
}

/**
 * A thing (an event, or a derived edge, which carries its event's bounds) whose days
 * [`alias`.earliest, `alias`.latest] overlap the range [$since, $until], the range spanning
 * its partial dates' precision: since "2025-02" starts on Feb. 1, until "2025-02" ends on
 * Feb. 28. Days are zero-padded ISO, so "latest >= $since" compares a day with the range's
 * first day, and "left(earliest, size($until)) <= $until" with its last. An unknown side of
 * a thing's bounds is open (an event a report of March 4 tells of, with nothing earlier
 * known, may have happened any day before); a thing with no bound at all cannot be placed
 * and is left out once either end of the range is given.
 */
export function dateFilter(alias: string): string {
  const placed = `(${alias}.earliest IS NOT NULL OR ${alias}.latest IS NOT NULL)`;
  return `($since IS NULL OR (${placed} AND (${alias}.latest IS NULL OR ${alias}.latest >= $since)))
      AND ($until IS NULL OR (${placed} AND (${alias}.earliest IS NULL OR left(${alias}.earliest, size($until)) <= $until)))`;
}

/**
 * dateFilter as a further condition (`AND …`), or nothing when the range is open on both sides: the
 * filter then keeps everything, and a shorter statement is cheaper to send (the driver writes a
 * statement in chunks of 1,400 bytes, each a socket write) and to parse.
 */
function andInRange(alias: string, range: DateRange): string {
  return isOpen(range) ? '' : `AND ${dateFilter(alias)}`;
}

/** A range open on both sides: every date filter keeps everything. */
const isOpen = (range: DateRange) => range.since === null && range.until === null;

/**
 * A role (a HOLDS_ROLE relationship) held on some day of the range [$since, $until]: its term
 * [`alias`.from, `alias`.to] overlaps the range as dateFilter's bounds do, an unknown end open. Unlike an
 * event, a role with neither end known is kept: a title an article gives without dates is held at some
 * time, and filtering it out would cut every path through an undated role.
 */
export function roleFilter(alias: string): string {
  return `($since IS NULL OR ${alias}.to IS NULL OR ${alias}.to >= $since)
      AND ($until IS NULL OR ${alias}.from IS NULL OR left(${alias}.from, size($until)) <= $until)`;
}

const ACTOR = 'a {.id, .name, .kind, .aliases}';
const EVENT_FIELDS = ['.id', '.type', '.date', '.precision', '.earliest', '.latest', '.location', '.confidence'];
const EVENT = `e {${EVENT_FIELDS.join(', ')}}`;
const ARTICLE = 'art {.id, .title, .url, .source, .published}';
/**
 * Time order by bounds (issue 21): dated events first, by their date; then the undated by their earliest day,
 * then by their latest (Cypher sorts nulls last, so an open side comes after a known one, and events with no
 * bound at all come last); ties by id, so that the order is total and pages are stable.
 */
export const EVENT_ORDER = 'e.date IS NULL, e.date, e.earliest, e.latest, e.id';
/** EVENT_ORDER's key, which a page's cursor holds. */
const EVENT_KEY = ['e.date', 'e.earliest', 'e.latest', 'e.id'];
/** How many values an events cursor holds. */
export const EVENT_KEY_SIZE = EVENT_KEY.length;
/**
 * The events after the cursor's key ($k0...) in EVENT_ORDER: the key compared column by column, a null as
 * "~", which sorts after every digit and "-" and so after every date and day, as Cypher sorts nulls last.
 */
function afterEventKey(): string {
  const cmp = (i: number, op: string) => `coalesce(${EVENT_KEY[i]}, '~') ${op} coalesce($k${i}, '~')`;
  let condition = `${EVENT_KEY[EVENT_KEY.length - 1]} > $k${EVENT_KEY.length - 1}`;
  for (let i = EVENT_KEY.length - 2; i >= 0; i--) condition = `${cmp(i, '>')} OR (${cmp(i, '=')} AND (${condition}))`;
  return condition;
}

/** The participants of the event `e`, whole, in participantsByEventIds' order. */
const PARTICIPANTS = `COLLECT { MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e) WITH a, p ORDER BY p.role, a.id
  RETURN {eventId: e.id, actorId: a.id, role: p.role, actor: ${ACTOR}} }`;

/** The sources of the event `e`, shaped, in sourcesByEventIds' order. */
function sourcesOf(shape: SourceShape): string {
  const items = [
    ...(shape.sentence ? ['sentence: s.sentence'] : []),
    ...(shape.article === null ? [] : [`article: ${projected('art', shape.article, ARTICLE_PROPERTIES)}`]),
  ];
  return `COLLECT { MATCH (e)-[s:REPORTED_IN]->(art:Article) WITH s, art ORDER BY art.published, art.id
  RETURN {${items.join(', ')}} }`;
}

/**
 * The event `e` in `shape`: its properties, and its participants and sources when asked, sorted here
 * as their loaders sort them: an answer must not depend on which fetched it.
 */
function eventWith(shape: EventShape): string {
  const along = [
    ...(shape.participants ? [`participants: ${PARTICIPANTS}`] : []),
    ...(shape.sources === null ? [] : [`sources: ${sourcesOf(shape.sources)}`]),
  ];
  return projected('e', shape.properties, EVENT_PROPERTIES, along);
}

export async function actorsByIds(reader: Reader, ids: readonly string[]): Promise<ActorRow[]> {
  const rows = await readRows<{ actor: ActorRow }>(
    reader,
    `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR} AS actor`,
    { ids },
  );
  return rows.map((r) => r.actor);
}

/**
 * The parameters of an actor's name as a client sends it, for namedActor: the name itself (tried as an id
 * too, when it may be one) and its key, the lower-cased name that `nameKeys` holds.
 */
export function nameParams(param: string, name: string): Record<string, string> {
  return { [param]: name, [`${param}Key`]: nameKey(name) };
}

/** A name as `nameKeys` holds it: trimmed, lower-cased. */
const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * The actors a name stands for, in a statement's own lines: those one of whose names it is (any case;
 * sorted by id), else the actor whose id it is. `name` and `key` are Cypher expressions (nameParams' two
 * parameters, or a row's fields). Yields `as`, a list of nodes (and `as`Named, the first look-up's).
 * Without `byId` (a name that cannot be an id: couldBeActorId) the id is not tried: the look-up by id
 * cost about 0.05 ms of the server's time per name even when the name was found (20,000-event graph).
 */
function actorsNamed(name: string, key: string, as: string, byId = true): string {
  const named = `COLLECT { MATCH (n:Actor) WHERE ${key} IN n.nameKeys RETURN n ORDER BY n.id }`;
  if (!byId) return `WITH *, ${named} AS ${as}`;
  return `WITH *, ${named} AS ${as}Named
     WITH *, CASE ${as}Named WHEN [] THEN COLLECT { MATCH (n:Actor {id: ${name}}) RETURN n } ELSE ${as}Named END AS ${as}`;
}

/**
 * The actor the name in $`param` stands for, resolved in the first lines of the statement that reads
 * about it (one round trip instead of two): `alias` is that actor when the name stands for exactly one,
 * else null, so that what the statement reads from it is empty; `alias`Matches holds every actor the
 * name stands for, which the statement returns (namedMatches) for the API to answer the error from.
 */
function namedActor(alias: string, param: string, byId: boolean): string {
  return `${actorsNamed(`$${param}`, `$${param}Key`, `${alias}Matches`, byId)}
     WITH *, CASE size(${alias}Matches) WHEN 1 THEN ${alias}Matches[0] END AS ${alias}`;
}

/** namedActor's matches as ActorRows, for a statement's RETURN. */
const namedMatches = (alias: string) => `[a IN ${alias}Matches | ${ACTOR}]`;

/** What a statement that resolves an actor's name returns with its rows: every actor the name stands for. */
export interface Named<T> {
  /** One actor, or the statement found nothing, and the API answers ACTOR_NOT_FOUND or ACTOR_AMBIGUOUS. */
  matches: ActorRow[];
  rows: T;
}

const ACTORS_BY_NAMES = `UNWIND $rows AS row
     ${actorsNamed('row.name', 'row.key', 'found')}
     RETURN row.name AS name, [a IN found | ${ACTOR}] AS matches`;

/** Each name's actors: those one of whose names it is (any case), else the actor whose id it is. One round trip for them all. */
export async function actorsByNames(
  reader: Reader,
  names: readonly string[],
): Promise<{ name: string; matches: ActorRow[] }[]> {
  return readRows<{ name: string; matches: ActorRow[] }>(reader, ACTORS_BY_NAMES, {
    rows: names.map((name) => ({ name, key: nameKey(name) })),
  });
}

/** A name is a few words; past these bounds a search string is abuse, and Lucene's fuzzy matching cost grows with both. */
const MAX_SEARCH_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/**
 * User text as a fuzzy full-text query: special characters escaped, operator words
 * (AND, OR, NOT are operators only in capitals) lower-cased, and the number and
 * length of terms bounded, so that input is only ever a few plain terms.
 */
function luceneQuery(text: string): string | null {
  const terms = text
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, MAX_SEARCH_TERMS)
    .map((word) =>
      word
        .slice(0, MAX_TERM_LENGTH)
        .toLowerCase()
        .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'),
    );
  return terms.length === 0 ? null : terms.map((t) => `${t}~`).join(' ');
}

/** Names close to `name` (full-text, fuzzy), for "did you mean". */
export async function closestNames(reader: Reader, name: string, limit = 5): Promise<string[]> {
  const query = luceneQuery(name);
  if (query === null) return [];
  const rows = await readRows<{ name: string }>(
    reader,
    `CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
     RETURN node.name AS name ORDER BY score DESC, name LIMIT $limit`,
    { query, limit: int(limit) },
  );
  return rows.map((r) => r.name);
}

/** The actors a page is drawn from: full-text matches, the given ids (each looked up by the id index), or all. */
function actorMatch(query: string | null, ids: readonly string[] | null): string {
  if (query !== null)
    return `CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node AS a, score WHERE $kind IS NULL OR a.kind = $kind`;
  if (ids !== null)
    return `UNWIND $ids AS id MATCH (a:Actor {id: id}) WHERE $kind IS NULL OR a.kind = $kind WITH DISTINCT a WITH a, 0.0 AS score`;
  return `MATCH (a:Actor) WHERE $kind IS NULL OR a.kind = $kind WITH a, 0.0 AS score`;
}

/**
 * A page of actors: full-text matches best first, or the actors of `ids`, or every actor, by name;
 * keyed by (score, name, id).
 */
export async function actorPage(
  reader: Reader,
  filter: { search: string | null; ids: readonly string[] | null; kind: ActorKind | null },
  start: PageStart,
): Promise<Page<ActorRow>> {
  const query = filter.search === null ? null : luceneQuery(filter.search);
  if (filter.search !== null && query === null) return { rows: [], total: 0, hasNextPage: false };
  const match = actorMatch(query, filter.ids);
  const rows = await readRows<{ total: number; page: { row: ActorRow; key: SortKey }[] }>(
    reader,
    `CALL { ${match} RETURN count(a) AS total }
     CALL {
       ${match}
       WITH a, score WHERE NOT $hasAfter OR score < $k0 OR (score = $k0 AND (a.name > $k1 OR (a.name = $k1 AND a.id > $k2)))
       WITH a, score ORDER BY score DESC, a.name, a.id LIMIT $fetch
       RETURN collect({row: ${ACTOR}, key: [score, a.name, a.id]}) AS page
     }
     RETURN total, page`,
    { query, ids: filter.ids, kind: filter.kind, ...keyParams('actorPage', start, 3) },
  );
  return toPage(rows[0], start.limit);
}

/** A role as a RoleRow: `r` the HOLDS_ROLE relationship from the actor whose id is `actorId` to `o`. */
const role = (actorId: string) =>
  `{actorId: ${actorId}, title: r.title, of: o.id, from: r.from, to: r.to, ofActor: o {.id, .name, .kind, .aliases}}`;
/** The order of an actor's roles: by title, then the actor they are of, then the first day (unknown last). */
const ROLE_ORDER = 'r.title, o.id, r.from';

export async function rolesByActorIds(reader: Reader, ids: readonly string[]): Promise<RoleRow[]> {
  const rows = await readRows<{ role: RoleRow }>(
    reader,
    `UNWIND $ids AS actorId MATCH (:Actor {id: actorId})-[r:HOLDS_ROLE]->(o:Actor)
     WITH actorId, r, o ORDER BY ${ROLE_ORDER}
     RETURN ${role('actorId')} AS role`,
    { ids },
  );
  return rows.map((r) => r.role);
}

const ACTOR_ROLES = `COLLECT { MATCH (x)-[r:HOLDS_ROLE]->(o:Actor) WITH r, o ORDER BY ${ROLE_ORDER} RETURN ${role('x.id')} }`;
const actorNamedText = (roles: string, byId: boolean) => `${namedActor('x', 'actor', byId)}
     RETURN ${namedMatches('x')} AS matches, ${roles} AS rows`;
/** Where statementText keeps actorNamed's texts (they depend on no shape: the actor's fields come from the loaders). */
const ACTOR_NAMED = {};

/**
 * The actor a client names (in one statement with the name's resolution), with its roles when `withRoles`
 * (the query asks for them): `rows` is null, or its roles, in rolesByActorIds' order.
 */
export async function actorNamed(reader: Reader, name: string, withRoles: boolean): Promise<Named<RoleRow[] | null>> {
  const byId = couldBeActorId(name);
  const rows = await readRows<Named<RoleRow[] | null>>(
    reader,
    statementText(ACTOR_NAMED, `${withRoles} ${byId}`, () => actorNamedText(withRoles ? ACTOR_ROLES : 'null', byId)),
    nameParams('actor', name),
  );
  return elementAt(rows, 0, 'actorNamed: a statement without a MATCH of its own returns one row');
}

export async function eventsByIds(reader: Reader, ids: readonly string[]): Promise<EventRow[]> {
  const rows = await readRows<{ event: EventRow }>(
    reader,
    `UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN ${EVENT} AS event`,
    { ids },
  );
  return rows.map((r) => r.event);
}

export function participantsByEventIds(reader: Reader, ids: readonly string[]): Promise<ParticipantRow[]> {
  return readRows<ParticipantRow>(
    reader,
    `UNWIND $ids AS id MATCH (a:Actor)-[p:PARTICIPATED_IN]->(:Event {id: id})
     RETURN id AS eventId, a.id AS actorId, p.role AS role ORDER BY p.role, a.id`,
    { ids },
  );
}

export function sourcesByEventIds(reader: Reader, ids: readonly string[]): Promise<SourceRow[]> {
  return readRows<SourceRow>(
    reader,
    `UNWIND $ids AS id MATCH (:Event {id: id})-[s:REPORTED_IN]->(art:Article)
     RETURN id AS eventId, s.sentence AS sentence, ${ARTICLE} AS article
     ORDER BY art.published, art.id`,
    { ids },
  );
}

export async function articlesByIds(reader: Reader, ids: readonly string[]): Promise<ArticleRow[]> {
  const rows = await readRows<{ article: ArticleRow }>(
    reader,
    `UNWIND $ids AS id MATCH (art:Article {id: id}) RETURN ${ARTICLE} AS article`,
    { ids },
  );
  return rows.map((r) => r.article);
}

export function eventsByArticleIds(
  reader: Reader,
  ids: readonly string[],
): Promise<{ articleId: string; event: EventRow }[]> {
  return readRows<{ articleId: string; event: EventRow }>(
    reader,
    `UNWIND $ids AS id MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: id})
     WITH id, e ORDER BY ${EVENT_ORDER}
     RETURN id AS articleId, ${EVENT} AS event`,
    { ids },
  );
}

/** Articles, newest first (undated last); keyed by (published, id). */
export async function articlePage(reader: Reader, start: PageStart): Promise<Page<ArticleRow>> {
  const rows = await readRows<{ total: number; page: { row: ArticleRow; key: SortKey }[] }>(
    reader,
    `CALL { MATCH (art:Article) RETURN count(art) AS total }
     CALL {
       MATCH (art:Article)
       WHERE NOT $hasAfter
          OR CASE WHEN $k0 IS NULL THEN art.published IS NULL AND art.id > $k1
                  ELSE art.published IS NULL OR art.published < $k0 OR (art.published = $k0 AND art.id > $k1) END
       WITH art ORDER BY art.published IS NULL, art.published DESC, art.id LIMIT $fetch
       RETURN collect({row: ${ARTICLE}, key: [art.published, art.id]}) AS page
     }
     RETURN total, page`,
    keyParams('articlePage', start, 2),
  );
  return toPage(rows[0], start.limit);
}

/** eventPage's statement: for an actor (`named`) or not, within `range` (given or open), from the start or after a cursor. */
function eventPageText(named: boolean, byId: boolean, range: DateRange, first: boolean, shape: EventShape): string {
  const match = named ? 'MATCH (x)-[:PARTICIPATED_IN]->(e:Event)' : 'MATCH (e:Event)';
  const where = `WHERE e.type IN $types ${andInRange('e', range)}`;
  const scope = named ? '(x)' : '()';
  return `${named ? namedActor('x', 'actor', byId) : ''}
     CALL ${scope} { ${match} ${where} RETURN count(DISTINCT e) AS total }
     CALL ${scope} {
       ${match} ${where}
         ${first ? '' : `AND (${afterEventKey()})`}
       WITH DISTINCT e ORDER BY ${EVENT_ORDER} LIMIT $fetch
       RETURN collect({row: ${eventWith(shape)}, key: [${EVENT_KEY.join(', ')}]}) AS page
     }
     RETURN ${named ? namedMatches('x') : '[]'} AS matches, total, page`;
}

/**
 * Events filtered by type, actor and dates, in EVENT_ORDER; keyed by (date, earliest, latest, id). The
 * actor is a name as a client sends it, resolved in the same statement (`matches`: [] without one).
 */
export async function eventPage(
  reader: Reader,
  filter: DateRange & { types: readonly RelationType[]; actor: string | null },
  start: PageStart,
  shape: EventShape = WHOLE_EVENT,
): Promise<Named<Page<EventRow>>> {
  const named = filter.actor !== null;
  const byId = filter.actor !== null && couldBeActorId(filter.actor);
  const [open, first] = [isOpen(filter), start.after === null];
  const rows = await readRows<{ matches: ActorRow[]; total: number; page: { row: EventRow; key: SortKey }[] }>(
    reader,
    statementText(shape, `eventPage ${named} ${byId} ${open} ${first}`, () =>
      eventPageText(named, byId, filter, first, shape),
    ),
    {
      types: filter.types,
      since: filter.since,
      until: filter.until,
      ...(filter.actor === null ? {} : nameParams('actor', filter.actor)),
      ...keyParams('eventPage', start, EVENT_KEY_SIZE),
    },
  );
  const row = elementAt(rows, 0, 'eventPage: a statement of subqueries that aggregate returns one row');
  return { matches: row.matches, rows: toPage(row, start.limit) };
}

/**
 * The counterparts of the actor `x` (in scope) as `row`s, one per counterpart `b` (see counterpartsOf),
 * in `shape`: its actor's properties, and its events when they are asked for. `withOf`: each row says
 * whose counterpart it is (`of`), for a batch.
 */
function counterpartRows(
  types: readonly RelationType[],
  range: DateRange,
  shape: CounterpartShape,
  withOf: boolean,
): string {
  const along =
    shape.events === null
      ? ''
      : `, events: COLLECT { UNWIND eventIds AS id MATCH (e:Event {id: id}) WITH e ORDER BY ${EVENT_ORDER} RETURN ${eventWith(shape.events)} }`;
  return `MATCH (x)-[r:${typePattern(types)}]-(b:Actor)
     ${isOpen(range) ? '' : `WHERE ${dateFilter('r')}`}
     WITH x, b, collect(DISTINCT r.event) AS eventIds, collect(DISTINCT type(r)) AS types,
          min(r.date) AS first, max(r.date) AS last
     WITH x, b, {${withOf ? 'of: x.id, ' : ''}actor: ${projected('b', shape.actor, ACTOR_PROPERTIES)}, count: size(eventIds),
           types: types, first: first, last: last${along}} AS row`;
}

/** The order of an actor's counterparts: most events first, ties by id. */
const COUNTERPART_ORDER = 'row.count DESC, b.id';

/**
 * For each of `actorIds`, the actors it is linked to by events of `types`, most
 * events first. Batched, so that a list of actors costs one round trip. In `shape`:
 * with events, each counterpart's events come along (oldest first).
 */
export async function counterpartsOf(
  reader: Reader,
  actorIds: readonly string[],
  types: readonly RelationType[],
  range: DateRange,
  shape: CounterpartShape,
): Promise<(CounterpartRow & { of: string })[]> {
  const pattern = typePattern(types);
  const text = statementText(
    shape,
    `counterpartsOf ${pattern} ${isOpen(range)}`,
    () => `UNWIND $actorIds AS of
     MATCH (x:Actor {id: of})
     ${counterpartRows(types, range, shape, true)}
     RETURN row ORDER BY x.id, ${COUNTERPART_ORDER}`,
  );
  const rows = await readRows<{ row: CounterpartRow & { of: string } }>(reader, text, { actorIds, ...range });
  return rows.map((r) => r.row);
}

/**
 * counterpartsOf for one actor a client names, resolved in the same statement: whoTalkedTo, with its
 * events and their sources when asked, is one round trip.
 */
export async function counterpartsNamed(
  reader: Reader,
  name: string,
  types: readonly RelationType[],
  range: DateRange,
  shape: CounterpartShape,
): Promise<Named<CounterpartRow[]>> {
  const byId = couldBeActorId(name);
  const text = statementText(
    shape,
    `counterpartsNamed ${typePattern(types)} ${isOpen(range)} ${byId}`,
    () => `${namedActor('x', 'actor', byId)}
     CALL (x) {
       ${counterpartRows(types, range, shape, false)}
       WITH row ORDER BY ${COUNTERPART_ORDER}
       RETURN collect(row) AS rows
     }
     RETURN ${namedMatches('x')} AS matches, rows`,
  );
  const rows = await readRows<Named<CounterpartRow[]>>(reader, text, { ...nameParams('actor', name), ...range });
  return elementAt(rows, 0, 'counterpartsNamed: a statement of subqueries that aggregate returns one row');
}

/** Events in which every one of `actorIds` took part, in EVENT_ORDER. */
export async function interactions(
  reader: Reader,
  actorIds: readonly string[],
  types: readonly RelationType[],
  range: DateRange,
  shape: EventShape = WHOLE_EVENT,
): Promise<EventRow[]> {
  const rows = await readRows<{ event: EventRow }>(
    reader,
    `MATCH (:Actor {id: $actorIds[0]})-[:PARTICIPATED_IN]->(e:Event)
     WHERE e.type IN $types ${andInRange('e', range)}
       AND all(id IN $actorIds WHERE exists { (:Actor {id: id})-[:PARTICIPATED_IN]->(e) })
     RETURN ${eventWith(shape)} AS event ORDER BY ${EVENT_ORDER}`,
    { actorIds, types, ...range },
  );
  return rows.map((r) => r.event);
}

/**
 * The events of the actor a client names (resolved in the same statement), in EVENT_ORDER (dated, then
 * bounded, then unplaced), in `shape`.
 */
export async function timeline(
  reader: Reader,
  name: string,
  types: readonly RelationType[],
  range: DateRange,
  shape: EventShape = WHOLE_EVENT,
): Promise<Named<EventRow[]>> {
  const byId = couldBeActorId(name);
  const text = statementText(
    shape,
    `timeline ${isOpen(range)} ${byId}`,
    () => `${namedActor('x', 'actor', byId)}
     CALL (x) {
       MATCH (x)-[:PARTICIPATED_IN]->(e:Event)
       WHERE e.type IN $types ${andInRange('e', range)}
       WITH DISTINCT e ORDER BY ${EVENT_ORDER}
       RETURN collect(${eventWith(shape)}) AS rows
     }
     RETURN ${namedMatches('x')} AS matches, rows`,
  );
  const rows = await readRows<Named<EventRow[]>>(reader, text, { ...nameParams('actor', name), types, ...range });
  return elementAt(rows, 0, 'timeline: a statement of subqueries that aggregate returns one row');
}

export type PathSelection = 'SHORTEST' | 'ALL_SHORTEST' | 'K_SHORTEST' | 'TIME_RESPECTING';

export interface PathQuery extends DateRange {
  /** The two ends, as a client names them (resolved in the path's statement). */
  from: string;
  to: string;
  maxHops: number;
  types: readonly RelationType[];
  mode: PathSelection;
  limit: number;
  viaRoles: boolean;
  /** What the query asks of the hops' actors and events. */
  shape: PathShape;
}

/** The paths found, and every actor each end's name stands for (one each, or the API answers the error). */
export interface PathsFound {
  fromMatches: ActorRow[];
  toMatches: ActorRow[];
  paths: PathRow[];
}

export const MAX_HOPS = 6;
export const MAX_PATHS = 25;

/** A hop as the path query reads it; a time-respecting search reads its relationship's own bounds too. */
type FoundHop = Omit<HopRow, 'between'>;
type BoundedHop = FoundHop & HopBounds;
type FoundPath<H extends FoundHop = FoundHop> = Omit<PathRow, 'hops'> & { hops: H[] };

/**
 * A relationship's bounds, as HopBounds: an event hop's are its event's (earliest, latest), copied
 * onto the derived edge; a role hop's are the role's first and last day held (from, to).
 */
const hopEarliest = (r: string) => `CASE type(${r}) WHEN 'HOLDS_ROLE' THEN ${r}.from ELSE ${r}.earliest END`;
const hopLatest = (r: string) => `CASE type(${r}) WHEN 'HOLDS_ROLE' THEN ${r}.to ELSE ${r}.latest END`;

/**
 * The event of the hop `r` in `shape`: read off the derived edge when the shape asks no more than it
 * carries, else looked up by its id.
 */
function hopEvent(r: string, shape: EventShape): string {
  const offEdge =
    shape.properties.every((p) => EDGE_EVENT_PROPERTIES.includes(p)) && !shape.participants && shape.sources === null;
  if (!offEdge) return `COLLECT { MATCH (e:Event {id: ${r}.event}) RETURN ${eventWith(shape)} }[0]`;
  const value = { id: `${r}.event`, type: `type(${r})`, date: `${r}.date` } as const;
  return `{${shape.properties.map((p) => `${p}: ${value[p as keyof typeof value]}`).join(', ')}}`;
}

/**
 * The i-th hop of a path as a FoundHop, in `shape`: `r` is its relationship, `nodes` the path's nodes;
 * with its bounds (a BoundedHop) when `bounded`, which only the time-respecting search reads.
 * Without role hops (`viaRoles` false) every hop is an event hop, and the statement says so more briefly.
 */
function hopOf(nodes: string, r: string, viaRoles: boolean, bounded: boolean, shape: PathShape): string {
  const actor = (node: string) => propertiesMap(node, shape.actor, ACTOR_PROPERTIES);
  const ends = `from: ${actor(`${nodes}[i]`)}, to: ${actor(`${nodes}[i + 1]`)}`;
  const event = shape.event === null ? 'null' : hopEvent(r, shape.event);
  if (!viaRoles)
    return `{${ends}, event: ${event}, role: null${bounded ? `, kind: 'EVENT', earliest: ${r}.earliest, latest: ${r}.latest` : ''}}`;
  const bounds = `, kind: CASE type(${r}) WHEN 'HOLDS_ROLE' THEN 'ROLE' ELSE 'EVENT' END,
           earliest: ${hopEarliest(r)}, latest: ${hopLatest(r)}`;
  return `{${ends}, event: CASE type(${r}) WHEN 'HOLDS_ROLE' THEN null ELSE ${event} END,
           role: CASE type(${r}) WHEN 'HOLDS_ROLE' THEN ${r}.title END${bounded ? bounds : ''}}`;
}

/**
 * The rule of ./hopRanges.ts in Cypher, for the search's pre-filter: the soonest day the next hop can
 * happen on, carried along the hops (the later of it and each hop's earliest; '' is "any day"), and null
 * once no day fits: an event hop without any bound, or a hop whose latest comes before that day.
 * (`[next IN [day] WHERE ...][0]` names the day once, and is null when it does not fit.)
 */
export function timeRespecting(rels: string): string {
  const [earliest, latest] = [hopEarliest('x'), hopLatest('x')];
  return `reduce(lo = '', x IN ${rels} |
    CASE WHEN lo IS NULL OR (type(x) <> 'HOLDS_ROLE' AND x.earliest IS NULL AND x.latest IS NULL) THEN null
         ELSE [next IN [CASE WHEN ${earliest} > lo THEN ${earliest} ELSE lo END]
               WHERE ${latest} IS NULL OR ${latest} >= next][0] END)`;
}

function withoutRange(hop: FoundHop): HopRow {
  return { from: hop.from, to: hop.to, event: hop.event, role: hop.role, between: null };
}

/** A time-respecting path with each hop's day range on it; the search kept only paths that have them. */
function withRanges(path: FoundPath<BoundedHop>): PathRow {
  const ranges = hopRanges(path.hops);
  if (ranges === null)
    throw new Error(
      `paths: the time-respecting search kept a path no choice of days fits: ${JSON.stringify(path.hops)}`,
    );
  return { ...path, hops: path.hops.map((hop, i) => ({ ...withoutRange(hop), between: ranges[i] ?? null })) };
}

/**
 * On a server without our search (./capabilities.ts), how many of the shortest paths within the range the
 * Cypher statement checks for their time order. The order is a test of the whole path (a day carried from hop
 * to hop), which Cypher 5's SHORTEST cannot apply step by step: checked during the search, it made Neo4j try
 * every trail of up to six hops through a dense cluster where no path moves forward in time (a 90-actor
 * clique: past the 10 s read budget). Checked on this many candidates, a time-respecting path ranked further
 * back is not found, and a search through hubs of tens of thousands of relationships can still take seconds
 * to minutes; the embedded Neo4j's procedure has neither limit.
 */
export const TIME_RESPECTING_CANDIDATES = 100;

/**
 * The search of a time-respecting path by the server's own procedure (./capabilities.ts): it carries the day
 * along each path while it searches, so it finds the shortest paths that move forward in time however far back
 * the shortest trails rank, and answers them shortest first.
 */
function searchedTimeRespecting(q: PathQuery, hops: number): string {
  const relTypes = typeListItems(q.types) + (q.viaRoles ? ", 'HOLDS_ROLE'" : '');
  const range = isOpen(q) ? 'null, null' : '$since, $until';
  // The procedure answers the shortest paths first (TimeRespectingPaths.java): no ORDER BY to pay for.
  return `CALL ${TIME_RESPECTING_PROCEDURE}(a, b, [${relTypes}], ${hops}, $limit, ${range})
       YIELD nodes AS ns, relationships AS rels`;
}

/** The search that finds one path at most, whatever the limit (which is at least 1). */
const isOnePath = (mode: PathSelection) => mode === 'SHORTEST';

/**
 * The statement of `paths` for `q`, its hops and limit checked; a time-respecting search by the server's
 * procedure when `searched`, else by Cypher's SHORTEST.
 */
function pathsText(q: PathQuery, hops: number, limit: number, searched: boolean): string {
  const [fromById, toById] = [couldBeActorId(q.from), couldBeActorId(q.to)];
  const relTypes = typePattern(q.types) + (q.viaRoles ? '|HOLDS_ROLE' : '');
  const selector = {
    SHORTEST: 'SHORTEST 1',
    K_SHORTEST: `SHORTEST ${limit}`,
    ALL_SHORTEST: 'ALL SHORTEST',
    TIME_RESPECTING: `SHORTEST ${TIME_RESPECTING_CANDIDATES}`,
  }[q.mode];
  const bounded = q.mode === 'TIME_RESPECTING';
  // SHORTEST walks trails, which may pass an actor twice (X met Y, then Y signed with X): no path of ours.
  // A shortest trail never does (cut at the actor it passes twice, it would be a shorter one, within the
  // same filters), so only the k-shortest and time-respecting searches, which rank longer trails, drop them.
  const simple =
    q.mode === 'K_SHORTEST' || bounded ? 'WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))' : '';
  const timeOrder = bounded
    ? `${simple === '' ? 'WHERE' : 'AND'} ${timeRespecting('relationships(p)')} IS NOT NULL`
    : '';
  // A role hop is kept while the role was held in the range (roleFilter). Without a range the filter is
  // left out: the search would still test it on every relationship it follows.
  const inRange = isOpen(q)
    ? ''
    : `WHERE all(x IN rs WHERE CASE type(x) WHEN 'HOLDS_ROLE' THEN ${roleFilter('x')} ELSE ${dateFilter('x')} END)`;
  // The search runs in a subquery on both ends (a, b) found first; from an actor to itself there is no path.
  // (The statement is kept under the driver's chunk of 1,400 bytes: short names, no unused parameters.)
  // SHORTEST 1 finds one path at most: no limit or order to apply (about 0.05 ms of the server's time).
  const [limited, ordered] = isOnePath(q.mode) ? ['', ''] : ['WITH p LIMIT $limit', 'ORDER BY size(rels)'];
  const search =
    bounded && searched
      ? searchedTimeRespecting(q, hops)
      : `MATCH p = ${selector} ((a)-[rs:${relTypes}]-{1,${hops}}(b) ${inRange})
       WITH p ${simple} ${timeOrder}
       ${limited}
       WITH nodes(p) AS ns, relationships(p) AS rels ${ordered}`;
  return `${namedActor('a', 'from', fromById)}
     ${namedActor('b', 'to', toById)}
     CALL (a, b) {
       WITH a, b WHERE a <> b
       ${search}
       RETURN collect({
         length: size(rels),
         hops: [i IN range(0, size(rels) - 1) | ${hopOf('ns', 'rels[i]', q.viaRoles, bounded, q.shape)}]
       }) AS rows
     }
     RETURN ${namedMatches('a')} AS fromMatches, ${namedMatches('b')} AS toMatches, rows`;
}

/**
 * Paths between two actors, as hops in the path's own direction. The selectors are
 * Cypher's own (SHORTEST k, ALL SHORTEST). The range filter is a pre-filter, applied
 * during the search, relationship by relationship, so the k paths are the shortest within
 * the range, not shortest paths that happen to lie in it. (It is one only inside the
 * parenthesised path pattern: a WHERE after the pattern filters the k paths already
 * chosen, as EXPLAIN shows.) A time-respecting search is the server's procedure where it has one
 * (TimeRespectingPaths.java in the embedded Neo4j: the day carried along each path while searching), else the
 * time order is checked after the search, on the TIME_RESPECTING_CANDIDATES shortest paths within the range.
 */
export async function paths(reader: Reader, q: PathQuery): Promise<PathsFound> {
  const hops = boundedInt('maxHops', q.maxHops, MAX_HOPS);
  const limit = boundedInt('limit', q.limit, MAX_PATHS);
  const bounded = q.mode === 'TIME_RESPECTING';
  const searched = bounded && (await hasTimeRespectingSearch(reader));
  const byIds = `${couldBeActorId(q.from)} ${couldBeActorId(q.to)}`;
  const variant = `paths ${q.mode} ${hops} ${limit} ${typePattern(q.types)} ${q.viaRoles} ${isOpen(q)} ${searched} ${byIds}`;
  const range = isOpen(q) ? {} : { since: q.since, until: q.until };
  const rows = await readRows<{ fromMatches: ActorRow[]; toMatches: ActorRow[]; rows: FoundPath[] }>(
    reader,
    statementText(q.shape, variant, () => pathsText(q, hops, limit, searched)),
    {
      ...nameParams('from', q.from),
      ...nameParams('to', q.to),
      ...(isOnePath(q.mode) ? {} : { limit: int(limit) }),
      ...range,
    },
  );
  const row = elementAt(rows, 0, 'paths: a statement of subqueries that aggregate returns one row');
  const found = bounded
    ? // The statement read each hop's bounds (hopOf, bounded).
      (row.rows as FoundPath<BoundedHop>[]).map(withRanges)
    : row.rows.map((path) => ({ ...path, hops: path.hops.map(withoutRange) }));
  return { fromMatches: row.fromMatches, toMatches: row.toMatches, paths: found };
}

export async function stats(reader: Reader): Promise<StatsRow> {
  const rows = await readRows<StatsRow>(
    reader,
    `CALL { MATCH (a:Actor) RETURN count(a) AS actors, count(CASE a.kind WHEN 'PERSON' THEN 1 END) AS people,
              count(CASE a.kind WHEN 'STATE' THEN 1 END) AS states, count(CASE a.kind WHEN 'ORGANIZATION' THEN 1 END) AS organizations }
     CALL { MATCH (e:Event) WITH e.type AS type, count(*) AS count, min(e.date) AS first, max(e.date) AS last
            ORDER BY type
            RETURN sum(count) AS events, collect({type: type, count: count}) AS eventsByType, min(first) AS firstDate, max(last) AS lastDate }
     CALL { MATCH (art:Article) RETURN count(art) AS articles }
     RETURN actors, people, states, organizations, events, articles, eventsByType, firstDate, lastDate`,
  );
  return elementAt(rows, 0, 'stats: a query of aggregates alone returns one row');
}
