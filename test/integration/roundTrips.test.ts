/**
 * Every query README.md shows (each ```graphql block, read from the file so that the
 * test follows the README) costs at most 2 Neo4j round trips on the seed graph, as
 * the API reports them in `extensions.roundTrips`: the root field's statement with what
 * the query asks of its rows (most resolve the actor's name in it), and `interactions`'
 * names or an unknown name's suggestions. The operations of `npm run load`'s mix cost
 * one: their statement resolves the name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectArticleFiles } from '../../src/ingest/files';
import { ingestFiles } from '../../src/ingest/ingest';
import { OPERATIONS, type OperationName, type Variables } from '../../scripts/load/statements';
import { resetGraph, testDriver } from './db';
import { startTestServer, type TestServer } from './http';

const ROOT = path.resolve(__dirname, '..', '..');
const MAX_ROUND_TRIPS = 2;
const README_QUERIES = [
  ...readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g),
].map((m) => (m[1] ?? '').trim());

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  const { files } = await collectArticleFiles([path.join(ROOT, 'seeds', 'articles')]);
  expect((await ingestFiles(driver, files)).failures).toEqual([]);
  server = await startTestServer(driver);
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

test('the README shows queries (the test reads them from it)', () => {
  expect(README_QUERIES.length).toBeGreaterThanOrEqual(10);
});

test.each(README_QUERIES)(`%s costs at most ${MAX_ROUND_TRIPS} round trips`, async (query) => {
  const answer = await server.graphql(query);
  expect(answer.data ?? answer.errors).toBeTruthy();
  const roundTrips = answer.extensions?.roundTrips;
  expect(typeof roundTrips).toBe('number');
  expect(roundTrips).toBeGreaterThanOrEqual(1);
  expect(roundTrips).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
});

const MIX: [OperationName, Variables][] = [
  ['actor', { name: 'Lavrov' }],
  ['whoTalkedToWithEvents', { name: 'Trump' }],
  ['timeline', { name: 'Russia' }],
  ['events', { name: 'Iran' }],
  ['paths', { from: 'Marco Rubio', to: 'Abbas Araghchi' }],
];

test.each(MIX)('the load mix’s %s %j costs one round trip: its statement resolves the name', async (op, variables) => {
  const answer = await server.graphql<Record<string, unknown>>(OPERATIONS[op].graphql, variables);
  expect(answer.errors).toBeUndefined();
  // An answer with nothing in it would prove nothing about the statement that reads it.
  expect(JSON.stringify(Object.values(answer.data ?? {}))).toMatch(/"name"|"id"/);
  expect(answer.extensions?.roundTrips).toBe(1);
});
