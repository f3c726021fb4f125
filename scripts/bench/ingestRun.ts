/**
 * One timed ingest in a process of its own, so that its peak resident set is the
 * ingest's alone: `tsx scripts/bench/ingestRun.ts DIR WORKERS BATCH` against
 * NEO4J_URI, printing {"ms": …, "maxRssMb": …, "articles": …, "unchanged": …}.
 */
import { collectArticleFiles } from '../../src/ingest/files';
import { ingestFiles } from '../../src/ingest/ingest';
import { createDriver } from '../../src/graph/driver';

async function main(): Promise<void> {
  const [dir, workers, batch] = process.argv.slice(2);
  const uri = process.env.NEO4J_URI;
  if (!dir || !uri) throw new Error('usage: NEO4J_URI=… tsx scripts/bench/ingestRun.ts DIR WORKERS BATCH');
  const driver = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  try {
    const { files } = await collectArticleFiles([dir]);
    const start = process.hrtime.bigint();
    const summary = await ingestFiles(driver, files, { workers: Number(workers), batchSize: Number(batch) });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (summary.stopped !== null) throw new Error(`the ingest stopped: ${summary.stopped.reason}`);
    // maxRSS counts every thread of the process: the workers are in it.
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      JSON.stringify({
        ms,
        maxRssMb,
        articles: summary.articles,
        unchanged: summary.unchanged,
        failures: summary.failures.length,
        events: summary.eventsCreated,
      }),
    );
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
