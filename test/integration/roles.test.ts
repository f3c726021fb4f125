/**
 * Roles have validity, against the real Neo4j and over HTTP: HOLDS_ROLE carries each term's first and last day
 * (Trump's two terms as President are two relationships), `Actor.roles` serves them, and a `viaRoles` path uses a
 * role only while it was held in the range asked: Trump is not the United States' president in 2022.
 */
import type { Driver } from 'neo4j-driver';
import { actorId } from '../../src/domain/ids';
import type { ExtractedActor, ExtractedGraph, HeldRole } from '../../src/domain/types';
import { extract } from '../../src/extract';
import { writeArticle } from '../../src/graph/writer';
import { resetGraph, testDriver } from './db';
import { articleOf, pairEvent, person } from './graphs';
import { startTestServer, type TestServer } from './http';

const state = (name: string): ExtractedActor => ({ ...person(name), kind: 'STATE' });
const trumpAs = (held: HeldRole): ExtractedActor => ({
  ...person('Donald Trump'),
  role: 'President',
  affiliation: 'united-states',
  held,
});
const PRESIDENT_1: HeldRole = { title: 'President', of: 'united-states', from: '2017-01-20', to: '2021-01-20' };
const PRESIDENT_2: HeldRole = { title: 'President', of: 'united-states', from: '2025-01-20', to: null };

/** An article of `published` in which Trump holds `held` and the United States meets Oman on `date`. */
function article(name: string, published: string, held: HeldRole, date: string): ExtractedGraph {
  const graph = articleOf(name, [], [pairEvent('MEETING', 'United States', 'Oman', date)], published);
  return { ...graph, actors: [trumpAs(held), state('United States'), state('Oman')] };
}

/** An article as the extractor reads it: its words ("former") give the role's term. */
const extracted = (body: string, published: string): ExtractedGraph =>
  extract({ id: `roles-${published}`, origin: 'roles.txt', title: null, url: null, source: null, published, body });

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  // A role stored before roles had terms: open on both sides, until a dated report of it arrives.
  await writeArticle(driver, article('second term', '2025-04-13', PRESIDENT_2, '2025-04-12'));
  await writeArticle(driver, article('first term', '2019-05-06', PRESIDENT_1, '2019-05-05'));
  await writeArticle(
    driver,
    article('between terms', '2022-06-02', { ...PRESIDENT_1, from: null, to: null }, '2022-06-01'),
  );
  await writeArticle(
    driver,
    extracted(
      'Iran’s former foreign minister Manouchehr Mottaki criticized Iranian President Mahmoud Ahmadinejad.',
      '2010-12-19',
    ),
  );
  server = await startTestServer(driver);
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

type Hop = { from: { name: string }; to: { name: string }; role: string | null; event: { date: string } | null };

async function pathsOf(args: string): Promise<string[]> {
  const { data, errors } = await server.graphql<{ paths: { hops: Hop[] }[] }>(
    `{ paths(${args}, viaRoles: true) { hops { from { name } to { name } role event { date } } } }`,
  );
  expect(errors).toBeUndefined();
  return (data?.paths ?? []).map((p) =>
    p.hops.map((h) => `${h.from.name} -${h.role ?? h.event?.date}-> ${h.to.name}`).join(', '),
  );
}

async function rolesOf(name: string): Promise<unknown> {
  const { data, errors } = await server.graphql<{ actor: { roles: unknown[] } }>(
    `query($name: String) { actor(name: $name) { roles { title of { name } from to } } }`,
    { name },
  );
  expect(errors).toBeUndefined();
  return data?.actor.roles;
}

