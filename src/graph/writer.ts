/**
 * Writes one article's extracted graph in one managed write transaction: all of it
 * or, on failure, nothing. Every statement is an UNWIND batch of MERGEs keyed by
 * deterministic ids, so writing the same article twice changes nothing.
 *
 * A graph imported from coded data (GDELT) goes through here too, so that its events
 * meet ours under one identity rule. It has no text: it never overwrites what an
 * article's text gave (title, sentences), and its events have no confidence.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { eventKey } from '../domain/ids';
import { ACTOR_KINDS, ACTOR_LABEL, RELATION_TYPES } from '../domain/ontology';
import { precisionOf } from '../domain/partialDate';
import type { ArticleInput, Evidence, ExtractedActor, ExtractedEvent } from '../domain/types';
import { derivedPairs } from './derived';
import { classifyDatabaseError } from './errors';
import { resolveEvent, type ResolvedEvent, type StoredEvent } from './identity';

/** An event to write: extracted from text, or imported from coded data (no confidence). */
export type EventToWrite = Omit<ExtractedEvent, 'confidence' | 'evidence'> & {
  confidence: number | null;
  evidence: Pick<Evidence, 'sentence'>[];
};

/** One article's graph. An ExtractedGraph is one; `coded` marks one imported from coded data. */
export interface GraphToWrite {
  article: Omit<ArticleInput, 'body'>;
  actors: ExtractedActor[];
  events: EventToWrite[];
  coded?: boolean;
}

export interface WriteReport {
  articleId: string;
  actorIds: string[];
  /** Events new to the graph. */
  createdEventIds: string[];
  /** Events the graph already held, which gained this article as a source. */
  mergedEventIds: string[];
}

function nameKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map((n) => n.toLowerCase()))];
}

async function writeArticleNode(tx: ManagedTransaction, graph: GraphToWrite): Promise<void> {
  const { id, title, url, source, published, origin } = graph.article;
  // Coded data only fills what no article text gave.
  const set = graph.coded
    ? `SET a.title = coalesce(a.title, $title), a.url = coalesce(a.url, $url), a.source = coalesce(a.source, $source),
           a.published = coalesce(a.published, $published), a.origin = coalesce(a.origin, $origin)`
    : 'SET a.title = $title, a.url = $url, a.source = $source, a.published = $published, a.origin = $origin';
  await tx.run(`MERGE (a:Article {id: $id}) ${set}`, { id, title, url, source, published, origin });
}

async function writeActors(tx: ManagedTransaction, graph: GraphToWrite): Promise<void> {
  for (const kind of ACTOR_KINDS) {
    const rows = graph.actors
      .filter((a) => a.kind === kind)
      .map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, keys: nameKeys(a.name, a.aliases) }));
    if (rows.length === 0) continue;
    // The label comes from the ontology's table, never from the text.
    await tx.run(
      `UNWIND $rows AS row
       MERGE (a:Actor {id: row.id})
       ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [], a.nameKeys = []
       SET a:${ACTOR_LABEL[kind]}
       SET a.aliases = reduce(acc = a.aliases, x IN row.aliases | CASE WHEN x IN acc OR x = a.name THEN acc ELSE acc + x END),
           a.nameKeys = reduce(acc = a.nameKeys, x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END)`,
      { rows },
    );
  }
  const roles = graph.actors
    .filter((a) => a.role !== null && a.affiliation !== null)
    .map((a) => ({ person: a.id, of: a.affiliation, title: a.role }));
  if (roles.length > 0) {
    await tx.run(
      `UNWIND $roles AS row
       MATCH (p:Actor {id: row.person}), (o:Actor {id: row.of})
       MERGE (p)-[:HOLDS_ROLE {title: row.title}]->(o)`,
      { roles },
    );
  }
}

async function storedEvents(tx: ManagedTransaction, keys: string[]): Promise<StoredEvent[]> {
  const result = await tx.run(
    `UNWIND $keys AS key MATCH (e:Event {key: key}) RETURN e.id AS id, e.key AS key, e.date AS date`,
    { keys },
  );
  return result.records.map((r) => ({ id: r.get('id'), key: r.get('key'), date: r.get('date') }));
}

async function writeEvents(tx: ManagedTransaction, graph: GraphToWrite, resolved: ResolvedEvent<EventToWrite>[]): Promise<void> {
  const rows = resolved.map(({ event, key, id, date, renameFrom }) => ({
    id,
    key,
    renameFrom,
    type: event.type,
    date,
    precision: date === null ? null : precisionOf(date),
    location: event.location,
    confidence: event.confidence,
    participants: event.participants,
    sentence: event.evidence[0]?.sentence ?? '',
    evidence: event.evidence.map((e) => e.sentence),
  }));
  await tx.run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (old:Event {id: row.renameFrom})
     SET old.id = row.id
     WITH row
     MERGE (e:Event {id: row.id})
     ON CREATE SET e.key = row.key, e.type = row.type, e.confidence = row.confidence
     SET e.date = row.date, e.precision = row.precision,
         e.location = coalesce(e.location, row.location),
         e.confidence = CASE WHEN row.confidence IS NULL THEN e.confidence
                             WHEN e.confidence IS NULL OR row.confidence > e.confidence THEN row.confidence
                             ELSE e.confidence END
     WITH e, row
     MATCH (article:Article {id: $articleId})
     MERGE (e)-[s:REPORTED_IN]->(article)
     ${graph.coded ? 'ON CREATE ' : ''}SET s.sentence = row.sentence, s.evidence = row.evidence
     WITH e, row
     UNWIND row.participants AS p
     MATCH (a:Actor {id: p.actorId})
     MERGE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)`,
    { rows, articleId: graph.article.id },
  );
  for (const type of RELATION_TYPES) {
    const pairs = resolved
      .filter((r) => r.event.type === type)
      .flatMap((r) =>
        derivedPairs(type, r.event.participants).map((pair) => ({
          ...pair,
          event: r.id,
          renameFrom: r.renameFrom,
          date: r.date,
          precision: r.date === null ? null : precisionOf(r.date),
        })),
      );
    if (pairs.length === 0) continue;
    // The relationship type comes from the ontology's enum, never from the text.
    await tx.run(
      `UNWIND $pairs AS row
       MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
       OPTIONAL MATCH (a)-[old:${type} {event: row.renameFrom}]->(b)
       SET old.event = row.event
       MERGE (a)-[r:${type} {event: row.event}]->(b)
       SET r.date = row.date, r.precision = row.precision`,
      { pairs },
    );
  }
}

export async function writeArticle(driver: Driver, graph: GraphToWrite): Promise<WriteReport> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      await writeArticleNode(tx, graph);
      await writeActors(tx, graph);
      const stored = await storedEvents(tx, [...new Set(graph.events.map((e) => eventKey(e.type, e.participants)))]);
      const resolved = graph.events.map((event) => resolveEvent(event, stored));
      await writeEvents(tx, graph, resolved);
      return {
        articleId: graph.article.id,
        actorIds: graph.actors.map((a) => a.id),
        createdEventIds: resolved.filter((r) => !r.merged).map((r) => r.id),
        mergedEventIds: resolved.filter((r) => r.merged).map((r) => r.id),
      };
    });
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
}
