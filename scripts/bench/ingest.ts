/**
 * `ingest` and `reingest`: generated articles ingested end to end (read, extract,
 * write) with extraction spread over two worker threads against the same with
 * one, each into an empty graph and each in a process of its own (peak resident
 * set measured there); then the same articles a second time, nothing new, against
 * the first time.
 *
 * Neo4j's JIT keeps compiling through the first few ingests after it starts (its
 * CPU for the same 5,000 articles measured 91 → 40 → 26 → 21 s over four runs), and
 * on two cores that CPU is taken from the extraction. So an untimed ingest warms it
 * first, and the timed runs go one, two, two, one, each configuration keeping its
 * best: neither gets the colder slots alone (the one-worker run used to go first
 * and pay the warm-up, which flattered the ratio: 0.63 then, 0.78 warm).
 *
 * Beside it, as a reference, the same files are extracted alone (no database,
 * nothing written) with one worker and with two: the most two workers can gain
 * on this machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * One, two, two, one worker(s), each configuration keeping its best: neither side
 * gets the colder or the warmer slots alone.
 */
async function alternate<T extends { ms: number }>(
  prefix: string,
  runOnce: (workers: number) => Promise<T>,
  log: (m: string) => void,
): Promise<{ runs: { workers: number; run: T }[]; one: T; two: T }> {
  const runs: { workers: number; run: T }[] = [];
  for (const workers of [1, 2, 2, 1]) {
    const run = await runOnce(workers);
    log(`${prefix} ${workers === 1 ? 'one worker' : 'two workers'} ${seconds(run.ms)}`);
    runs.push({ workers, run });
  }
  const best = (workers: number) =>
    runs.filter((r) => r.workers === workers).reduce((a, b) => (b.run.ms < a.run.ms ? b : a)).run;
  return { runs, one: best(1), two: best(2) };
}

/**
 * What two workers gain over one when extraction has the machine to itself: the
 * same files, the same pool, nothing written. Ingest cannot do better than this,
 * since the writes and Neo4j share the same cores.
 */
async function extractionAlone(
  dir: string,
  log: (m: string) => void,
): Promise<{ oneWorkerMs: number; twoWorkersMs: number; ratio: number }> {
  const { one, two } = await alternate(
    'ingest: extraction alone,',
    (workers) => runChild<{ ms: number }>('extractRun.ts', [dir, String(workers)]),
    log,
  );
  return {
    oneWorkerMs: Math.round(one.ms),
    twoWorkersMs: Math.round(two.ms),
    ratio: Number((two.ms / one.ms).toFixed(3)),
  };
}

/** `reference`: time extraction alone too (about 4 minutes at full size; quick runs skip it, their figures are noise). */
export async function benchIngest(
  instance: Instance,
  seed: number,
  count: number,
  reference: boolean,
  log: (m: string) => void,
): Promise<{ ingest: Result; reingest: Result }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'actor-graph-articles-'));
  try {
    const articles = generateArticles(seed, count);
    for (const a of articles) writeFileSync(path.join(dir, a.name), a.text);
    const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1_048_576;
    log(`ingest: ${count} generated articles (${mb.toFixed(1)} MB); warming Neo4j with an untimed ingest…`);
    const ingestInto = async (workers: number) => {
      await wipe(instance.driver);
      return runIngest(instance, dir, workers);
    };
    const warmUp = await ingestInto(2);
    log(`ingest: two workers ${seconds(warmUp.ms)} (warm-up, untimed)`);
    const { runs, one, two } = await alternate('ingest:', ingestInto, log);
    log('ingest: again, nothing new…');
    const again = await runIngest(instance, dir, 2);
    if (again.unchanged !== two.articles)
      throw new Error(`reingest: expected ${two.articles} unchanged articles, got ${again.unchanged}`);
    const alone = reference ? await extractionAlone(dir, log) : null;
    return {
      ingest: result(two.ms, one.ms, {
        articles: count,
        megabytes: Number(mb.toFixed(2)),
        events: two.events,
        failures: two.failures,
        peakRssMb: Math.round(Math.max(warmUp.maxRssMb, ...runs.map((r) => r.run.maxRssMb))),
        peakRssMbTwoWorkers: Math.round(
          Math.max(warmUp.maxRssMb, ...runs.filter((r) => r.workers === 2).map((r) => r.run.maxRssMb)),
        ),
        runsMs: runs.map((r) => ({ workers: r.workers, ms: Math.round(r.run.ms) })),
        ...(alone === null ? {} : { extractionAlone: alone }),
      }),
      reingest: result(again.ms, two.ms, { articles: count, unchanged: again.unchanged }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