describe('HOLDS_ROLE terms', () => {
  test('two terms of one title are two roles; an undated report of the role adds none', async () => {
    expect(await rolesOf('Donald Trump')).toEqual([
      { title: 'President', of: { name: 'United States' }, from: '2017-01-20', to: '2021-01-20' },
      { title: 'President', of: { name: 'United States' }, from: '2025-01-20', to: null },
    ]);
    const { records } = await driver.executeQuery(`MATCH (:Actor {id: $id})-[r:HOLDS_ROLE]->() RETURN count(r) AS n`, {
      id: actorId('Donald Trump'),
    });
    expect(records[0]?.get('n')).toBe(2);
  });

  test('a "former" title is kept as ended by the article’s publication, not as a current role', async () => {
    expect(await rolesOf('Mottaki')).toEqual([
      { title: 'foreign minister', of: { name: 'Iran' }, from: null, to: '2010-12-19' },
    ]);
  });

  test('a role stored without a term (an older graph) is dated by a report of it, not duplicated', async () => {
    await driver.executeQuery(
      `MATCH (p:Actor {id: 'oman'}), (o:Actor {id: 'united-states'}) CREATE (p)-[:HOLDS_ROLE {title: 'Envoy'}]->(o)`,
    );
    expect(await rolesOf('Oman')).toEqual([{ title: 'Envoy', of: { name: 'United States' }, from: null, to: null }]);
    const envoy = {
      ...state('Oman'),
      kind: 'PERSON' as const,
      held: { title: 'Envoy', of: 'united-states', from: '2024-01-01', to: null },
    };
    await writeArticle(driver, {
      ...articleOf('envoy', [], [], '2024-02-01'),
      actors: [envoy, state('United States')],
    });
    expect(await rolesOf('Oman')).toEqual([
      { title: 'Envoy', of: { name: 'United States' }, from: '2024-01-01', to: null },
    ]);
    await driver.executeQuery(`MATCH (:Actor {id: 'oman'})-[r:HOLDS_ROLE]->() DELETE r`);
  });
});

describe('concurrent writers', () => {
  test('articles written at once that report one role make one relationship of it', async () => {
    const held: HeldRole = { title: 'Envoy', of: 'oman', from: '2023-05-01', to: null };
    const envoy = { ...person('Cal Courier'), held };
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        writeArticle(driver, { ...articleOf(`courier ${n}`, [], [], '2024-02-01'), actors: [envoy, state('Oman')] }),
      ),
    );
    expect(await rolesOf('Cal Courier')).toEqual([
      { title: 'Envoy', of: { name: 'Oman' }, from: '2023-05-01', to: null },
    ]);
  });
});

describe('viaRoles paths use a role only while it was held', () => {
  const viaPresident = (date: string) => `Donald Trump -President-> United States, United States -${date}-> Oman`;

  test('without a range, either term carries the path', async () => {
    expect(await pathsOf(`from: "Donald Trump", to: "Oman"`)).toHaveLength(1);
  });

  test('in 2025 the second term carries it', async () => {
    expect(await pathsOf(`from: "Donald Trump", to: "Oman", since: "2025", until: "2025"`)).toEqual([
      viaPresident('2025-04-12'),
    ]);
  });

  test('in 2022, between the terms, there is no path, though the United States met Oman then', async () => {
    expect(await pathsOf(`from: "Donald Trump", to: "Oman", since: "2022-01", until: "2022-12"`)).toEqual([]);
  });

  test('the range filters during the search: each year finds its own of three parallel meetings', async () => {
    for (const date of ['2019-05-05', '2022-06-01', '2025-04-12'])
      expect(await pathsOf(`from: "United States", to: "Oman", since: "${date}", until: "${date}"`)).toEqual([
        `United States -${date}-> Oman`,
      ]);
  });

  test('in 2019 the first term carries it; a range overlapping a term’s last day still does', async () => {
    expect(await pathsOf(`from: "Donald Trump", to: "Oman", since: "2019", until: "2019"`)).toEqual([
      viaPresident('2019-05-05'),
    ]);
    expect(await pathsOf(`from: "Donald Trump", to: "United States", since: "2021-01-20"`)).toEqual([
      'Donald Trump -President-> United States',
    ]);
    expect(
      await pathsOf(`from: "Donald Trump", to: "United States", since: "2021-01-21", until: "2024-12-31"`),
    ).toEqual([]);
  });

  test('a "former" role is not used after the article that calls it former', async () => {
    expect(await pathsOf(`from: "Mottaki", to: "Iran", until: "2010-12"`)).toEqual([
      // The gazetteer's spelling names him, whichever spelling the article used.
      'Manuchehr Motaki -foreign minister-> Iran',
    ]);
    expect(await pathsOf(`from: "Mottaki", to: "Iran", since: "2011"`)).toEqual([]);
  });

  test('a role with no known term is held at some time: it passes every range', async () => {
    const envoy = { ...person('Ann Envoy'), held: { title: 'Envoy', of: 'oman', from: null, to: null } };
    await writeArticle(driver, { ...articleOf('open', [], [], '2024-02-01'), actors: [envoy, state('Oman')] });
    expect(await pathsOf(`from: "Ann Envoy", to: "Oman", since: "2030"`)).toEqual(['Ann Envoy -Envoy-> Oman']);
  });
});
