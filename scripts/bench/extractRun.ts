/**
 * The ingest benchmark's reference: the same article files read and extracted by
 * the ingest's own worker pool, with nothing written and no database, in a process
 * of its own: `tsx scripts/bench/extractRun.ts DIR WORKERS`, printing {"ms": …,
 * "rejected": …} (rejected: articles extraction turned down, as ingest would).
 * Its two-workers ÷ one-worker ratio is what the machine allows before any write.
 */
import path from 'node:path';
import { collectArticleFiles, readArticleText } from '../../src/ingest/files';
import type { Extraction } from '../../src/ingest/checks';
import { extractionPool } from '../../src/ingest/ingest';

async function main(): Promise<void> {
  const [dir, workers] = process.argv.slice(2);
  if (!dir || !workers) throw new Error('usage: tsx scripts/bench/extractRun.ts DIR WORKERS');
  const { files } = await collectArticleFiles([dir]);
  const start = process.hrtime.bigint();
  const pool = extractionPool(Number(workers));
  let rejected = 0;
  try {
    await Promise.all(
      files.map(async (file) => {
        const extraction = (await pool.run({
          name: path.basename(file),
          text: (await readArticleText(file)).text,
        })) as Extraction;
        if (!extraction.ok) rejected++;
      }),
    );
  } finally {
    await pool.destroy();
  }
  console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6, rejected }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
