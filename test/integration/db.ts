/** Shared helpers of the integration tests: a driver on the test Neo4j, a wipe, counts. */
import type { Driver } from 'neo4j-driver';
import { elementAt } from '../../src/domain/guaranteed';
import { createDriver } from '../../src/graph/driver';
import { applySchema } from '../../src/graph/schema';

export function testDriver(): Driver {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the integration global set-up did not run');
  return createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
}

export async function resetGraph(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await applySchema(driver);
}

export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  const counts = elementAt(records, 0, 'graphCounts: a query of counts alone returns one row');
  return { nodes: counts.get('nodes'), relationships: counts.get('relationships') };
}

/** The whole graph as sorted plain text lines: two graphs are the same when their dumps are. */
export async function dumpGraph(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, "") AS from, coalesce(b.id, "") AS to, properties(r) AS props',
  );
  const sorted = (o: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y))));
  return [
    ...nodes.records.map(
      (r) => `node ${[...(r.get('labels') as string[])].sort().join(':')} ${sorted(r.get('props'))}`,
    ),
    ...rels.records.map((r) => `rel ${r.get('type')} ${r.get('from')}->${r.get('to')} ${sorted(r.get('props'))}`),
  ].sort();
}
