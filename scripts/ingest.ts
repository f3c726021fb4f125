/**
 * npm run ingest -- PATH…  Reads article files (or folders of them), extracts actors
 * and events, and writes each article in its own transaction.
 */
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { collectArticleFiles } from '../src/ingest/files';
import { ingestFiles, type IngestSummary } from '../src/ingest/ingest';
import { applySchema } from '../src/graph/schema';
import { openDatabase } from './lib/database';

const EXIT_SOME_FAILED = 1;
const EXIT_FATAL = 2;

function printSummary(summary: IngestSummary, problems: { file: string; reason: string }[]): void {
  const failures = [...problems, ...summary.failures];
  console.log(
    `Ingested ${summary.articles} article(s): ${summary.actors} actor(s), ` +
      `${summary.eventsCreated} new event(s), ${summary.eventsMerged} merged into known ones.`,
  );
  if (failures.length > 0) {
    console.log(`${failures.length} failed:`);
    for (const f of failures) console.log(`  ${f.file}: ${f.reason}`);
  }
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run ingest --')
    .description('Extract actors and dated events from article files and store them in Neo4j.')
    .argument('<paths...>', 'article files (.txt, .md, .html) or folders of them')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      `
Neo4j: the server of NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) when set; else the
embedded instance that \`npm start\` runs; else an embedded one started for this run.

Ingesting an article again changes nothing; an event that another article already
reported gains a source instead of being doubled.

Exit status: 0 when every file was ingested, ${EXIT_SOME_FAILED} when some failed (each is listed
with its reason), ${EXIT_FATAL} when nothing could be done (no database, bad arguments).`,
    )
    .parse();

  const { files, problems } = await collectArticleFiles(program.args);
  const db = await openDatabase((message) => console.error(message));
  let summary: IngestSummary;
  try {
    await applySchema(db.driver);
    const bar =
      program.opts().progress && process.stderr.isTTY && files.length > 1
        ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr }, Presets.shades_classic)
        : null;
    bar?.start(files.length, 0, { file: '' });
    summary = await ingestFiles(db.driver, files, (outcome) => bar?.increment({ file: outcome.file }));
    bar?.stop();
  } finally {
    await db.close();
  }
  printSummary(summary, problems);
  process.exitCode = problems.length + summary.failures.length > 0 ? EXIT_SOME_FAILED : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = EXIT_FATAL;
});
