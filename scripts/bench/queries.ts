/**
 * `whoTalkedTo`, `paths`, `pathsTimeRespecting`, `timeline`: each asked through
 * GraphQL over HTTP for randomly chosen actors (or pairs), against the very Cypher
 * the API sent for that request run bare through the driver. Both are timed per
 * request, alternately, after a warm-up; p50 and p99 over the sample.
 */
import type { Driver } from 'neo4j-driver';
import { elementAt } from '../../src/domain/guaranteed';
import { capturing, replay, type Statement } from './capture';
import { post, serveOurs } from './http';
import { createRandom } from './synthetic';
import { percentile, round, timed } from './lib';

export const QUERY_NAMES = ['whoTalkedTo', 'paths', 'pathsTimeRespecting', 'timeline'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

interface Actor {
  id: string;
  name: string;
}

const QUERIES: Record<QueryName, { query: string; variables: (a: Actor, b: Actor) => Record<string, unknown> }> = {
  whoTalkedTo: {
    query: 'query ($actor: String!) { whoTalkedTo(actor: $actor) { actor { id name } count types first last } }',
    variables: (a) => ({ actor: a.name }),
  },
  paths: {
    query:
      'query ($from: String!, $to: String!) { paths(from: $from, to: $to, maxHops: 4, mode: SHORTEST) { length hops { from { name } to { name } event { type date } } } }',
    variables: (a, b) => ({ from: a.name, to: b.name }),
  },
  pathsTimeRespecting: {
    query:
      'query ($from: String!, $to: String!) { paths(from: $from, to: $to, maxHops: 4, mode: TIME_RESPECTING, limit: 1) { length hops { from { name } to { name } event { type date } } } }',
    variables: (a, b) => ({ from: a.name, to: b.name }),
  },
  timeline: {
    query: 'query ($actor: String!) { timeline(actor: $actor) { id type date precision } }',
    variables: (a) => ({ actor: a.name }),
  },
};

export interface Latency {
  p50: number;
  p99: number;
  bareP50: number;
  bareP99: number;
  samples: number;
}

/** `count` actors, and as many (from, to) pairs, chosen with the seed among all actors. */
export async function sampleActors(
  driver: Driver,
  seed: number,
  count: number,
): Promise<{ actors: Actor[]; partners: Actor[] }> {
  const { records } = await driver.executeQuery('MATCH (a:Actor) RETURN a.id AS id, a.name AS name ORDER BY a.id');
  const all = records.map((r) => r.toObject() as Actor);
  const random = createRandom(seed);
  return { actors: random.helpers.arrayElements(all, count), partners: random.helpers.arrayElements(all, count) };
}

export async function benchQueries(
  driver: Driver,
  sample: { actors: Actor[]; partners: Actor[] },
  log: (m: string) => void,
  only: readonly QueryName[] = QUERY_NAMES,
): Promise<Partial<Record<QueryName, Latency>>> {
  const capture = capturing(driver);
  const server = await serveOurs(capture.driver);
  const latencies: Partial<Record<QueryName, Latency>> = {};
  try {
    for (const name of only) {
      const { query, variables } = QUERIES[name];
      const cases = sample.actors.map((a, i) =>
        variables(a, elementAt(sample.partners, i, 'sampleActors: as many partners as actors')),
      );
      const recorded: { v: Record<string, unknown>; statements: Statement[] }[] = [];
      // The first pass records what the API sends, and warms both sides up.
      for (const v of cases) recorded.push({ v, statements: await capture.record(() => post(server.url, query, v)) });
      for (const { statements } of recorded) await replay(driver, statements);
      const ours: number[] = [];
      const bare: number[] = [];
      for (const [i, { v, statements }] of recorded.entries()) {
        const first = i % 2 === 0;
        if (!first) bare.push((await timed(() => replay(driver, statements))).ms);
        ours.push((await timed(() => post(server.url, query, v))).ms);
        if (first) bare.push((await timed(() => replay(driver, statements))).ms);
      }
      latencies[name] = {
        p50: round(percentile(ours, 50)),
        p99: round(percentile(ours, 99)),
        bareP50: round(percentile(bare, 50)),
        bareP99: round(percentile(bare, 99)),
        samples: cases.length,
      };
      log(
        `${name}: p50 ${latencies[name].p50} ms (bare ${latencies[name].bareP50}), p99 ${latencies[name].p99} ms (bare ${latencies[name].bareP99})`,
      );
    }
  } finally {
    await server.close();
  }
  return latencies;
}
