/**
 * CSV node and edge tables (pandas' read_csv and R's read.csv open them as they
 * are) and JSON lines of events with their participants and sources. Edges and events
 * carry their bounds, `earliest` and `latest` (ISO days; an empty cell or null: unknown).
 */
import { stringify } from 'csv-stringify/sync';
import { ONTOLOGY } from '../domain/ontology';
import type { ExportEdge, ExportEvent, ExportNode } from '../graph/export';
import type { Sink } from './sink';

const NODE_COLUMNS = ['id', 'name', 'kind'];
const EDGE_COLUMNS = [
  'source',
  'target',
  'type',
  'directed',
  'event',
  'date',
  'precision',
  'earliest',
  'latest',
  'cameo',
  'goldstein',
];
/** Rows per chunk written: small strings, few writes. */
const BATCH = 500;

/** csv-stringify writes false as an empty cell by default; pandas and R read "true"/"false". */
const OPTIONS = { cast: { boolean: (value: boolean) => String(value) } };

async function writeCsv<T>(
  sink: Sink,
  columns: string[],
  rows: readonly T[],
  cells: (row: T) => unknown[],
): Promise<void> {
  await sink(stringify([columns]));
  for (let i = 0; i < rows.length; i += BATCH) await sink(stringify(rows.slice(i, i + BATCH).map(cells), OPTIONS));
}

export function writeNodesCsv(sink: Sink, nodes: readonly ExportNode[]): Promise<void> {
  return writeCsv(sink, NODE_COLUMNS, nodes, (n) => [n.id, n.name, n.kind]);
}

export function writeEdgesCsv(sink: Sink, edges: readonly ExportEdge[]): Promise<void> {
  return writeCsv(sink, EDGE_COLUMNS, edges, (e) => {
    const info = ONTOLOGY[e.type];
    return [
      e.from,
      e.to,
      e.type,
      !info.symmetric,
      e.event,
      e.date,
      e.precision,
      e.earliest,
      e.latest,
      info.cameo.join(' '),
      info.goldstein,
    ];
  });
}

export async function writeEventsJsonl(sink: Sink, events: readonly ExportEvent[]): Promise<void> {
  for (const event of events) {
    const { cameo, goldstein } = ONTOLOGY[event.type];
    await sink(`${JSON.stringify({ ...event, cameo, goldstein })}\n`);
  }
}
