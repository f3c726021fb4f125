/**
 * Exports round-tripped through real parsers (graphology's GEXF and GraphML readers,
 * csv-parse, JSON), over HTTP and through the CLI, with counts checked against the
 * graph in Neo4j.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Driver } from 'neo4j-driver';
import { elementAt } from '../../src/domain/guaranteed';
import { writeArticle } from '../../src/graph/writer';
import { importGdeltFiles } from '../../src/ingest/gdelt';
import { resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';
import { startTestServer, type TestServer } from './http';

const SAMPLE = path.resolve(__dirname, '..', 'fixtures', 'gdelt', '20250807220000.sample.export.CSV');
const ROOT = path.resolve(__dirname, '..', '..');

let driver: Driver;
let server: TestServer;

/**
 * What the graph holds, counted in Cypher: relationships of the types (and their actors) that can have
 * happened on or after `since`: a bound at all, and a latest day (unknown: open) not before since's first day.
 */
async function expected(types: string[] | null, since: string | null) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor)-[r]->(b:Actor)
     WHERE type(r) <> 'HOLDS_ROLE' AND ($types IS NULL OR type(r) IN $types)
       AND ($since IS NULL OR (coalesce(r.earliest, r.latest) IS NOT NULL AND coalesce(r.latest, '9999-12-31') >= $since))
     UNWIND [a, b] AS x
     RETURN count(DISTINCT r) AS edges, count(DISTINCT x) AS nodes`,
    { types, since },
  );
  const counts = elementAt(records, 0, 'expected: a query of counts alone returns one row');
  return { nodes: counts.get('nodes') as number, edges: counts.get('edges') as number };
}

async function get(pathAndQuery: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(`${server.url}${pathAndQuery}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await importGdeltFiles(driver, [SAMPLE]);
  // Dates of every precision, and none, beside GDELT's days; undated events bounded on one side.
  await writeArticle(
    driver,
    articleOf(
      'fixture',
      ['Ann North', 'Ben East', 'Cat South'],
      [
        pairEvent('CALL', 'Ann North', 'Ben East', '2025-02'),
        pairEvent('MEETING', 'Ben East', 'Cat South', '2024'),
        pairEvent('MEETING', 'Ann North', 'Cat South', null),
        { ...pairEvent('NEGOTIATION', 'Ann North', 'Ben East', null), latest: '2025-03-04' },
        { ...pairEvent('CALL', 'Ben East', 'Cat South', null), earliest: '2025-02-18' },
      ],
    ),
  );
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server?.close();
  await driver.close();
});

test("GEXF parses with graphology-gexf, counts match the graph, and edges carry their dates for Gephi's timeline", async () => {
  const { status, type, body } = await get('/export/gexf');
  expect(status).toBe(200);
  expect(type).toMatch(/gexf/);
  const graph = parseGexf(Graph, body);
  const counts = await expected(null, null);
  expect(counts).toEqual({ nodes: 12, edges: 12 });
  expect({ nodes: graph.order, edges: graph.size }).toEqual(counts);
  expect(graph.getNodeAttribute('theodor-stolojan', 'label')).toBe('Theodor Stolojan');

  const doc = new DOMParser().parseFromString(body, 'text/xml');
  expect(doc.getElementsByTagName('graph')[0]?.getAttribute('mode')).toBe('dynamic');
  const spans = Array.from(doc.getElementsByTagName('edge')).map(
    (e) => `${e.getAttribute('label')} ${e.getAttribute('type')} ${e.getAttribute('start')}..${e.getAttribute('end')}`,
  );
  expect(spans).toEqual(
    expect.arrayContaining([
      'CALL undirected 2025-02-01..2025-02-28',
      'MEETING undirected 2024-01-01..2024-12-31',
      'NEGOTIATION undirected 2025-08-07..2025-08-07',
      'SUPPLY directed 2025-08-07..2025-08-07',
      'MEETING undirected null..null', // no bound at all: no spell, always shown
      'NEGOTIATION undirected null..2025-03-04', // no earlier than unknown: open start
      'CALL undirected 2025-02-18..null', // no later than unknown: open end
    ]),
  );
});

