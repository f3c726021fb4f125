/**
 * The writer's Cypher statements (./writer.ts applies them), each planned once.
 *
 * Neo4j plans a statement again whenever the graph's statistics have moved by more than
 * a threshold since it was planned, at most every 10 s. A graph an ingest is filling moves
 * all the time, so the writer's statements were planned again and again during a run:
 * measured on a warm database, about a third of Neo4j's CPU in an ingest of 2,000 articles
 * (BENCHMARKS.md). Their plans cannot gain from it: each statement starts from the
 * id or key of what it writes (a unique constraint's or the event key's index), whatever
 * the graph's size. So they say `CYPHER replan=skip`: the first plan stays. That holds
 * only while every one of them is planned from an index seek on an empty graph too, which
 * `test/integration/writeStatements.test.ts` checks.
 *
 * Statements whose best plan does depend on the graph's size stay out of here (the
 * rename of an event's derived edges reaches both ends by their ids only on a grown graph).
 */
import type { RelationType } from '../domain/ontology';
import { RELATION_TYPES } from '../domain/ontology';

/** The prefix that keeps a statement's first plan: see above. */
const PLANNED_ONCE = 'CYPHER replan=skip';

const plannedOnce = (statement: string) => `${PLANNED_ONCE}\n${statement}`;

export const WRITE = {
  /** Articles by id. */
  articles: plannedOnce(`UNWIND $rows AS row
    MERGE (a:Article {id: row.id})
    SET a.contentHash = coalesce(row.contentHash, a.contentHash)
    // Coded data only fills what no article text gave.
    FOREACH (_ IN CASE WHEN row.coded THEN [1] ELSE [] END |
      SET a.title = coalesce(a.title, row.title), a.url = coalesce(a.url, row.url), a.source = coalesce(a.source, row.source),
          a.published = coalesce(a.published, row.published), a.origin = coalesce(a.origin, row.origin))
    FOREACH (_ IN CASE WHEN row.coded THEN [] ELSE [1] END |
      SET a.title = row.title, a.url = row.url, a.source = row.source, a.published = row.published, a.origin = row.origin)`),
  /** Actors by id, with their label (checked against the ontology by the writer) and new names. */
  actors: plannedOnce(`UNWIND $rows AS row
    MERGE (a:Actor {id: row.id})
    ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [], a.nameKeys = []
    SET a:$(row.label)
    WITH a, row, [x IN row.aliases WHERE NOT x IN a.aliases AND x <> a.name] AS newAliases,
         [x IN row.keys WHERE NOT x IN a.nameKeys] AS newKeys
    FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END | SET a.aliases = a.aliases + newAliases)
    FOREACH (_ IN CASE WHEN size(newKeys) > 0 THEN [1] ELSE [] END | SET a.nameKeys = a.nameKeys + newKeys)`),
  /** The people's stored terms, each person write-locked first (see `storedRoles` in the writer). */
  storedRoles: plannedOnce(`UNWIND $people AS id MATCH (p:Actor {id: id})
    SET p.roleLock = true REMOVE p.roleLock
    WITH p, id MATCH (p)-[r:HOLDS_ROLE]->(o:Actor)
    RETURN elementId(r) AS ref, id AS person, o.id AS of, r.title AS title, r.from AS from, r.to AS to`),
  /** A stored term's ends narrowed. */
  roleTermUpdates: plannedOnce(
    `UNWIND $rows AS row MATCH ()-[r:HOLDS_ROLE]->() WHERE elementId(r) = row.ref SET r.from = row.from, r.to = row.to`,
  ),
  /** A new term of a role. */
  roleTermCreates: plannedOnce(`UNWIND $rows AS row
    MATCH (p:Actor {id: row.person}), (o:Actor {id: row.of})
    CREATE (p)-[:HOLDS_ROLE {title: row.title, from: row.from, to: row.to}]->(o)`),
  /** The stored events of the batch's event keys. */
  storedEvents: plannedOnce(`UNWIND $keys AS key MATCH (e:Event {key: key})
    RETURN e.id AS id, e.key AS key, e.date AS date, e.earliest AS earliest, e.latest AS latest`),
  /** An event whose date was refined, under its new id. */
  renameEvents: plannedOnce(`UNWIND $rows AS row MATCH (old:Event {id: row.from}) SET old.id = row.to`),
  /** Events new to the graph, with their source, participants and derived edges. */
  createEvents: plannedOnce(`UNWIND $rows AS row
    CREATE (e:Event {id: row.id, key: row.key, type: row.type, date: row.date, precision: row.precision,
                     earliest: row.earliest, latest: row.latest, location: row.location, confidence: row.confidence})
    WITH e, row
    MATCH (article:Article {id: row.articleId})
    CREATE (e)-[:REPORTED_IN {sentence: row.sentence, evidence: row.evidence}]->(article)
    WITH e, row
    CALL (e, row) {
      UNWIND row.participants AS p
      MATCH (a:Actor {id: p.actorId})
      CREATE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)
    }
    CALL (row) {
      UNWIND row.derived AS pair
      MATCH (a:Actor {id: pair.from}), (b:Actor {id: pair.to})
      CREATE (a)-[:$(row.type) {event: row.id, date: row.date, precision: row.precision,
                                 earliest: row.earliest, latest: row.latest}]->(b)
    }`),
  /** Events the graph holds, merged. */
  mergeEvents: plannedOnce(`UNWIND $rows AS row
    MERGE (e:Event {id: row.id})
    ON CREATE SET e.key = row.key, e.type = row.type, e.confidence = row.confidence
    WITH e, row,
         CASE WHEN e.earliest IS NULL OR row.earliest > e.earliest THEN coalesce(row.earliest, e.earliest)
              ELSE e.earliest END AS earliest,
         CASE WHEN e.latest IS NULL OR row.latest < e.latest THEN coalesce(row.latest, e.latest)
              ELSE e.latest END AS latest
    SET e.date = row.date, e.precision = row.precision,
        e.earliest = earliest, e.latest = latest,
        e.location = coalesce(e.location, row.location),
        e.confidence = CASE WHEN row.confidence IS NULL THEN e.confidence
                            WHEN e.confidence IS NULL OR row.confidence > e.confidence THEN row.confidence
                            ELSE e.confidence END
    WITH e, row
    MATCH (article:Article {id: row.articleId})
    MERGE (e)-[s:REPORTED_IN]->(article)
    // Coded data sets a source's sentence only when it creates the source.
    ON CREATE SET s.sentence = row.sentence, s.evidence = row.evidence
    ON MATCH SET s.sentence = CASE WHEN row.coded THEN s.sentence ELSE row.sentence END,
                 s.evidence = CASE WHEN row.coded THEN s.evidence ELSE row.evidence END
    WITH e, row
    UNWIND row.participants AS p
    MATCH (a:Actor {id: p.actorId})
    MERGE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)`),
} as const;

/** The derived edges of events the graph holds, for one relation type of the ontology's enum. */
export const mergeDerived = (type: RelationType) =>
  plannedOnce(`UNWIND $pairs AS row
    MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}), (e:Event {id: row.event})
    MERGE (a)-[r:${type} {event: row.event}]->(b)
    SET r.date = row.date, r.precision = row.precision, r.earliest = e.earliest, r.latest = e.latest`);

/** Every statement planned once, by name, for the test of their plans. */
export const plannedOnceStatements = (): [name: string, statement: string][] => [
  ...Object.entries(WRITE),
  ...RELATION_TYPES.map((type): [string, string] => [`mergeDerived(${type})`, mergeDerived(type)]),
];
