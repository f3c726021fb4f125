/**
 * Writes extracted articles in one managed write transaction: all of them or, on
 * failure, none. Every statement is an UNWIND batch of MERGEs keyed by
 * deterministic ids, so writing the same article twice changes nothing. A batch of
 * many articles (the bulk path of ingest and of the benchmarks' graph generator)
 * leaves the graph exactly as writing them one by one, in order, would.
 *
 * A graph imported from coded data (GDELT) goes through here too, so that its events
 * meet ours under one identity rule. It has no text: it never overwrites what an
 * article's text gave (title, sentences), and its events have no confidence.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { elementAt } from '../domain/guaranteed';
import { eventKey } from '../domain/ids';
import { ACTOR_LABEL, RELATION_TYPES, isRelationType, type RelationType } from '../domain/ontology';
import { precisionOf } from '../domain/partialDate';
import type { ArticleInput, Evidence, ExtractedActor, ExtractedEvent } from '../domain/types';
import { derivedPairs, type DerivedPair } from './derived';
import { classifyDatabaseError } from './errors';
import { eventBounds, resolveEvent, type ResolvedEvent, type StoredEvent } from './identity';
import { planRoleWrites, reportedRole, type StoredRole } from './roleWrites';
import { WRITE, mergeDerived as mergeDerivedStatement } from './writeStatements';

export interface WriteReport {
  articleId: string;
  actorIds: string[];
  /** Events new to the graph. */
  createdEventIds: string[];
  /** Events the graph already held, which gained this article as a source. */
  mergedEventIds: string[];
}

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

/** An article to write, with the hash of the text it came from (what a re-ingest compares). */
export interface ArticleToWrite {
  graph: GraphToWrite;
  contentHash: string | null;
}

interface Resolved {
  graph: GraphToWrite;
  events: ResolvedEvent<EventToWrite>[];
}

function nameKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map((n) => n.toLowerCase()))];
}

async function writeArticleNodes(tx: ManagedTransaction, articles: readonly ArticleToWrite[]): Promise<void> {
  const rows = articles.map(({ graph: { article, coded }, contentHash }) => ({
    coded: coded === true,
    id: article.id,
    title: article.title,
    url: article.url,
    source: article.source,
    published: article.published,
    origin: article.origin,
    contentHash,
  }));
  await tx.run(WRITE.articles, { rows });
}

async function writeActors(tx: ManagedTransaction, graphs: readonly GraphToWrite[]): Promise<void> {
  const actors = graphs.flatMap((g) => g.actors);
  // One row per actor (and kind) of the batch: names and aliases of its every mention gathered first.
  const rows = new Map<
    string,
    { id: string; name: string; kind: string; label: string; aliases: string[]; keys: string[] }
  >();
  for (const a of actors) {
    const key = JSON.stringify([a.id, a.kind]);
    const row = rows.get(key);
    if (row === undefined) {
      const label = ACTOR_LABEL[a.kind];
      if (label === undefined)
        throw new Error(`writeActors: not an actor kind of the ontology: ${JSON.stringify(a.kind)}`);
      rows.set(key, {
        id: a.id,
        name: a.name,
        kind: a.kind,
        label,
        aliases: [...new Set(a.aliases)],
        keys: nameKeys(a.name, a.aliases),
      });
    } else {
      row.aliases = [...new Set([...row.aliases, ...a.aliases])];
      row.keys = [...new Set([...row.keys, ...nameKeys(a.name, a.aliases)])];
    }
  }
  if (rows.size > 0) {
    // The label is a parameter only after the check above against the ontology's table. Names
    // are written only when they change: each write of them updates the full-text index.
    await tx.run(WRITE.actors, { rows: [...rows.values()] });
  }
  await writeRoles(tx, graphs);
}

/**
 * The stored HOLDS_ROLE relationships of the people, each person write-locked first (a property set and removed
 * leaves no trace; the lock lasts to the end of the transaction): two writers of one person's roles take turns,
 * so that neither creates a term the other is creating, as MERGE's own locks ensured before. (The actors' statement
 * above writes these nodes too, which locks them in practice; this read-then-create does not rely on that.)
 */
async function storedRoles(tx: ManagedTransaction, people: string[]): Promise<StoredRole[]> {
  const result = await tx.run(WRITE.storedRoles, { people: [...people].sort() });
  return result.records.map((r) => r.toObject() as StoredRole);
}

/**
 * HOLDS_ROLE {title, from, to}: one relationship per term of a role (Trump's two terms as President are two),
 * each report narrowing the known ends of the term it is (roleWrites.ts); a relationship stored without a term
 * is open on both sides.
 */
