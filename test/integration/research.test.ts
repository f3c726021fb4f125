/**
 * The research API over HTTP against the real Neo4j: every query, every path mode,
 * paging, errors, round trips and the ingest mutation.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { defined } from '../../src/domain/guaranteed';
import type { ExtractedGraph } from '../../src/domain/types';
import { writeArticle } from '../../src/graph/writer';
import { collectArticleFiles } from '../../src/ingest/files';
import { ingestFiles } from '../../src/ingest/ingest';
import { graphCounts, resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';
import { startTestServer, type TestServer } from './http';

const SEED = path.resolve(__dirname, '..', '..', 'seeds', 'articles', '00-russia-us-iran-mediation.txt');
const TIMELINE = path.resolve(__dirname, '..', 'fixtures', 'timeline');
const TOKEN = 'test-ingest-token';

/** A hand-built article: people linked by MEETINGs, for shapes the seeds do not have. */
function meetings(name: string, pairs: [string, string][]): ExtractedGraph {
  const events = pairs.map(([a, b], i) =>
    pairEvent('MEETING', a, b, `2024-03-${String(i + 1).padStart(2, '0')}`, `${a} met ${b} on March ${i + 1}.`),
  );
  return articleOf(name, pairs.flat(), events, '2024-04-01');
}

let driver: Driver;
let server: TestServer;
let closedServer: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  const { files } = await collectArticleFiles([SEED, TIMELINE]);
  expect((await ingestFiles(driver, files)).failures).toEqual([]);
  // A diamond with a longer detour: two shortest paths of 2 hops, one of 3.
  await writeArticle(
    driver,
    meetings('diamond', [
      ['Ann North', 'Ben East'],
      ['Ben East', 'Cat South'],
      ['Ann North', 'Dan West'],
      ['Dan West', 'Cat South'],
      ['Ann North', 'Eve Centre'],
      ['Eve Centre', 'Fay Middle'],
      ['Fay Middle', 'Cat South'],
    ]),
  );
  // A star of 50 people around one hub, for the round-trip count.
  await writeArticle(
    driver,
    meetings(
      'star',
      Array.from({ length: 50 }, (_, i): [string, string] => ['Hub Person', `Spoke Number${i}`]),
    ),
  );
  // A second Lavrov: a name that now names two actors.
  await writeArticle(driver, meetings('twin', [['Ivan Lavrov', 'Ben East']]));
  await driver.executeQuery(
    `MATCH (a:Actor {id: 'ivan-lavrov'}) SET a.aliases = ['Lavrov'], a.nameKeys = a.nameKeys + 'lavrov'`,
  );
  server = await startTestServer(driver, { ingestToken: TOKEN });
  closedServer = await startTestServer(driver);
});

afterAll(async () => {
  await server?.close();
  await closedServer?.close();
  await driver.close();
});

type Hop = {
  from: { name: string };
  to: { name: string };
  event: { type: string; date: string | null } | null;
  role: string | null;
};
async function pathQuery(args: string): Promise<{ length: number; hops: Hop[] }[]> {
  const { data, errors } = await server.graphql<{ paths: { length: number; hops: Hop[] }[] }>(
    `{ paths(${args}) { length hops { from { name } to { name } event { type date } role } } }`,
  );
  expect(errors).toBeUndefined();
  return data?.paths ?? [];
}

