/**
 * Look-ahead for lists of events. When a query asks for the events' participants
 * or sources, the list's own Cypher statement fetches them along (src/graph), and
 * the nested fields read them from the rows: a timeline two levels deep is one
 * round trip instead of three, and a query that does not ask for them costs
 * nothing more.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { EventDetails } from '../graph/queries';

/** Which details of the `Event`s this field returns the query selects (through fragments, aliases and @skip/@include). */
export function eventDetailsAsked(info: GraphQLResolveInfo): EventDetails {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const fields = Object.values(tree?.fieldsByTypeName.Event ?? {});
  return {
    participants: fields.some((f) => f.name === 'participants'),
    sources: fields.some((f) => f.name === 'sources'),
  };
}