async function writeRoles(tx: ManagedTransaction, graphs: readonly GraphToWrite[]): Promise<void> {
  const reports = graphs.flatMap((g) => g.actors.flatMap((a) => reportedRole(a, g.article.published) ?? []));
  if (reports.length === 0) return;
  const stored = await storedRoles(tx, [...new Set(reports.map((r) => r.person))]);
  const { updates, creates } = planRoleWrites(stored, reports);
  if (updates.length > 0) await tx.run(WRITE.roleTermUpdates, { rows: updates });
  if (creates.length > 0) await tx.run(WRITE.roleTermCreates, { rows: creates });
}

async function storedEvents(tx: ManagedTransaction, keys: string[]): Promise<StoredEvent[]> {
  const result = await tx.run(WRITE.storedEvents, { keys });
  return result.records.map((r) => ({
    id: r.get('id'),
    key: r.get('key'),
    date: r.get('date'),
    earliest: r.get('earliest'),
    latest: r.get('latest'),
  }));
}

/**
 * Resolves each article's events against the stored ones and those of the
 * articles before it in the batch, as one-by-one writes would see them.
 */
function resolveInOrder(graphs: readonly GraphToWrite[], stored: StoredEvent[]): Resolved[] {
  const byKey = new Map<string, StoredEvent[]>();
  for (const s of stored) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  return graphs.map((graph) => {
    const events = graph.events.map((event) =>
      resolveEvent(event, byKey.get(eventKey(event.type, event.participants)) ?? []),
    );
    for (const r of events) {
      const list = (byKey.get(r.key) ?? []).filter((s) => s.id !== r.renameFrom && s.id !== r.id);
      byKey.set(r.key, [...list, { id: r.id, key: r.key, date: r.date, ...r.bounds }]);
    }
    return { graph, events };
  });
}

/**
 * Splits the batch where an article touches an event that an earlier article of
 * the same part wrote: each part's statements then never meet their own writes
 * (which Neo4j's eager reads would make order-dependent), and the parts run in order.
 */
