import type { ArticleInput, ExtractedGraph } from '../domain/types';
import { carryDates } from './8-carryDates';
import { findDates, newsDay } from './5-dates';
import { findEvents } from './6-events';
import { linkMentions } from './4-link';
import { findMentions } from './3-mentions';
import { mergeEvents } from './7-merge';
import { splitSentences } from './2-sentences';

/**
 * The extraction pipeline: pure stages from an article to its actors and events.
 * No I/O here: callers read files (scripts/extract.ts) and write graphs (src/graph).
 *
 * The stage files are numbered in the order the pipeline runs them (1-parse.ts makes the ArticleInput that
 * `extract` takes; 2-sentences.ts to 8-carryDates.ts run below, in that order). Word lists live in lexicon/,
 * the event stage's trigger rules in 6-events/triggers.ts.
 */

export { parseArticle } from './1-parse';
export { toEvalJson } from './evalFormat';

export function extract(article: ArticleInput): ExtractedGraph {
  const sentences = splitSentences(article.body);
  const mentions = findMentions(sentences, article.published);
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
