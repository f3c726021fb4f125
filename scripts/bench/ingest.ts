/**
 * `ingest` and `reingest`. `ingest`: generated articles ingested end to end (read,
 * extract, write in batches of 200) against the same files extracted alone (the
 * ingest's own worker pool, no database, nothing written), both with the default
 * workers (one per core, as `npm run ingest`), each in a process of its own (peak
 * resident set measured there): what the ingest adds to the extraction. Beside it,
 * `ingestRate`: articles per second of the full ingest. `reingest`: the same
 * articles a second time, nothing new, against the first time.
 *
 * The machine's speed drifts by a fifth over minutes (the same extraction alone took
 * 45-66 s, and its CPU time 85-130 s, within one hour of issue 22's eighth round), more
 * than the writes add. So the key is a ratio of neighbours: ingest and extraction run
 * in pairs, back to back, each pair giving its own ratio, and the key is the median of
 * three pairs' ratios (which runs first alternates: ingest, extraction, ingest; --quick
 * runs one pair). Neo4j's JIT keeps compiling through the first ingests after it starts:
 * its CPU for the same 5,000 articles measured 52 → 18 → 10 s over three ingests, its JIT
 * compiler threads 31 → 9 → 3 s of it, and on two cores that CPU is taken from the
 * extraction. A running database has paid that once, so two untimed ingests warm it before the pairs (in
 * --quick, the write benchmark's runs of the same statements just before; one ingest when it is not run).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { generateArticles } from './synthetic';
import { elementAt } from '../../src/domain/guaranteed';
import { result, wipe, type Instance, type Result } from './lib';

const ROOT = path.resolve(__dirname, '..', '..');
export const INGEST_BATCH = 200;
/**
 * Untimed ingests before the timed pairs (see above); --quick runs none after the write benchmark, its pair of 60
 * articles having no target (each ingest is a process of its own, about 12 s of the quick run, mostly its start).
 */
export const WARM_UP_INGESTS = 2;

interface Run {
  ms: number;
  maxRssMb: number;
  articles: number;
  unchanged: number;
  failures: number;
  events: number;
}

/** The last line of a child's output, where it prints its JSON result. */
const lastLine = (text: string) => text.trim().slice(text.trim().lastIndexOf('\n') + 1);