function independentParts(resolved: readonly Resolved[]): Resolved[][] {
  const parts: Resolved[][] = [];
  let part: Resolved[] = [];
  let touched = new Set<string>();
  for (const r of resolved) {
    const ids = r.events.flatMap((e) => (e.renameFrom === null ? [e.id] : [e.id, e.renameFrom]));
    if (ids.some((id) => touched.has(id))) {
      parts.push(part);
      part = [];
      touched = new Set();
    }
    part.push(r);
    for (const id of ids) touched.add(id);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * An event whose date was refined changes id, and so do its derived edges. Few
 * events do, so this runs apart, for them alone, and the MERGEs that follow are
 * plain keyed writes (matching the edges of a hub by a property costs a scan of them).
 */
async function renameEvents(tx: ManagedTransaction, part: readonly Resolved[]): Promise<void> {
  const renames = part.flatMap((r) => r.events).filter((e) => e.renameFrom !== null);
  if (renames.length === 0) return;
  await tx.run(WRITE.renameEvents, {
    rows: renames.map((e) => ({ from: e.renameFrom, to: e.id })),
  });
  for (const type of RELATION_TYPES) {
    const pairs = renames
      .filter((r) => r.event.type === type)
      .flatMap((r) =>
        derivedPairs(type, r.event.participants).map((pair) => ({ ...pair, from_event: r.renameFrom, to_event: r.id })),
      );
    if (pairs.length === 0) continue;
    // The relationship type comes from the ontology's enum, never from the text.
    await tx.run(
      `UNWIND $pairs AS row
       MATCH (:Actor {id: row.from})-[old:${type} {event: row.from_event}]->(:Actor {id: row.to})
       SET old.event = row.to_event`,
      { pairs },
    );
  }
}

type EventRowToWrite = ReturnType<typeof eventRow>;

function eventRow(graph: GraphToWrite, { event, key, id, date }: ResolvedEvent<EventToWrite>) {
  // An event given without bounds (coded data, generated graphs) still spans its date; the extractor's lie within it.
  const { earliest, latest } = eventBounds(event);
  return {
    id,
    key,
    articleId: graph.article.id,
    coded: graph.coded === true,
    type: event.type,
    date,
    precision: date === null ? null : precisionOf(date),
    earliest,
    latest,
    location: event.location,
    confidence: event.confidence,
    participants: event.participants,
    sentence: event.evidence[0]?.sentence ?? '',
    evidence: event.evidence.map((e) => e.sentence),
  };
}

/** An event's derived edges, each once: an actor named twice in one role must not make CREATE write an edge twice. */
function uniquePairs(type: RelationType, participants: EventToWrite['participants']): DerivedPair[] {
  const byEdge = new Map(derivedPairs(type, participants).map((pair) => [JSON.stringify([pair.from, pair.to]), pair]));
  return [...byEdge.values()];
}

/** An event's participants, each (actor, role) once: what MERGE would have made of them on a new event. */
function uniqueParticipants(participants: EventToWrite['participants']): EventToWrite['participants'] {
  const byKey = new Map(participants.map((p) => [JSON.stringify([p.actorId, p.role]), p]));
  return [...byKey.values()];
}

/**
 * Events the graph does not hold yet: created outright, with their source, their
 * participants and their derived edges, in one statement. Nothing can exist under a
 * new id, so there is nothing to merge with (a MERGE of a derived edge between two
 * hubs scans every edge of its type between them, and one of a participation expands
 * the actor's participations twice, before and after its lock: about 40% of the
 * statement's database hits); the id's uniqueness constraint still guards the rule.
 * The derived edge's type is a parameter only after the check against the ontology's enum.
 */
async function createEvents(
  tx: ManagedTransaction,
  fresh: readonly { graph: GraphToWrite; event: ResolvedEvent<EventToWrite> }[],
): Promise<void> {
  const rows = fresh.map(({ graph, event }) => {
    if (!isRelationType(event.event.type))
      throw new Error(`createEvents: not a relation type of the ontology: ${JSON.stringify(event.event.type)}`);
    return {
      ...eventRow(graph, event),
      participants: uniqueParticipants(event.event.participants),
      derived: uniquePairs(event.event.type, event.event.participants),
    };
  });
  await tx.run(WRITE.createEvents, { rows });
}

/**
 * Events the graph holds (or an earlier article of the batch wrote): merged, keeping the best of each field.
 * Bounds intersect, each report narrowing them: the later earliest and the sooner latest, an unknown (null)
 * side keeping the other's. They share a day: identity (./identity.ts) makes reports whose bounds do not two events.
 */
async function mergeEvents(tx: ManagedTransaction, rows: EventRowToWrite[]): Promise<void> {
  await tx.run(WRITE.mergeEvents, { rows });
}

/** The derived edges of events the graph holds, one statement per relation type. */
async function mergeDerived(tx: ManagedTransaction, events: readonly ResolvedEvent<EventToWrite>[]): Promise<void> {
  for (const type of RELATION_TYPES) {
    const pairs = events
      .filter((r) => r.event.type === type)
      .flatMap((r) =>
        derivedPairs(type, r.event.participants).map((pair) => ({
          ...pair,
          event: r.id,
          date: r.date,
          precision: r.date === null ? null : precisionOf(r.date),
        })),
      );
    if (pairs.length === 0) continue;
    // The relationship type comes from the ontology's enum, never from the text.
    await tx.run(mergeDerivedStatement(type), { pairs });
  }
}

async function writeEvents(tx: ManagedTransaction, part: readonly Resolved[]): Promise<void> {
  await renameEvents(tx, part);
  // An event new to the graph is created once; a second mention of it in the part merges.
  const created = new Set<string>();
  const fresh: { graph: GraphToWrite; event: ResolvedEvent<EventToWrite> }[] = [];
  const known: typeof fresh = [];
  for (const { graph, events } of part) {
    for (const event of events) {
      const isNew = !event.merged && event.renameFrom === null && !created.has(event.id);
      if (isNew) created.add(event.id);
      (isNew ? fresh : known).push({ graph, event });
    }
  }
  if (fresh.length > 0) await createEvents(tx, fresh);
  if (known.length > 0) {
    await mergeEvents(
      tx,
      known.map((k) => eventRow(k.graph, k.event)),
    );
    await mergeDerived(
      tx,
      known.map((k) => k.event),
    );
  }
}

/** Writes many articles in one transaction; the reports follow the order of `articles`. */
export async function writeArticles(driver: Driver, articles: readonly ArticleToWrite[]): Promise<WriteReport[]> {
  if (articles.length === 0) return [];
  const graphs = articles.map((a) => a.graph);
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      await writeArticleNodes(tx, articles);
      await writeActors(tx, graphs);
      const keys = [...new Set(graphs.flatMap((g) => g.events.map((e) => eventKey(e.type, e.participants))))];
      const resolved = resolveInOrder(graphs, await storedEvents(tx, keys));
      for (const part of independentParts(resolved)) await writeEvents(tx, part);
      return resolved.map(({ graph, events }) => ({
        articleId: graph.article.id,
        actorIds: graph.actors.map((a) => a.id),
        createdEventIds: events.filter((r) => !r.merged).map((r) => r.id),
        mergedEventIds: events.filter((r) => r.merged).map((r) => r.id),
      }));
    });
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
}

export async function writeArticle(
  driver: Driver,
  graph: GraphToWrite,
  contentHash: string | null = null,
): Promise<WriteReport> {
  const reports = await writeArticles(driver, [{ graph, contentHash }]);
  return elementAt(reports, 0, 'writeArticles: one report per article');
}
