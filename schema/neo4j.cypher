// Constraints and indexes of the graph. Every statement is idempotent (IF NOT EXISTS)
// and the whole file is applied at every start by src/graph/schema.ts.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
// An event's identity without its date: mentions with one key and compatible dates are one event.
CREATE INDEX event_key IF NOT EXISTS FOR (e:Event) ON (e.key);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];
// A re-ingest skips an article file whose name and text the graph already holds.
CREATE INDEX article_content IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
