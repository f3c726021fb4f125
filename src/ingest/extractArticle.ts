/**
 * The CPU-bound half of ingest: an article's text to its checked extraction. Pure
 * (no I/O), so that it runs the same in the main thread or in a worker thread
 * (src/ingest/worker.ts), and its failures come back as values.
 */
import type { ExtractedGraph } from '../domain/types';
import { extract, parseArticle } from '../extract';
import type { Extractor } from '../extract/extractor';

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

export function extractArticle({ name, text }: ArticleText): Extraction {
  try {
    const graph = extract(parseArticle(text, name));
    checkExtracted(graph, today());
    return { ok: true, graph };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The same with an extractor that answers later (the LLM's): its failures come back as values too. */
export async function extractArticleWith(extractor: Extractor, { name, text }: ArticleText): Promise<Extraction> {
  try {
    const graph = await extractor.extract(parseArticle(text, name));
    checkExtracted(graph, today());
    return { ok: true, graph };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
