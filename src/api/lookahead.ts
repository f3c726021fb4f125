/**
 * Look-ahead for lists. A list's own Cypher statement returns what the query asks
 * of its rows (src/graph/shapes.ts) and no more: the events' participants or
 * sources when they are asked (a timeline two levels deep is one round trip
 * instead of three, and a query that does not ask for them costs nothing more),
 * and of each event, actor and article only the properties its asked fields are
 * made of. The same holds for the events of whoTalkedTo's counterparts, for the
 * nodes of an events page, for the actors and events of a path's hops, and for
 * the roles of an actor asked by name.
 */
import { BREAK, visit, type ASTNode, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import {
  ACTOR_PROPERTIES,
  ARTICLE_PROPERTIES,
  EVENT_PROPERTIES,
  type ActorProperty,
  type ArticleProperty,
  type CounterpartShape,
  type EventProperty,
  type EventShape,
  type PathShape,
  type SourceShape,
} from '../graph/shapes';

/**
 * For each field of a type a shaped statement returns, the stored properties its value is made of: its
 * own, or what its resolver reads (Event.when its bounds; an actor's roles its id, to load them by).
 * The fields a statement brings along instead (Event.participants, Event.sources) are not listed.
 */
export const EVENT_FIELD_PROPERTIES: Readonly<Record<string, readonly EventProperty[]>> = {
  id: ['id'],
  type: ['type'],
  date: ['date'],
  precision: ['precision'],
  when: ['date', 'earliest', 'latest', 'precision'],
  location: ['location'],
  confidence: ['confidence'],
  cameo: ['type'],
  goldstein: ['type'],
};
export const ACTOR_FIELD_PROPERTIES: Readonly<Record<string, readonly ActorProperty[]>> = {
  id: ['id'],
  name: ['name'],
  kind: ['kind'],
  aliases: ['aliases'],
  roles: ['id'],
  counterparts: ['id'],
};
export const ARTICLE_FIELD_PROPERTIES: Readonly<Record<string, readonly ArticleProperty[]>> = {
  id: ['id'],
  title: ['title'],
  url: ['url'],
  source: ['source'],
  published: ['published'],
  events: ['id'],
};
/** The fields of Event whose rows its statement brings along when asked. */
export const EVENT_FIELDS_BROUGHT_ALONG = ['participants', 'sources'] as const;

/** The selections, on `type`, of the fields named `name` (aliases and fragments included). */
function selected(trees: readonly ResolveTree[], type: string, name: string): ResolveTree[] {
  return trees.flatMap((t) => Object.values(t.fieldsByTypeName[type] ?? {}).filter((f) => f.name === name));
}

/**
 * The properties of `type` the selections `trees` ask for, in the order of `all` (one statement text
 * for one shape, which Neo4j plans once).
 */
function propertiesOf<P extends string>(
  trees: readonly ResolveTree[],
  type: string,
  byField: Readonly<Record<string, readonly P[]>>,
  all: readonly P[],
): P[] {
  const asked = new Set(
    trees.flatMap((t) => Object.values(t.fieldsByTypeName[type] ?? {}).flatMap((f) => byField[f.name] ?? [])),
  );
  return all.filter((p) => asked.has(p));
}

function sourceShape(sources: readonly ResolveTree[]): SourceShape | null {
  if (sources.length === 0) return null;
  const articles = selected(sources, 'Source', 'article');
  return {
    sentence: selected(sources, 'Source', 'sentence').length > 0,
    article:
      articles.length === 0 ? null : propertiesOf(articles, 'Article', ARTICLE_FIELD_PROPERTIES, ARTICLE_PROPERTIES),
  };
}

function eventShape(events: readonly ResolveTree[]): EventShape {
  return {
    properties: propertiesOf(events, 'Event', EVENT_FIELD_PROPERTIES, EVENT_PROPERTIES),
    participants: selected(events, 'Event', 'participants').length > 0,
    sources: sourceShape(selected(events, 'Event', 'sources')),
  };
}

const root = (info: GraphQLResolveInfo): ResolveTree[] => {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return tree === null ? [] : [tree];
};

/**
 * Whether some @skip or @include of the document reads a variable: only then does what a field's
 * selection asks depend on the request and not on the document alone.
 */
function hasVariableDirectives(nodes: readonly ASTNode[]): boolean {
  let found = false;
  for (const node of nodes) {
    visit(node, {
      Directive(directive) {
        visit(directive, {
          Variable() {
            found = true;
            return BREAK;
          },
        });
        return found ? BREAK : undefined;
      },
    });
    if (found) return true;
  }
  return false;
}
const variableDirectives = new WeakMap<ASTNode, boolean>();
/** hasVariableDirectives of the operation and its fragments, worked out once per parsed document. */
function dependsOnVariables(info: GraphQLResolveInfo): boolean {
  let known = variableDirectives.get(info.operation);
  if (known === undefined) {
    known = hasVariableDirectives([info.operation, ...Object.values(info.fragments)]);
    variableDirectives.set(info.operation, known);
  }
  return known;
}

interface Remembered<T> {
  fieldNodes: readonly FieldNode[];
  parentType: string;
  value: T;
}
const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]) =>
  a.length === b.length && a.every((node, i) => node === b[i]);

