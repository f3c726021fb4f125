/**
 * GDELT import: export files (plain or zipped, as GDELT ships them) read line by
 * line, coded into our events, and written one source article per transaction
 * through the same writer as extracted articles, so that identity is one rule. A
 * bad line is that line's outcome, never thrown; only the database staying away
 * stops a run (and since writes are idempotent, running it again completes it).
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import yauzl from 'yauzl';
import { codedGraphs, readGdeltLine, type CodedEvent, type SkipKind } from '../formats/gdelt';
import { writeArticle, type GraphToWrite } from '../graph/writer';

export interface LineProblem {
  file: string;
  line: number;
  reason: string;
}

export interface GdeltImportReport {
  rows: number;
  /** Rows that became events (several rows may code one event). */
  coded: number;
  articles: number;
  eventsCreated: number;
  eventsMerged: number;
  skipped: Record<SkipKind, LineProblem[]>;
  malformed: LineProblem[];
  /** Files that could not be read at all. */
  unreadable: { file: string; reason: string }[];
}

function openZipEntries(file: string): Promise<Readable[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const streams: Promise<Readable>[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (/\.csv$/i.test(entry.fileName)) {
          streams.push(new Promise((ok, fail) => zip.openReadStream(entry, (e, s) => (e ? fail(e) : ok(s)))));
        }
        zip.readEntry();
      });
      zip.on('end', () => Promise.all(streams).then(resolve, reject));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The text streams of a file: itself, or each CSV inside a zip. Entries are read one after another. */
async function* lineSources(file: string): AsyncGenerator<{ name: string; stream: Readable }> {
  if (!/\.zip$/i.test(file)) {
    yield { name: file, stream: createReadStream(file, { encoding: 'utf8' }) };
    return;
  }
  const entries = await openZipEntries(file);
  if (entries.length === 0) throw new Error('the zip holds no .csv file');
  for (const [i, stream] of entries.entries()) yield { name: entries.length === 1 ? file : `${file}#${i + 1}`, stream };
}

export interface GdeltImportOptions {
  /** After each source article is written: how many are done of how many. */
  onArticle?: (done: number, total: number) => void;
}

export async function importGdeltFiles(
  driver: Driver,
  files: readonly string[],
  options: GdeltImportOptions = {},
): Promise<GdeltImportReport> {
  const report: GdeltImportReport = {
    rows: 0,
    coded: 0,
    articles: 0,
    eventsCreated: 0,
    eventsMerged: 0,
    skipped: { 'unmapped-code': [], 'missing-actor': [], 'unresolved-actor': [], 'same-actor': [] },
    malformed: [],
    unreadable: [],
  };
  const graphs: GraphToWrite[] = [];
  for (const file of files) {
    const events: CodedEvent[] = [];
    try {
      for await (const { name, stream } of lineSources(file)) {
        let line = 0;
        for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
          line += 1;
          if (text.trim() === '') continue;
          report.rows += 1;
          const outcome = readGdeltLine(text, line);
          if (outcome.kind === 'event') events.push(outcome.event);
          else if (outcome.kind === 'skipped')
            report.skipped[outcome.skip].push({ file: name, line, reason: outcome.reason });
          else report.malformed.push({ file: name, line, reason: outcome.reason });
        }
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      report.unreadable.push({
        file,
        reason: code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    report.coded += events.length;
    graphs.push(...codedGraphs(events, `GDELT 2.0 event export ${path.basename(file)}`));
  }
  for (const graph of graphs) {
    const written = await writeArticle(driver, graph);
    report.articles += 1;
    report.eventsCreated += written.createdEventIds.length;
    report.eventsMerged += written.mergedEventIds.length;
    options.onArticle?.(report.articles, graphs.length);
  }
  return report;
}
