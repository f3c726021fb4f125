/**
 * npm run load: our API against a minimal server (scripts/load/minimal.ts: one
 * hand-written Cypher statement per operation, no GraphQL) under the same request
 * mix, one after the other in one run, on the seed graph and on the benchmarks'
 * 100,000-event graph. Each side runs in a process of its own (its resident set is
 * its own); both get their warm-up before either is timed, then the timed load runs in
 * slices, the sides alternating (measureBoth); ratio = ours ÷ minimal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { collectArticleFiles } from '../src/ingest/files';
import { ingestFiles } from '../src/ingest/ingest';
import { ensureBuilt } from './neo4j/embedded';
import { graphSpec, openGraph } from './bench/graphs';
import { openInstance, type Instance } from './bench/lib';
import { sampleActors } from './bench/queries';
import { minimalPath } from './load/minimal';
import { OPERATIONS, type OperationName, type Variables } from './load/statements';

const SEEDS = path.resolve(__dirname, '..', 'seeds', 'articles');
const NAMES = ['Trump', 'Putin', 'Lavrov', 'Rubio', 'Araghchi', 'Russia', 'Iran', 'United States'];
const PAIRS: [string, string][] = [
  ['Marco Rubio', 'Abbas Araghchi'],
  ['Trump', 'Putin'],
  ['Russia', 'Iran'],
  ['Lavrov', 'United States'],
];
/** The mix: actor by name, whoTalkedTo with events and sources, a timeline, an events page (by name); a shortest path (by pair). */
const BY_NAME: OperationName[] = ['actor', 'whoTalkedToWithEvents', 'timeline', 'events'];
const BY_PAIR: OperationName[] = ['paths'];
const GRAPHS = ['seed', 'bench'] as const;
type GraphName = (typeof GRAPHS)[number];

interface Request {
  op: OperationName;
  variables: Variables;
}

interface Side {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  errorDetail: { connection: number; timeouts: number; non2xx: number; inBody: number };
  rssMbAfterWarmup: number;
  rssMb: number;
  /** The resident set at the end of each timed slice, in order: the growth check reads these (hasGrown). */
  rssMbBySlice: number[];
  /** The server process's CPU time (user + system) per request of the timed load: steadier than req/s on a busy machine. */
  cpuMsPerRequest: number | null;
}

interface Options {
  connections: number;
  duration: number;
  warmup: number;
  /** The timed load is cut into this many slices per side, the sides alternating. */
  rounds: number;
  graphs: GraphName[];
  seed: number;
  samples: number;
  json?: string;
  profile?: string;
}

const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

function mix(names: readonly string[], pairs: readonly [string, string][]): Request[] {
  return [
    ...BY_NAME.flatMap((op) => names.map((name) => ({ op, variables: { name } }))),
    ...BY_PAIR.flatMap((op) => pairs.map(([from, to]) => ({ op, variables: { from, to } }))),
  ];
}

/** Starts one side in a child process on NEO4J_URI; resolves with its URL once it listens. */
function startSide(
  side: 'ours' | 'minimal',
  uri: string,
  profileDir: string | undefined,
): Promise<{ url: string; child: ChildProcess }> {
  const profile = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', path.join(__dirname, 'load', 'serve.ts'), side],
    {
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => {
      const { port } = JSON.parse(chunk.toString()) as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, child });
    });
    child.once('exit', (code) => reject(new Error(`the ${side} server exited with ${code} before listening`)));
  });
}

/** A process's CPU time so far in ms, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    // Fields 14 and 15 of /proc/PID/stat (after the command in parentheses): utime and stime, in clock ticks of 10 ms.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function rssMb(url: string): Promise<number> {
  const response = await fetch(`${url}/health`);
  if (!response.ok) throw new Error(`${url}/health answered ${response.status}`);
  const { rssBytes } = (await response.json()) as { rssBytes: number };
  return Number((rssBytes / 1_048_576).toFixed(1));
}

function requestsFor(side: 'ours' | 'minimal', requests: readonly Request[]): autocannon.Request[] {
  return requests.map(({ op, variables }) =>
    side === 'ours'
      ? {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: OPERATIONS[op].graphql, variables }),
        }
      : { method: 'GET', path: minimalPath(op, variables) },
  );
}

/** autocannon's result of one run before aggregation (`skipAggregateResult`): its histograms still encoded, to be merged. */
type RawResult = autocannon.Result & { totalCompletedRequests: number };

