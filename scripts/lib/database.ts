/**
 * How every command reaches Neo4j: the server named by NEO4J_URI when set; else the
 * embedded instance that another command (npm start) already runs on .data/neo4j;
 * else an embedded instance started here and stopped by close().
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver';
import { findRunning, startEmbedded, type RunningNeo4j } from '../neo4j/embedded';

export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', '..', '.data', 'neo4j');

export interface Database {
  driver: Driver;
  uri: string;
  /** How it was reached, for the user: "NEO4J_URI", "running embedded", "embedded, started here". */
  how: string;
  close(): Promise<void>;
}

export async function openDatabase(
  onStatus: (message: string) => void = () => {},
  retryTimeMs?: number,
): Promise<Database> {
  const uri = process.env.NEO4J_URI;
  if (uri !== undefined && uri !== '') {
    const driver = createDriver({
      uri,
      user: process.env.NEO4J_USER,
      password: process.env.NEO4J_PASSWORD,
      retryTimeMs,
    });
    return { driver, uri, how: 'NEO4J_URI', close: () => driver.close() };
  }
  const dataDir = process.env.NEO4J_DATA_DIR ?? DEFAULT_DATA_DIR;
  const running: RunningNeo4j =
    (await findRunning(dataDir)) ??
    (await startEmbedded({
      dataDir,
      port: Number(process.env.NEO4J_BOLT_PORT ?? 7687),
      onStatus,
    }));
  const driver = createDriver({ uri: running.uri, retryTimeMs });
  return {
    driver,
    uri: running.uri,
    how: running.owned ? 'embedded, started here' : 'embedded, already running',
    close: async () => {
      await driver.close();
      await running.stop();
    },
  };
}
