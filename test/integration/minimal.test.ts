/**
 * The load test's minimal server (scripts/load) answers what the API answers: for
 * each operation of the request mix and of the query benchmarks, on the seed graph
 * (and a few events whose shortest path goes back in time), the `data` of the API's
 * JSON equals the minimal server's, over HTTP both.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectArticleFiles } from '../../src/ingest/files';
import { ingestFiles } from '../../src/ingest/ingest';
import { createMinimalServer, minimalPath } from '../../scripts/load/minimal';
import { OPERATIONS, type OperationName, type Variables } from '../../scripts/load/statements';
import { writeArticle } from '../../src/graph/writer';
import { resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';
import { startTestServer, type TestServer } from './http';

/** The first seed article alone: the cases below name its actors, and the storyline would make some names ambiguous. */
const SEED = path.resolve(__dirname, '..', '..', 'seeds', 'articles', '00-russia-us-iran-mediation.txt');

let driver: Driver;
let api: TestServer;
let minimal: ReturnType<typeof createMinimalServer>;
let minimalUrl: string;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  const { files } = await collectArticleFiles([SEED]);
  expect((await ingestFiles(driver, files)).failures).toEqual([]);
  await writeArticle(driver, articleOf('back in time', [...BACK_IN_TIME], BACK_IN_TIME_EVENTS, '2025-05-01'));
  api = await startTestServer(driver);
  minimal = createMinimalServer(driver);
  await new Promise<void>((resolve) => minimal.listen(0, '127.0.0.1', resolve));
  minimalUrl = `http://127.0.0.1:${(minimal.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await api?.close();
  minimal?.closeAllConnections();
  await new Promise((resolve) => minimal?.close(resolve));
  await driver.close();
});

/**
 * Fay → Gus → Hal is the shortest path, but goes back in time (April 10, then April 5); the time-respecting one is
 * Fay → Ida → Jon → Hal. A baseline that tests the shortest path alone answers no path here.
 */
const BACK_IN_TIME = ['Fay Middle', 'Gus High', 'Hal Low', 'Ida Far', 'Jon Near'] as const;
const BACK_IN_TIME_EVENTS = [
  pairEvent('CALL', 'Fay Middle', 'Gus High', '2025-04-10'),
  pairEvent('MEETING', 'Gus High', 'Hal Low', '2025-04-05'),
  pairEvent('CALL', 'Fay Middle', 'Ida Far', '2025-04-11'),
  pairEvent('MEETING', 'Ida Far', 'Jon Near', '2025-04-12'),
  pairEvent('NEGOTIATION', 'Jon Near', 'Hal Low', '2025-04-20'),
];

const NAMES = ['Trump', 'lavrov', 'Russia', 'Iran', 'Marco Rubio', 'Abbas Araghchi'];
const PAIRS = [
  ['Marco Rubio', 'Abbas Araghchi'],
  ['Trump', 'Putin'],
  ['Russia', 'Iran'],
  ['Lavrov', 'United States'],
];
const CASES: [OperationName, Variables][] = [
  ...(['actor', 'whoTalkedTo', 'whoTalkedToWithEvents', 'timeline', 'events'] as const).flatMap((op) =>
    NAMES.map((name): [OperationName, Variables] => [op, { name }]),
  ),
  ...(['paths', 'pathsTimeRespecting'] as const).flatMap((op) =>
    [...PAIRS, ['Fay Middle', 'Hal Low'], ['Hal Low', 'Fay Middle']].map(
      ([from = '', to = '']): [OperationName, Variables] => [op, { from, to }],
    ),
  ),
];

test.each(CASES)('%s %j: the minimal server answers the API’s data', async (op, variables) => {
  const ours = await api.graphql(OPERATIONS[op].graphql, variables);
  expect(ours.errors).toBeUndefined();
  const response = await fetch(`${minimalUrl}${minimalPath(op, variables)}`);
  expect(response.status).toBe(200);
  const theirs = (await response.json()) as { data: unknown };
  expect(theirs.data).toEqual(ours.data);
});

test('the answers compared are not empty: the seed graph has counterparts, paths and events for them', async () => {
  const who = await api.graphql<{ whoTalkedTo: unknown[] }>(OPERATIONS.whoTalkedToWithEvents.graphql, {
    name: 'Trump',
  });
  const paths = await api.graphql<{ paths: unknown[] }>(OPERATIONS.paths.graphql, {
    from: 'Marco Rubio',
    to: 'Abbas Araghchi',
  });
  const events = await api.graphql<{ events: { totalCount: number } }>(OPERATIONS.events.graphql, { name: 'Russia' });
  expect(who.data?.whoTalkedTo.length).toBeGreaterThan(0);
  expect(paths.data?.paths.length).toBeGreaterThan(0);
  expect(events.data?.events.totalCount).toBeGreaterThan(0);
  const forward = await api.graphql<{ paths: { length: number }[] }>(OPERATIONS.pathsTimeRespecting.graphql, {
    from: 'Fay Middle',
    to: 'Hal Low',
  });
  expect(forward.data?.paths.map((p) => p.length)).toEqual([3]);
});