/**
 * autocannon.aggregateResult (not in @types/autocannon): merges the latency histograms of runs made with
 * `skipAggregateResult`, so that the percentiles are those of all their requests together.
 */
const aggregateResult = (
  autocannon as unknown as { aggregateResult(results: RawResult[], opts: object): autocannon.Result }
).aggregateResult;

function hammer(url: string, requests: autocannon.Request[], connections: number, seconds: number) {
  let inBody = 0;
  // A GraphQL error (or the minimal server's) comes with HTTP 200: count it from the body.
  const counted = requests.map((r) => ({
    ...r,
    onResponse: (_s: number, body: string) => void (body.includes('"errors"') && inBody++),
  }));
  return autocannon({ url, connections, duration: seconds, requests: counted, skipAggregateResult: true }).then(
    (result) => ({ result: result as RawResult, inBody }),
  );
}

/**
 * autocannon resolves when its time is up without waiting for the requests still in flight, and the server goes on
 * serving them. Without a pause the timed run's first requests queue behind the warm-up's last 64 and land in its
 * p99 (measured: first-300-ms p50 of 740-1,060 ms against a steady 240-340 ms, on both servers alike). Both sides
 * get the same pause, long enough for the abandoned requests to finish.
 */
const SETTLE_MS = 2000;
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS));

/** A side's server, started, with the request bodies it is sent. */
interface Running {
  side: 'ours' | 'minimal';
  url: string;
  child: ChildProcess;
  bodies: autocannon.Request[];
}

async function start(
  side: 'ours' | 'minimal',
  uri: string,
  requests: readonly Request[],
  o: Options,
): Promise<Running> {
  const { url, child } = await startSide(side, uri, o.profile);
  return { side, url, child, bodies: requestsFor(side, requests) };
}

/**
 * A side's warm-up; resolves with its resident set right after, under load's heap. (Read later, after the other
 * side's warm-up, it was probably V8's heap shrunk while idle: ours 136 MB, then 298 MB after the timed load, on the
 * seeds.)
 */
async function warm(r: Running, o: Options): Promise<number> {
  log(`  ${r.side}: warm-up ${o.warmup} s…`);
  await hammer(r.url, r.bodies, o.connections, o.warmup);
  const rss = await rssMb(r.url);
  await settle();
  return rss;
}

/** One slice of a side's timed load: autocannon's result, the errors in bodies, the server's CPU time and resident set. */
interface Slice {
  result: RawResult;
  inBody: number;
  cpuMs: number | null;
  rssMb: number;
}

async function slice(r: Running, o: Options, seconds: number): Promise<Slice> {
  log(`  ${r.side}: ${seconds} s at ${o.connections} connections…`);
  const cpuBefore = cpuMs(r.child.pid);
  const { result, inBody } = await hammer(r.url, r.bodies, o.connections, seconds);
  const cpuAfter = cpuMs(r.child.pid);
  const rss = await rssMb(r.url);
  await settle();
  return { result, inBody, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, rssMb: rss };
}

/**
 * A side's figures from its slices: req/s over their time together, percentiles over all their requests, and the
 * resident set after the run as its last slice read it.
 */
function summarise(r: Running, o: Options, slices: Slice[], rssMbAfterWarmup: number): Side {
  const results = slices.map((s) => s.result);
  const merged = aggregateResult(results, { url: r.url, connections: o.connections });
  const sum = (f: (s: Slice) => number) => slices.reduce((total, s) => total + f(s), 0);
  const completed = sum((s) => s.result.totalCompletedRequests);
  const errorDetail = {
    connection: merged.errors,
    timeouts: merged.timeouts,
    non2xx: merged.non2xx,
    inBody: sum((s) => s.inBody),
  };
  const cpu = slices.some((s) => s.cpuMs === null) ? null : sum((s) => s.cpuMs ?? 0);
  return {
    requestsPerSecond: Number((completed / sum((s) => s.result.duration)).toFixed(1)),
    p50Ms: merged.latency.p50,
    p99Ms: merged.latency.p99,
    maxMs: merged.latency.max,
    errors: Object.values(errorDetail).reduce((a, b) => a + b, 0),
    errorDetail,
    rssMbAfterWarmup,
    rssMb: slices.at(-1)?.rssMb ?? rssMbAfterWarmup,
    rssMbBySlice: slices.map((s) => s.rssMb),
    cpuMsPerRequest: cpu === null || completed === 0 ? null : Number((cpu / completed).toFixed(2)),
  };
}

