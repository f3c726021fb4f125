/**
 * Every query README.md shows (each ```graphql block, read from the file so that the
 * test follows the README) costs at most 2 Neo4j round trips on the seed graph, as
 * the API reports them in `extensions.roundTrips`: the root field's actor names in
 * one, the root field's statement with what the query asks of its rows in the other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectArticleFiles } from '../../src/ingest/files';
import { ingestFiles } from '../../src/ingest/ingest';
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
