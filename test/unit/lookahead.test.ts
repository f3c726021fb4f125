import { readFileSync } from 'node:fs';
import {
  buildSchema,
  execute,
  graphql,
  isObjectType,
  parse,
  type DocumentNode,
  type GraphQLResolveInfo,
} from 'graphql';
import {
  ACTOR_FIELD_PROPERTIES,
  ARTICLE_FIELD_PROPERTIES,
  EVENT_FIELDS_BROUGHT_ALONG,
  EVENT_FIELD_PROPERTIES,
  counterpartShapeAsked,
  eventShapeAsked,
  pathShapeAsked,
} from '../../src/api/lookahead';
import { SDL_FILE } from '../../src/api/schema';
import { projected } from '../../src/graph/shapes';

const schema = buildSchema(readFileSync(SDL_FILE, 'utf8'));

function fieldsOf(type: string): string[] {
  const t = schema.getType(type);
  if (!isObjectType(t)) throw new Error(`no object type ${type} in the SDL`);
  return Object.keys(t.getFields()).sort();
}

/** The info the resolver of Query.`field` gets for `query`, caught by running the query with a resolver that keeps it. */
async function infoOf(query: string, field: string): Promise<GraphQLResolveInfo> {
  let caught: GraphQLResolveInfo | undefined;
  await graphql({
    schema,
    source: query,
    fieldResolver: (_source, _args, _ctx, info) => {
      if (info.parentType.name === 'Query' && info.fieldName === field) caught = info;
      return null;
    },
  });
  if (caught === undefined) throw new Error(`Query.${field} was not resolved`);
  return caught;
}

/** The infos the resolvers of `parent`.`field` get for a parsed `document` (run as the server runs a document it keeps). */
async function infosOf(
  document: DocumentNode,
  parent: string,
  field: string,
  variableValues: Record<string, unknown> = {},
): Promise<GraphQLResolveInfo[]> {
  const caught: GraphQLResolveInfo[] = [];
  await execute({
    schema,
    document,
    variableValues,
    rootValue: {},
    fieldResolver: (_source, _args, _ctx, info) => {
      if (info.parentType.name === parent && info.fieldName === field) caught.push(info);
      const type = info.returnType.toString();
      if (type.startsWith('[')) return [{}];
      return type.endsWith('!') && /^(?:String|ID|Int|Float|Boolean)/.test(type) ? null : {};
    },
  });
  return caught;
}

describe('the shapes of what a list statement returns', () => {
  // A field left out of its type's map would be read from a row that lacks its property.
  test('every field of Event, Actor and Article says which stored properties it is made of', () => {
    expect([...Object.keys(EVENT_FIELD_PROPERTIES), ...EVENT_FIELDS_BROUGHT_ALONG].sort()).toEqual(fieldsOf('Event'));
    expect(Object.keys(ACTOR_FIELD_PROPERTIES).sort()).toEqual(fieldsOf('Actor'));
    expect(Object.keys(ARTICLE_FIELD_PROPERTIES).sort()).toEqual(fieldsOf('Article'));
  });

  test('a timeline asks for the properties its fields are made of, in one order, through fragments and aliases', async () => {
    const info = await infoOf(
      `{ timeline(actor: "x") { ...F day: date when { bounded } } } fragment F on Event { cameo sources { sentence } }`,
      'timeline',
    );
    expect(eventShapeAsked(info)).toEqual({
      properties: ['type', 'date', 'precision', 'earliest', 'latest'],
      participants: false,
      sources: { sentence: true, article: null },
    });
  });

  test("whoTalkedTo's counterparts bring their events along only when asked", async () => {
    const without = await infoOf('{ whoTalkedTo(actor: "x") { actor { name roles { title } } count } }', 'whoTalkedTo');
    expect(counterpartShapeAsked(without)).toEqual({ actor: ['id', 'name'], events: null });
    const withEvents = await infoOf(
      '{ whoTalkedTo(actor: "x") { actor { name } events { id participants { role } sources { article { url } } } } }',
      'whoTalkedTo',
    );
    expect(counterpartShapeAsked(withEvents)).toEqual({
      actor: ['name'],
      events: { properties: ['id'], participants: true, sources: { sentence: false, article: ['url'] } },
    });
  });

  test("a path's hops ask the properties of both their ends, and their events only when asked", async () => {
    const ends = await infoOf('{ paths(from: "x", to: "y") { length hops { from { name } to { id } } } }', 'paths');
    expect(pathShapeAsked(ends)).toEqual({ actor: ['id', 'name'], event: null });
    const events = await infoOf('{ paths(from: "x", to: "y") { hops { event { type date } } } }', 'paths');
    expect(pathShapeAsked(events)).toEqual({
      actor: [],
      event: { properties: ['type', 'date'], participants: false, sources: null },
    });
  });

  test('a shape is worked out once per field of a parsed document, and again when a directive reads a variable', async () => {
    const document = parse('{ timeline(actor: "x") { id type } }');
    const [first] = await infosOf(document, 'Query', 'timeline');
    const [again] = await infosOf(document, 'Query', 'timeline');
    expect(eventShapeAsked(again!)).toBe(eventShapeAsked(first!));
    const conditional = parse('query ($d: Boolean!) { timeline(actor: "x") { id date @include(if: $d) } }');
    const [withDate] = await infosOf(conditional, 'Query', 'timeline', { d: true });
    const [withoutDate] = await infosOf(conditional, 'Query', 'timeline', { d: false });
    expect(eventShapeAsked(withDate!).properties).toEqual(['id', 'date']);
    expect(eventShapeAsked(withoutDate!).properties).toEqual(['id']);
  });

  test('a fragment spread in two places is shaped with what each place merges it with', async () => {
    const document = parse(`{
      a: actor(name: "x") { ...C counterparts { events { id } } }
      b: actor(name: "y") { ...C }
    } fragment C on Actor { counterparts { actor { name } } }`);
    const [a, b] = await infosOf(document, 'Actor', 'counterparts');
    expect(counterpartShapeAsked(a!).events).not.toBeNull();
    expect(counterpartShapeAsked(b!)).toEqual({ actor: ['name'], events: null });
  });

  test('a property outside its type’s list is refused, since it is spliced into the statement', () => {
    expect(projected('e', ['id', 'date'], ['id', 'date'])).toBe('e {.id, .date}');
    expect(() => projected('e', ['id}) DETACH DELETE e //'], ['id'])).toThrow(/not a stored property/);
  });
});
