/**
 * npm run import:gdelt -- FILE…  Imports GDELT 2.0 event exports (plain or zipped)
 * as our events, each with its source article's URL.
 */
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { elementAt } from '../src/domain/guaranteed';
import type { SkipKind } from '../src/formats/gdelt';
import { applySchema } from '../src/graph/schema';
import { importGdeltFiles, type GdeltImportReport, type LineProblem } from '../src/ingest/gdelt';
import { openDatabase } from './lib/database';

const EXIT_SOME_FAILED = 1;
const EXIT_FATAL = 2;
/** Line numbers listed per kind of skip unless --verbose. */
const SHOWN = 12;

const SKIP_TITLES: Record<SkipKind, string> = {
  'unmapped-code': 'CAMEO code not mapped to a relation type',
  'missing-actor': 'Actor1 or Actor2 missing',
  'unresolved-actor': 'an actor that is neither a state nor a named person',
  'same-actor': 'both actors resolve to one actor',
};

function lines(problems: readonly LineProblem[], all: boolean): string {
  const shown = all ? problems : problems.slice(0, SHOWN);
  const more = problems.length - shown.length;
  return (
    shown.map((p) => `${p.file}:${p.line}`).join(', ') + (more > 0 ? `, … ${more} more (--verbose lists them)` : '')
  );
}

function printReport(report: GdeltImportReport, verbose: boolean): void {
  console.log(
    `Read ${report.rows} row(s): ${report.coded} coded as our events, in ${report.articles} source article(s): ` +
      `${report.eventsCreated} new event(s), ${report.eventsMerged} already known.`,
  );
  for (const [kind, problems] of Object.entries(report.skipped) as [SkipKind, LineProblem[]][]) {
    if (problems.length === 0) continue;
    console.log(`Skipped ${problems.length} row(s), ${SKIP_TITLES[kind]}: ${lines(problems, verbose)}`);
    if (kind === 'unmapped-code') {
      const counts = new Map<string, number>();
      for (const p of problems) {
        const code = elementAt(p.reason.split(' '), 1, 'an unmapped-code reason reads "CAMEO <code> is not mapped…"');
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
      console.log(
        `  by code: ${[...counts]
          .sort((a, b) => b[1] - a[1])
          .map(([code, n]) => `${code} ×${n}`)
          .join(', ')}`,
      );
    } else if (verbose) for (const p of problems) console.log(`  ${p.file}:${p.line}: ${p.reason}`);
  }
  if (report.malformed.length > 0) {
    console.log(`${report.malformed.length} malformed line(s), not imported:`);
    for (const p of report.malformed) console.log(`  ${p.file}:${p.line}: ${p.reason}`);
  }
  for (const u of report.unreadable) console.log(`Could not read ${u.file}: ${u.reason}`);
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run import:gdelt --')
    .description('Import GDELT 2.0 event exports (*.export.CSV, or the .zip GDELT ships) as events of the graph.')
    .argument('<files...>', 'GDELT 2.0 event export files, tab-separated with 61 columns, plain or zipped')
    .option('--verbose', 'list every skipped row with its reason')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      `
Each row's CAMEO event code gives its relation type (041 CALL, 042-044 MEETING,
045 MEDIATION, 046 NEGOTIATION, 057 AGREEMENT, 06x COOPERATION, 111 CRITICISM,
13x THREAT, 163 SANCTION, 19x CONFLICT, 010 STATEMENT, 070-073 SUPPLY); rows of
other codes are counted and skipped. Actors: a country code with a state role
(RUSGOV, USAMIL, USA) is that state; a leader GDELT names (VLADIMIR PUTIN) is a
person; other actors (groups, organisations, regions) are skipped. The date is
SQLDATE (to the day); the source is SOURCEURL, with no sentence (the source says so).

Events are written one source article per transaction through the same identity
rule as ingested articles: importing a file twice changes nothing, and an event we
already hold (same type, participants and a compatible date) gains a source.

Neo4j: as for \`npm run ingest\` (NEO4J_URI, or the embedded instance).
Exit status: 0 when every line was read (skipped rows are normal); ${EXIT_SOME_FAILED} when some
lines were malformed or a file could not be read; ${EXIT_FATAL} when the run could not finish.`,
    )
    .parse();
  const opts = program.opts<{ verbose?: boolean; progress: boolean }>();
  const db = await openDatabase((message) => console.error(message));
  let report: GdeltImportReport;
  try {
    await applySchema(db.driver);
    const bar =
      opts.progress && process.stderr.isTTY
        ? new SingleBar(
            { format: 'import [{bar}] {value}/{total} articles', stream: process.stderr },
            Presets.shades_classic,
          )
        : null;
    report = await importGdeltFiles(db.driver, program.args, {
      onArticle: (done, total) => {
        if (bar === null) return;
        if (done === 1) bar.start(total, 0);
        bar.update(done);
        if (done === total) bar.stop();
      },
    });
  } finally {
    await db.close();
  }
  printReport(report, opts.verbose ?? false);
  process.exitCode = report.malformed.length + report.unreadable.length > 0 ? EXIT_SOME_FAILED : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = EXIT_FATAL;
});
