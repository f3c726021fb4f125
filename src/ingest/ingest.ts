/**
 * Ingest: file → text → extract → write. Extraction (CPU-bound, pure) can run in a
 * pool of worker threads while the main thread writes the previous batch, and the
 * articles of a batch share one write transaction (each article is written whole
 * or not at all). An article whose file the graph already holds, same name and
 * same text, is not extracted again. A bad article is that article's outcome (with
 * its reason), never thrown, so that the other articles of the run still go in.
 * Only the database staying away stops a run, and the summary then names the
 * articles not yet written.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Piscina } from 'piscina';
import { defined, elementAt } from '../domain/guaranteed';
import { articleId } from '../domain/ids';
import type { ArticleInput, ArticleSubmission, ExtractedGraph } from '../domain/types';
import { parseArticle } from '../extract/1-parse';
import { RULE_EXTRACTOR, type Extractor } from '../extract/extractor';
import { DatabaseUnavailableError } from '../graph/errors';
import { writeArticle, writeArticles, type WriteReport } from '../graph/writer';
import { checkExtracted, today, type ArticleText, type Extraction } from './checks';
import { readArticleText } from './files';

export { checkExtracted, RejectedArticleError } from './checks';

/**
 * The extractor, loaded in this thread only when this thread extracts (no workers, another extractor, or an
 * article too long for a worker): with workers, this thread reads and writes, and the word lists stay theirs.
 */
const inThisThreadModule = () => import('./extractArticle');
export type { Extractor } from '../extract/extractor';

export type IngestOutcome =
  | { file: string; ok: true; report: WriteReport; warnings: string[]; unchanged?: boolean }
  | { file: string; ok: false; reason: string };

export interface IngestSummary {
  articles: number;
  /** Distinct actors found across the articles extracted in this run. */
  actors: number;
  eventsCreated: number;
  eventsMerged: number;
  /** Articles skipped because the graph already holds their file, same name and text. */
  unchanged: number;
  failures: { file: string; reason: string }[];
  /** Set when the database went away for good: why, and the files not written. */
  stopped: { reason: string; notWritten: string[] } | null;
}

/**
 * Ingests an article handed over as text and fields (the ingest mutation). Its id
 * comes from its URL or, without one, from its text, so a resubmission is a no-op.
 */
export async function ingestSubmission(
  driver: Driver,
  submission: ArticleSubmission,
  extractor: Extractor = RULE_EXTRACTOR,
): Promise<WriteReport & { warnings: string[] }> {
  const parsed = parseArticle(submission.text, 'submission');
  const url = submission.url ?? null;
  const graph = await extractSubmission(extractor, {
    ...parsed,
    id: articleId(url ?? submission.text),
    title: submission.title ?? parsed.title,
    url: url ?? parsed.url,
    published: submission.published ?? parsed.published,
    source: submission.source ?? parsed.source,
  });
  checkExtracted(graph, today());
  return { ...(await writeArticle(driver, graph)), warnings: graph.warnings };
}

/** An extractor other than the rules (the LLM's) could not extract a submitted article; nothing was written. */
export class ExtractorFailedError extends Error {
  override name = 'ExtractorFailedError';
}

/** The extractor's graph of a submission; the failure of an extractor other than the rules as ExtractorFailedError. */
async function extractSubmission(extractor: Extractor, article: ArticleInput): Promise<ExtractedGraph> {
  if (extractor === RULE_EXTRACTOR) return extractor.extract(article);
  try {
    return await extractor.extract(article);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExtractorFailedError(`The ${extractor.name} extractor could not extract the article (${reason})`);
  }
}

export function summarize(outcomes: readonly IngestOutcome[], stopped: IngestSummary['stopped'] = null): IngestSummary {
  const ok = outcomes.filter((o): o is Extract<IngestOutcome, { ok: true }> => o.ok);
  return {
    articles: ok.length,
    actors: new Set(ok.flatMap((o) => o.report.actorIds)).size,
    eventsCreated: ok.reduce((n, o) => n + o.report.createdEventIds.length, 0),
    eventsMerged: ok.reduce((n, o) => n + o.report.mergedEventIds.length, 0),
    unchanged: ok.filter((o) => o.unchanged === true).length,
    failures: outcomes
      .filter((o): o is Extract<IngestOutcome, { ok: false }> => !o.ok)
      .map(({ file, reason }) => ({ file, reason })),
    stopped,
  };
}

