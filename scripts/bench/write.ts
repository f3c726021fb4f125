/**
 * `write`: the project's writer (identity resolution, renames, aliases, derived
 * edges) against a bare neo4j-driver script of UNWIND … MERGE statements writing
 * the same rows (articles, actors, roles, events, participants, sources, derived
 * edges) in the same batches, each into an empty graph.
 */
import type { Driver } from 'neo4j-driver';
import { ACTOR_KINDS, ACTOR_LABEL, RELATION_TYPES } from '../../src/domain/ontology';
import { boundsOf, intersect, spanOf } from '../../src/domain/dayBounds';
import { precisionOf } from '../../src/domain/partialDate';
import type { ExtractedGraph } from '../../src/domain/types';
import { derivedPairs } from '../../src/graph/derived';
import { writeArticles } from '../../src/graph/writer';
import { graphArticles, type GraphSpec } from './synthetic';
import { result, timed, wipe, type Instance, type Result } from './lib';

/** The bare script: one transaction per batch, one UNWIND MERGE per kind of row. */
async function writeBare(driver: Driver, batch: readonly ExtractedGraph[]): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const articles = batch.map((g) => ({ ...g.article }));
      await tx.run(
        `UNWIND $rows AS row MERGE (a:Article {id: row.id})
         SET a.title = row.title, a.url = row.url, a.source = row.source, a.published = row.published, a.origin = row.origin`,
        { rows: articles },
      );
      const actors = [...new Map(batch.flatMap((g) => g.actors).map((a) => [a.id, a])).values()];
      for (const kind of ACTOR_KINDS) {
        const rows = actors
          .filter((a) => a.kind === kind)
          .map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases }));
        if (rows.length > 0) {
          await tx.run(
            `UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a:${ACTOR_LABEL[kind]}, a.name = row.name, a.kind = row.kind, a.aliases = row.aliases`,
            { rows },
          );
        }
      }
      const roles = actors
        .filter((a) => a.role !== null && a.affiliation !== null)
        .map((a) => ({ person: a.id, of: a.affiliation, title: a.role }));
      await tx.run(
        `UNWIND $rows AS row MATCH (p:Actor {id: row.person}), (o:Actor {id: row.of}) MERGE (p)-[:HOLDS_ROLE {title: row.title}]->(o)`,
        { rows: roles },
      );
      const events = batch.flatMap((g) =>
        g.events.map((e) => ({
          id: e.id,
          type: e.type,
          date: e.date,
          precision: e.date === null ? null : precisionOf(e.date),
          ...intersect(boundsOf(e), spanOf(e.date)),
          confidence: e.confidence,
          articleId: g.article.id,
          sentence: e.evidence[0]?.sentence ?? '',
          participants: e.participants,
        })),
      );
      await tx.run(
        `UNWIND $rows AS row
         MERGE (e:Event {id: row.id}) SET e.type = row.type, e.date = row.date, e.precision = row.precision, e.earliest = row.earliest, e.latest = row.latest, e.confidence = row.confidence
         WITH e, row MATCH (art:Article {id: row.articleId}) MERGE (e)-[s:REPORTED_IN]->(art) SET s.sentence = row.sentence
         WITH e, row UNWIND row.participants AS p MATCH (a:Actor {id: p.actorId}) MERGE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)`,
        { rows: events },
      );
      for (const type of RELATION_TYPES) {
        const rows = batch.flatMap((g) =>
          g.events
            .filter((e) => e.type === type)
            .flatMap((e) =>
              derivedPairs(type, e.participants).map((p) => ({
                ...p,
                event: e.id,
                date: e.date,
                ...intersect(boundsOf(e), spanOf(e.date)),
              })),
            ),
        );
        if (rows.length > 0) {
          await tx.run(
            `UNWIND $rows AS row MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) MERGE (a)-[r:${type} {event: row.event}]->(b) SET r.date = row.date, r.earliest = row.earliest, r.latest = row.latest`,
            { rows },
          );
        }
      }
    });
  } finally {
    await session.close();
  }
}

/**
 * Batches each side writes untimed first: enough for Neo4j to plan every statement and V8 to compile the writer.
 * --quick's 3,000 events are 3 batches, and warming with all three had cost 15 s of its 3 minutes.
 */
const WARM_UP_BATCHES = 1;

export async function benchWrite(
  instance: Instance,
  spec: GraphSpec,
  batchSize: number,
  log: (m: string) => void,
): Promise<Result> {
  const graphs = [...graphArticles(spec)];
  const batches: ExtractedGraph[][] = [];
  for (let i = 0; i < graphs.length; i += batchSize) batches.push(graphs.slice(i, i + batchSize));
  const ours = async () => {
    for (const b of batches)
      await writeArticles(
        instance.driver,
        b.map((graph) => ({ graph, contentHash: null })),
      );
  };
  const bare = async () => {
    for (const b of batches) await writeBare(instance.driver, b);
  };
  // Warm-up of both (query plans, JIT), then one timed run of each into an empty graph, bare first.
  log(`write: ${spec.events} events in ${graphs.length} articles, batches of ${batchSize} articles; warm-up…`);
  const warmUp = batches.slice(0, WARM_UP_BATCHES);
  await wipe(instance.driver);
  for (const b of warmUp) await writeBare(instance.driver, b);
  await wipe(instance.driver);
  for (const b of warmUp)
    await writeArticles(
      instance.driver,
      b.map((graph) => ({ graph, contentHash: null })),
    );
  await wipe(instance.driver);
  const baseline = await timed(bare);
  log(`write: bare ${(baseline.ms / 1000).toFixed(1)} s; ours…`);
  await wipe(instance.driver);
  const oursRun = await timed(ours);
  return result(oursRun.ms, baseline.ms, { events: spec.events, articles: graphs.length, batchArticles: batchSize });
}
