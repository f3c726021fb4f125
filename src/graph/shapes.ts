/**
 * Shapes: which stored properties a list statement returns for each of its rows, so
 * that it returns what the query asks for and no more (src/api/lookahead.ts turns a
 * query's selection into a shape). The driver decodes every value it is sent: on
 * whoTalkedTo with its events and their sources, the full rows carried about four
 * times what the query asked for, and decoding them was most of the request's CPU.
 * A row of a shaped statement holds the properties of its shape only; such rows are
 * never primed into the request's loaders, which hand out whole rows.
 */

export const ACTOR_PROPERTIES = ['id', 'name', 'kind', 'aliases'] as const;
export type ActorProperty = (typeof ACTOR_PROPERTIES)[number];
export const EVENT_PROPERTIES = [
  'id',
  'type',
  'date',
  'precision',
  'earliest',
  'latest',
  'location',
  'confidence',
] as const;
export type EventProperty = (typeof EVENT_PROPERTIES)[number];
export const ARTICLE_PROPERTIES = ['id', 'title', 'url', 'source', 'published'] as const;
export type ArticleProperty = (typeof ARTICLE_PROPERTIES)[number];

/** A source of an event brought along: its sentence when asked, its article's properties when it is asked (else null). */
export interface SourceShape {
  sentence: boolean;
  article: readonly ArticleProperty[] | null;
}

/** An event's properties, and what it brings along: its participants (whole), its sources (shaped), or neither. */
export interface EventShape {
  properties: readonly EventProperty[];
  participants: boolean;
  sources: SourceShape | null;
}

/** A counterpart's actor's properties, and its events' shape when they are asked (else null: not fetched). */
export interface CounterpartShape {
  actor: readonly ActorProperty[];
  events: EventShape | null;
}

/** The actors at the ends of a path's hops (their properties), and the hops' events' shape (null when not asked). */
export interface PathShape {
  actor: readonly ActorProperty[];
  event: EventShape | null;
}

/**
 * The event properties its derived edges carry too (the event's id, the edge's type, the date, written
 * with the event): a hop's event asked for no more is read off the edge, with no look-up.
 */
export const EDGE_EVENT_PROPERTIES: readonly EventProperty[] = ['id', 'type', 'date'];

/** Every property of an event, nothing brought along. */
export const WHOLE_EVENT: EventShape = { properties: EVENT_PROPERTIES, participants: false, sources: null };

/**
 * `alias`'s `properties` as map projection items (".id, .name"), each checked against the type's list:
 * they are spliced into the statement.
 */
export function propertyItems(alias: string, properties: readonly string[], allowed: readonly string[]): string[] {
  for (const p of properties)
    if (!allowed.includes(p))
      throw new Error(`shape of ${alias}: not a stored property (${allowed.join(', ')}): ${JSON.stringify(p)}`);
  return properties.map((p) => `.${p}`);
}

/** `alias` (a node) as a map projection of `properties` and further `items` ("key: expression"). */
export function projected(
  alias: string,
  properties: readonly string[],
  allowed: readonly string[],
  items: readonly string[] = [],
): string {
  return `${alias} {${[...propertyItems(alias, properties, allowed), ...items].join(', ')}}`;
}

/** The value `expression` (a node in a list, which a map projection cannot take) as a map of `properties`. */
export function propertiesMap(expression: string, properties: readonly string[], allowed: readonly string[]): string {
  const items = propertyItems(expression, properties, allowed).map((item) => `${item.slice(1)}: ${expression}${item}`);
  return `{${items.join(', ')}}`;
}
