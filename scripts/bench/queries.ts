/**
 * `whoTalkedTo`, `paths`, `pathsTimeRespecting`, `timeline`: each asked through
 * GraphQL over HTTP for randomly chosen actors (or pairs), against the least work
 * for the same answer: one hand-written Cypher statement per operation (the load
 * test's minimal server's, scripts/load/statements.ts) through the bare driver.
 * Both are timed per request, alternately, after a warm-up; p50 and p99 over the
 * sample.
 */
import type { Driver } from 'neo4j-driver';
import { elementAt } from '../../src/domain/guaranteed';
import { OPERATIONS, runOperation, type Variables } from '../load/statements';
import { serveOurs, type Served } from './http';
import { createRandom } from './synthetic';
import { percentile, round, timed } from './lib';

export const QUERY_NAMES = ['whoTalkedTo', 'paths', 'pathsTimeRespecting', 'timeline'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

interface Actor {
  id: string;
  name: string;
}

const VARIABLES: Record<QueryName, (a: Actor, b: Actor) => Variables> = {
  whoTalkedTo: (a) => ({ name: a.name }),
  paths: (a, b) => ({ from: a.name, to: b.name }),
  pathsTimeRespecting: (a, b) => ({ from: a.name, to: b.name }),
  timeline: (a) => ({ name: a.name }),
};

/**
 * Requests per side before timing, the sample's cases repeated as needed. With one pass of --quick's 20 cases our
 * server ran its code still unoptimised when timed: through HTTP it took 2.2-3.2 ms more than the bare statement
 * (quiet machine, issue 22's fourth round), against 0.8-1.1 ms after 200 requests (busy machine).
 */
export const WARMUP_REQUESTS = 300;
/**
 * The warm-up where the server has already served every operation WARMUP_REQUESTS times and more (--quick's big
 * graph, after the small one, through the same server and driver): what is left to warm is Neo4j's plans and
 * pages for the new graph, and the baseline's statements, planned on their first run.
 */
export const WARM_SERVER_WARMUP_REQUESTS = 100;
/** Timed requests per side at least, the cases repeated as needed (--quick samples 20 actors: a p50 of 20 is noisy). */
const TIMED_REQUESTS = 100;

/** The cases in order, repeated until there are at least `count` (every case as often as the others, give or take one pass). */
function repeated<T>(cases: readonly T[], count: number): T[] {
  const passes = cases.length === 0 ? 0 : Math.ceil(count / cases.length);
  return Array.from({ length: passes }, () => cases).flat();
}

export interface Latency {
  p50: number;
  p99: number;
  /** The baseline's, absent when it was not timed (`baseline: false`). */
  bareP50?: number;
  bareP99?: number;
  samples: number;
  /** Our requests that answered an error (a timeout, say), timed all the same; the first one's message. */
  errors: number;
  firstError?: string;
  /** The baseline's statements that failed (the same search past the same read budget), timed all the same. */
  baselineErrors: number;
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
  {
    baseline = true,
    server: shared,
    warmUpRequests = WARMUP_REQUESTS,
  }: {
    baseline?: boolean;
    /** A server over `driver` that the caller keeps (and closes); without it, one of its own for this call. */
    server?: Served;
    warmUpRequests?: number;
  } = {},
): Promise<Partial<Record<QueryName, Latency>>> {
  const server = shared ?? (await serveOurs(driver));
  const latencies: Partial<Record<QueryName, Latency>> = {};
  try {
    for (const name of only) {
      const { graphql } = OPERATIONS[name];
      const cases = sample.actors.map((a, i) =>
        VARIABLES[name](a, elementAt(sample.partners, i, 'sampleActors: as many partners as actors')),
      );
      let bareFailures = 0;
      // The baseline answers what the API answers, so it can meet the same read budget: timed and counted alike.
      // Without a baseline (growth's small graph reads our p50 alone) nothing is sent and nothing timed for it.
      const bareRun = async (v: Variables) => {
        if (!baseline) return;
        await runOperation(driver, name, v).catch(() => {
          bareFailures += 1;
        });
      };
      const ours: number[] = [];
      const bare: number[] = [];
      const failures: string[] = [];
      // A request that answers an error (one pair past the read budget, say) is timed and counted, and the run
      // goes on: the key is then reported as failed, with the other keys still measured.
      const oursRun = (v: Variables) =>
        server.post(graphql, v).catch((error: unknown) => {
          failures.push(`${JSON.stringify(v)}: ${error instanceof Error ? error.message : String(error)}`);
        });
      // Warm-up: V8 optimises a function after many calls, and one pass of --quick's 20 cases left our server's
      // code still unoptimised when timed (see WARMUP_REQUESTS).
      for (const v of repeated(cases, warmUpRequests)) {
        await oursRun(v);
        await bareRun(v);
      }
      failures.length = 0;
      bareFailures = 0;
      for (const [i, v] of repeated(cases, TIMED_REQUESTS).entries()) {
        const first = i % 2 === 0;
        if (baseline && !first) bare.push((await timed(() => bareRun(v))).ms);
        ours.push((await timed(() => oursRun(v))).ms);
        if (baseline && first) bare.push((await timed(() => bareRun(v))).ms);
      }
      latencies[name] = {
        p50: round(percentile(ours, 50)),
        p99: round(percentile(ours, 99)),
        ...(baseline ? { bareP50: round(percentile(bare, 50)), bareP99: round(percentile(bare, 99)) } : {}),
        samples: ours.length,
        errors: failures.length,
        ...(failures[0] === undefined ? {} : { firstError: failures[0] }),
        baselineErrors: bareFailures,
      };
      const errors = failures.length === 0 ? '' : `; ${failures.length} error(s), the first: ${failures[0]}`;
      const bareErrors = bareFailures === 0 ? '' : `; the baseline: ${bareFailures} error(s)`;
      const l = latencies[name];
      log(
        baseline
          ? `${name}: p50 ${l.p50} ms (bare ${l.bareP50}), p99 ${l.p99} ms (bare ${l.bareP99})${errors}${bareErrors}`
          : `${name}: p50 ${l.p50} ms, p99 ${l.p99} ms (ours alone)${errors}`,
      );
    }
  } finally {
    if (shared === undefined) await server.close();
  }
  return latencies;
}
