/**
 * Ingest: file → parse → extract → one write transaction per article. A failure is
 * returned as that article's outcome (with its reason), never thrown, so that the
 * other articles of the run still go in.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { articleId } from '../domain/ids';
import type { ArticleInput, ArticleSubmission } from '../domain/types';
import { extract, parseArticle } from '../extract';
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
}

export async function ingestFile(driver: Driver, file: string): Promise<IngestOutcome> {
  try {
    const text = await readArticleText(file);
    const graph = extract(parseArticle(text, path.basename(file)));
    const report = await writeArticle(driver, graph);
    return { file, ok: true, report, warnings: graph.warnings };
  } catch (error) {
    return { file, ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Ingests an article handed over as text and fields (the ingest mutation). Its id
 * comes from its URL or, without one, from its text, so a resubmission is a no-op.
 */
export async function ingestSubmission(driver: Driver, submission: ArticleSubmission): Promise<WriteReport & { warnings: string[] }> {
  const parsed = parseArticle(submission.text, 'submission');
  const url = submission.url ?? null;
  const article: ArticleInput = {
    ...parsed,
    id: articleId(url ?? submission.text),
    title: submission.title ?? parsed.title,
    url: url ?? parsed.url,
    published: submission.published ?? parsed.published,
    source: submission.source ?? parsed.source,
  };
  const graph = extract(article);
  return { ...(await writeArticle(driver, graph)), warnings: graph.warnings };
}

export function summarize(outcomes: readonly IngestOutcome[]): IngestSummary {
  const ok = outcomes.filter((o): o is Extract<IngestOutcome, { ok: true }> => o.ok);
  return {
    articles: ok.length,
    actors: new Set(ok.flatMap((o) => o.report.actorIds)).size,
    eventsCreated: ok.reduce((n, o) => n + o.report.createdEventIds.length, 0),
    eventsMerged: ok.reduce((n, o) => n + o.report.mergedEventIds.length, 0),
    failures: outcomes.filter((o): o is Extract<IngestOutcome, { ok: false }> => !o.ok).map(({ file, reason }) => ({ file, reason })),
  };
}

export async function ingestFiles(
  driver: Driver,
  files: readonly string[],
  onOutcome: (outcome: IngestOutcome) => void = () => {},
): Promise<IngestSummary> {
  const outcomes: IngestOutcome[] = [];
  for (const file of files) {
    const outcome = await ingestFile(driver, file);
    outcomes.push(outcome);
    onOutcome(outcome);
  }
  return summarize(outcomes);
}
