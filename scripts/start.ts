/**
 * npm start: Neo4j (embedded unless NEO4J_URI is set), schema, seeds ingested, then
 * GraphQL on PORT. Ctrl-C stops the server and the Neo4j it started.
 */
import path from 'node:path';
import { EVENTS_PAGE, EVENTS_QUERY, OVERVIEW_QUERY } from '../explorer/queries';
import { applySchema } from '../src/graph/schema';
import { collectArticleFiles } from '../src/ingest/files';
import { chooseExtractor } from '../src/llm/choose';
import { ingestFiles } from '../src/ingest/ingest';
import { createServer } from '../src/server';
import { openDatabase } from './lib/database';
import { logger } from './lib/logger';

const SEEDS = path.resolve(__dirname, '..', 'seeds', 'articles');

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  // The ingest mutation's extractor (EXTRACTOR); the seeds below are always read by the rules.
  const extractor = chooseExtractor(process.env.EXTRACTOR?.trim() || 'rules', process.env);
  // A server answers DATABASE_UNAVAILABLE within seconds rather than holding requests through a long retry.
  const db = await openDatabase((message) => logger.info(message), 5_000);
  logger.info(`Neo4j at ${db.uri} (${db.how})`);

  let stopping = false;
  const server = createServer({
    driver: db.driver,
    logger,
    ingestToken: process.env.INGEST_TOKEN,
    corsOrigins: process.env.CORS_ORIGIN?.split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    readTimeoutMs: process.env.READ_TIMEOUT_MS === undefined ? undefined : Number(process.env.READ_TIMEOUT_MS),
    extractor,
  });
  const stop = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${reason}: stopping`);
    server.close();
    server.closeAllConnections();
    await db.close();
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await applySchema(db.driver);
  const { files } = await collectArticleFiles([SEEDS]);
  const started = Date.now();
  const summary = await ingestFiles(db.driver, files, { onOutcome: progressLine(files.length) });
  logger.info(
    `Seeds: ${summary.articles} article(s) in ${((Date.now() - started) / 1000).toFixed(1)} s (${summary.unchanged} unchanged), ` +
      `${summary.eventsCreated} new event(s), ${summary.eventsMerged} already known`,
  );
  for (const failure of summary.failures) logger.warn(`Seed ${failure.file} not ingested: ${failure.reason}`);
  if (summary.stopped !== null) {
    // Neo4j went away while seeding: serving now would answer from a half-loaded graph, or not at all.
    logger.error(`Neo4j went away while the seeds were ingested: ${summary.stopped.reason}`);
    await stop('seeding failed', 1);
    return;
  }

  server.once('error', (error: NodeJS.ErrnoException) => {
    logger.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one` : error.message);
    void stop('server error', 1);
  });
  server.listen(port, host, () => {
    void warmUp(`http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`).then(() =>
      logger.info(
        `Explorer: http://localhost:${port}/  GraphQL and GraphiQL: /graphql  (health: /health, readiness: /ready)`,
      ),
    );
  });
}

/** How often a first start, which ingests every seed article, says how far it has got. */
const PROGRESS_EVERY_MS = 5_000;

/**
 * A progress line every few seconds while the seeds go in: a first start ingests them
 * all and takes tens of seconds, and a silent console then looks like a hang.
 */
function progressLine(total: number): () => void {
  let done = 0;
  let last = Date.now();
  return () => {
    done += 1;
    if (done === total || Date.now() - last < PROGRESS_EVERY_MS) return;
    last = Date.now();
    logger.info(`Seeds: ${done}/${total} articles…`);
  };
}

/**
 * Runs the explorer's opening queries once: on a fresh Neo4j their first run plans
 * the Cypher and takes seconds, which the first visitor would otherwise wait for.
 */
async function warmUp(url: string): Promise<void> {
  const started = Date.now();
  try {
    for (const [query, variables] of [
      [OVERVIEW_QUERY, {}],
      [EVENTS_QUERY, { first: EVENTS_PAGE, after: null }],
    ] as const) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      await response.arrayBuffer();
    }
    logger.debug(`Explorer queries warmed up in ${Date.now() - started} ms`);
  } catch (error) {
    // Only the first page view is slower: worth a warning, not a failed start.
    logger.warn(`Could not warm up the explorer's queries: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