test('GraphML parses with graphology-graphml, counts match the graph; filters select types and dates', async () => {
  const all = parseGraphml(Graph, (await get('/export/graphml')).body);
  expect({ nodes: all.order, edges: all.size }).toEqual(await expected(null, null));
  const supply = parseGraphml(Graph, (await get('/export/graphml?types=SUPPLY,CONFLICT&since=2025-08')).body);
  expect({ nodes: supply.order, edges: supply.size }).toEqual(await expected(['SUPPLY', 'CONFLICT'], '2025-08'));
  expect(supply.size).toBe(4);
  supply.forEachEdge((_, attributes) => expect(['SUPPLY', 'CONFLICT']).toContain(attributes.type));
  // An undated event bounded on one side is kept by a range its open side reaches, and carries its bound.
  const calls = parseGraphml(Graph, (await get('/export/graphml?types=CALL&since=2025-03')).body);
  expect({ nodes: calls.order, edges: calls.size }).toEqual(await expected(['CALL'], '2025-03'));
  expect(calls.mapEdges((_, a) => [a.date ?? null, a.earliest ?? null, a.latest ?? null])).toEqual([
    [null, '2025-02-18', null],
  ]);
});

test('CSV node and edge tables parse with csv-parse, through the CLI and over HTTP, and match the graph', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'export-'));
  await promisify(execFile)(
    'npx',
    ['tsx', 'scripts/export.ts', '--format', 'csv', '--types', 'MEETING,NEGOTIATION', out],
    { cwd: ROOT, env: process.env },
  );
  const nodes = parseCsv(readFileSync(path.join(out, 'nodes.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  const edges = parseCsv(readFileSync(path.join(out, 'edges.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  expect({ nodes: nodes.length, edges: edges.length }).toEqual(await expected(['MEETING', 'NEGOTIATION'], null));
  expect(edges).toContainEqual(
    expect.objectContaining({
      type: 'NEGOTIATION',
      date: '2025-08-07',
      precision: 'DAY',
      earliest: '2025-08-07',
      latest: '2025-08-07',
      directed: 'false',
      cameo: '046',
      goldstein: '7',
    }),
  );
  // Bounds without a date: the unknown side is an empty cell.
  expect(edges).toContainEqual(
    expect.objectContaining({ type: 'NEGOTIATION', date: '', earliest: '', latest: '2025-03-04' }),
  );
  expect(edges).toContainEqual(
    expect.objectContaining({ type: 'MEETING', date: '2024', earliest: '2024-01-01', latest: '2024-12-31' }),
  );
  const ids = new Set(nodes.map((n) => n.id));
  for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  const overHttp = parseCsv((await get('/export/csv?table=nodes&types=MEETING,NEGOTIATION')).body, { columns: true });
  expect(overHttp).toEqual(nodes);
});

test('JSON lines: one event per line with participants and sources', async () => {
  const { body } = await get('/export/jsonl?types=MEETING');
  const events = body
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  const { records } = await driver.executeQuery(`MATCH (e:Event {type: 'MEETING'}) RETURN count(e) AS n`);
  expect(events).toHaveLength(elementAt(records, 0, 'a count returns one row').get('n'));
  expect(events).toContainEqual(
    expect.objectContaining({
      type: 'MEETING',
      date: '2025-08-07',
      earliest: '2025-08-07',
      latest: '2025-08-07',
      cameo: ['042', '043', '044'],
      participants: [
        expect.objectContaining({ name: 'Romania', role: 'PARTICIPANT' }),
        expect.objectContaining({ name: 'Theodor Stolojan', role: 'PARTICIPANT' }),
      ],
      sources: [
        expect.objectContaining({
          url: expect.stringContaining('bursa.ro'),
          sentence: expect.stringMatching(/^No sentence: GDELT event/),
        }),
      ],
    }),
  );
});

test('bad requests are told apart: unknown format 404, bad filter 400 naming it', async () => {
  expect((await get('/export/pdf')).status).toBe(404);
  const bad = await get('/export/gexf?since=yesterday');
  expect(bad.status).toBe(400);
  expect(JSON.parse(bad.body).error.message).toMatch(/^since must be a date/);
  expect((await get('/export/csv?types=HUG')).status).toBe(400);
});
