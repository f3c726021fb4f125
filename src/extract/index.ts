import type { ArticleInput, ExtractedGraph } from '../domain/types';
import { carryDates } from './carryDates';
import { findDates, newsDay } from './dates';
import { findEvents } from './events';
import { linkMentions } from './link';
import { findMentions } from './mentions';
import { mergeEvents } from './merge';
import { splitSentences } from './sentences';

/**
 * The extraction pipeline: pure stages from an article to its actors and events.
 * No I/O here: callers read files (scripts/extract.ts) and write graphs (src/graph).
 */

export { parseArticle } from './parse';
export { toEvalJson } from './evalFormat';

export function extract(article: ArticleInput): ExtractedGraph {
  const sentences = splitSentences(article.body);
  const mentions = findMentions(sentences);
  const { actors, actorOf } = linkMentions(mentions);
  const { dates, warnings } = findDates(sentences, article.published);
  const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
  const affiliationOf = new Map(actors.filter((a) => a.kind === 'PERSON').map((a) => [a.id, a.affiliation]));
  const stateOf = (id: string): string => affiliationOf.get(id) ?? id;
  const events = carryDates(
    mergeEvents(
      findEvents({
        sentences,
        mentions,
        actorOf,
        kindOf,
        dates,
        affiliationOf,
        newsDay: newsDay(dates, article.published),
      }),
    ),
    stateOf,
  );
  return { article, actors, events, warnings };
}
