/**
 * One real Neo4j for all integration tests: the server of NEO4J_URI when set (its
 * data is wiped by the tests!), else an embedded instance on a free port with a
 * temporary data folder. Test workers inherit NEO4J_URI from here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbedded, type RunningNeo4j } from '../../scripts/neo4j/embedded';

declare global {
  var __EMBEDDED_NEO4J__: { instance: RunningNeo4j; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'actor-graph-test-'));
  const instance = await startEmbedded({ dataDir, port: 0, heapMb: 1024, pageCacheMb: 256 });
  globalThis.__EMBEDDED_NEO4J__ = { instance, dataDir };
  process.env.NEO4J_URI = instance.uri;
  process.env.TEST_NEO4J_DATA_DIR = dataDir;
}
