/**
 * What ingest checks of an extraction, and the shapes it passes between threads: apart
 * from the extractor itself (./extractArticle.ts), so that the thread that only reads
 * files and writes to Neo4j, while workers extract, never loads the extractor and its
 * word lists (about 70 MB of resident memory and seconds of start-up).
 */
import type { ExtractedGraph } from '../domain/types';

export interface ArticleText {
  /** File name, for the article's id when it has no URL. */
  name: string;
  text: string;
}

export type Extraction = { ok: true; graph: ExtractedGraph } | { ok: false; reason: string };

/** An article the graph should not take, with the reason the user is shown. */
export class RejectedArticleError extends Error {
  override name = 'RejectedArticleError';
}

/** Checks of what extraction found, before anything is written. */
export function checkExtracted(graph: ExtractedGraph, today: string): void {
  const { article } = graph;
  if (article.body.trim() === '') throw new RejectedArticleError('no text');
  if (
    article.published !== null &&
    article.published.slice(0, today.length) > today.slice(0, article.published.length)
  ) {
    throw new RejectedArticleError(`its publication date ${article.published} lies in the future`);
  }
  if (graph.actors.length === 0) throw new RejectedArticleError('no actors found in it: nothing to add');
}

export const today = () => new Date().toISOString().slice(0, 10);
