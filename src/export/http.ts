/**
 * GET /export/<format>?since=&until=&types=A,B (and, for csv, table=nodes|edges):
 * the export streamed as a download. Bad input is a 400 naming the parameter.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { streamSink } from '../formats/sink';
import { DatabaseUnavailableError, QueryTimeoutError } from '../graph/errors';
import { createReader } from '../graph/read';
import { EXPORT_FORMATS, exportFilter, isExportFormat, runExport, type CsvTable } from './export';

const CONTENT_TYPE = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
} as const;

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code, message } }));
}

export async function handleExport(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { driver: Driver; logger: Logger; readTimeoutMs: number },
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const format = url.pathname.slice('/export/'.length);
  if (req.method !== 'GET') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.');
  if (!isExportFormat(format))
    return fail(
      res,
      404,
      'UNKNOWN_FORMAT',
      `No export format ${JSON.stringify(format)}; formats: ${EXPORT_FORMATS.join(', ')}.`,
    );
  const q = url.searchParams;
  const filter = exportFilter({
    since: q.get('since') ?? undefined,
    until: q.get('until') ?? undefined,
    types: q.get('types') ?? undefined,
  });
  if (typeof filter === 'string') return fail(res, 400, 'BAD_USER_INPUT', filter);
  const table = q.get('table') ?? 'edges';
  if (format === 'csv' && table !== 'nodes' && table !== 'edges')
    return fail(res, 400, 'BAD_USER_INPUT', `table must be nodes or edges, got ${JSON.stringify(table)}`);
  const name = format === 'csv' ? `actor-graph-${table}.csv` : `actor-graph.${format}`;
  // The head goes out with the first chunk, once the read has worked: until then a failure can still be a status.
  const head = () =>
    res.headersSent ||
    res.writeHead(200, {
      'content-type': CONTENT_TYPE[format],
      'content-disposition': `attachment; filename="${name}"`,
    });
  const sink = streamSink(res);
  try {
    const write = (chunk: string) => (head(), sink(chunk));
    await runExport(createReader(deps.driver, deps.readTimeoutMs), format, filter, write, table as CsvTable);
    head();
    res.end();
  } catch (error) {
    if (res.headersSent) return void res.destroy(error instanceof Error ? error : undefined);
    if (error instanceof DatabaseUnavailableError)
      return fail(res, 503, 'DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
    if (error instanceof QueryTimeoutError)
      return fail(res, 503, 'QUERY_TIMEOUT', 'The export took too long; narrow it with since, until or types.');
    deps.logger.error({ err: error }, 'export failed');
    fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  }
}