/**
 * Both sides, warmed before either is timed, then timed in alternating slices (ours, minimal; minimal, ours; …), so
 * that whatever still drifts weighs on both alike. A reopened database warms up for minutes: on the reused
 * 100,000-event graph, Neo4j's CPU per request of our mix fell from 25 ms in the first 15 s after opening to 6.5, 4.6,
 * 3.7 and 3.1 ms over the next two minutes (the JVM compiling the statements' code as it runs them), and the side
 * timed first paid for it (ours first: 181-291 req/s against the minimal server's 646-691; minimal first: it fell to
 * 183 while ours gave 521; BENCHMARKS.md, issue 22).
 */
async function measureBoth(
  uri: string,
  requests: readonly Request[],
  o: Options,
): Promise<{ ours: Side; minimal: Side }> {
  const sides: Running[] = [];
  try {
    sides.push(await start('ours', uri, requests, o), await start('minimal', uri, requests, o));
    const rss: number[] = [];
    for (const r of sides) rss.push(await warm(r, o));
    const slices: Slice[][] = sides.map(() => []);
    const seconds = o.duration / o.rounds;
    for (let round = 0; round < o.rounds; round++) {
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) slices[i]?.push(await slice(sides[i] as Running, o, seconds));
    }
    const [ours, minimal] = sides.map((r, i) => summarise(r, o, slices[i] ?? [], rss[i] ?? Number.NaN));
    return { ours: ours as Side, minimal: minimal as Side };
  } finally {
    for (const r of sides) r.child.kill('SIGTERM');
  }
}

async function seedGraph(): Promise<{ instance: Instance; requests: Request[]; events: number }> {
  const instance = await openInstance({ heapMb: 512, pageCacheMb: 256, onStatus: log });
  const { files } = await collectArticleFiles([SEEDS]);
  const summary = await ingestFiles(instance.driver, files);
  if (summary.failures.length > 0) throw new Error(`seeds not ingested: ${JSON.stringify(summary.failures)}`);
  return { instance, requests: mix(NAMES, PAIRS), events: summary.eventsCreated };
}

async function benchGraph(o: Options): Promise<{ instance: Instance; requests: Request[]; events: number }> {
  const instance = await openGraph(graphSpec(o.seed, 100_000), { heapMb: 1024, pageCacheMb: 1024 }, log);
  const { actors, partners } = await sampleActors(instance.driver, o.seed, o.samples);
  const pairs = actors.map((a, i): [string, string] => [a.name, partners[i]?.name ?? a.name]);
  return {
    instance,
    requests: mix(
      actors.map((a) => a.name),
      pairs,
    ),
    events: instance.events,
  };
}

/**
 * Whether the API's resident set grew more than 20% over the timed load: the lowest it read at the ends of the later
 * half of its slices against the lowest of the earlier half, each read under load. A leak raises the floor the
 * collector comes back to; V8 sizing its heap moves single readings both ways. (Against the figure after the warm-up,
 * the check tripped on heap sizing alone; end to end, first slice against last, it tripped too: ours read 183, 233,
 * 215 and 246 MB and the minimal server 186, 178, 149 and 214 MB in one run, 170, 169, 189 and 189 MB in the next.)
 * With one slice, against the figure after the warm-up.
 */
function hasGrown(side: Side): boolean {
  const slices = side.rssMbBySlice;
  if (slices.length < 2) return (slices[0] ?? 0) > side.rssMbAfterWarmup * GROWTH_LIMIT;
  const half = Math.floor(slices.length / 2);
  return Math.min(...slices.slice(-half)) > Math.min(...slices.slice(0, half)) * GROWTH_LIMIT;
}

/** The resident set may end the timed load this much above where it began (1.2: 20%). */
const GROWTH_LIMIT = 1.2;

