/**
 * `ingest` and `reingest`. `ingest`: generated articles ingested end to end (read,
 * extract, write in batches of 200) against the same files extracted alone (the
 * ingest's own worker pool, no database, nothing written), both with the default
 * workers (one per core, as `npm run ingest`), each in a process of its own (peak
 * resident set measured there): what the ingest adds to the extraction. Beside it,
 * `ingestRate`: articles per second of the full ingest. `reingest`: the same
 * articles a second time, nothing new, against the first time.
 *
 * Neo4j's JIT keeps compiling through the first few ingests after it starts (its
 * CPU for the same 5,000 articles measured 91 → 40 → 26 → 21 s over four runs), and
 * on two cores that CPU is taken from the extraction. So an untimed ingest warms it
 * first, and the timed runs go ingest, extraction, extraction, ingest, each keeping
 * its best: neither gets the colder slots alone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { generateArticles } from './synthetic';
import { result, wipe, type Instance, type Result } from './lib';

const ROOT = path.resolve(__dirname, '..', '..');
export const INGEST_BATCH = 200;

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

/**
 * Ingest, extraction alone, extraction alone, ingest: each keeping its best, so that
 * neither gets the colder or the warmer slots alone.
 */
async function alternate(
  ingest: () => Promise<Run>,
  extract: () => Promise<{ ms: number }>,
  log: (m: string) => void,
): Promise<{ ingests: Run[]; extractions: { ms: number }[] }> {
  const ingests: Run[] = [];
  const extractions: { ms: number }[] = [];
  for (const step of ['ingest', 'extraction', 'extraction', 'ingest'] as const) {
    if (step === 'ingest') ingests.push(await ingest());
    else extractions.push(await extract());
    log(
      `ingest: ${step === 'ingest' ? 'full ingest' : 'extraction alone'} ${seconds((step === 'ingest' ? ingests : extractions).at(-1)?.ms ?? NaN)}`,
    );
  }
  return { ingests, extractions };
}

const best = <T extends { ms: number }>(runs: readonly T[]): T => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

export async function benchIngest(
  instance: Instance,
  seed: number,
  count: number,
  log: (m: string) => void,
): Promise<{ ingest: Result; reingest: Result; ingestRate: IngestRate }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'actor-graph-articles-'));
  try {
    const articles = generateArticles(seed, count);
    for (const a of articles) writeFileSync(path.join(dir, a.name), a.text);
    const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1_048_576;
    const workers = DEFAULT_WORKERS;
    log(
      `ingest: ${count} generated articles (${mb.toFixed(1)} MB), ${workers} worker(s); warming Neo4j with an untimed ingest…`,
    );
    const ingestAfresh = async () => {
      await wipe(instance.driver);
      return runIngest(instance, dir, workers);
    };
    const warmUp = await ingestAfresh();
    log(`ingest: full ingest ${seconds(warmUp.ms)} (warm-up, untimed)`);
    const { ingests, extractions } = await alternate(ingestAfresh, () => runExtraction(dir, workers), log);
    const full = best(ingests);
    const alone = best(extractions);
    log('ingest: again, nothing new…');
    const again = await runIngest(instance, dir, workers);
    if (again.unchanged !== full.articles)
      throw new Error(`reingest: expected ${full.articles} unchanged articles, got ${again.unchanged}`);
    const rate = Number((full.articles / (full.ms / 1000)).toFixed(1));
    return {
      ingest: result(full.ms, alone.ms, {
        articles: count,
        workers,
        megabytes: Number(mb.toFixed(2)),
        events: full.events,
        failures: full.failures,
        peakRssMb: Math.round(Math.max(warmUp.maxRssMb, ...ingests.map((r) => r.maxRssMb))),
        ingestRunsMs: ingests.map((r) => Math.round(r.ms)),
        extractionRunsMs: extractions.map((r) => Math.round(r.ms)),
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
