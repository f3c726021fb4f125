/**
 * npm run bench: every benchmark, ours against its baseline in the same run, as a
 * table and (--json FILE) as { "<name>": { ours, baseline, unit, ratio, … } }.
 * Times are in ms (a p50 for queries); ratio = ours ÷ baseline, lower is better.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { Command } from 'commander';
import { defined, elementAt } from '../../src/domain/guaranteed';
import { ensureBuilt } from '../neo4j/embedded';
import { benchExtract } from './extract';
import { generateInto, graphSpec as graph, openGraph, type GraphInstance } from './graphs';
import { benchIngest, WARM_UP_INGESTS, type IngestRate } from './ingest';
import { openInstance, result, round, type Instance, type Result } from './lib';
import { benchPeer } from './peer';
import { serveOurs, type Served } from './http';
import {
  QUERY_NAMES,
  WARM_SERVER_WARMUP_REQUESTS,
  benchQueries,
  sampleActors,
  type Latency,
  type QueryName,
} from './queries';
import type { GraphSpec } from './synthetic';
import { benchWrite } from './write';

export const BENCHMARKS = ['extract', 'ingest', 'write', 'reingest', ...QUERY_NAMES, 'growth', 'peer'] as const;
type Name = (typeof BENCHMARKS)[number];

/** The targets: each ratio at most this. */
const TARGETS: Record<Name, number> = {
  extract: 1.5,
  ingest: 1.25,
  write: 1.3,
  reingest: 0.2,
  whoTalkedTo: 1.3,
  paths: 1.3,
  pathsTimeRespecting: 1.3,
  timeline: 1.3,
  growth: 2,
  peer: 0.8,
};

interface Sizes {
  extractBytes: number;
  extractRounds: number;
  articles: number;
  /** Pairs of a full ingest and extraction alone (scripts/bench/ingest.ts): --quick's figure has no target. */
  ingestPairs: number;
  /**
   * Untimed ingests that warm Neo4j first (scripts/bench/ingest.ts): after the write benchmark, which has run the
   * same statements in the same JVM, or alone (--only ingest).
   */
  ingestWarmUps: { afterWrite: number; alone: number };
  writeEvents: number;
  big: GraphSpec;
  small: GraphSpec;
  samples: number;
}

function sizes(quick: boolean, seed: number): Sizes {
  return quick
    ? {
        extractBytes: 98_304,
        extractRounds: 3,
        articles: 60,
        ingestPairs: 1,
        // The write benchmark has just run the writer's statements on 3,000 events and more (about 12 s saved).
        ingestWarmUps: { afterWrite: 0, alone: 1 },
        writeEvents: 3_000,
        big: graph(seed, 20_000),
        small: graph(seed, 2_000),
        samples: 20,
      }
    : {
        extractBytes: 1_048_576,
        extractRounds: 5,
        articles: 5_000,
        ingestPairs: 3,
        ingestWarmUps: { afterWrite: WARM_UP_INGESTS, alone: WARM_UP_INGESTS },
        writeEvents: 50_000,
        big: graph(seed, 1_000_000),
        small: graph(seed, 100_000),
        samples: 200,
      };
}

const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

/** The query benchmarks' targets are looser in --quick (small graphs, few samples: noisier). */
const QUICK_QUERY_TARGET = 1.5;
const targetOf = (name: Name, quick: boolean) =>
  quick && (QUERY_NAMES as readonly string[]).includes(name) ? QUICK_QUERY_TARGET : TARGETS[name];

/** A query key some of whose requests answered an error is not met, whatever its ratio. */
const hasErrors = (r: Result) => typeof r.errors === 'number' && r.errors > 0;

function table(results: Partial<Record<Name, Result>>, quick: boolean): string {
  const rows = Object.entries(results).map(([name, r]) => {
    const target = targetOf(name as Name, quick);
    return [
      name,
      r.ours.toFixed(1),
      r.baseline.toFixed(1),
      r.ratio.toFixed(2),
      `≤ ${target}`,
      r.ratio <= target && !hasErrors(r) ? 'yes' : 'NO',
    ];
  });
  const head = ['benchmark', 'ours (ms)', 'baseline (ms)', 'ratio', 'target', 'met'];
  // A cell a row lacks counts as empty.
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  return [head, ...rows]
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}

