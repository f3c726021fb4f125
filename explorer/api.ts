/**
 * The explorer's only data source: the server's GraphQL API at /graphql. Each
 * function is one query; a GraphQL error becomes an Error carrying the server's
 * message (which already says what is wrong and suggests names).
 */
import { ACTOR, EVENTS_PAGE, EVENTS_QUERY, OVERVIEW_QUERY } from './queries';

export type ActorKind = 'PERSON' | 'STATE' | 'ORGANIZATION';

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
}

/** An event as the graph needs it: who, what, when. */
export interface GraphEvent {
  id: string;
  type: string;
  date: string | null;
  participants: { actor: ActorRef }[];
}

export interface Source {
  sentence: string;
  article: { title: string | null; url: string | null; published: string | null; source: string | null };
}

export interface EventDetails {
  id: string;
  type: string;
  date: string | null;
  location: string | null;
  participants: { actor: { name: string }; role: string }[];
  sources: Source[];
}

export interface ActorDetails extends ActorRef {
  aliases: string[];
  roles: { title: string; of: ActorRef | null }[];
}

export interface Hop {
  from: ActorRef;
  to: ActorRef;
  role: string | null;
  event: { id: string; type: string; date: string | null } | null;
}

export type PathMode = 'SHORTEST' | 'ALL_SHORTEST' | 'K_SHORTEST' | 'TIME_RESPECTING';

export interface Overview {
  stats: { actors: number; events: number; firstDate: string | null; lastDate: string | null };
  types: { name: string; description: string | null }[];
}

/** A GraphQL error the server answered, with its extensions.code (ACTOR_NOT_FOUND, BAD_USER_INPUT, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors !== undefined && body.errors.length > 0)
    throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code);
  if (body.data === undefined || body.data === null)
    throw new ApiError(`The API answered HTTP ${response.status} without data.`, undefined);
  return body.data;
}

export async function overview(): Promise<Overview> {
  const data = await query<{
    stats: Overview['stats'];
    __type: { enumValues: { name: string; description: string | null }[] };
  }>(OVERVIEW_QUERY);
  return { stats: data.stats, types: data.__type.enumValues };
}

export async function eventsPage(
  after: string | null,
): Promise<{ events: GraphEvent[]; next: string | null; total: number }> {
  const data = await query<{
    events: {
      totalCount: number;
      edges: { node: GraphEvent }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(EVENTS_QUERY, { after, first: EVENTS_PAGE });
  const { edges, pageInfo, totalCount } = data.events;
  return {
    events: edges.map((e) => e.node),
    next: pageInfo.hasNextPage ? pageInfo.endCursor : null,
    total: totalCount,
  };
}

/** An actor's counterparts as events between the two, ready to draw. */
export async function counterpartEvents(actorId: string): Promise<{ actor: ActorRef; events: GraphEvent[] }> {
  const data = await query<{
    actor:
      | (ActorRef & {
          counterparts: { actor: ActorRef; events: { id: string; type: string; date: string | null }[] }[];
        })
      | null;
  }>(`query ($id: ID) { actor(id: $id) { ${ACTOR} counterparts { actor { ${ACTOR} } events { id type date } } } }`, {
    id: actorId,
  });
  if (data.actor === null) throw new Error(`No actor has the id "${actorId}".`);
  const self: ActorRef = { id: data.actor.id, name: data.actor.name, kind: data.actor.kind };
  const events = data.actor.counterparts.flatMap((c) =>
    c.events.map((e) => ({ ...e, participants: [{ actor: self }, { actor: c.actor }] })),
  );
  return { actor: self, events };
}

export async function actorDetails(id: string): Promise<ActorDetails | null> {
  const data = await query<{ actor: ActorDetails | null }>(
    `query ($id: ID) { actor(id: $id) { ${ACTOR} aliases roles { title of { ${ACTOR} } } } }`,
    { id },
  );
  return data.actor;
}

/** The actor a typed name or alias means; the server's ACTOR_NOT_FOUND error names the closest actors. */
export async function actorNamed(name: string): Promise<ActorRef> {
  const data = await query<{ actor: ActorRef | null }>(`query ($name: String) { actor(name: $name) { ${ACTOR} } }`, {
    name,
  });
  if (data.actor === null) throw new ApiError(`No actor is named "${name}".`, 'ACTOR_NOT_FOUND');
  return data.actor;
}

/** For the search box: the actor of that exact name or alias, else the best full-text match (flagged as such). */
export async function actorForSearch(text: string): Promise<{ actor: ActorRef; exact: boolean }> {
  try {
    return { actor: await actorNamed(text), exact: true };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'ACTOR_NOT_FOUND') throw error;
  }
  const [best] = await suggestions(text);
  if (best === undefined) throw new ApiError(`No actor matches "${text}".`, 'ACTOR_NOT_FOUND');
  return { actor: best, exact: false };
}

export async function suggestions(search: string): Promise<ActorRef[]> {
  const data = await query<{ actors: { edges: { node: ActorRef }[] } }>(
    `query ($search: String) { actors(search: $search, first: 8) { edges { node { ${ACTOR} } } } }`,
    { search },
  );
  return data.actors.edges.map((e) => e.node);
}

/** The events of one type between two actors, with the sentences and articles that report them. */
export async function pairEvents(a: string, b: string, type: string): Promise<EventDetails[]> {
  const data = await query<{ interactions: EventDetails[] }>(
    `query ($between: [String!]!, $types: [RelationType!]) { interactions(between: $between, types: $types) {
       id type date location participants { actor { name } role } sources { sentence article { title url published source } } } }`,
    { between: [a, b], types: [type] },
  );
  return data.interactions;
}

export interface PathQuery {
  from: string;
  to: string;
  mode: PathMode;
  maxHops: number;
  viaRoles: boolean;
  types: string[] | null;
  since: string | null;
  until: string | null;
}

export async function paths(q: PathQuery): Promise<{ length: number; hops: Hop[] }[]> {
  const data = await query<{ paths: { length: number; hops: Hop[] }[] }>(
    `query ($from: String!, $to: String!, $mode: PathMode, $maxHops: Int, $viaRoles: Boolean, $types: [RelationType!], $since: PartialDate, $until: PartialDate) {
       paths(from: $from, to: $to, mode: $mode, maxHops: $maxHops, viaRoles: $viaRoles, types: $types, since: $since, until: $until) {
         length hops { from { ${ACTOR} } to { ${ACTOR} } role event { id type date } } } }`,
    { ...q },
  );
  return data.paths;
}
