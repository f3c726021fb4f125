import { parseArticle } from '../../src/extract';
import { elementAt } from '../../src/domain/guaranteed';
import { RELATION_TYPES } from '../../src/domain/ontology';
import { generateArticles, graphActors, graphArticles, type GraphSpec } from '../../scripts/bench/synthetic';

const spec: GraphSpec = { seed: 3, actors: 200, events: 2_000, hubs: 3, eventsPerArticle: 10 };

describe('synthetic benchmark data', () => {
  test('the same seed gives the same articles, another seed others', () => {
    expect(generateArticles(1, 20)).toEqual(generateArticles(1, 20));
    expect(generateArticles(2, 20)).not.toEqual(generateArticles(1, 20));
  });

  test('articles parse, with a title, a publication date and a body of several sentences', () => {
    for (const { name, text } of generateArticles(5, 30)) {
      const article = parseArticle(text, name);
      expect(article.title).toBeTruthy();
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.body.split('. ').length).toBeGreaterThan(4);
    }
  });

  test('the graph has the asked numbers of actors and events, and is the same for the same seed', () => {
    const articles = [...graphArticles(spec)];
    expect(articles.reduce((n, a) => n + a.events.length, 0)).toBe(spec.events);
    expect(new Set(graphActors(spec).map((a) => a.id)).size).toBe(spec.actors);
    expect([...graphArticles(spec)]).toEqual(articles);
  });

  test('boundedShare gives that share of the events no date but bounds of each kind, the same for the same seed; without it every event is dated', () => {
    const bounded = { ...spec, boundedShare: 0.3 };
    const events = [...graphArticles(bounded)].flatMap((a) => a.events);
    expect([...graphArticles(bounded)].flatMap((a) => a.events)).toEqual(events);
    const undated = events.filter((e) => e.date === null);
    expect(undated.length / events.length).toBeGreaterThan(0.25);
    expect(undated.length / events.length).toBeLessThan(0.35);
    const kinds = new Set(undated.map((e) => `${e.earliest ? 'earliest' : ''}-${e.latest ? 'latest' : ''}`));
    expect([...kinds].sort()).toEqual(['-latest', 'earliest-', 'earliest-latest']);
    for (const e of undated) if (e.earliest && e.latest) expect(e.earliest < e.latest).toBe(true);
    expect([...graphArticles(spec)].flatMap((a) => a.events).every((e) => e.date !== null)).toBe(true);
  });

  test('every event has known participants, a type of the ontology and its sentence; the hubs have several times the counterparts of a typical actor', () => {
    const ids = new Set(graphActors(spec).map((a) => a.id));
    const counterparts = new Map<string, Set<string>>();
    for (const article of graphArticles(spec)) {
      const inArticle = new Set(article.actors.map((a) => a.id));
      for (const event of article.events) {
        expect(RELATION_TYPES).toContain(event.type);
        expect(event.evidence[0]?.sentence.length).toBeGreaterThan(0);
        for (const p of event.participants) {
          expect(ids.has(p.actorId) && inArticle.has(p.actorId)).toBe(true);
          for (const q of event.participants)
            if (q !== p) counterparts.set(p.actorId, (counterparts.get(p.actorId) ?? new Set()).add(q.actorId));
        }
      }
    }
    const sizes = [...counterparts.values()].map((s) => s.size).sort((a, b) => a - b);
    const median = elementAt(sizes, Math.floor(sizes.length / 2), 'some actor has counterparts');
    for (const hub of graphActors(spec).slice(0, spec.hubs))
      expect(counterparts.get(hub.id)?.size).toBeGreaterThan(3 * median);
  });
});
