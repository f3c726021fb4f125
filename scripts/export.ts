/**
 * npm run export -- --format gexf|graphml|csv|jsonl [--since --until --types] OUT
 * Writes the graph (or the part the filters select) in a format other tools open.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { elementAt } from '../src/domain/guaranteed';
import { EXPORT_FORMATS, exportFilter, runExport, type ExportFormat } from '../src/export/export';
import { streamSink } from '../src/formats/sink';
import { createReader } from '../src/graph/read';
import { openDatabase } from './lib/database';

const EXIT_BAD_INPUT = 1;
const EXIT_FATAL = 2;

async function writeTo(file: string, produce: (out: Writable) => Promise<void>): Promise<void> {
  if (file === '-') return produce(process.stdout);
  const out = createWriteStream(file);
  await produce(out);
  out.end();
  await finished(out);
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run export --')
    .description('Export actors and their dated relationships for Gephi, pandas, R and other tools.')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--since <date>', 'only events that can have happened on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'only events that can have happened on or before this date')
    .option('--types <types>', 'only these relation types, comma-separated (CALL,MEETING)')
    .argument('<out>', 'output file ("-" for standard output); for csv, a folder that gets nodes.csv and edges.csv')
    .addHelpText(
      'after',
      `
Formats:
  gexf     GEXF 1.3 for Gephi: dynamic edges, each spanning its event's bounds (start = earliest, end = latest,
           an unknown side left open), so the timeline plays them
  graphml  GraphML (yEd, Cytoscape, networkx, igraph)
  csv      nodes.csv (id, name, kind) and edges.csv (source, target, type, directed, event, date, precision,
           earliest, latest, …)
  jsonl    one JSON object per event, with its participants and sources

Nodes are the actors the exported relationships link. --since/--until keep the events
whose bounds (earliest and latest day, an unknown side open) overlap the range, as the
API's events(since:, until:) does; events with no bound at all are left out. The server
offers the same at GET /export/<format>?since=&until=&types=.`,
    )
    .parse();
  const opts = program.opts<{ format: ExportFormat; since?: string; until?: string; types?: string }>();
  const filter = exportFilter(opts);
  if (typeof filter === 'string') {
    console.error(filter);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const out = elementAt(program.args, 0, 'commander: <out> is a required argument');
  const db = await openDatabase((message) => console.error(message));
  try {
    const reader = createReader(db.driver, 10 * 60_000);
    if (opts.format === 'csv') {
      mkdirSync(out, { recursive: true });
      for (const table of ['nodes', 'edges'] as const) {
        await writeTo(path.join(out, `${table}.csv`), (stream) =>
          runExport(reader, 'csv', filter, streamSink(stream), table),
        );
      }
    } else {
      await writeTo(out, (stream) => runExport(reader, opts.format, filter, streamSink(stream)));
    }
  } finally {
    await db.close();
  }
  if (out !== '-')
    console.error(
      `Wrote ${opts.format === 'csv' ? `${path.join(out, 'nodes.csv')} and ${path.join(out, 'edges.csv')}` : out}.`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = EXIT_FATAL;
});
