/**
 * The query benchmarks' graphs: generated through the project's writer into an
 * embedded Neo4j of their own, and kept in .data/bench/ keyed by the spec and by
 * the code that shapes the store (generator, writer, schema), so that a rerun
 * reuses a graph that this code would build identically.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { elementAt } from '../../src/domain/guaranteed';
import type { ExtractedGraph } from '../../src/domain/types';
import { writeArticles } from '../../src/graph/writer';
import { graphArticles, type GraphSpec } from './synthetic';
import { openInstance, timed, wipe, type Instance } from './lib';

const ROOT = path.resolve(__dirname, '..', '..');
export const CACHE_DIR = path.join(ROOT, '.data', 'bench');
const SHAPING_SOURCES = [
  'scripts/bench/synthetic.ts',
  'src/graph/writer.ts',
  'src/graph/derived.ts',
  'src/graph/identity.ts',
  'schema/neo4j.cypher',
];
/** Articles per write transaction while generating (each carries spec.eventsPerArticle events). */
const GENERATE_BATCH = 200;

export interface GraphInstance extends Instance {
  /** How long generating it took, in this run or in the run that cached it. */
  generatedMs: number;
  cached: boolean;
  events: number;
}

/** The benchmarks' graphs: a hundred events per actor, five hubs, ten events an article. */
export const graphSpec = (seed: number, events: number): GraphSpec => ({
  seed,
  events,
  actors: events / 100,
  hubs: 5,
  eventsPerArticle: 10,
});

function cacheKey(spec: GraphSpec): string {
  const hash = createHash('sha1');
  for (const file of SHAPING_SOURCES) hash.update(readFileSync(path.join(ROOT, file)));
  const bounded = spec.boundedShare ? `-b${spec.boundedShare}` : '';
  return `graph-s${spec.seed}-a${spec.actors}-e${spec.events}-h${spec.hubs}${bounded}-${hash.digest('hex').slice(0, 10)}`;
}

async function generate(instance: Instance, spec: GraphSpec, log: (m: string) => void): Promise<number> {
  let batch: ExtractedGraph[] = [];
  let written = 0;
  let nextReport = spec.events / 10;
  const flush = async () => {
    await writeArticles(
      instance.driver,
      batch.map((graph) => ({ graph, contentHash: null })),
    );
    written += batch.reduce((n, g) => n + g.events.length, 0);
    batch = [];
    if (written >= nextReport) {
      log(`  generated ${written.toLocaleString('en')} of ${spec.events.toLocaleString('en')} events`);
      nextReport += spec.events / 10;
    }
  };
  const { ms } = await timed(async () => {
    for (const graph of graphArticles(spec)) {
      batch.push(graph);
      if (batch.length === GENERATE_BATCH) await flush();
    }
    if (batch.length > 0) await flush();
  });
  return ms;
}

const countEvents = async (instance: Instance) => {
  const { records } = await instance.driver.executeQuery('MATCH (e:Event) RETURN count(e) AS n');
  return elementAt(records, 0, 'countEvents: a count returns one row').get('n') as number;
};

/** The graph generated afresh into an instance already open (emptied first); closing it leaves the instance open. */
export async function generateInto(
  instance: Instance,
  spec: GraphSpec,
  log: (m: string) => void,
): Promise<GraphInstance> {
  await wipe(instance.driver);
  log(
    `graph: generating ${spec.events.toLocaleString('en')} events, ${spec.actors.toLocaleString('en')} actors through the writer…`,
  );
  const generatedMs = await generate(instance, spec, log);
  return { ...instance, close: async () => {}, generatedMs, cached: false, events: await countEvents(instance) };
}

/** The graph in an embedded Neo4j of its own, from the cache when this code built it before (NEO4J_URI: generated there). */
export async function openGraph(
  spec: GraphSpec,
  memory: { heapMb: number; pageCacheMb: number },
  log: (m: string) => void,
): Promise<GraphInstance> {
  if (process.env.NEO4J_URI) {
    const instance = await openInstance(memory);
    return { ...(await generateInto(instance, spec, log)), close: () => instance.close() };
  }
  const dataDir = path.join(CACHE_DIR, cacheKey(spec));
  const stamp = path.join(dataDir, 'generated.json');
  if (existsSync(stamp)) {
    log(`graph: reusing ${path.relative(ROOT, dataDir)}`);
    const { generatedMs } = JSON.parse(readFileSync(stamp, 'utf8')) as { generatedMs: number };
    const instance = await openInstance({ ...memory, dataDir });
    return { ...instance, generatedMs, cached: true, events: await countEvents(instance) };
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const instance = await openInstance({ ...memory, dataDir });
  log(
    `graph: generating ${spec.events.toLocaleString('en')} events, ${spec.actors.toLocaleString('en')} actors through the writer…`,
  );
  const generatedMs = await generate(instance, spec, log);
  const events = await countEvents(instance);
  writeFileSync(stamp, JSON.stringify({ spec, generatedMs, events, at: new Date().toISOString() }));
  log(`graph: generated in ${(generatedMs / 1000).toFixed(0)} s (${events.toLocaleString('en')} distinct events)`);
  return { ...instance, generatedMs, cached: false, events };
}
