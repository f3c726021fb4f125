import type { ArticleInput, ExtractedGraph } from '../domain/types';
import { carryDates } from './8-carryDates';
import { boundEvents, boundMentions } from './9-bounds';
import { findDates, newsDay } from './5-dates';
import { findEvents } from './6-events';
import { linkMentions } from './4-link';
import { findMentions } from './3-mentions';
import { mergeEvents } from './7-merge';
import { withHeldRoles } from './roleTerms';
import { splitSentences } from './2-sentences';

/**
 * The extraction pipeline: pure stages from an article to its actors and events.
 * No I/O here: callers read files (scripts/extract.ts) and write graphs (src/graph).
 *
 * The stage files are numbered in the order the pipeline runs them (1-parse.ts makes the ArticleInput that
 * `extract` takes; 2-sentences.ts to 9-bounds.ts run below, in that order, except that 9-bounds.ts reads each event
 * mention's bounds before merge, which needs them, and bounds the final events last). Word lists live in lexicon/,
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
  const found = findEvents({
    sentences,
    mentions,
    actorOf,
    kindOf,
    dates,
    affiliationOf,
    newsDay: newsDay(dates, article.published),
  });
  // Bounds are read off each mention, so that merge can join only mentions with a day in common (9-bounds.ts).
  const bounded = boundMentions(found, { sentences, dates, published: article.published });
  const events = boundEvents(carryDates(mergeEvents(bounded), stateOf), article.published);
  // Each role's term (the gazetteer's dates, the words "former", "incoming"): only what the graph keeps of roles.
  const withTerms = withHeldRoles(actors, mentions, actorOf, sentences, article.published);
  return { article, actors: withTerms, events, warnings };
}
