/**
 * The GraphQL API over HTTP, against the real Neo4j holding the ingested seeds:
 * the answers the walking skeleton promises.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectArticleFiles } from '../../src/ingest/files';
import { ingestFiles } from '../../src/ingest/ingest';
import { graphCounts, resetGraph, testDriver } from './db';
import { startTestServer, type TestServer } from './http';

const SEED = path.resolve(__dirname, '..', '..', 'seeds', 'articles', '00-russia-us-iran-mediation.txt');
const CALL_SENTENCE =
  'His Feb. 12 call with Putin signaled an effort to broker an end to that war, while also exploring cooperation on broader geopolitical issues, including trade routes and Arctic resources, Bloomberg reported.';

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  const { files } = await collectArticleFiles([SEED]);
  const summary = await ingestFiles(driver, files);
  expect(summary.failures).toEqual([]);
  server = await startTestServer(driver);
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

test('ingesting the seed article a second time leaves the node and relationship counts as they were', async () => {
  const before = await graphCounts(driver);
  const { files } = await collectArticleFiles([SEED]);
  const summary = await ingestFiles(driver, files);
  expect(summary.failures).toEqual([]);
  expect(summary.eventsCreated).toBe(0);
  expect(await graphCounts(driver)).toEqual(before);
});

test('whoTalkedTo Trump answers Putin with one CALL on 2025-02-12 and its sentence', async () => {
  const { data, errors } = await server.graphql<{ whoTalkedTo: unknown[] }>(
    `{ whoTalkedTo(actor: "Trump") { actor { name } count events { type date sources { sentence article { title published } } } } }`,
  );
  expect(errors).toBeUndefined();
  expect(data?.whoTalkedTo).toContainEqual({
    actor: { name: 'Vladimir Putin' },
    count: 1,
    events: [
      {
        type: 'CALL',
        date: '2025-02-12',
        sources: [
          {
            sentence: CALL_SENTENCE,
            article: { title: 'Russia agrees to help the US engage with Iran', published: '2025-03-04' },
          },
        ],
      },
    ],
  });
});

test('paths from Rubio to Araghchi go through Lavrov: the Riyadh meeting, then the briefing', async () => {
  const { data, errors } = await server.graphql<{ paths: unknown[] }>(
    `{ paths(from: "Marco Rubio", to: "Abbas Araghchi") { length hops { from { name } to { name } event { type date location } } } }`,
  );
  expect(errors).toBeUndefined();
  expect(data?.paths).toEqual([
    {
      length: 2,
      hops: [
        {
          from: { name: 'Marco Rubio' },
          to: { name: 'Sergei Lavrov' },
          event: { type: 'MEETING', date: '2025-02-18', location: 'Riyadh, Saudi Arabia' },
        },
        {
          from: { name: 'Sergei Lavrov' },
          to: { name: 'Abbas Araghchi' },
          event: { type: 'BRIEFING', date: null, location: null },
        },
      ],
    },
  ]);
});

test('interactions between Russia and Iran include their alliance and the mediation', async () => {
  const { data, errors } = await server.graphql<{
    interactions: { type: string; participants: { actor: { name: string }; role: string }[] }[];
  }>(`{ interactions(between: ["Russia", "iran"]) { type participants { actor { name } role } } }`);
  expect(errors).toBeUndefined();
  const types = data?.interactions.map((e) => e.type);
  expect(types).toEqual(expect.arrayContaining(['ALLIANCE', 'MEDIATION']));
  const mediation = data?.interactions.find((e) => e.type === 'MEDIATION');
  expect(mediation?.participants).toEqual(
    expect.arrayContaining([
      { actor: { name: 'Russia' }, role: 'MEDIATOR' },
      { actor: { name: 'United States' }, role: 'PARTY' },
      { actor: { name: 'Iran' }, role: 'PARTY' },
    ]),
  );
});

test('an actor is found by any alias in any case, with its roles', async () => {
  const { data, errors } = await server.graphql(
    `{ actor(name: "lavrov") { id name kind roles { title of { name } } } }`,
  );
  expect(errors).toBeUndefined();
  expect(data).toEqual({
    actor: {
      id: 'sergei-lavrov',
      name: 'Sergei Lavrov',
      kind: 'PERSON',
      roles: [{ title: 'Foreign Minister', of: { name: 'Russia' } }],
    },
  });
});

test('actors(ids:) answers those actors only, by name, with their roles; unknown ids are skipped', async () => {
  const { data, errors } = await server.graphql(
    `{ actors(ids: ["sergei-lavrov", "marco-rubio", "no-such-actor", "russia"], kind: PERSON, first: 100) {
       totalCount edges { node { id roles { title of { id } } } } } }`,
  );
  expect(errors).toBeUndefined();
  expect(data).toEqual({
    actors: {
      totalCount: 2,
      edges: [
        { node: { id: 'marco-rubio', roles: [{ title: 'Secretary of State', of: { id: 'united-states' } }] } },
        { node: { id: 'sergei-lavrov', roles: [{ title: 'Foreign Minister', of: { id: 'russia' } }] } },
      ],
    },
  });
  const both = await server.graphql(`{ actors(ids: ["russia"], search: "Russia") { totalCount } }`);
  expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
  const tooMany = await server.graphql(`query ($ids: [ID!]) { actors(ids: $ids) { totalCount } }`, {
    ids: Array.from({ length: 101 }, (_, i) => `actor-${i}`),
  });
  expect(tooMany.errors?.[0]?.message).toContain('at most 100 ids, got 101');
});

test('an unknown actor is an ACTOR_NOT_FOUND error with the closest names', async () => {
  const { data, errors } = await server.graphql(`{ whoTalkedTo(actor: "Lavrow") { actor { name } } }`);
  expect(data).toBeNull();
  expect(errors?.[0]?.extensions?.code).toBe('ACTOR_NOT_FOUND');
  expect(errors?.[0]?.extensions?.suggestions).toContain('Sergei Lavrov');
});

test('a bad date is BAD_USER_INPUT, and maxHops is bounded', async () => {
  const badDate = await server.graphql(`{ whoTalkedTo(actor: "Trump", since: "last spring") { count } }`);
  expect(badDate.errors).toHaveLength(1);
  expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
  expect(badDate.errors?.[0]?.message).toMatch(/^Argument "since": a date must be/);
  const badInputDate = await server.graphql(
    `mutation { ingestArticle(input: { text: "x", published: "2025-13-01" }) { warnings } }`,
  );
  expect(badInputDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.published' });
  const badVariable = await server.graphql(`query ($s: PartialDate) { timeline(actor: "Trump", since: $s) { id } }`, {
    s: '03/2025',
  });
  expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(badVariable.errors?.[0]?.message).toMatch(/^Variable "\$s" got invalid value "03\/2025"/);
  const tooFar = await server.graphql(`{ paths(from: "Rubio", to: "Araghchi", maxHops: 7) { length } }`);
  expect(tooFar.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('health and readiness', async () => {
  expect((await fetch(`${server.url}/health`)).status).toBe(200);
  const ready = await fetch(`${server.url}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});
