/**
 * Paths pass each actor once: Cypher's SHORTEST k walks trails (no relationship twice), which may
 * still come back to an actor, Y met X and then signed with X. Such a walk says nothing a shorter
 * path does not, and a researcher reads it as a loop in the answer.
 */
import type { Driver } from 'neo4j-driver';
import { writeArticle } from '../../src/graph/writer';
import { resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';
import { startTestServer, type TestServer } from './http';

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  server = await startTestServer(driver);
  await resetGraph(driver);
  // Ann–Ben; Ben–Cal twice (a meeting and a call); Cal–Dan; Dan–Ben: loops through Ben and Cal abound.
  const events = [
    pairEvent('MEETING', 'Ann', 'Ben', '2025-01-10'),
    pairEvent('MEETING', 'Ben', 'Cal', '2025-01-11'),
    pairEvent('CALL', 'Ben', 'Cal', '2025-01-12'),
    pairEvent('MEETING', 'Cal', 'Dan', '2025-01-13'),
    pairEvent('MEETING', 'Dan', 'Ben', '2025-01-14'),
  ];
  await writeArticle(driver, articleOf('loops', ['Ann', 'Ben', 'Cal', 'Dan'], events));
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

async function pathsOf(mode: string): Promise<string[]> {
  const { data, errors } = await server.graphql<{
    paths: { hops: { from: { name: string }; to: { name: string } }[] }[];
  }>(`{ paths(from: "Ann", to: "Cal", mode: ${mode}, maxHops: 6, limit: 10) { hops { from { name } to { name } } } }`);
  expect(errors).toBeUndefined();
  return (data?.paths ?? []).map((p) => [p.hops[0]?.from.name, ...p.hops.map((h) => h.to.name)].join(' → '));
}

test.each(['K_SHORTEST', 'TIME_RESPECTING'])('%s: every path passes each actor once', async (mode) => {
  const paths = await pathsOf(mode);
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    const actors = path.split(' → ');
    expect(new Set(actors).size).toBe(actors.length);
  }
});

test('K_SHORTEST still finds every simple path: two over Ben–Cal, one round by Dan', async () => {
  expect((await pathsOf('K_SHORTEST')).sort()).toEqual(['Ann → Ben → Cal', 'Ann → Ben → Cal', 'Ann → Ben → Dan → Cal']);
});
