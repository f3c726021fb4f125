import type { ArticleInput, ExtractedActor, ExtractedGraph, ExtractedEvent } from '../domain/types';
import { carryDates, datedByNews, datedByRound } from './8-carryDates';
import { boundEvents, boundMentions } from './9-bounds';
import { findDates, newsDay, type DateMention, type NewsDay } from './5-dates';
import { findEvents, type EventMention } from './6-events';
import { linkMentions } from './4-link';
import { findMentions, type Mention } from './3-mentions';
import { mergeEvents } from './7-merge';
import { Officeholders } from './officeholders';
import { withHeldRoles } from './roleTerms';
import { splitSentences, type Sentence } from './2-sentences';

/**
 * The extraction pipeline: pure stages from an article to its actors and events.
 * No I/O here: callers read files (scripts/extract.ts) and write graphs (src/graph).
 *
 * The stage files are numbered in the order the pipeline runs them (1-parse.ts makes the ArticleInput that
 * `extract` takes; 2-sentences.ts to 9-bounds.ts run below, in that order, except that 9-bounds.ts reads each event
 * mention's bounds before merge, which needs them, and bounds the final events last). Word lists live in lexicon/,
 * the event stage's trigger rules in 6-events/triggers.ts.
 *
 * `readArticle` (stages 2 to 5) and `finishEvents` (9, 7, 8, 9) are shared with the LLM extractor (src/llm),
 * which replaces only the event stage: its actors and dates are ours, so one person stays one node whichever
 * extractor found them.
 */

export { parseArticle } from './1-parse';
export { toEvalJson } from './evalFormat';

/** What stages 2 to 5 read of an article: its sentences, actor mentions, linked actors and dates. */
export interface ArticleReading {
  article: ArticleInput;
  sentences: Sentence[];
  mentions: Mention[];
  actors: ExtractedActor[];
  /** Actor id per mention (same index), null when it names no actor. */
  actorOf: (string | null)[];
  dates: DateMention[];
  newsDay: NewsDay | null;
  warnings: string[];
}

export function readArticle(article: ArticleInput): ArticleReading {
  const sentences = splitSentences(article.body);
  const mentions = findMentions(sentences, article.published);
  const { actors: linked, actorOf } = linkMentions(mentions);
  // Each role's term (the gazetteer's dates, the words "former", "incoming"): only what the graph keeps of roles.
  const actors = withHeldRoles(linked, mentions, actorOf, sentences, article.published);
  const { dates, warnings } = findDates(sentences, article.published);
  const day = newsDay(dates, article.published, sentences[0]);
  return { article, sentences, mentions, actors, actorOf, dates, newsDay: day, warnings };
}

/** The state a person acts for (their affiliation), else the actor itself. */
function statesOf(actors: readonly ExtractedActor[]): (id: string) => string {
  const affiliationOf = new Map(actors.filter((a) => a.kind === 'PERSON').map((a) => [a.id, a.affiliation]));
  return (id) => affiliationOf.get(id) ?? id;
}

/** Event mentions to events: bounded, merged where they corefer, dated from their occasion, bounded again. */
export function finishEvents(
  found: readonly EventMention[],
  reading: Pick<ArticleReading, 'article' | 'sentences' | 'dates' | 'actors'>,
): ExtractedEvent[] {
  const { sentences, dates, article } = reading;
  // Bounds are read off each mention, so that merge can join only mentions with a day in common (9-bounds.ts).
  const bounded = boundMentions(found, { sentences, dates, published: article.published });
  const events = boundEvents(carryDates(mergeEvents(bounded), statesOf(reading.actors)), article.published);
  // Last of all, an event still undated may be of a round of meetings dated before it, or of the news of the days
  // before publication (8-carryDates.ts).
  const people = new Set(reading.actors.filter((a) => a.kind === 'PERSON').map((a) => a.id));
  const isPerson = (id: string) => people.has(id);
  const news = { sentences, dates, published: article.published };
  return datedByNews(datedByRound(events, { ...news, isPerson }), news);
}

export function extract(article: ArticleInput): ExtractedGraph {
  const reading = readArticle(article);
  const { sentences, mentions, actors, actorOf, dates } = reading;
  const kindOf = new Map<string, string>(actors.map((a) => [a.id, a.kind]));
  const affiliationOf = new Map(actors.filter((a) => a.kind === 'PERSON').map((a) => [a.id, a.affiliation]));
  // ("his Japanese counterpart": a person the article does not name joins its actors when an event names them.)
  const officeholders = new Officeholders(article.published, { mentions, actorOf, kindOf, affiliationOf });
  const found = findEvents({
    sentences,
    mentions,
    actorOf,
    kindOf,
    dates,
    affiliationOf,
    newsDay: reading.newsDay,
    published: article.published,
    officeholder: officeholders.holderOf,
  });
  const all = [...actors, ...officeholders.introducedIn(found)];
  return { article, actors: all, events: finishEvents(found, { ...reading, actors: all }), warnings: reading.warnings };
}