export interface IngestOptions {
  /** Stop at the first article that fails. */
  strict?: boolean;
  onOutcome?: (outcome: IngestOutcome) => void;
  /** Worker threads that extract; 0 (the default) extracts in this thread. */
  workers?: number;
  /** Articles per write transaction (default 1). */
  batchSize?: number;
  /** Extract and write again articles whose file the graph already holds. */
  force?: boolean;
  /** Who finds the events (default: the rules, in `workers` threads; another extractor runs in this thread). */
  extractor?: Extractor;
}

/** Where one file stands once read and extracted: done (failed or unchanged), or to be written. */
type Step =
  | { file: string; outcome: IngestOutcome }
  | { file: string; graph: Extract<Extraction, { ok: true }>['graph']; hash: string; warnings: string[] };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Articles the graph holds with this file name and text hash: the name is the article's origin. */
async function unchangedArticles(driver: Driver, rows: { name: string; hash: string }[]): Promise<Map<string, string>> {
  try {
    const { records } = await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (a:Article {contentHash: row.hash}) WHERE a.origin = row.name
       RETURN row.hash AS hash, a.id AS id`,
      { rows },
    );
    return new Map(records.map((r) => [r.get('hash') as string, r.get('id') as string]));
  } catch {
    return new Map(); // the write that follows meets the same problem and reports it
  }
}

async function prepare(
  driver: Driver,
  files: readonly string[],
  extractor: (a: ArticleText) => Promise<Extraction>,
  force: boolean,
): Promise<Step[]> {
  type Read =
    { file: string; name: string; text: string; encoding: string; hash: string } | { file: string; reason: string };
  const read = await Promise.all(
    files.map(async (file): Promise<Read> => {
      try {
        const { text, encoding } = await readArticleText(file);
        return { file, name: path.basename(file), text, encoding, hash: sha256(text) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
        return { file, reason };
      }
    }),
  );
  const texts = read.filter((r): r is Extract<Read, { text: string }> => 'text' in r);
  const known = force
    ? new Map<string, string>()
    : await unchangedArticles(
        driver,
        texts.map(({ name, hash }) => ({ name, hash })),
      );
  return Promise.all(
    read.map(async (r): Promise<Step> => {
      if (!('text' in r)) return { file: r.file, outcome: { file: r.file, ok: false, reason: r.reason } };
      const id = known.get(r.hash);
      if (id !== undefined) {
        const report = { articleId: id, actorIds: [], createdEventIds: [], mergedEventIds: [] };
        return { file: r.file, outcome: { file: r.file, ok: true, report, warnings: [], unchanged: true } };
      }
      const extraction = await extractor({ name: r.name, text: r.text });
      if (!extraction.ok) return { file: r.file, outcome: { file: r.file, ok: false, reason: extraction.reason } };
      const warnings =
        r.encoding === 'utf-8' ? extraction.graph.warnings : [`decoded as ${r.encoding}`, ...extraction.graph.warnings];
      return { file: r.file, graph: extraction.graph, hash: r.hash, warnings };
    }),
  );
}

/** The writes of one batch, in one transaction; if a single article breaks it, each one alone. */
async function writeSteps(driver: Driver, steps: Extract<Step, { graph: unknown }>[]): Promise<IngestOutcome[]> {
  const toOutcome = (step: (typeof steps)[number], report: WriteReport): IngestOutcome => ({
    file: step.file,
    ok: true,
    report,
    warnings: step.warnings,
  });
  try {
    const reports = await writeArticles(
      driver,
      steps.map((s) => ({ graph: s.graph, contentHash: s.hash })),
    );
    return steps.map((s, i) => toOutcome(s, elementAt(reports, i, 'writeArticles: one report per article')));
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || steps.length === 1) throw error;
  }
  const outcomes: IngestOutcome[] = [];
  for (const step of steps) {
    try {
      outcomes.push(toOutcome(step, await writeArticle(driver, step.graph, step.hash)));
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) throw error;
      outcomes.push({ file: step.file, ok: false, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

/**
 * A worker's live heap while extracting a news article is about 20 MB. Left alone,
 * V8 sizes each worker's heap by the machine's memory and lets garbage pile up
 * before collecting; a bound of a few times the live size keeps the resident set of
 * a two-worker ingest well under 500 MB at no cost in speed (BENCHMARKS.md).
 */
export const WORKER_HEAP_MB = 128;

/** The pool of extraction workers an ingest uses (the benchmark times it alone too). */
export function extractionPool(workers: number): Piscina {
  return new Piscina({
    filename: path.join(__dirname, `worker${path.extname(__filename)}`),
    minThreads: workers,
    maxThreads: workers,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
}

/**
 * A very long article (near the 1,000,000-character limit) outgrows a worker's
 * bounded heap: it is extracted again in this thread, which has no such bound. Any
 * other death of a worker fails that article, not the run.
 */
async function inThisThread(article: ArticleText, error: unknown): Promise<Extraction> {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
    return (await inThisThreadModule()).extractArticle(article);
  return { ok: false, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
}

export async function ingestFiles(
  driver: Driver,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`ingestFiles: batchSize must be a positive integer, got ${batchSize}`);
  const chosen = options.extractor ?? RULE_EXTRACTOR;
  // The rules are CPU-bound and run in the workers; another extractor waits on I/O (a model's answers) here.
  const workers = chosen === RULE_EXTRACTOR ? (options.workers ?? 0) : 0;
  const pool = workers > 0 ? extractionPool(workers) : null;
  const extractor = async (a: ArticleText): Promise<Extraction> =>
    chosen !== RULE_EXTRACTOR
      ? (await inThisThreadModule()).extractArticleWith(chosen, a)
      : pool === null
        ? (await inThisThreadModule()).extractArticle(a)
        : (pool.run(a) as Promise<Extraction>).catch((error: unknown) => inThisThread(a, error));
  const outcomes: IngestOutcome[] = [];
  const record = (outcome: IngestOutcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  try {
    const chunks: (readonly string[])[] = [];
    for (let i = 0; i < files.length; i += batchSize) chunks.push(files.slice(i, i + batchSize));
    const prepared = (c: number) => {
      const chunk = chunks[c];
      return chunk === undefined ? null : prepare(driver, chunk, extractor, options.force ?? false);
    };
    // Batch c + 2 is read, checked against the graph and handed to the workers as soon as batch c is written,
    // while the workers may still be extracting batch c + 1: they never wait at a batch's end for the check's
    // round trip or for the slowest article, and each check still sees the graph as written up to batch c.
    let next = prepared(0);
    let after = prepared(1);
    for (let c = 0; next !== null; c++) {
      // Every batch but the last holds batchSize files.
      const start = c * batchSize;
      let steps = await next;
      const settled = () => after?.catch(() => []);
      const firstFailure = steps.findIndex((s) => 'outcome' in s && !s.outcome.ok);
      if (options.strict && firstFailure >= 0) steps = steps.slice(0, firstFailure + 1);
      const writes = steps.filter((s): s is Extract<Step, { graph: unknown }> => 'graph' in s);
      let written: IngestOutcome[];
      try {
        written = await writeSteps(driver, writes);
      } catch (error) {
        // The driver already retried: the database is gone, and every later article would fail alike.
        await settled();
        const reason = error instanceof Error ? error.message : String(error);
        const firstWrite = steps.findIndex((s) => 'graph' in s);
        for (const s of steps.slice(0, firstWrite)) if ('outcome' in s) record(s.outcome);
        return summarize(outcomes, { reason, notWritten: files.slice(start + firstWrite) });
      }
      const byFile = new Map(written.map((o) => [o.file, o]));
      for (const s of steps)
        record(
          'outcome' in s ? s.outcome : defined(byFile.get(s.file), 'writeSteps: an outcome for every file written'),
        );
      if (options.strict && firstFailure >= 0) {
        await settled();
        break;
      }
      next = after;
      after = prepared(c + 2);
    }
  } finally {
    await pool?.destroy();
  }
  return summarize(outcomes);
}
