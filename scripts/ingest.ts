/**
 * npm run ingest -- PATH…  Reads article files (or folders of them), extracts actors
 * and events, and writes each article in its own transaction.
 */
import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { collectArticleFiles } from '../src/ingest/files';
import { ingestFiles, type IngestOutcome, type IngestSummary } from '../src/ingest/ingest';
import { applySchema } from '../src/graph/schema';
import { openDatabase } from './lib/database';
import {
  addExtractorOptions,
  EXTRACTOR_HELP,
  extractorFor,
  wholeNumber,
  type ExtractorOptions,
} from './lib/extractorOptions';

const EXIT_SOME_FAILED = 1;
const EXIT_FATAL = 2;

function describe(outcome: IngestOutcome): string {
  if (!outcome.ok) return `failed   ${outcome.file}: ${outcome.reason}`;
  if (outcome.unchanged) return `unchanged ${outcome.file}: already in the graph`;
  const { createdEventIds, mergedEventIds } = outcome.report;
  const warnings = outcome.warnings.length > 0 ? ` (${outcome.warnings.join('; ')})` : '';
  return `ingested ${outcome.file}: ${createdEventIds.length} new event(s), ${mergedEventIds.length} known${warnings}`;
}

function printSummary(summary: IngestSummary, problems: { file: string; reason: string }[]): void {
  const failures = [...problems, ...summary.failures];
  console.log(
    `Ingested ${summary.articles} article(s): ${summary.actors} actor(s), ` +
      `${summary.eventsCreated} new event(s), ${summary.eventsMerged} merged into known ones` +
      (summary.unchanged > 0 ? `; ${summary.unchanged} unchanged since an earlier run.` : '.'),
  );
  if (failures.length > 0) {
    console.log(`${failures.length} failed:`);
    for (const f of failures) console.log(`  ${f.file}: ${f.reason}`);
  }
  if (summary.stopped !== null) {
    console.log(`Stopped: ${summary.stopped.reason}`);
    console.log(
      `${summary.stopped.notWritten.length} article(s) not written (run the same command again once Neo4j is back):`,
    );
    for (const file of summary.stopped.notWritten) console.log(`  ${file}`);
  }
}

async function main(): Promise<void> {
  const command = new Command()
    .name('npm run ingest --')
    .description('Extract actors and dated events from article files and store them in Neo4j.')
    .argument('<paths...>', 'article files (.txt, .md, .html) or folders of them (walked recursively)')
    .option('--strict', 'stop at the first article that fails')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addOption(
      new Option('--workers <n>', 'worker threads that extract (0: in the main thread)')
        .default(availableParallelism())
        .argParser(wholeNumber(0)),
    )
    .addOption(new Option('--batch <n>', 'articles per write transaction').default(200).argParser(wholeNumber(1)))
    .option('--force', 'extract and write again the files the graph already holds unchanged');
  const program = addExtractorOptions(command)
    .addHelpText(
      'after',
      `
Neo4j: the server of NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) when set; else the
embedded instance that \`npm start\` runs; else an embedded one started for this run.

Articles are written in batches (--batch), one transaction each: an article is
written whole or not at all. A file the graph already holds (same name, same text)
is not extracted again unless --force. Ingesting an article again changes nothing,
so an interrupted run is resumed by running it again; an event that another
article already reported gains a source instead of a twin. Extraction runs in
--workers threads while the main thread writes (the llm extractor runs in the
main thread, --llm-concurrency requests at a time).
${EXTRACTOR_HELP}

A file that cannot be ingested (not UTF-8, binary, empty, bad front matter, no
actors, a publication date in the future, …) is listed with its reason, and the
others still go in. On a terminal a progress bar shows the run; otherwise each
article gets one line.

Exit status: 0 when every file was ingested; ${EXIT_SOME_FAILED} when some failed (each is listed
with its reason); ${EXIT_FATAL} when the run could not be done or finished: bad arguments, no
database, or the database went away (the articles not written are listed).`,
    )
    .parse();
  const opts = program.opts<
    { strict?: boolean; progress: boolean; workers: number; batch: number; force?: boolean } & ExtractorOptions
  >();
  const extractor = extractorFor(opts.extractor, opts);

  const { files, problems } = await collectArticleFiles(program.args);
  for (const p of problems) console.error(`failed   ${p.file}: ${p.reason}`);
  if (opts.strict && problems.length > 0) {
    process.exitCode = EXIT_SOME_FAILED;
    return;
  }
  const db = await openDatabase((message) => console.error(message));
  let summary: IngestSummary;
  try {
    await applySchema(db.driver);
    const bar =
      opts.progress && process.stderr.isTTY && files.length > 1
        ? new SingleBar(
            { format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr },
            Presets.shades_classic,
          )
        : null;
    bar?.start(files.length, 0, { file: '' });
    summary = await ingestFiles(db.driver, files, {
      strict: opts.strict,
      workers: opts.workers,
      batchSize: opts.batch,
      force: opts.force,
      extractor,
      onOutcome: (outcome) => (bar === null ? console.error(describe(outcome)) : bar.increment({ file: outcome.file })),
    });
    bar?.stop();
  } finally {
    await db.close();
  }
  printSummary(summary, problems);
  for (const line of extractor.reportLines()) console.log(line);
  if (summary.stopped !== null) process.exitCode = EXIT_FATAL;
  else process.exitCode = problems.length + summary.failures.length > 0 ? EXIT_SOME_FAILED : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = EXIT_FATAL;
});
