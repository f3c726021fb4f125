/** A worker thread of the extraction pool (piscina loads this module and calls its default export). */
import { extractArticle, type ArticleText, type Extraction } from './extractArticle';

export default function extractInWorker(article: ArticleText): Extraction {
  return extractArticle(article);
}
