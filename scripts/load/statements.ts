/**
 * The least work for each answer: one hand-written Cypher statement per operation,
 * with the JSON the API answers for that operation's GraphQL query (the `data`
 * part). The minimal server of `npm run load` serves these, and the query
 * benchmarks use them as their baseline, so that a heavier-than-needed statement
 * in the API shows in both ratios. An integration test checks that each answer is
 * the API's, on the seed graph.
 *
 * The statements take an actor's name as the API does (any of its names, any
 * case: `nameKeys`) and assume it names one actor, which is what the samples pick.
 */
import { int, type Driver } from 'neo4j-driver';
import { COMMUNICATION_TYPES, RELATION_TYPES, type RelationType } from '../../src/domain/ontology';
import { encodeCursor } from '../../src/api/connections';
import { hasTimeRespectingSearch, TIME_RESPECTING_PROCEDURE } from '../../src/graph/capabilities';
// The API's order of events, and its time-respecting rule and candidate count, imported: the same answer needs the
// same order and the same test of a path, and a second spelling drifted once.
import {
  EVENT_ORDER,
  TIME_RESPECTING_CANDIDATES,
  timeRespecting as timeOrder,
  typeListItems,
} from '../../src/graph/queries';
import { createReader, readRows } from '../../src/graph/read';

