/**
 * One export, whoever asks (the CLI or GET /export/<format>): the filter checked,
 * the graph read, the format written to a sink.
 */
import { isRelationType, RELATION_TYPES, type RelationType } from '../domain/ontology';
import { isPartialDate } from '../domain/partialDate';
import { writeGexf } from '../formats/gexf';
import { writeGraphml } from '../formats/graphml';
import type { Sink } from '../formats/sink';
import { writeEdgesCsv, writeEventsJsonl, writeNodesCsv } from '../formats/tables';
import { exportEdges, exportEvents, exportNodes, type ExportFilter } from '../graph/export';
import type { Reader } from '../graph/read';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A CSV export is two tables; one is written at a time. */
export type CsvTable = 'nodes' | 'edges';

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** since, until and types as given (types comma-separated), checked. A bad value is the message returned. */
export function exportFilter(raw: { since?: string; until?: string; types?: string }): ExportFilter | string {
  const since = raw.since || null;
  const until = raw.until || null;
  for (const [name, value] of [
    ['since', since],
    ['until', until],
  ] as const) {
    if (value !== null && !isPartialDate(value))
      return `${name} must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`;
  }
  if (since !== null && until !== null && since.slice(0, until.length) > until)
    return `since (${since}) is after until (${until})`;
  const names = (raw.types ?? '')
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean);
  const unknown = names.filter((t) => !isRelationType(t));
  if (unknown.length > 0) return `types must be among ${RELATION_TYPES.join(', ')}; got ${unknown.join(', ')}`;
  const types: RelationType[] = names.length === 0 ? [...RELATION_TYPES] : (names as RelationType[]);
  return { types, since, until };
}

export async function runExport(
  reader: Reader,
  format: ExportFormat,
  filter: ExportFilter,
  sink: Sink,
  table: CsvTable = 'edges',
): Promise<void> {
  if (format === 'jsonl') return writeEventsJsonl(sink, await exportEvents(reader, filter));
  if (format === 'csv') {
    return table === 'nodes'
      ? writeNodesCsv(sink, await exportNodes(reader, filter))
      : writeEdgesCsv(sink, await exportEdges(reader, filter));
  }
  const [nodes, edges] = await Promise.all([exportNodes(reader, filter), exportEdges(reader, filter)]);
  return format === 'gexf' ? writeGexf(sink, nodes, edges) : writeGraphml(sink, nodes, edges);
}