describe('paths', () => {
  test('SHORTEST: one path of the fewest hops', async () => {
    const paths = await pathQuery(`from: "Ann North", to: "Cat South"`);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.length).toBe(2);
  });

  test('ALL_SHORTEST: every path of the fewest hops, and only those', async () => {
    const paths = await pathQuery(`from: "Ann North", to: "Cat South", mode: ALL_SHORTEST`);
    expect(paths.map((p) => p.hops.map((h) => h.to.name).join('>')).sort()).toEqual([
      'Ben East>Cat South',
      'Dan West>Cat South',
    ]);
  });

  test('K_SHORTEST: the k shortest, shortest first', async () => {
    const paths = await pathQuery(`from: "Ann North", to: "Cat South", mode: K_SHORTEST, limit: 3`);
    expect(paths.map((p) => p.length)).toEqual([2, 2, 3]);
    expect(paths[2]?.hops.map((h) => h.to.name)).toEqual(['Eve Centre', 'Fay Middle', 'Cat South']);
  });

  test('TIME_RESPECTING: A met B (Jan 10) after B called C (Jan 5), so A→B→C is not time-respecting', async () => {
    const plain = await pathQuery(`from: "Emmanuel Macron", to: "Giorgia Meloni"`);
    expect(plain.map((p) => p.length)).toEqual([2]);
    expect(await pathQuery(`from: "Emmanuel Macron", to: "Giorgia Meloni", mode: TIME_RESPECTING`)).toEqual([]);
  });

  test('TIME_RESPECTING: B called C (Jan 5), then C met D (Feb 1): B→C→D is', async () => {
    const paths = await pathQuery(`from: "Olaf Scholz", to: "Pedro Sanchez", mode: TIME_RESPECTING`);
    expect(paths).toEqual([
      {
        length: 2,
        hops: [
          {
            from: { name: 'Olaf Scholz' },
            to: { name: 'Giorgia Meloni' },
            event: { type: 'CALL', date: '2025-01-05' },
            role: null,
          },
          {
            from: { name: 'Giorgia Meloni' },
            to: { name: 'Pedro Sánchez' }, // the gazetteer's spelling, the article's is an alias
            event: { type: 'MEETING', date: '2025-02-01' },
            role: null,
          },
        ],
      },
    ]);
  });

  test('since/until and types filter the hops', async () => {
    expect(await pathQuery(`from: "Olaf Scholz", to: "Pedro Sanchez", since: "2025-01-06"`)).toEqual([]);
    expect(await pathQuery(`from: "Olaf Scholz", to: "Pedro Sanchez", types: [MEETING]`)).toEqual([]);
    expect(
      (await pathQuery(`from: "Olaf Scholz", to: "Pedro Sanchez", until: "2025-02"`)).map((p) => p.length),
    ).toEqual([2]);
  });

  test('viaRoles: a person reaches another through the state they serve', async () => {
    expect(await pathQuery(`from: "Trump", to: "Araghchi", maxHops: 6`)).toEqual([]);
    const [path] = await pathQuery(`from: "Trump", to: "Araghchi", maxHops: 6, viaRoles: true`);
    expect(path?.hops[0]?.from.name).toBe('Donald Trump');
    expect(path?.hops.at(-1)?.to.name).toBe('Abbas Araghchi');
    expect(path?.hops.some((h) => h.role !== null && h.event === null)).toBe(true);
  });
});

test('timeline: an actor’s events, oldest first, undated last', async () => {
  const { data, errors } = await server.graphql<{ timeline: { type: string; date: string | null }[] }>(
    `{ timeline(actor: "Sergei Lavrov") { type date } }`,
  );
  expect(errors).toBeUndefined();
  expect(data?.timeline).toEqual([
    { type: 'MEETING', date: '2025-02-18' },
    { type: 'BRIEFING', date: null },
  ]);
});

test('actors: full-text search, typo-tolerant, with a kind filter', async () => {
  const { data } = await server.graphql<{
    a: { edges: { node: { name: string } }[] };
    s: { totalCount: number; edges: { node: { kind: string } }[] };
  }>(
    `{ a: actors(search: "Araghchy") { edges { node { name } } } s: actors(kind: STATE, first: 100) { totalCount edges { node { kind } } } }`,
  );
  expect(data?.a.edges[0]?.node.name).toBe('Abbas Araghchi');
  expect(data?.s.totalCount).toBeGreaterThanOrEqual(4);
  expect(new Set(data?.s.edges.map((e) => e.node.kind))).toEqual(new Set(['STATE']));
});

