/** Shared helpers of the integration tests: a driver on the test Neo4j, a wipe, counts. */
import type { Driver } from 'neo4j-driver';
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
  return { nodes: records[0].get('nodes'), relationships: records[0].get('relationships') };
}
