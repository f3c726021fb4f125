/**
 * The CPU-bound half of ingest: an article's text to its checked extraction. Pure
 * (no I/O), so that it runs the same in the main thread or in a worker thread
 * (src/ingest/worker.ts), and its failures come back as values.
 */
import { extract, parseArticle } from '../extract';
import type { Extractor } from '../extract/extractor';
import { checkExtracted, today, type ArticleText, type Extraction } from './checks';

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