/** Runs one of the benchmark's child scripts as `npm run ingest` runs, and returns the JSON of its last line. */
function runChild<T>(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    // As `npm run ingest` runs it: V8's garbage collector on the thread that allocates.
    // The extraction workers already occupy every core, and GC helper threads would
    // compete with them (measured: two workers 63 s → 58 s, one worker unchanged).
    const child = spawn(
      process.execPath,
      ['--single-threaded-gc', '--import', 'tsx', path.join(__dirname, script), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(lastLine(stdout)) as T);
      else reject(new Error(`${script} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

const runIngest = (instance: Instance, dir: string, workers: number) =>
  runChild<Run>('ingestRun.ts', [dir, String(workers), String(INGEST_BATCH)], { NEO4J_URI: instance.uri });

/** Articles per second of the full ingest with the default workers (a figure, not a ratio). */
export interface IngestRate {
  articlesPerSecond: number;
  unit: 'articles/s';
  articles: number;
  workers: number;
  ms: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The ingest's default: one extraction worker per core. */
export const DEFAULT_WORKERS = availableParallelism();

const runExtraction = (dir: string, workers: number) =>
  runChild<{ ms: number }>('extractRun.ts', [dir, String(workers)]);

interface Pair {
  ingest: Run;
  extraction: { ms: number };
  ratio: number;
}

/** `count` pairs of a full ingest and extraction alone, back to back, which comes first alternating. */
async function pairs(
  count: number,
  ingest: () => Promise<Run>,
  extract: () => Promise<{ ms: number }>,
  log: (m: string) => void,
): Promise<Pair[]> {
  const done: Pair[] = [];
  for (let i = 0; i < count; i++) {
    let full: Run;
    let alone: { ms: number };
    if (i % 2 === 0) {
      full = await ingest();
      alone = await extract();
    } else {
      alone = await extract();
      full = await ingest();
    }
    done.push({ ingest: full, extraction: alone, ratio: full.ms / alone.ms });
    log(
      `ingest: pair ${done.length}: full ingest ${seconds(full.ms)}, extraction alone ${seconds(alone.ms)} (${(full.ms / alone.ms).toFixed(2)})`,
    );
  }
  return done;
}

/** The pair of the middle ratio, of an odd number of pairs (an even number has no one middle pair). */
export function medianPair<T extends { ratio: number }>(all: readonly T[]): T {
  if (all.length % 2 !== 1) throw new Error(`medianPair: an odd number of pairs, got ${all.length}`);
  return elementAt(
    [...all].sort((a, b) => a.ratio - b.ratio),
    (all.length - 1) / 2,
    'medianPair: the middle of an odd number',
  );
}

const best = <T extends { ms: number }>(runs: readonly T[]): T => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

export async function benchIngest(
  instance: Instance,
  seed: number,
  {
    articles: count,
    pairs: pairCount,
    warmUps: warmUpCount = WARM_UP_INGESTS,
  }: { articles: number; pairs: number; warmUps?: number },
  log: (m: string) => void,
): Promise<{ ingest: Result; reingest: Result; ingestRate: IngestRate }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'actor-graph-articles-'));
  try {
    const articles = generateArticles(seed, count);
    for (const a of articles) writeFileSync(path.join(dir, a.name), a.text);
    const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1_048_576;
    const workers = DEFAULT_WORKERS;
    const warming =
      warmUpCount === 0
        ? 'Neo4j warmed by the write benchmark'
        : `warming Neo4j with ${warmUpCount} untimed ingest(s)…`;
    log(`ingest: ${count} generated articles (${mb.toFixed(1)} MB), ${workers} worker(s); ${warming}`);
    const ingestAfresh = async () => {
      await wipe(instance.driver);
      return runIngest(instance, dir, workers);
    };
    const warmUps: Run[] = [];
    for (let i = 0; i < warmUpCount; i++) {
      const run = await ingestAfresh();
      warmUps.push(run);
      log(`ingest: full ingest ${seconds(run.ms)} (warm-up, untimed)`);
    }
    const timed = await pairs(pairCount, ingestAfresh, () => runExtraction(dir, workers), log);
    const middle = medianPair(timed);
    const ingests = timed.map((p) => p.ingest);
    const full = best(ingests);
    log('ingest: again, nothing new…');
    const again = await runIngest(instance, dir, workers);
    if (again.unchanged !== full.articles)
      throw new Error(`reingest: expected ${full.articles} unchanged articles, got ${again.unchanged}`);
    const rate = Number((full.articles / (full.ms / 1000)).toFixed(1));
    return {
      ingest: result(middle.ingest.ms, middle.extraction.ms, {
        articles: count,
        workers,
        megabytes: Number(mb.toFixed(2)),
        events: full.events,
        failures: full.failures,
        warmUps: warmUpCount,
        peakRssMb: Math.round(Math.max(...warmUps.map((r) => r.maxRssMb), ...ingests.map((r) => r.maxRssMb))),
        pairRatios: timed.map((p) => Number(p.ratio.toFixed(3))),
        ingestRunsMs: ingests.map((r) => Math.round(r.ms)),
        extractionRunsMs: timed.map((p) => Math.round(p.extraction.ms)),
        bestOfEachRatio: Number((full.ms / best(timed.map((p) => p.extraction)).ms).toFixed(3)),
        baselineIs: 'extraction alone: the same files, the same worker pool, no database',
      }),
      reingest: result(again.ms, full.ms, { articles: count, unchanged: again.unchanged }),
      ingestRate: {
        articlesPerSecond: rate,
        unit: 'articles/s',
        articles: full.articles,
        workers,
        ms: Math.round(full.ms),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
