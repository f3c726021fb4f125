/** A worker thread of the extraction pool (piscina loads this module and calls its default export). */
import type { ArticleText, Extraction } from './checks';
import { extractArticle } from './extractArticle';

export default function extractInWorker(article: ArticleText): Extraction {
  return extractArticle(article);
}