const ratio = (x: number, y: number) => Number((x / y).toFixed(3));

async function main(): Promise<void> {
  const o = new Command()
    .name('npm run load --')
    .description('Our API against a minimal server (one Cypher statement per operation) under the same request mix.')
    .option('--connections <n>', 'concurrent connections', (v) => Number(v), 64)
    .option('--duration <s>', 'seconds of timed load, per side and graph', (v) => Number(v), 60)
    .option('--warmup <s>', 'seconds of untimed load before it (V8 and malloc settle first)', (v) => Number(v), 60)
    .option(
      '--rounds <n>',
      'slices the timed load is cut into per side, the two sides alternating (a database still warming weighs on both)',
      (v) => Number(v),
      4,
    )
    .option(
      '--quick',
      'a check that everything runs: 8 connections, 6 s (two slices of 3 s a side) after 3 s, seed graph only',
    )
    .option('--graphs <names>', `comma-separated: ${GRAPHS.join(', ')}`, GRAPHS.join(','))
    .option('--seed <n>', 'seed of the bench graph and of its sampled actors', (v) => Number(v), 42)
    .option('--samples <n>', 'actors (and pairs) sampled on the bench graph', (v) => Number(v), 20)
    .option('--json <file>', 'write both sides’ figures and the ratios')
    .option('--profile <dir>', 'write each server’s V8 CPU profile (node --cpu-prof) into this folder')
    .addHelpText(
      'after',
      `
Each graph gets an embedded Neo4j of its own: the seeds ingested, or the
benchmarks' 100,000-event graph (kept in .data/bench/, generated the first time).
Exit status 1 when any request failed or the API's resident set grew more than 20%
over the timed load (the lowest reading of its later slices against the lowest of its
earlier ones).`,
    )
    .parse()
    .opts<Omit<Options, 'graphs'> & { graphs: string; quick?: boolean }>();
  const opts: Options = {
    ...o,
    graphs: (o.quick ? ['seed'] : o.graphs.split(',').map((g) => g.trim())) as GraphName[],
    ...(o.quick ? { connections: 8, duration: 6, warmup: 3, rounds: 2 } : {}),
  };
  for (const g of opts.graphs)
    if (!GRAPHS.includes(g))
      throw new Error(`--graphs: no graph named ${JSON.stringify(g)}; the names are ${GRAPHS.join(', ')}`);
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1)
    throw new Error(`--rounds: a whole number of slices, at least 1; got ${String(o.rounds)}`);
  if (!process.env.NEO4J_URI) ensureBuilt(log);

  const report: Record<string, unknown> = {
    settings: { connections: opts.connections, durationS: opts.duration, warmupS: opts.warmup, rounds: opts.rounds },
  };
  let failed = false;
  for (const name of opts.graphs) {
    const g = name === 'seed' ? await seedGraph() : await benchGraph(opts);
    try {
      log(`${name} graph (${g.events.toLocaleString('en')} events), ${g.requests.length} requests in rotation:`);
      const { ours, minimal } = await measureBoth(g.instance.uri, g.requests, opts);
      const r = {
        events: g.events,
        ours,
        minimal,
        ratio: ratio(ours.requestsPerSecond, minimal.requestsPerSecond),
        p99Ratio: ratio(ours.p99Ms, minimal.p99Ms),
      };
      report[name] = r;
      failed ||= ours.errors + minimal.errors > 0 || hasGrown(ours);
      console.log(`\n${name} graph, ${g.events.toLocaleString('en')} events`);
      for (const [side, s] of [
        ['ours', ours],
        ['minimal', minimal],
      ] as const)
        console.log(
          `  ${side.padEnd(8)} ${s.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${s.p50Ms} ms  p99 ${s.p99Ms} ms  errors ${s.errors}  rss ${s.rssMbAfterWarmup} → ${s.rssMbBySlice.join(', ')} MB  cpu ${s.cpuMsPerRequest ?? '?'} ms/request`,
        );
      console.log(`  ratio    ${r.ratio} in req/s (ours ÷ minimal), p99 ${r.p99Ratio}`);
      if (opts.json) writeFileSync(opts.json, `${JSON.stringify(report, null, 2)}\n`);
    } finally {
      await g.instance.close();
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
});
