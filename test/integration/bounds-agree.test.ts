/**
 * since/until mean one thing everywhere (issue 21): on a generated graph where a share of the
 * events has no date but bounds (an earliest day only, a latest day only, or both), the API's
 * events(since:, until:) over every page, the GEXF export, the CSV edge and node tables, the JSON
 * lines of events, Gephi's reading of the unfiltered GEXF's spells, and the explorer's slider filter
 * keep the same events, range after range. A few ranges are cut through chosen bounded events, which must fall in or out as their
 * bounds say, so that the sides cannot all drift together either.
 */
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Driver } from 'neo4j-driver';
import { boundsInterval, dayInterval, dayNumber, sliderRange, withinRange } from '../../explorer/dates';
import { graphArticles, type GraphSpec } from '../../scripts/bench/synthetic';
import { addDays, spanOf, type Bounds } from '../../src/domain/dayBounds';
import { writeArticles } from '../../src/graph/writer';
import { resetGraph, testDriver } from './db';
import { startTestServer, type GraphQLResponse, type TestServer } from './http';

const SPEC: GraphSpec = { seed: 21, actors: 150, events: 800, hubs: 3, eventsPerArticle: 10, boundedShare: 0.35 };

interface Range {
  since: string | null;
  until: string | null;
}

interface ApiEvent {
  date: string | null;
  when: Bounds;
}

let driver: Driver;
let server: TestServer;
/** Every event as the API serves it, unfiltered: id, date and bounds. */
let all: Map<string, ApiEvent>;
/** The unfiltered GEXF's edges, as Gephi reads them. */
let unfiltered: GexfEdge[];
/** The events that have an actor-to-actor edge (a statement by one actor has none): what edge exports can hold. */
let withEdges: Set<string>;
/** The slider's track, as the explorer sets it from the API's stats. */
let track: { first: number; last: number };

const sorted = (ids: Iterable<string>) => [...ids].sort();

