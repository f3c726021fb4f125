import neo4j, { type Driver } from 'neo4j-driver';

/**
 * Runs one read query in a managed read transaction (retried on transient errors,
 * routed to a secondary in a cluster) and returns its records as plain objects.
 * Every read of the app goes through here, so this is where round trips are counted.
 */
export async function readRows<T>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((record) => record.toObject() as T);
  } finally {
    await session.close();
  }
}
