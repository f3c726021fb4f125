/**
 * `ingest` and `reingest`: generated articles ingested end to end (read, extract,
 * write) with extraction spread over two worker threads against the same with
 * one, each into an empty graph and each in a process of its own (peak resident
 * set measured there); then the same articles a second time, nothing new, against
 * the first time.
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

function runIngest(instance: Instance, dir: string, workers: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    // As `npm run ingest` runs it: V8's garbage collector on the thread that allocates.
    // The extraction workers already occupy every core, and GC helper threads would
    // compete with them (measured: two workers 63 s → 58 s, one worker unchanged).
    const child = spawn(process.execPath, ['--single-threaded-gc', '--import', 'tsx', path.join(__dirname, 'ingestRun.ts'), dir, String(workers), String(INGEST_BATCH)], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: instance.uri },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(stdout.trim().split('\n').pop()!) as Run);
      else reject(new Error(`the ingest run exited with ${code}: ${stderr.trim()}`));
    });
  });
}

export async function benchIngest(instance: Instance, seed: number, count: number, log: (m: string) => void): Promise<{ ingest: Result; reingest: Result }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'actor-graph-articles-'));
  try {
    const articles = generateArticles(seed, count);
    for (const a of articles) writeFileSync(path.join(dir, a.name), a.text);
    const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1_048_576;
    log(`ingest: ${count} generated articles (${mb.toFixed(1)} MB), one worker…`);
    await wipe(instance.driver);
    const one = await runIngest(instance, dir, 1);
    log(`ingest: one worker ${(one.ms / 1000).toFixed(1)} s; two workers…`);
    await wipe(instance.driver);
    const two = await runIngest(instance, dir, 2);
    log(`ingest: two workers ${(two.ms / 1000).toFixed(1)} s; again, nothing new…`);
    const again = await runIngest(instance, dir, 2);
    if (again.unchanged !== two.articles) throw new Error(`reingest: expected ${two.articles} unchanged articles, got ${again.unchanged}`);
    return {
      ingest: result(two.ms, one.ms, {
        articles: count,
        megabytes: Number(mb.toFixed(2)),
        events: two.events,
        failures: two.failures,
        peakRssMb: Math.round(Math.max(one.maxRssMb, two.maxRssMb)),
        peakRssMbTwoWorkers: Math.round(two.maxRssMb),
      }),
      reingest: result(again.ms, two.ms, { articles: count, unchanged: again.unchanged }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