type EventPage = {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

test('events: paging with first: 3 to the end returns every event exactly once', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let pages = 0; pages < 100; pages++) {
    const response: { data?: { events: EventPage }; errors?: unknown[] } = await server.graphql<{ events: EventPage }>(
      `query ($after: String) { events(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(response.errors).toBeUndefined();
    const page: EventPage = defined(response.data, 'a page without errors has data').events;
    total = page.totalCount;
    expect(page.edges.length).toBeLessThanOrEqual(3);
    seen.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const { records } = await driver.executeQuery('MATCH (e:Event) RETURN e.id AS id');
  const stored = records.map((r) => r.get('id') as string);
  expect(seen).toHaveLength(total);
  expect(new Set(seen).size).toBe(seen.length);
  expect([...seen].sort()).toEqual([...stored].sort());
});

test('events: filters by actor and type; a page past the maximum size is an error', async () => {
  const { data } = await server.graphql<{ events: { edges: { node: { type: string } }[] } }>(
    `{ events(actor: "Vladimir Putin", types: [CALL]) { edges { node { type } } } }`,
  );
  expect(data?.events.edges).toEqual([{ node: { type: 'CALL' } }]);
  const tooBig = await server.graphql(`{ events(first: 101) { totalCount } }`);
  expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(tooBig.errors?.[0]?.message).toMatch(/first/);
  const badCursor = await server.graphql(`{ events(after: "nonsense") { totalCount } }`);
  expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('articles, article and its events; event by id', async () => {
  const { data, errors } = await server.graphql<{
    articles: {
      totalCount: number;
      edges: { node: { id: string; title: string; published: string; events: { id: string; type: string }[] } }[];
    };
  }>(`{ articles(first: 100) { totalCount edges { node { id title published events { id type } } } } }`);
  expect(errors).toBeUndefined();
  const edges = data?.articles.edges ?? [];
  const published = edges.map((e) => e.node.published);
  expect(published).toEqual([...published].sort().reverse());
  const seed = defined(
    edges.find((e) => e.node.title === 'Russia agrees to help the US engage with Iran'),
    'the seed article is listed',
  ).node;
  expect(seed.events.map((e) => e.type)).toEqual(
    expect.arrayContaining(['CALL', 'MEETING', 'MEDIATION', 'ALLIANCE', 'BRIEFING']),
  );
  const one = await server.graphql<{
    article: { title: string };
    event: { type: string; sources: { article: { id: string } }[] };
  }>(`query ($a: ID!, $e: ID!) { article(id: $a) { title } event(id: $e) { type sources { article { id } } } }`, {
    a: seed.id,
    e: seed.events[0]?.id,
  });
  expect(one.data?.article.title).toBe(seed.title);
  expect(one.data?.event.sources.map((s) => s.article.id)).toContain(seed.id);
});

test('stats count what the graph holds', async () => {
  const { data } = await server.graphql<{
    stats: {
      actors: number;
      people: number;
      states: number;
      organizations: number;
      events: number;
      articles: number;
      eventsByType: { type: string; count: number }[];
    };
  }>(`{ stats { actors people states organizations events articles eventsByType { type count } } }`);
  const { records } = await driver.executeQuery(
    'MATCH (a:Actor) WITH count(a) AS actors MATCH (e:Event) RETURN actors, count(e) AS events',
  );
  expect(data?.stats.actors).toBe(records[0]?.get('actors'));
  expect(data?.stats.events).toBe(records[0]?.get('events'));
  const stats = defined(data?.stats, 'stats answers');
  expect(stats.people + stats.states + stats.organizations).toBe(stats.actors);
  expect(stats.eventsByType.reduce((n, t) => n + t.count, 0)).toBe(stats.events);
  expect(stats.articles).toBe(7);
});

test('a name that names two actors is ACTOR_AMBIGUOUS with the candidates', async () => {
  const { errors } = await server.graphql(`{ whoTalkedTo(actor: "Lavrov") { count } }`);
  expect(errors?.[0]?.extensions?.code).toBe('ACTOR_AMBIGUOUS');
  expect(errors?.[0]?.extensions?.candidates).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: 'sergei-lavrov' }),
      expect.objectContaining({ id: 'ivan-lavrov' }),
    ]),
  );
});

test('an actor named by its id is that actor in every field that takes a name', async () => {
  const ask = (from: string, to: string) =>
    server.graphql(
      `query ($from: String!, $to: String!) {
        actor(name: $from) { id }
        whoTalkedTo(actor: $from) { actor { id } }
        timeline(actor: $from) { id }
        events(actor: $from, first: 5) { totalCount }
        paths(from: $from, to: $to) { length }
      }`,
      { from, to },
    );
  const byName = await ask('Ann North', 'Cat South');
  expect(byName.errors).toBeUndefined();
  expect(byName.data).toMatchObject({ actor: { id: 'ann-north' }, paths: [{ length: 2 }] });
  // An id cannot be a name here ("ann-north" is no name of hers), so only the look-up by id finds it.
  expect(await ask('ann-north', 'cat-south')).toEqual(byName);
});

test('an unknown actor is ACTOR_NOT_FOUND, located in the query', async () => {
  const { errors } = await server.graphql(`{ timeline(actor: "Nobody Atall") { id } }`);
  expect(errors?.[0]?.extensions?.code).toBe('ACTOR_NOT_FOUND');
  expect(errors?.[0]).toMatchObject({ locations: [{ line: 1, column: 3 }], path: ['timeline'] });
});

test('a path between two names that fail answers the ambiguous one first, then the first unknown one', async () => {
  const ask = async (from: string, to: string) =>
    (
      await server.graphql(`query ($from: String!, $to: String!) { paths(from: $from, to: $to) { length } }`, {
        from,
        to,
      })
    ).errors?.[0]?.extensions;
  // Asked several times: the answer must not depend on which name's "did you mean" look-up returns first.
  for (let i = 0; i < 3; i++) {
    expect(await ask('Nobody Atall', 'Nobody Either')).toMatchObject({ code: 'ACTOR_NOT_FOUND', name: 'Nobody Atall' });
    expect(await ask('Nobody Either', 'Nobody Atall')).toMatchObject({
      code: 'ACTOR_NOT_FOUND',
      name: 'Nobody Either',
    });
  }
  expect(await ask('Nobody Atall', 'Lavrov')).toMatchObject({ code: 'ACTOR_AMBIGUOUS', name: 'Lavrov' });
});

test('three nested levels over 50 actors cost at most 4 round trips', async () => {
  const result = await server.graphql<{
    actors: { edges: { node: { counterparts: { events: { sources: { sentence: string }[] }[] }[] } }[] };
  }>(`{ actors(search: "Spoke", first: 50) { edges { node { counterparts { events { sources { sentence } } } } } } }`);
  expect(result.errors).toBeUndefined();
  const nodes = result.data?.actors.edges.map((e) => e.node) ?? [];
  expect(nodes).toHaveLength(50);
  for (const node of nodes)
    expect(node.counterparts[0]?.events[0]?.sources[0]?.sentence).toMatch(
      /^Hub Person met Spoke Number\d+ on March \d+\.$/,
    );
  expect(result.extensions?.roundTrips).toBeLessThanOrEqual(4);
});

test('a timeline with its participants and sources is one statement, the name resolved in it, and answers what the loaders answer', async () => {
  // Two articles reporting the same meetings: events with two sources, to show their order.
  const echo = (published: string) =>
    articleOf(
      `echo ${published}`,
      ['Gil Echo', 'Hal Echo', 'Ida Echo'],
      [
        pairEvent('MEETING', 'Gil Echo', 'Hal Echo', '2024-05-02', `Gil Echo met Hal Echo (${published}).`),
        pairEvent('MEETING', 'Ida Echo', 'Gil Echo', '2024-05-09', `Ida Echo met Gil Echo (${published}).`),
      ],
      published,
    );
  await writeArticle(driver, echo('2024-05-10'));
  await writeArticle(driver, echo('2024-05-20'));
  const details = 'id participants { role actor { name } } sources { sentence article { id published } }';
  const asked = await server.graphql<{ timeline: unknown[] }>(`{ timeline(actor: "Gil Echo") { ${details} } }`);
  expect(asked.errors).toBeUndefined();
  expect(asked.extensions?.roundTrips).toBe(1);
  // events(actor:) reads participants and sources through the DataLoaders: the same lists, in the same order.
  const loaded = await server.graphql<{ events: { edges: { node: unknown }[] } }>(
    `{ events(actor: "Gil Echo", first: 100) { edges { node { ${details} } } } }`,
  );
  expect(loaded.errors).toBeUndefined();
  const timeline = (asked.data?.timeline ?? []) as { participants: unknown[]; sources: unknown[] }[];
  // Enough to show order: some event with two or more participants, some with two or more sources.
  expect(timeline.some((e) => e.participants.length >= 2) && timeline.some((e) => e.sources.length >= 2)).toBe(true);
  expect(timeline).toEqual(loaded.data?.events.edges.map((e) => e.node));
});

describe('ingestArticle', () => {
  const mutation = `mutation ($input: ArticleInput!) {
    ingestArticle(input: $input) { article { title published } created { type date participants { actor { name } } } merged { id } warnings }
  }`;
  const input = {
    title: 'Erdogan and Zelensky meet in Ankara',
    published: '2025-03-14',
    url: 'https://example.org/erdogan-zelensky',
    text: 'Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelensky in Ankara on Thursday.',
  };

  test('without the token it is refused and changes nothing', async () => {
    const before = await graphCounts(driver);
    const denied = await server.graphql(mutation, { input });
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await server.graphql(mutation, { input }, { authorization: 'Bearer not-the-token' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const disabled = await closedServer.graphql(mutation, { input }, { authorization: `Bearer ${TOKEN}` });
    expect(disabled.errors?.[0]?.extensions?.code).toBe('INGEST_DISABLED');
    expect(await graphCounts(driver)).toEqual(before);
  });

  test('with the token it ingests an article that a following query returns', async () => {
    const { data, errors } = await server.graphql<{
      ingestArticle: { article: { title: string }; created: { type: string; date: string }[] };
    }>(mutation, { input }, { authorization: `Bearer ${TOKEN}` });
    expect(errors).toBeUndefined();
    expect(data?.ingestArticle.article.title).toBe(input.title);
    expect(data?.ingestArticle.created).toEqual([expect.objectContaining({ type: 'MEETING', date: '2025-03-13' })]);
    const after = await server.graphql<{ whoTalkedTo: { actor: { name: string } }[] }>(
      `{ whoTalkedTo(actor: "Erdogan") { actor { name } } }`,
    );
    expect(after.data?.whoTalkedTo).toEqual([{ actor: { name: 'Volodymyr Zelensky' } }]);
  });
});
