import { extract } from '../../../src/extract';
import type { ExtractedActor } from '../../../src/domain/types';
import { articleOf } from './articleOf';

/** Events of one text as "TYPE role:actor ... @date" strings (the whole pipeline). */
export function eventsOf(body: string, published: string | null = '2025-03-04'): string[] {
  return extract(articleOf(body, published)).events.map((e) =>
    [e.type, ...e.participants.map((p) => `${p.role}:${p.actorId}`), `@${e.date}`].join(' '),
  );
}

/** Events of one text as "TYPE a->b date" strings, participants in order, "none" for no date (the date tables' form). */
export function datedEdgesOf(body: string, published: string): string[] {
  return extract(articleOf(body, published)).events.map(
    (e) => `${e.type} ${e.participants.map((p) => p.actorId).join('->')} ${e.date ?? 'none'}`,
  );
}

/** The CONFLICT events' participant pairs of one text, sorted, one string each ("russia+ukraine"). */
export function conflictPairsOf(body: string, published: string): string[] {
  return extract(articleOf(body, published))
    .events.filter((e) => e.type === 'CONFLICT')
    .map((e) =>
      e.participants
        .map((p) => p.actorId)
        .sort()
        .join('+'),
    );
}

/** A table of [text, its events] rows under one title, each row a test; `published` is the articles' date. */
export function eventTable(title: string, rows: [string, string[]][], published = '2025-03-04'): void {
  describe(title, () => it.each(rows)('%s', (text, expected) => expect(eventsOf(text, published)).toEqual(expected)));
}

/**
 * A table of [text, publication date, its conflicts' pairs] rows under one title, each row a test; the pairs compared
 * in any order (conflictPairsOf).
 */
export function conflictTable(title: string, rows: [string, string, string[]][]): void {
  describe(title, () =>
    it.each(rows)('%s', (text, published, expected) =>
      expect(conflictPairsOf(text, published).sort()).toEqual([...expected].sort()),
    ),
  );
}

/**
 * The people one text names, each as `show` writes it (its id, or with its role and state), and its events as
 * "TYPE role:actor ..." strings, no date: what a table of names checks, the person and the edge.
 */
export function peopleAndEvents(
  body: string,
  published: string,
  show: (person: ExtractedActor) => string,
): { people: string[]; events: string[] } {
  const { actors, events } = extract(articleOf(body, published));
  return {
    people: actors.filter((a) => a.kind === 'PERSON').map(show),
    events: events.map((e) => [e.type, ...e.participants.map((p) => `${p.role}:${p.actorId}`)].join(' ')),
  };
}