export const OPERATION_NAMES = [
  'actor',
  'whoTalkedTo',
  'whoTalkedToWithEvents',
  'paths',
  'pathsTimeRespecting',
  'timeline',
  'events',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** The variables of every operation: one actor (`name`), or two (`from`, `to`). */
export type Variables = Record<string, string>;

export interface Operation {
  /** What the API is asked. */
  graphql: string;
  cypher: string;
  /** The statement where the server has the API's time-respecting search (src/graph/capabilities.ts). */
  searchedCypher?: string;
  params(variables: Variables): Record<string, unknown>;
  /** The `data` of the API's answer, from the statement's records. */
  answer(rows: Record<string, unknown>[]): unknown;
}

const key = (name: string | undefined) => (name ?? '').trim().toLowerCase();
const ALL_TYPES = RELATION_TYPES.join('|');
const COMMUNICATION = COMMUNICATION_TYPES.join('|');
/** The events page's filter in the load mix. */
export const EVENT_PAGE_TYPES: readonly RelationType[] = ['MEETING', 'CALL', 'NEGOTIATION', 'STATEMENT'];
export const EVENT_PAGE_SIZE = 10;

const ACTOR_BY_NAME = (alias: string, param: string) => `MATCH (${alias}:Actor) WHERE $${param} IN ${alias}.nameKeys`;

interface EventOnPage {
  id: string;
  type: string;
  date: string | null;
  earliest: string | null;
  latest: string | null;
}

function counterparts(withEvents: boolean): string {
  const actor = withEvents ? '{name: b.name}' : '{id: b.id, name: b.name}';
  const events = withEvents
    ? `, events: COLLECT { UNWIND eventIds AS id MATCH (e:Event {id: id}) WITH e ORDER BY ${EVENT_ORDER}
                RETURN e {.type, .date, sources: COLLECT { MATCH (e)-[s:REPORTED_IN]->(art:Article)
                  WITH s, art ORDER BY art.published, art.id RETURN {sentence: s.sentence} }} }`
    : '';
  return `${ACTOR_BY_NAME('x', 'key')}
     MATCH (x)-[r:${COMMUNICATION}]-(b:Actor)
     WITH b, collect(DISTINCT r.event) AS eventIds, collect(DISTINCT type(r)) AS types, min(r.date) AS first, max(r.date) AS last
     ORDER BY size(eventIds) DESC, b.id
     RETURN {actor: ${actor}, count: size(eventIds), types: types, first: first, last: last${events}} AS row`;
}

/**
 * A path's row, from its actors (ns) and relationships (rs). A derived edge carries its event's type and
 * date: the events need no look-up. From an actor to itself there is no path (the API answers [] without
 * asking Neo4j).
 */
const PATH_ROW = `size(rs) AS length,
            [i IN range(0, size(rs) - 1) | {from: {name: ns[i].name}, to: {name: ns[i + 1].name},
              event: {type: type(rs[i]), date: rs[i].date}}] AS hops`;

function shortestPath(timeRespecting: boolean): string {
  // The time-respecting answer is the API's: the first of the TIME_RESPECTING_CANDIDATES shortest trails that is a
  // simple path and moves forward in time by the API's rule. (The shortest path, then the rule, answers nothing
  // for about half the bench's pairs, whose shortest path goes back in time: less work, but not the same answer.)
  const [selector, filter] = timeRespecting
    ? [
        `SHORTEST ${TIME_RESPECTING_CANDIDATES}`,
        `WITH p, rs WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
           AND ${timeOrder('relationships(p)')} IS NOT NULL
         WITH p, rs LIMIT 1`,
      ]
    : ['SHORTEST 1', ''];
  // The search runs in a subquery on both ends found first: the planner then searches
  // between them, instead of from one end to every actor and filtering the other.
  return `${ACTOR_BY_NAME('a', 'from')} ${ACTOR_BY_NAME('b', 'to')} AND a <> b
     CALL (a, b) { MATCH p = ${selector} (a)-[rs:${ALL_TYPES}]-{1,4}(b) ${filter} RETURN nodes(p) AS ns, rs }
     RETURN ${PATH_ROW}`;
}

/**
 * The time-respecting answer where the server has the API's own search (src/graph/capabilities.ts): the
 * least work is the one call the API makes.
 */
const SEARCHED_TIME_RESPECTING = `${ACTOR_BY_NAME('a', 'from')} ${ACTOR_BY_NAME('b', 'to')} AND a <> b
     CALL ${TIME_RESPECTING_PROCEDURE}(a, b, [${typeListItems(RELATION_TYPES)}], 4, 1, null, null)
       YIELD nodes AS ns, relationships AS rs
     RETURN ${PATH_ROW}`;

const PATH_QUERY = (mode: string, extra = '') =>
  `query ($from: String!, $to: String!) { paths(from: $from, to: $to, maxHops: 4, mode: ${mode}${extra}) { length hops { from { name } to { name } event { type date } } } }`;
const twoActors = (v: Variables) => ({ from: key(v.from), to: key(v.to) });
const oneActor = (v: Variables) => ({ key: key(v.name) });
const column = (rows: Record<string, unknown>[], name: string) => rows.map((r) => r[name]);

export const OPERATIONS: Record<OperationName, Operation> = {
  actor: {
    graphql: 'query ($name: String!) { actor(name: $name) { id name kind aliases roles { title of { name } } } }',
    cypher: `${ACTOR_BY_NAME('a', 'key')}
     RETURN a {.id, .name, .kind, .aliases, roles: COLLECT { MATCH (a)-[r:HOLDS_ROLE]->(o:Actor)
       WITH r, o ORDER BY r.title, o.id RETURN {title: r.title, of: {name: o.name}} }} AS actor`,
    params: oneActor,
    answer: (rows) => ({ actor: rows[0]?.actor ?? null }),
  },
  whoTalkedTo: {
    graphql: 'query ($name: String!) { whoTalkedTo(actor: $name) { actor { id name } count types first last } }',
    cypher: counterparts(false),
    params: oneActor,
    answer: (rows) => ({ whoTalkedTo: column(rows, 'row') }),
  },
  whoTalkedToWithEvents: {
    graphql:
      'query ($name: String!) { whoTalkedTo(actor: $name) { actor { name } count types first last events { type date sources { sentence } } } }',
    cypher: counterparts(true),
    params: oneActor,
    answer: (rows) => ({ whoTalkedTo: column(rows, 'row') }),
  },
  paths: {
    graphql: PATH_QUERY('SHORTEST'),
    cypher: shortestPath(false),
    params: twoActors,
    answer: (rows) => ({ paths: rows }),
  },
  pathsTimeRespecting: {
    graphql: PATH_QUERY('TIME_RESPECTING', ', limit: 1'),
    cypher: shortestPath(true),
    searchedCypher: SEARCHED_TIME_RESPECTING,
    params: twoActors,
    answer: (rows) => ({ paths: rows }),
  },
  timeline: {
    graphql: 'query ($name: String!) { timeline(actor: $name) { id type date precision } }',
    cypher: `${ACTOR_BY_NAME('x', 'key')}
     MATCH (x)-[:PARTICIPATED_IN]->(e:Event)
     WITH DISTINCT e ORDER BY ${EVENT_ORDER}
     RETURN e {.id, .type, .date, .precision} AS event`,
    params: oneActor,
    answer: (rows) => ({ timeline: column(rows, 'event') }),
  },
  events: {
    graphql: `query ($name: String!) { events(actor: $name, types: [${EVENT_PAGE_TYPES.join(', ')}], first: ${EVENT_PAGE_SIZE}) { totalCount edges { cursor node { id type date } } pageInfo { hasNextPage endCursor } } }`,
    cypher: `${ACTOR_BY_NAME('x', 'key')}
     CALL (x) { MATCH (x)-[:PARTICIPATED_IN]->(e:Event) WHERE e.type IN $types RETURN count(DISTINCT e) AS total }
     CALL (x) {
       MATCH (x)-[:PARTICIPATED_IN]->(e:Event) WHERE e.type IN $types
       WITH DISTINCT e ORDER BY ${EVENT_ORDER} LIMIT $fetch
       RETURN collect(e {.id, .type, .date, .earliest, .latest}) AS page
     }
     RETURN total, page`,
    params: (v) => ({ ...oneActor(v), types: [...EVENT_PAGE_TYPES], fetch: int(EVENT_PAGE_SIZE + 1) }),
    answer: (rows) => {
      const row = rows[0] ?? { total: 0, page: [] };
      const page = row.page as EventOnPage[];
      // The cursor holds the order's key, as the API's does; the node shows the fields asked for.
      const edges = page.slice(0, EVENT_PAGE_SIZE).map(({ earliest, latest, ...node }) => ({
        cursor: encodeCursor([node.date, earliest, latest, node.id]),
        node,
      }));
      return {
        events: {
          totalCount: row.total,
          edges,
          pageInfo: { hasNextPage: page.length > EVENT_PAGE_SIZE, endCursor: edges.at(-1)?.cursor ?? null },
        },
      };
    },
  },
};

export function isOperationName(value: string): value is OperationName {
  return (OPERATION_NAMES as readonly string[]).includes(value);
}

/**
 * One operation's answer (`data`): its one statement, run the way the API runs its statements
 * (readRows: an auto-commit read transaction, retried as a managed one would be), so that the
 * baseline pays for the same transport and differs only in what it leaves out.
 */
export async function runOperation(driver: Driver, name: OperationName, variables: Variables): Promise<unknown> {
  const op = OPERATIONS[name];
  const reader = createReader(driver);
  const searched = op.searchedCypher !== undefined && (await hasTimeRespectingSearch(reader));
  const cypher = searched && op.searchedCypher !== undefined ? op.searchedCypher : op.cypher;
  return op.answer(await readRows<Record<string, unknown>>(reader, cypher, op.params(variables)));
}
