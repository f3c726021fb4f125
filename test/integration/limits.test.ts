/**
 * Abuse stays cheap: every limit answers a query just over it with its code, user
 * strings never become Cypher, errors never show internals, and CORS is off unless
 * configured.
 */
import type { Driver } from 'neo4j-driver';
import type { ExtractedGraph } from '../../src/domain/types';
import { QUERY_LIMITS } from '../../src/api/plugins/queryLimits';
import { writeArticle } from '../../src/graph/writer';
import { MAX_BODY_BYTES } from '../../src/server';
import { graphCounts, resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';
import { startTestServer, type TestServer } from './http';

/** A clique of people meeting each other: path searches through it explode. */
function clique(size: number): ExtractedGraph {
  const member = (i: number) => `Member Number${i}`;
  const names = Array.from({ length: size }, (_, i) => member(i));
  const events = names.flatMap((a, i) =>
    names
      .slice(i + 1)
      .map((b, j) =>
        pairEvent('MEETING', a, b, `2024-0${1 + ((i * 7 + j * 3) % 9)}-1${(i * j) % 10}`, `${a} met ${b}.`),
      ),
  );
  // An outsider met one member before everything else: no time-respecting path reaches it.
  events.push(pairEvent('MEETING', 'Late Outsider', member(0), '2020-01-01', 'Long ago.'));
  return articleOf('clique', [...names, 'Late Outsider'], events, '2024-12-31');
}

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await writeArticle(driver, clique(90));
  server = await startTestServer(driver);
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe('query shape limits (GraphQL Armor)', () => {
  const nested = (depth: number) => {
    // actor → roles → of → roles → of … : each pair adds two levels
    let selection = 'id';
    for (let d = 1; d < depth; d += 2) selection = `roles { of { ${selection} } }`;
    return `{ actor(name: "Member Number1") { ${selection} } }`;
  };

  test.each<[string, string, string, string]>([
    ['depth', nested(QUERY_LIMITS.depth - 1), nested(QUERY_LIMITS.depth + 2), 'QUERY_TOO_DEEP'],
    [
      'aliases',
      `{ ${Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => `a${i}: stats { actors }`).join(' ')} }`,
      `{ ${Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: stats { actors }`).join(' ')} }`,
      'TOO_MANY_ALIASES',
    ],
    [
      'directives',
      `{ stats { actors ${'@include(if: true) '.repeat(QUERY_LIMITS.directives)} } }`,
      `{ stats { actors ${'@include(if: true) '.repeat(QUERY_LIMITS.directives + 1)} } }`,
      'TOO_MANY_DIRECTIVES',
    ],
    [
      'tokens',
      `{ stats { ${'actors '.repeat(QUERY_LIMITS.tokens - 10)} } }`,
      `{ stats { ${'actors '.repeat(QUERY_LIMITS.tokens)} } }`,
      'TOO_MANY_TOKENS',
    ],
    [
      'cost',
      `{ events(first: 100) { edges { node { participants { actor { roles { of { name } } } } sources { sentence } } } } }`,
      `{ ${Array.from({ length: 15 }, (_, i) => `e${i}: events(first: 100) { edges { node { participants { actor { counterparts { events { participants { actor { roles { of { name id kind aliases } } } } } } } } } } }`).join(' ')} }`,
      'QUERY_TOO_COSTLY',
    ],
  ])('%s: just under passes, just over is refused with its code', async (_, under, over, code) => {
    const ok = await server.graphql(under);
    expect(ok.errors?.map((e) => e.extensions?.code) ?? []).not.toContain(code);
    const refused = await server.graphql(over);
    expect(codeOf(refused)).toBe(code);
    expect(refused.data).toBeUndefined();
  });
});

describe('argument limits', () => {
  test('first is at most 100', async () => {
    expect(codeOf(await server.graphql(`{ actors(first: 100) { totalCount } }`))).toBeUndefined();
    const r = await server.graphql(`{ actors(first: 101) { totalCount } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  test('maxHops is at most 6', async () => {
    expect(
      codeOf(await server.graphql(`{ paths(from: "Member Number1", to: "Member Number2", maxHops: 6) { length } }`)),
    ).toBeUndefined();
    expect(
      codeOf(await server.graphql(`{ paths(from: "Member Number1", to: "Member Number2", maxHops: 7) { length } }`)),
    ).toBe('BAD_USER_INPUT');
  });

  test('a read that runs past the transaction timeout is cut with QUERY_TIMEOUT', async () => {
    // Since 2021 nothing reaches the outsider, so the search for the 25 shortest paths walks every
    // trail of up to six hops through the 90-member clique: seconds, while Neo4j checks timeouts
    // every 100 ms. So a 1 ms budget is cut whatever the machine's speed.
    const query = `{ paths(from: "Member Number5", to: "Late Outsider", maxHops: 6, mode: K_SHORTEST, limit: 25, since: "2021") { length } }`;
    const hurried = await startTestServer(driver, { readTimeoutMs: 1 });
    try {
      const r = await hurried.graphql(query);
      expect(codeOf(r)).toBe('QUERY_TIMEOUT');
      expect(JSON.stringify(r)).not.toMatch(/MATCH|Neo4j|TransactionTimedOut/);
    } finally {
      await hurried.close();
    }
    // With the default budget the same query answers.
    const patient = await server.graphql(query);
    expect(patient.errors).toBeUndefined();
    expect(patient.data).toEqual({ paths: [] });
  });

  test('a request body over the limit is refused with 413 before it is parsed', async () => {
    const query = `{ stats { actors } }${' '.repeat(MAX_BODY_BYTES)}`;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  /** A body sent in chunks, its length not announced (no content-length header). */
  const chunked = (text: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([text]).stream(),
      duplex: 'half',
    } as RequestInit);

  test('a chunked body over the limit is refused with 413 too, and one under it is answered', async () => {
    const over = await chunked(JSON.stringify({ query: `{ stats { actors } }${' '.repeat(MAX_BODY_BYTES)}` }));
    expect(over.status).toBe(413);
    expect((await over.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const under = await chunked(JSON.stringify({ query: '{ stats { actors } }' }));
    expect(under.status).toBe(200);
    expect((await under.json()).data.stats.actors).toBeGreaterThan(0);
  });
});

describe('no Cypher injection', () => {
  const hostile = [
    `"}) MATCH (n) DETACH DELETE n //`,
    `') MATCH (n) DETACH DELETE n //`,
    `x\\" OR 1=1 //`,
    `\\\\'; DROP CONSTRAINT actor_id; //`,
    `*:* OR name:*`,
    `Member Number1~ AND NOT`,
    `Ｍｅｍｂｅｒ Ｎｕｍｂｅｒ１`, // full-width look-alikes
    `Mеmbеr Numbеr1`, // Cyrillic е
    'x'.repeat(100_000),
    `${'a '.repeat(3000)}`,
  ];

  test.each(hostile.map((s) => [s.slice(0, 40), s]))('%s is only ever a parameter', async (_, text) => {
    const before = await graphCounts(driver);
    for (const query of [
      `query ($s: String!) { actor(name: $s) { id } }`,
      `query ($s: String!) { actors(search: $s) { totalCount } }`,
      `query ($s: String!) { whoTalkedTo(actor: $s) { count } }`,
      `query ($s: String!) { paths(from: $s, to: "Member Number1") { length } }`,
      `query ($s: ID!) { event(id: $s) { id } article(id: $s) { id } }`,
    ]) {
      const r = await server.graphql(query, { s: text });
      for (const error of r.errors ?? []) {
        expect(['ACTOR_NOT_FOUND', 'BAD_USER_INPUT']).toContain(error.extensions?.code);
        // The client's own text comes back in "No actor is named …"; our Cypher, driver errors and stacks never do.
        expect(JSON.stringify({ ...error, message: '', extensions: { ...error.extensions, name: '' } })).not.toMatch(
          /MATCH|RETURN|Neo4j|stack|\bat \w+ \(/,
        );
      }
    }
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('CORS', () => {
  const preflight = (url: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });

  test('off by default: no cross-origin access is granted', async () => {
    expect((await preflight(server.url)).headers.get('access-control-allow-origin')).toBeNull();
  });

  test('configured origins are allowed', async () => {
    const open = await startTestServer(driver, { corsOrigins: ['https://elsewhere.example'] });
    try {
      expect((await preflight(open.url)).headers.get('access-control-allow-origin')).toBe('https://elsewhere.example');
    } finally {
      await open.close();
    }
  });
});
