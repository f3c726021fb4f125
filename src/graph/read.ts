import neo4j, { type Driver } from 'neo4j-driver';
import { classifyDatabaseError } from './errors';

/**
 * What read queries run on: the driver, and a count of the round trips made through
 * it. The API makes one Reader per request, so the count is that request's cost.
 */
export interface Reader {
  driver: Driver;
  roundTrips: number;
  /** Neo4j cuts a read transaction that runs longer (a path search through a hub). */
  timeoutMs: number;
}

export const DEFAULT_READ_TIMEOUT_MS = 10_000;

export function createReader(driver: Driver, timeoutMs = DEFAULT_READ_TIMEOUT_MS): Reader {
  return { driver, roundTrips: 0, timeoutMs };
}

/**
 * Runs one read query in a managed read transaction (retried on transient errors,
 * routed to a secondary in a cluster) and returns its records as plain objects.
 * Every read of the app goes through here.
 */
export async function readRows<T>(reader: Reader, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  reader.roundTrips += 1;
  const session = reader.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params), { timeout: reader.timeoutMs });
    return result.records.map((record) => record.toObject() as T);
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
}
