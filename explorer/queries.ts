/**
 * The queries the explorer opens with, shared with npm start, which runs them once
 * before announcing the URL so that the first visitor does not pay for a cold
 * Neo4j (query plans) and a cold GraphQL server.
 */
export const ACTOR = 'id name kind';

/** An event's bounds as the drawing (dashed when bounded but undated) and the panels ("between …") use them. */
export const WHEN = 'when { earliest latest bounded }';

export const OVERVIEW_QUERY = `{ stats { actors events firstDate lastDate } __type(name: "RelationType") { enumValues { name description } } }`;

/** An event as the graph draws (dashed when bounded but undated) and the time slider places it (by its bounds, `when`). */
export const EVENT_REF = `id type date ${WHEN}`;

export const EVENTS_PAGE = 100;

export const EVENTS_QUERY = `query ($after: String, $first: Int) { events(first: $first, after: $after) {
  totalCount edges { node { ${EVENT_REF} participants { actor { ${ACTOR} } } } } pageInfo { hasNextPage endCursor } } }`;
