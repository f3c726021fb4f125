/**
 * Neo4j going away under a running server, on an embedded instance of this test's
 * own: /ready says 503, queries say DATABASE_UNAVAILABLE, and once Neo4j is back the
 * same server answers again, without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { freePort, startEmbedded, type RunningNeo4j } from '../../scripts/neo4j/embedded';
import { createDriver } from '../../src/graph/driver';
import { applySchema } from '../../src/graph/schema';
import { ingestFiles } from '../../src/ingest/ingest';
import { startTestServer, type TestServer } from './http';

const SEED = path.resolve(__dirname, '..', '..', 'seeds', 'articles', '00-russia-us-iran-mediation.txt');
const TIMELINE = path.resolve(__dirname, '..', 'fixtures', 'timeline');
const QUERY = `{ whoTalkedTo(actor: "Trump") { actor { name } } }`;

let dataDir: string;
let port: number;
let neo4j: RunningNeo4j;
let driver: Driver;
let server: TestServer;

const start = () => startEmbedded({ dataDir, port, heapMb: 512, pageCacheMb: 64 });

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'actor-graph-outage-'));
  port = await freePort();
  neo4j = await start();
  driver = createDriver({ uri: neo4j.uri, retryTimeMs: 2000 });
  await applySchema(driver);
  expect((await ingestFiles(driver, [SEED])).failures).toEqual([]);
  server = await startTestServer(driver);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await driver?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('Neo4j down: /ready is 503 and queries say DATABASE_UNAVAILABLE; back up: answers again', async () => {
  expect((await server.graphql(QUERY)).data).toEqual({ whoTalkedTo: [{ actor: { name: 'Vladimir Putin' } }] });
  expect((await fetch(`${server.url}/ready`)).status).toBe(200);

  await neo4j.stop();
  expect((await fetch(`${server.url}/ready`)).status).toBe(503);
  const down = await server.graphql(QUERY);
  expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  expect(JSON.stringify(down)).not.toMatch(/ServiceUnavailable|bolt:|127\.0\.0\.1|stack/);
  expect((await fetch(`${server.url}/health`)).status).toBe(200);

  neo4j = await start();
  expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  expect((await server.graphql(QUERY)).data).toEqual({ whoTalkedTo: [{ actor: { name: 'Vladimir Putin' } }] });
}, 180_000);

test('Neo4j gone during an ingest: the run stops with the reason and the articles not yet written', async () => {
  const files = ['01-macron-scholz.txt', '02-scholz-meloni.txt', '03-meloni-sanchez.txt'].map((f) =>
    path.join(TIMELINE, f),
  );
  let stopping: Promise<void> | null = null;
  const summary = await ingestFiles(driver, files, {
    onOutcome: () => {
      if (stopping !== null) return;
      // Killed at once, before the next write can start: a graceful stop takes long
      // enough for a fast write to get in first.
      process.kill(neo4j.pid, 'SIGKILL');
      stopping = neo4j.stop();
    },
  });
  await stopping;
  expect(summary.articles).toBe(1);
  expect(summary.failures).toEqual([]);
  expect(summary.stopped?.reason).toMatch(/Neo4j is unavailable/);
  expect(summary.stopped?.notWritten).toEqual(files.slice(1));

  // Run again once it is back: what was not written goes in, what was is unchanged.
  neo4j = await start();
  const again = await ingestFiles(driver, files);
  expect(again.stopped).toBeNull();
  expect(again.articles).toBe(3);
  const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  expect(records[0]?.get('n')).toBe(4); // the seed and the three
}, 180_000);
