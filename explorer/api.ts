/**
 * The explorer's only data source: the server's GraphQL API at /graphql. Each
 * function is one query; a GraphQL error becomes an Error carrying the server's
 * message (which already says what is wrong and suggests names).
 */
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

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors !== undefined && body.errors.length > 0) throw new Error(body.errors[0].message);
  if (body.data === undefined) throw new Error(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}

const ACTOR = 'id name kind';

export async function overview(): Promise<Overview> {
  const data = await query<{
    stats: Overview['stats'];
    __type: { enumValues: { name: string; description: string | null }[] };
  }>(`{ stats { actors events firstDate lastDate } __type(name: "RelationType") { enumValues { name description } } }`);
  return { stats: data.stats, types: data.__type.enumValues };
}

export const EVENTS_PAGE = 100;

export async function eventsPage(after: string | null): Promise<{ events: GraphEvent[]; next: string | null; total: number }> {
  const data = await query<{
    events: { totalCount: number; edges: { node: GraphEvent }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }>(
    `query ($after: String, $first: Int) { events(first: $first, after: $after) {
       totalCount edges { node { id type date participants { actor { ${ACTOR} } } } } pageInfo { hasNextPage endCursor } } }`,
    { after, first: EVENTS_PAGE },
  );
  const { edges, pageInfo, totalCount } = data.events;
  return { events: edges.map((e) => e.node), next: pageInfo.hasNextPage ? pageInfo.endCursor : null, total: totalCount };
}

/** An actor's counterparts as events between the two, ready to draw. */
export async function counterpartEvents(actorId: string): Promise<{ actor: ActorRef; events: GraphEvent[] }> {
  const data = await query<{
    actor: (ActorRef & { counterparts: { actor: ActorRef; events: { id: string; type: string; date: string | null }[] }[] }) | null;
  }>(`query ($id: ID) { actor(id: $id) { ${ACTOR} counterparts { actor { ${ACTOR} } events { id type date } } } }`, { id: actorId });
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

/** The actor a typed name or alias means; the server's error names the closest actors when none does. */
export async function actorNamed(name: string): Promise<ActorRef> {
  const data = await query<{ actor: ActorRef | null }>(`query ($name: String) { actor(name: $name) { ${ACTOR} } }`, { name });
  if (data.actor !== null) return data.actor;
  const close = await suggestions(name);
  throw new Error(
    close.length > 0 ? `No actor is named "${name}". Did you mean: ${close.map((a) => a.name).join(', ')}?` : `No actor is named "${name}".`,
  );
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