interface EventsPage {
  events: {
    edges: { node: ApiEvent & { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** events(since:, until:), every page of it. */
async function apiEvents(range: Range): Promise<Map<string, ApiEvent>> {
  const found = new Map<string, ApiEvent>();
  let after: string | null = null;
  do {
    const response: GraphQLResponse<EventsPage> = await server.graphql<EventsPage>(
      `query ($since: PartialDate, $until: PartialDate, $after: String) {
         events(since: $since, until: $until, first: 100, after: $after) {
           edges { node { id date when { earliest latest } } } pageInfo { hasNextPage endCursor } } }`,
      { ...range, after },
    );
    expect(response.errors).toBeUndefined();
    const page: EventsPage['events'] | undefined = response.data?.events;
    if (page === undefined) throw new Error('events answers a connection');
    for (const { node } of page.edges) found.set(node.id, { date: node.date, when: node.when });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return found;
}

function query(range: Range, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (range.since !== null) params.set('since', range.since);
  if (range.until !== null) params.set('until', range.until);
  return params.toString();
}

async function download(format: string, range: Range, extra: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${server.url}/export/${format}?${query(range, extra)}`);
  expect(response.status).toBe(200);
  return response.text();
}

interface GexfEdge {
  event: string;
  start: string | null;
  end: string | null;
}

/** The GEXF's edges: each one's event (its attribute) and spell (start and end, absent when open). */
function gexfEdges(body: string): GexfEdge[] {
  const doc = new DOMParser().parseFromString(body, 'text/xml');
  return Array.from(doc.getElementsByTagName('edge')).map((edge) => {
    const values = Array.from(edge.getElementsByTagName('attvalue'));
    const event = values.find((v) => v.getAttribute('for') === 'event')?.getAttribute('value');
    if (event === null || event === undefined) throw new Error(`a GEXF edge carries its event: ${edge.toString()}`);
    return { event, start: edge.getAttribute('start') || null, end: edge.getAttribute('end') || null };
  });
}

interface CsvEdge {
  source: string;
  target: string;
  event: string;
  earliest: string;
  latest: string;
}

function csvEdges(body: string): CsvEdge[] {
  return parseCsv(body, { columns: true }) as CsvEdge[];
}

/** The range's first and last day, as the API spans partial dates: since "2018-04" is April 1, until it April 30. */
function rangeDays(range: Range): { first: string | null; last: string | null } {
  return { first: spanOf(range.since).earliest, last: spanOf(range.until).latest };
}

/** Gephi's timeline over the unfiltered GEXF: an edge shows when its spell (a missing side open) meets the range. */
function spellMeets(spell: { start: string | null; end: string | null }, range: Range): boolean {
  const { first, last } = rangeDays(range);
  if (spell.start === null && spell.end === null) return first === null && last === null;
  return (
    (first === null || spell.end === null || spell.end >= first) &&
    (last === null || spell.start === null || spell.start <= last)
  );
}

/**
 * The explorer's answer: its handles set on the range's days as a user would set them (within the track;
 * at its ends when the range is open there), its filter run on every event the API serves, with the
 * undated switch off (the API leaves out what no bound places once since or until is given).
 */
function sliderEvents(range: Range): { ids: Set<string>; since: string | null; until: string | null } {
  const days = rangeDays(range);
  const clamp = (day: number) => Math.min(track.last, Math.max(track.first, day));
  const chosen = sliderRange(
    days.first === null ? track.first : clamp(dayNumber(days.first)),
    days.last === null ? track.last : clamp(dayNumber(days.last)),
    track,
  );
  const ids = new Set(
    [...all]
      .filter(([, event]) => withinRange(boundsInterval(event.when), chosen.from, chosen.to, false))
      .map(([id]) => id),
  );
  return { ids, since: chosen.since, until: chosen.until };
}

type Kind = 'dated' | 'both' | 'earliestOnly' | 'latestOnly' | 'none';

/** Dated, or else bounded on both sides, on one, or not at all. */
function kindOf({ date, when }: ApiEvent): Kind {
  if (date !== null) return 'dated';
  if (when.earliest !== null && when.latest !== null) return 'both';
  if (when.earliest !== null) return 'earliestOnly';
  return when.latest !== null ? 'latestOnly' : 'none';
}

/** The first `n` stored events of a kind, by id (a stable choice), with their bounds. */
function eventsOfKind(kind: Kind, n: number): { id: string; when: Bounds }[] {
  return [...all]
    .filter(([, event]) => kindOf(event) === kind)
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, n)
    .map(([id, event]) => ({ id, when: event.when }));
}

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await writeArticles(
    driver,
    [...graphArticles(SPEC)].map((graph) => ({ graph, contentHash: null })),
  );
  server = await startTestServer(driver);
  all = await apiEvents({ since: null, until: null });
  unfiltered = gexfEdges(await download('gexf', { since: null, until: null }));
  withEdges = new Set(unfiltered.map((e) => e.event));
  const stats = await server.graphql<{ stats: { firstDate: string | null; lastDate: string | null } }>(
    '{ stats { firstDate lastDate } }',
  );
  const first = dayInterval(stats.data?.stats.firstDate ?? null);
  const last = dayInterval(stats.data?.stats.lastDate ?? null);
  if (first === null || last === null) throw new Error('a generated graph has dated events, so the slider a track');
  track = { first: first.start, last: last.end };
});
afterAll(async () => {
  await server?.close();
  await driver?.close();
});

test('the generated graph holds dated events and events bounded on one side or both, all written by the writer', () => {
  const kinds: Record<Kind, number> = { dated: 0, both: 0, earliestOnly: 0, latestOnly: 0, none: 0 };
  for (const event of all.values()) kinds[kindOf(event)]++;
  expect(all.size).toBeGreaterThan(700);
  expect(kinds.dated).toBeGreaterThan(all.size / 2);
  for (const kind of ['both', 'earliestOnly', 'latestOnly'] as const) expect(kinds[kind]).toBeGreaterThan(50);
  expect(withEdges.size).toBeGreaterThan(all.size / 2);
});

const RANGES: [string, Range][] = [
  ['since only', { since: '2020', until: null }],
  ['until only', { since: null, until: '2005-06' }],
  ['since and until, to the day', { since: '2012-03-15', until: '2014-10-02' }],
  ['a month', { since: '2018-04', until: '2018-04' }],
  ['a year', { since: '2009', until: '2009' }],
  ['a single day', { since: '2016-07-01', until: '2016-07-01' }],
];

/** Every side's answer on one range, each compared with the API's: a drift on any side fails here. */
async function expectAgreement(range: Range): Promise<Set<string>> {
  const api = new Map([...(await apiEvents(range))].map(([id, event]) => [id, event.when]));
  const ids = new Set(api.keys());
  const expectedEdgeEvents = sorted([...ids].filter((id) => withEdges.has(id)));

  const gexf = gexfEdges(await download('gexf', range));
  expect(sorted(new Set(gexf.map((e) => e.event)))).toEqual(expectedEdgeEvents);
  // The spells are the bounds the API gives (a missing start or end: an unknown side).
  for (const edge of gexf) expect({ earliest: edge.start, latest: edge.end }).toEqual(api.get(edge.event));

  const csv = csvEdges(await download('csv', range, { table: 'edges' }));
  expect(sorted(new Set(csv.map((e) => e.event)))).toEqual(expectedEdgeEvents);
  for (const row of csv)
    expect({ earliest: row.earliest || null, latest: row.latest || null }).toEqual(api.get(row.event));

  // The events export holds every event of the range, edges or not; the node table, the actors of its edges.
  const jsonl = (await download('jsonl', range)).split('\n').filter(Boolean);
  expect(sorted(jsonl.map((line) => (JSON.parse(line) as { id: string }).id))).toEqual(sorted(ids));
  const nodes = parseCsv(await download('csv', range, { table: 'nodes' }), { columns: true }) as { id: string }[];
  expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(new Set(csv.flatMap((e) => [e.source, e.target]))));

  // Gephi's timeline set on the range, over the unfiltered GEXF, shows the same edges.
  expect(sorted(new Set(unfiltered.filter((e) => spellMeets(e, range)).map((e) => e.event)))).toEqual(
    expectedEdgeEvents,
  );

  const slider = sliderEvents(range);
  expect(sorted(slider.ids)).toEqual(sorted(ids));
  // What the explorer would send the API for the same handles (days, not months) keeps the same events.
  expect(sorted((await apiEvents({ since: slider.since, until: slider.until })).keys())).toEqual(sorted(ids));
  return ids;
}

test.each(RANGES)('%s: the API, the GEXF, the CSV, Gephi and the slider keep the same events', async (_, range) => {
  const ids = await expectAgreement(range);
  // Not a vacuous range: some events are kept, some bounded ones among them, and some are left out.
  expect(ids.size).toBeGreaterThan(0);
  expect([...ids].some((id) => all.get(id)?.date === null)).toBe(true);
  expect(ids.size).toBeLessThan(all.size);
});

test('ranges cut through bounded events keep each one as its bounds say, on every side', async () => {
  const cases: { event: string; range: Range; kept: boolean }[] = [];
  for (const { id: event, when } of eventsOfKind('both', 3)) {
    const earliest = when.earliest as string;
    const latest = when.latest as string;
    // Strictly inside the bounds, touching each end, and just missing each end.
    cases.push({ event, range: { since: addDays(earliest, 1), until: addDays(earliest, 1) }, kept: true });
    cases.push({ event, range: { since: latest, until: addDays(latest, 30) }, kept: true });
    cases.push({ event, range: { since: addDays(latest, 1), until: null }, kept: false });
    cases.push({ event, range: { since: null, until: addDays(earliest, -1) }, kept: false });
  }
  for (const { id: event, when } of eventsOfKind('earliestOnly', 3)) {
    const earliest = when.earliest as string;
    cases.push({ event, range: { since: '2025-06', until: null }, kept: true }); // open after: reaches any later range
    cases.push({ event, range: { since: null, until: earliest }, kept: true });
    cases.push({ event, range: { since: null, until: addDays(earliest, -1) }, kept: false });
  }
  for (const { id: event, when } of eventsOfKind('latestOnly', 3)) {
    const latest = when.latest as string;
    cases.push({ event, range: { since: null, until: '2000-01' }, kept: true }); // open before: reaches any earlier range
    cases.push({ event, range: { since: latest, until: null }, kept: true });
    cases.push({ event, range: { since: addDays(latest, 1), until: null }, kept: false });
  }
  expect(cases.length).toBe(30);
  for (const { event, range, kept } of cases) {
    const ids = await expectAgreement(range);
    expect({ event, range, kept: ids.has(event) }).toEqual({ event, range, kept });
  }
});
