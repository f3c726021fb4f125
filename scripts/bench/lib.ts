/** What the benchmarks share: timing, percentiles, wiping and scratch Neo4j instances. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { elementAt } from '../../src/domain/guaranteed';
import { createDriver } from '../../src/graph/driver';
import { applySchema } from '../../src/graph/schema';
import { startEmbedded } from '../neo4j/embedded';

/** One line of the table and of the JSON file: times in ms, ratio = ours ÷ baseline (lower is better). */
export interface Result {
  ours: number;
  baseline: number;
  unit: 'ms';
  ratio: number;
  [detail: string]: unknown;
}

export function result(ours: number, baseline: number, details: Record<string, unknown> = {}): Result {
  return {
    ours: round(ours),
    baseline: round(baseline),
    unit: 'ms',
    ratio: Number((ours / baseline).toFixed(3)),
    ...details,
  };
}

export const round = (ms: number) => Number(ms.toFixed(2));

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return elementAt(sorted, rank, `percentile: p in (0, 100], got ${p}`);
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Empties the database in bounded transactions (one big DETACH DELETE would need the whole graph in the heap). */
export async function wipe(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not a managed one.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export interface Instance {
  driver: Driver;
  uri: string;
  close(): Promise<void>;
}

export interface InstanceOptions {
  dataDir?: string;
  heapMb: number;
  pageCacheMb: number;
  onStatus?: (message: string) => void;
}

/** NEO4J_URI when set (shared by every benchmark), else an embedded Neo4j on `dataDir` or a scratch folder. */
export async function openInstance(options: InstanceOptions): Promise<Instance> {
  const external = process.env.NEO4J_URI;
  if (external) {
    const driver = createDriver({ uri: external, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
    await applySchema(driver);
    return { driver, uri: external, close: () => driver.close() };
  }
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'actor-graph-bench-'));
  const scratch = options.dataDir === undefined ? dataDir : null;
  const neo4j = await startEmbedded({
    dataDir,
    // NEO4J_BOLT_PORT, as for the embedded Neo4j of npm start: a busy machine can keep the benchmarks off ports in use.
    port: Number(process.env.NEO4J_BOLT_PORT ?? 0),
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
    onStatus: options.onStatus,
  });
  const driver = createDriver({ uri: neo4j.uri });
  await applySchema(driver);
  return {
    driver,
    uri: neo4j.uri,
    close: async () => {
      await driver.close();
      await neo4j.stop();
      if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
    },
  };
}
