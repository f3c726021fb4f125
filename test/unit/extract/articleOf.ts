import type { ArticleInput } from '../../../src/domain/types';

/** An article of one text, for the tests that run the whole extractor on a sentence or two. */
export function articleOf(body: string, published: string | null = '2025-03-04'): ArticleInput {
  return { id: 'a', origin: 'a.txt', title: null, url: null, source: null, published, body };
}
