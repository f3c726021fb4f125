/**
 * The explorer's only data source: the server's GraphQL API at /graphql. Each
 * function is one query; a GraphQL error becomes an Error carrying the server's
 * message (which already says what is wrong and suggests names).
 */
import type {
  Actor,
  Article,
  DayRange,
  Event,
  EventWhen,
  Hop as SchemaHop,
  Participant,
  QueryActorArgs,
  QueryActorsArgs,
  QueryEventsArgs,
  QueryInteractionsArgs,
  QueryPathsArgs,
  Role,
  Source as SchemaSource,
  Stats,
} from './generated/graphql';
import { ACTOR, EVENT_REF, EVENTS_PAGE, EVENTS_QUERY, OVERVIEW_QUERY, WHEN } from './queries';
import type { RelationType } from './schema';

// Field types come from explorer/generated/graphql.ts (npm run codegen); the shapes below
// only pick the fields each query selects.

/** An actor as every query selects it (ACTOR). */
export type ActorRef = Pick<Actor, 'id' | 'name' | 'kind'>;

/** An event's own fields as the graph and the paths select them (EVENT_REF; the slider and the dashes read `when`). */
export type EventRef = Pick<Event, 'id' | 'type' | 'date'> & { when: EventBounds };

export type EventBounds = Pick<EventWhen, 'earliest' | 'latest' | 'bounded'>;

/** An event as the graph needs it: who, what, when. */
export interface GraphEvent extends EventRef {
  participants: { actor: ActorRef }[];
}

export interface Source extends Pick<SchemaSource, 'sentence'> {
  article: Pick<Article, 'title' | 'url' | 'published' | 'source'>;
}

export interface EventDetails extends Pick<Event, 'id' | 'type' | 'date' | 'location'> {
  when: EventBounds;
  participants: (Pick<Participant, 'role'> & { actor: Pick<Actor, 'name'> })[];
  sources: Source[];
}

export interface ActorDetails extends ActorRef, Pick<Actor, 'aliases'> {
  roles: (Pick<Role, 'title'> & { of: ActorRef | null })[];
}

export interface Hop extends Pick<SchemaHop, 'role'> {
  from: ActorRef;
  to: ActorRef;
  event: EventRef | null;
  /** On a TIME_RESPECTING path, the days within which the hop can have happened on that path; null in other modes. */
  between: DayRange | null;
}

/** A person's role in a state or organisation (HOLDS_ROLE), drawn as an affiliation. */
export interface Affiliation {
  personId: string;
  title: string;
  of: ActorRef;
}

export interface Overview {
  stats: Pick<Stats, 'actors' | 'events' | 'firstDate' | 'lastDate'>;
  /** The relation types in the schema's order, with their descriptions (by introspection). */
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
  const [error] = body.errors ?? [];
  if (error !== undefined) throw new ApiError(error.message, error.extensions?.code);
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
  }>(EVENTS_QUERY, { after, first: EVENTS_PAGE } satisfies QueryEventsArgs);
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
          counterparts: { actor: ActorRef; events: EventRef[] }[];
        })
      | null;
  }>(`query ($id: ID) { actor(id: $id) { ${ACTOR} counterparts { actor { ${ACTOR} } events { ${EVENT_REF} } } } }`, {
    id: actorId,
  } satisfies QueryActorArgs);
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
    { id } satisfies QueryActorArgs,
  );
  return data.actor;
}

/** The actor a typed name or alias means; the server's ACTOR_NOT_FOUND error names the closest actors. */
export async function actorNamed(name: string): Promise<ActorRef> {
  const data = await query<{ actor: ActorRef | null }>(`query ($name: String) { actor(name: $name) { ${ACTOR} } }`, {
    name,
  } satisfies QueryActorArgs);
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
    { search } satisfies QueryActorsArgs,
  );
  return data.actors.edges.map((e) => e.node);
}

/** The events of one type between two actors, with the sentences and articles that report them. */
export async function pairEvents(a: string, b: string, type: RelationType): Promise<EventDetails[]> {
  const data = await query<{ interactions: EventDetails[] }>(
    `query ($between: [String!]!, $types: [RelationType!]) { interactions(between: $between, types: $types) {
       id type date ${WHEN} location participants { actor { name } role } sources { sentence article { title url published source } } } }`,
    { between: [a, b], types: [type] } satisfies QueryInteractionsArgs,
  );
  return data.interactions;
}

/** The paths query's arguments but `limit`, which the explorer leaves at the server's default. */
export type PathQuery = Required<Omit<QueryPathsArgs, 'limit'>>;

export async function paths(q: PathQuery): Promise<{ length: number; hops: Hop[] }[]> {
  const data = await query<{ paths: { length: number; hops: Hop[] }[] }>(
    `query ($from: String!, $to: String!, $mode: PathMode, $maxHops: Int, $viaRoles: Boolean, $types: [RelationType!], $since: PartialDate, $until: PartialDate) {
       paths(from: $from, to: $to, mode: $mode, maxHops: $maxHops, viaRoles: $viaRoles, types: $types, since: $since, until: $until) {
         length hops { from { ${ACTOR} } to { ${ACTOR} } role event { ${EVENT_REF} } between { earliest latest } } } }`,
    { ...q },
  );
  return data.paths;
}

/** The ids an actors(ids:) query takes at most (the API's page size). */
const IDS_PER_QUERY = 100;

/**
 * The roles of these persons, as affiliations: one actors(ids:) query per 100 persons, sent
 * together (the seed graph's dozen people take one).
 */
export async function affiliations(personIds: readonly string[]): Promise<Affiliation[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < personIds.length; i += IDS_PER_QUERY) chunks.push(personIds.slice(i, i + IDS_PER_QUERY));
  const pages = await Promise.all(
    chunks.map((ids) =>
      query<{
        actors: { edges: { node: { id: string; roles: (Pick<Role, 'title'> & { of: ActorRef | null })[] } }[] };
      }>(
        `query ($ids: [ID!], $first: Int) { actors(ids: $ids, kind: PERSON, first: $first) {
           edges { node { id roles { title of { ${ACTOR} } } } } } }`,
        { ids, first: IDS_PER_QUERY } satisfies QueryActorsArgs,
      ),
    ),
  );
  return pages.flatMap((page) =>
    page.actors.edges.flatMap(({ node }) =>
      node.roles.flatMap((role) => (role.of === null ? [] : [{ personId: node.id, title: role.title, of: role.of }])),
    ),
  );
}