/**
 * `shapeOf` for the field `info` resolves, worked out once per field of a parsed document (yoga
 * keeps parsed documents, so the same query text brings the same nodes): walking the selection
 * (parseResolveInfo) cost every request again what its document had already settled. Keyed by the
 * field's nodes, all of them (a fragment spread in two places merges with different siblings), and
 * its parent type. Not when a directive of the document reads a variable (`@include(if: $x)`):
 * then the selection is the request's own. Only the shape is kept, never an answer.
 */
function perDocument<T>(shapeOf: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  const cache = new WeakMap<FieldNode, Remembered<T>[]>();
  return (info) => {
    const first = info.fieldNodes[0];
    if (first === undefined || dependsOnVariables(info)) return shapeOf(info);
    const parentType = info.parentType.name;
    const known = cache.get(first) ?? [];
    const hit = known.find((r) => r.parentType === parentType && sameNodes(r.fieldNodes, info.fieldNodes));
    if (hit !== undefined) return hit.value;
    const value = shapeOf(info);
    cache.set(first, [...known, { fieldNodes: [...info.fieldNodes], parentType, value }]);
    return value;
  };
}

function eventShapeAskedUncached(info: GraphQLResolveInfo): EventShape {
  return eventShape(root(info));
}

function counterpartShapeAskedUncached(info: GraphQLResolveInfo): CounterpartShape {
  const counterparts = root(info);
  const events = selected(counterparts, 'Counterpart', 'events');
  return {
    actor: propertiesOf(
      selected(counterparts, 'Counterpart', 'actor'),
      'Actor',
      ACTOR_FIELD_PROPERTIES,
      ACTOR_PROPERTIES,
    ),
    events: events.length === 0 ? null : eventShape(events),
  };
}

function pathShapeAskedUncached(info: GraphQLResolveInfo): PathShape {
  const hops = selected(root(info), 'Path', 'hops');
  const ends = [...selected(hops, 'Hop', 'from'), ...selected(hops, 'Hop', 'to')];
  const events = selected(hops, 'Hop', 'event');
  return {
    actor: propertiesOf(ends, 'Actor', ACTOR_FIELD_PROPERTIES, ACTOR_PROPERTIES),
    event: events.length === 0 ? null : eventShape(events),
  };
}

function pageEventShapeAskedUncached(info: GraphQLResolveInfo): EventShape {
  const edges = selected(root(info), 'EventConnection', 'edges');
  return eventShape(selected(edges, 'EventEdge', 'node'));
}

function rolesAskedUncached(info: GraphQLResolveInfo): boolean {
  return selected(root(info), 'Actor', 'roles').length > 0;
}

/** The shape of the `Event`s this field returns, as the query selects them (through fragments, aliases and @skip/@include). */
export const eventShapeAsked = perDocument(eventShapeAskedUncached);
/** For a field of `Counterpart`s: their actors' properties asked, and their events' shape (null when not asked). */
export const counterpartShapeAsked = perDocument(counterpartShapeAskedUncached);
/** For a field of `Path`s: the properties asked of their hops' actors (both ends), and their events' shape (null when not asked). */
export const pathShapeAsked = perDocument(pathShapeAskedUncached);
/** For an `EventConnection`: the shape of its edges' nodes. */
export const pageEventShapeAsked = perDocument(pageEventShapeAskedUncached);
/** For a field of `Actor`s: whether the query selects their roles. */
export const rolesAsked = perDocument(rolesAskedUncached);
