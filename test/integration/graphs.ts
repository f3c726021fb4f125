/**
 * Hand-built extractions for tests that are about the graph layer and the API, not
 * about the extractor: shapes the seeds do not have (diamonds, stars, cliques).
 */
import { actorId, articleId, eventId } from '../../src/domain/ids';
import type { RelationType } from '../../src/domain/ontology';
import type { ExtractedActor, ExtractedEvent, ExtractedGraph, Participant } from '../../src/domain/types';

export function person(name: string, aliases: string[] = []): ExtractedActor {
  return { id: actorId(name), name, kind: 'PERSON', aliases, role: null, affiliation: null };
}

/** A symmetric event between two people, with one evidence sentence. */
export function pairEvent(
  type: RelationType,
  a: string,
  b: string,
  date: string | null,
  sentence = `${a} and ${b}.`,
): ExtractedEvent {
  const participants: Participant[] = [a, b].map((n) => ({ actorId: actorId(n), role: 'PARTICIPANT' }));
  return {
    id: eventId(type, participants, date),
    type,
    participants,
    date,
    location: null,
    confidence: 0.9,
    evidence: [{ sentence, start: 0, end: sentence.length }],
  };
}

/** An article about `people` reporting `events` among them. */
export function articleOf(
  name: string,
  people: string[],
  events: ExtractedEvent[],
  published = '2025-03-04',
): ExtractedGraph {
  return {
    article: { id: articleId(name), origin: name, title: name, url: null, source: 'fixture', published, body: '' },
    actors: [...new Set(people)].map((n) => person(n)),
    events,
    warnings: [],
  };
}
