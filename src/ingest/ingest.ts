/**
 * Ingest: file → text → parse → extract → one write transaction per article. A bad
 * article is that article's outcome (with its reason), never thrown, so that the
 * other articles of the run still go in. Only the database staying away stops a
 * run, and the summary then names the articles not yet written.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { articleId } from '../domain/ids';
import type { ArticleInput, ArticleSubmission, ExtractedGraph } from '../domain/types';
import { extract, parseArticle } from '../extract';
import { DatabaseUnavailableError } from '../graph/errors';
import { writeArticle, type WriteReport } from '../graph/writer';
import { readArticleText } from './files';

export type IngestOutcome =
  | { file: string; ok: true; report: WriteReport; warnings: string[] }
  | { file: string; ok: false; reason: string };

export interface IngestSummary {
  articles: number;
  /** Distinct actors found across the articles. */
  actors: number;
  eventsCreated: number;
  eventsMerged: number;
  failures: { file: string; reason: string }[];
  /** Set when the database went away for good: why, and the files not written. */
  stopped: { reason: string; notWritten: string[] } | null;
}

/** An article the graph should not take, with the reason the user is shown. */
export class RejectedArticleError extends Error {
  override name = 'RejectedArticleError';
}

/** Checks of what extraction found, before anything is written. */
export function checkExtracted(graph: ExtractedGraph, today: string): void {
  const { article } = graph;
  if (article.body.trim() === '') throw new RejectedArticleError('no text');
  if (article.published !== null && article.published.slice(0, today.length) > today.slice(0, article.published.length)) {
    throw new RejectedArticleError(`its publication date ${article.published} lies in the future`);
  }
  if (graph.actors.length === 0) throw new RejectedArticleError('no actors found in it: nothing to add');
}

const today = () => new Date().toISOString().slice(0, 10);

async function ingestArticle(driver: Driver, article: ArticleInput): Promise<WriteReport & { warnings: string[] }> {
  const graph = extract(article);
  checkExtracted(graph, today());
  return { ...(await writeArticle(driver, graph)), warnings: graph.warnings };
}

/** Ingests one file; a failure of the file is returned, a failure of the database thrown. */
export async function ingestFile(driver: Driver, file: string): Promise<IngestOutcome> {
  try {
    const { text, encoding } = await readArticleText(file);
    const { warnings, ...report } = await ingestArticle(driver, parseArticle(text, path.basename(file)));
    return { file, ok: true, report, warnings: encoding === 'utf-8' ? warnings : [`decoded as ${encoding}`, ...warnings] };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
    return { file, ok: false, reason };
  }
}

/**
 * Ingests an article handed over as text and fields (the ingest mutation). Its id
 * comes from its URL or, without one, from its text, so a resubmission is a no-op.
 */
export async function ingestSubmission(driver: Driver, submission: ArticleSubmission): Promise<WriteReport & { warnings: string[] }> {
  const parsed = parseArticle(submission.text, 'submission');
  const url = submission.url ?? null;
  return ingestArticle(driver, {
    ...parsed,
    id: articleId(url ?? submission.text),
    title: submission.title ?? parsed.title,
    url: url ?? parsed.url,
    published: submission.published ?? parsed.published,
    source: submission.source ?? parsed.source,
  });
}

export function summarize(outcomes: readonly IngestOutcome[], stopped: IngestSummary['stopped'] = null): IngestSummary {
  const ok = outcomes.filter((o): o is Extract<IngestOutcome, { ok: true }> => o.ok);
  return {
    articles: ok.length,
    actors: new Set(ok.flatMap((o) => o.report.actorIds)).size,
    eventsCreated: ok.reduce((n, o) => n + o.report.createdEventIds.length, 0),
    eventsMerged: ok.reduce((n, o) => n + o.report.mergedEventIds.length, 0),
    failures: outcomes.filter((o): o is Extract<IngestOutcome, { ok: false }> => !o.ok).map(({ file, reason }) => ({ file, reason })),
    stopped,
  };
}

export interface IngestOptions {
  /** Stop at the first article that fails. */
  strict?: boolean;
  onOutcome?: (outcome: IngestOutcome) => void;
}

export async function ingestFiles(driver: Driver, files: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const outcomes: IngestOutcome[] = [];
  for (const [i, file] of files.entries()) {
    let outcome: IngestOutcome;
    try {
      outcome = await ingestFile(driver, file);
    } catch (error) {
      // The driver already retried: the database is gone, and every later article would fail alike.
      const reason = error instanceof Error ? error.message : String(error);
      return summarize(outcomes, { reason, notWritten: files.slice(i) });
    }
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
    if (options.strict && !outcome.ok) break;
  }
  return summarize(outcomes);
}
