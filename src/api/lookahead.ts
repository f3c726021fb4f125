/**
 * Look-ahead for lists of events. When a query asks for the events' participants
 * or sources, the list's own Cypher statement fetches them along (src/graph), and
 * the nested fields read them from the rows: a timeline two levels deep is one
 * round trip instead of three, and a query that does not ask for them costs
 * nothing more. The same holds for the events of whoTalkedTo's counterparts,
 * for the nodes of an events page, and for the roles of an actor asked by name.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { EventDetails } from '../graph/queries';

/** The selections, on `type`, of the fields named `name` (aliases and fragments included). */
function selected(trees: readonly ResolveTree[], type: string, name: string): ResolveTree[] {
  return trees.flatMap((t) => Object.values(t.fieldsByTypeName[type] ?? {}).filter((f) => f.name === name));
}

function detailsOf(events: readonly ResolveTree[]): EventDetails {
  return {
    participants: selected(events, 'Event', 'participants').length > 0,
    sources: selected(events, 'Event', 'sources').length > 0,
  };
}

const root = (info: GraphQLResolveInfo): ResolveTree[] => {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return tree === null ? [] : [tree];
};

/** Which details of the `Event`s this field returns the query selects (through fragments, aliases and @skip/@include). */
export function eventDetailsAsked(info: GraphQLResolveInfo): EventDetails {
  return detailsOf(root(info));
}

/** For a field of `Counterpart`s: null when their events are not asked, else the events' details asked. */
export function counterpartEventsAsked(info: GraphQLResolveInfo): EventDetails | null {
  const events = selected(root(info), 'Counterpart', 'events');
  return events.length === 0 ? null : detailsOf(events);
}

/** For an `EventConnection`: the details asked of its edges' nodes. */
export function pageEventDetailsAsked(info: GraphQLResolveInfo): EventDetails {
  const edges = selected(root(info), 'EventConnection', 'edges');
  return detailsOf(selected(edges, 'EventEdge', 'node'));
}

/** For a field of `Actor`s: whether the query selects their roles. */
export function rolesAsked(info: GraphQLResolveInfo): boolean {
  return selected(root(info), 'Actor', 'roles').length > 0;
}