const latencyOf = (latencies: Partial<Record<QueryName, Latency>>, q: QueryName): Latency =>
  defined(latencies[q], `benchQueries: a latency for every query asked, ${q} included`);

/** A baseline figure of the big graph's queries, where the baseline is always timed. */
const timedBaseline = (ms: number | undefined, q: QueryName): number =>
  defined(ms, `benchQueries: the baseline timed on the query graph, ${q} included`);

async function main(): Promise<void> {
  const opts = new Command()
    .name('npm run bench --')
    .description('Run the benchmarks, each ours against its baseline side by side, and print a table.')
    .option('--quick', 'smaller sizes (under 3 minutes): every key, growth over a tenfold step')
    .option('--json <file>', 'also write the results as JSON')
    .option('--only <names>', `comma-separated subset of: ${BENCHMARKS.join(', ')}`)
    .option('--seed <n>', 'seed of the generated data', (v) => Number(v), 42)
    .addHelpText(
      'after',
      `
Neo4j: embedded instances of their own (a scratch one for ingest and write; the
query graphs are kept in .data/bench/, keyed by seed, size and the code that
builds them, so a rerun skips the generation), or NEO4J_URI when set (it is wiped).

Full sizes: 1 MB+ for extract, 5,000 articles for ingest, 50,000 events for write,
200 actors over a graph of 10,000 actors and 1,000,000 events for the queries and
peer, and 100,000 events (1,000 actors) against it for growth. --quick scales
these down (96 KB, 60 articles, 2,000 and 20,000 events, 20 actors) and
generates the graphs afresh in the scratch instance.`,
    )
    .parse()
    .opts<{ quick?: boolean; json?: string; only?: string; seed: number }>();

  const only = new Set<Name>((opts.only?.split(',').map((s) => s.trim()) ?? BENCHMARKS) as Name[]);
  for (const name of only)
    if (!BENCHMARKS.includes(name))
      throw new Error(`--only: no benchmark named ${JSON.stringify(name)}; the names are ${BENCHMARKS.join(', ')}`);
  const wants = (...names: Name[]) => names.some((n) => only.has(n));
  const size = sizes(opts.quick ?? false, opts.seed);
  // Figures that are not ratios, written beside the benchmarks' keys.
  const figures: { ingestRate?: IngestRate } = {};
  const writeJson = (target: object) => {
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ ...target, ...figures }, null, 2)}\n`);
  };
  // Written again after each benchmark, so that a long run that is stopped still leaves what it measured.
  const results = new Proxy<Partial<Record<Name, Result>>>(
    {},
    {
      set(target, name, value) {
        Reflect.set(target, name, value);
        writeJson(target);
        return true;
      },
    },
  );
  const started = Date.now();
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );

  if (wants('extract')) {
    log(`extract: ${(size.extractBytes / 1_048_576).toFixed(2)} MB+, ${size.extractRounds} rounds…`);
    const r = await benchExtract(size.extractBytes, size.extractRounds);
    results.extract = result(r.oursMs, r.baselineMs, {
      articles: r.articles,
      megabytes: Number((r.bytes / 1_048_576).toFixed(2)),
      baselineIs: 'compromise nlp(text)',
    });
  }

  if (!process.env.NEO4J_URI) ensureBuilt(log);
  let scratch: Instance | null = null;
  const scratchInstance = async () =>
    (scratch ??= await openInstance({ heapMb: 1024, pageCacheMb: 512, onStatus: log }));
  let quickServer: Served | undefined;
  try {
    // The write benchmark first: it runs the writer's statements, the ingest's too, through the same JVM, which
    // then needs fewer untimed ingests to warm it (ingestWarmUps).
    if (wants('write'))
      results.write = await benchWrite(await scratchInstance(), graph(opts.seed + 7, size.writeEvents), 100, log);
    if (wants('ingest', 'reingest')) {
      const warmUps = wants('write') ? size.ingestWarmUps.afterWrite : size.ingestWarmUps.alone;
      const { ingest, reingest, ingestRate } = await benchIngest(
        await scratchInstance(),
        opts.seed,
        { articles: size.articles, pairs: size.ingestPairs, warmUps },
        log,
      );
      figures.ingestRate = ingestRate;
      if (wants('ingest')) results.ingest = ingest;
      if (wants('reingest')) results.reingest = reingest;
    }

    const queries = QUERY_NAMES.filter((q) => wants(q, 'growth'));
    const open = async (spec: GraphSpec, memory: { heapMb: number; pageCacheMb: number }): Promise<GraphInstance> =>
      opts.quick ? generateInto(await scratchInstance(), spec, log) : openGraph(spec, memory, log);
    // --quick's two graphs live in the scratch instance, one after the other: one server over its driver serves
    // both, so the big graph's warm-up is left Neo4j's side to warm (WARM_SERVER_WARMUP_REQUESTS).
    if (opts.quick && queries.length > 0) quickServer = await serveOurs((await scratchInstance()).driver);
    let small: Partial<Record<QueryName, Latency>> = {};
    if (wants('growth')) {
      const g = await open(size.small, { heapMb: 1024, pageCacheMb: 1024 });
      try {
        log(`growth: queries on ${g.events.toLocaleString('en')} events…`);
        // Growth compares our p50 on two graphs: the baseline is not timed on this one.
        const sample = await sampleActors(g.driver, opts.seed, size.samples);
        small = await benchQueries(g.driver, sample, log, queries, { baseline: false, server: quickServer });
      } finally {
        await g.close();
      }
    }
    if (queries.length > 0 || wants('peer')) {
      if (scratch !== null && !opts.quick) {
        await (scratch as Instance).close();
        scratch = null;
      }
      const g = await open(size.big, { heapMb: 2048, pageCacheMb: 3072 });
      try {
        log(
          `queries on ${g.events.toLocaleString('en')} events (generation took ${(g.generatedMs / 1000).toFixed(0)} s${g.cached ? ', in an earlier run' : ''})…`,
        );
        const sample = await sampleActors(g.driver, opts.seed, size.samples);
        const warmServer = quickServer !== undefined && wants('growth');
        const big = await benchQueries(g.driver, sample, log, queries, {
          server: quickServer,
          ...(warmServer ? { warmUpRequests: WARM_SERVER_WARMUP_REQUESTS } : {}),
        });
        for (const q of queries) {
          const l = latencyOf(big, q);
          if (wants(q))
            results[q] = result(l.p50, timedBaseline(l.bareP50, q), {
              p99: l.p99,
              baselineP99: timedBaseline(l.bareP99, q),
              samples: l.samples,
              errors: l.errors,
              ...(l.firstError === undefined ? {} : { firstError: l.firstError }),
              baselineErrors: l.baselineErrors,
              events: g.events,
              graphGenerationMs: Math.round(g.generatedMs),
              baselineIs: 'one hand-written Cypher statement (scripts/load/statements.ts), bare driver',
            });
        }
        if (wants('growth')) {
          const per = queries
            .map((q) => ({ q, big: latencyOf(big, q).p50, small: latencyOf(small, q).p50 }))
            .sort((a, b) => b.big / b.small - a.big / a.small);
          const worst = elementAt(per, 0, 'bench growth: every query is timed');
          results.growth = result(worst.big, worst.small, {
            query: worst.q,
            events: [size.small.events, g.events],
            byQuery: Object.fromEntries(
              per.map((p) => [p.q, { p50Small: p.small, p50Big: p.big, ratio: round(p.big / p.small) }]),
            ),
          });
        }
        if (wants('peer'))
          results.peer = await benchPeer(
            g.driver,
            sample.actors.map((a) => a.name),
            log,
          );
      } finally {
        await g.close();
      }
    }
  } finally {
    await quickServer?.close();
    await (scratch as Instance | null)?.close();
  }

  console.log(table(results, opts.quick ?? false));
  if (results.paths) console.log(`paths (SHORTEST) p99: ${results.paths.p99} ms (target < 100 ms)`);
  if (results.ingest) console.log(`ingest peak resident set: ${results.ingest.peakRssMb} MB (target < 500 MB)`);
  if (figures.ingestRate)
    console.log(
      `ingestRate: ${figures.ingestRate.articlesPerSecond} articles/s (${figures.ingestRate.articles} articles, ${figures.ingestRate.workers} workers)`,
    );
  console.log(`total: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  writeJson(results);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 2;
});
