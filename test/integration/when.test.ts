/**
 * Time as bounds through the writer and the API (issue 21): `Event.when` as the seed article gives it, the same
 * bounds from every query that returns events, and several reports of one event narrowing its bounds.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Bounds } from '../../src/domain/dayBounds';
import type { ExtractedEvent } from '../../src/domain/types';
import { writeArticle, writeArticles } from '../../src/graph/writer';
import { collectArticleFiles } from '../../src/ingest/files';
import { ingestFiles } from '../../src/ingest/ingest';
import { dumpGraph, resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';
import { startTestServer, type TestServer } from './http';

const SEED = path.resolve(__dirname, '..', '..', 'seeds', 'articles', '00-russia-us-iran-mediation.txt');

interface When {
  earliest: string | null;
  latest: string | null;
  precision: string | null;
  bounded: boolean;
}
interface EventAnswer {
  type: string;
  date: string | null;
  when: When;
}
const EVENT_FIELDS = 'type date when { earliest latest precision bounded }';

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  server = await startTestServer(driver);
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

async function interactionsOf(a: string, b: string): Promise<EventAnswer[]> {
  const data = await server.data<{ interactions: EventAnswer[] }>(
    `{ interactions(between: ["${a}", "${b}"]) { ${EVENT_FIELDS} } }`,
  );
  return data.interactions;
}

/** An empty graph holding the seed article alone, ingested as `npm start` ingests it. */
async function loadSeedAlone(): Promise<void> {
  await resetGraph(driver);
  const { files } = await collectArticleFiles([SEED]);
  expect((await ingestFiles(driver, files)).failures).toEqual([]);
}

describe('Event.when on the seed article', () => {
  beforeAll(loadSeedAlone);

  test('"Lavrov later briefed Araghchi", after the Feb. 18 meeting, in an article of March 4: bounded, not dated', async () => {
    expect(await interactionsOf('Sergei Lavrov', 'Abbas Araghchi')).toEqual([
      {
        type: 'BRIEFING',
        date: null,
        when: { earliest: '2025-02-18', latest: '2025-03-04', precision: null, bounded: true },
      },
    ]);
  });

  test('the Feb. 18 meeting is dated: its bounds are its day', async () => {
    expect(await interactionsOf('Marco Rubio', 'Sergei Lavrov')).toEqual([
      {
        type: 'MEETING',
        date: '2025-02-18',
        when: { earliest: '2025-02-18', latest: '2025-02-18', precision: 'DAY', bounded: false },
      },
    ]);
  });

  test('every query that returns events returns their bounds', async () => {
    const briefing = { earliest: '2025-02-18', latest: '2025-03-04', precision: null, bounded: true };
    const isBriefing = (e: EventAnswer) => e.type === 'BRIEFING';
    const timeline = await server.data<{ timeline: EventAnswer[] }>(
      `{ timeline(actor: "Abbas Araghchi") { ${EVENT_FIELDS} participants { role } } }`,
    );
    expect(timeline.timeline.find(isBriefing)?.when).toEqual(briefing);
    const events = await server.data<{ events: { edges: { node: EventAnswer }[] } }>(
      `{ events(types: [BRIEFING]) { edges { node { ${EVENT_FIELDS} } } } }`,
    );
    expect(events.events.edges.map((e) => e.node.when)).toEqual([briefing]);
    const paths = await server.data<{ paths: { hops: { event: EventAnswer | null }[] }[] }>(
      `{ paths(from: "Marco Rubio", to: "Abbas Araghchi") { hops { event { ${EVENT_FIELDS} } } } }`,
    );
    expect(paths.paths[0]?.hops.map((h) => h.event?.when)).toEqual([
      { earliest: '2025-02-18', latest: '2025-02-18', precision: 'DAY', bounded: false },
      briefing,
    ]);
    const articles = await server.data<{ articles: { edges: { node: { events: EventAnswer[] } }[] } }>(
      `{ articles { edges { node { events { ${EVENT_FIELDS} } } } } }`,
    );
    expect(articles.articles.edges[0]?.node.events.find(isBriefing)?.when).toEqual(briefing);
  });
});

describe('time-respecting paths on the seed article', () => {
  beforeAll(loadSeedAlone);

  test('Rubio met Lavrov on Feb. 18, and "Lavrov later briefed" Araghchi by March 4: Rubio → Lavrov → Araghchi', async () => {
    const data = await server.data<{
      paths: { hops: { from: { name: string }; to: { name: string }; event: EventAnswer; between: unknown }[] }[];
    }>(
      `{ paths(from: "Marco Rubio", to: "Abbas Araghchi", mode: TIME_RESPECTING) {
           hops { from { name } to { name } event { ${EVENT_FIELDS} } between { earliest latest } } } }`,
    );
    expect(data.paths).toEqual([
      {
        hops: [
          {
            from: { name: 'Marco Rubio' },
            to: { name: 'Sergei Lavrov' },
            event: {
              type: 'MEETING',
              date: '2025-02-18',
              when: { earliest: '2025-02-18', latest: '2025-02-18', precision: 'DAY', bounded: false },
            },
            between: { earliest: '2025-02-18', latest: '2025-02-18' },
          },
          {
            from: { name: 'Sergei Lavrov' },
            to: { name: 'Abbas Araghchi' },
            event: {
              type: 'BRIEFING',
              date: null,
              when: { earliest: '2025-02-18', latest: '2025-03-04', precision: null, bounded: true },
            },
            between: { earliest: '2025-02-18', latest: '2025-03-04' },
          },
        ],
      },
    ]);
  });

  test('in the other modes a hop has no range', async () => {
    const data = await server.data<{ paths: { hops: { between: unknown }[] }[] }>(
      `{ paths(from: "Marco Rubio", to: "Abbas Araghchi", mode: K_SHORTEST) { hops { between { earliest } } } }`,
    );
    expect(data.paths.flatMap((p) => p.hops.map((h) => h.between))).toEqual([null, null]);
  });
});

describe('several reports of one event intersect its bounds', () => {
  const PEOPLE = ['Ann North', 'Ben East'];
  /** An undated meeting of Ann North and Ben East with the bounds the extractor would have given it. */
  const meeting = (bounds: Bounds, sentence = 'Ann North later met Ben East.'): ExtractedEvent => ({
    ...pairEvent('MEETING', 'Ann North', 'Ben East', null, sentence),
    ...bounds,
  });
  const report = (name: string, published: string, bounds: Bounds) =>
    articleOf(name, PEOPLE, [meeting(bounds)], published);
  const pairWhen = async () => (await interactionsOf('Ann North', 'Ben East')).map((e) => e.when);
  const bounded = (earliest: string | null, latest: string | null): When => ({
    earliest,
    latest,
    precision: null,
    bounded: true,
  });

  beforeEach(() => resetGraph(driver));

  test('a later undated report does not widen the bounds; a narrower one narrows them', async () => {
    await writeArticle(driver, report('first', '2025-03-04', { earliest: '2025-02-18', latest: '2025-03-04' }));
    expect(await pairWhen()).toEqual([bounded('2025-02-18', '2025-03-04')]);
    // Published later, it says only that the meeting happened before March 10.
    await writeArticle(driver, report('later', '2025-03-10', { earliest: null, latest: '2025-03-10' }));
    expect(await pairWhen()).toEqual([bounded('2025-02-18', '2025-03-04')]);
    // "A week after the Feb. 18 talks", published on March 20: no earlier than Feb. 25.
    await writeArticle(driver, report('narrower', '2025-03-20', { earliest: '2025-02-25', latest: '2025-03-20' }));
    expect(await pairWhen()).toEqual([bounded('2025-02-25', '2025-03-04')]);
    // Published on March 1: the latest moves back too.
    await writeArticle(driver, report('earlier', '2025-03-01', { earliest: null, latest: '2025-03-01' }));
    expect(await pairWhen()).toEqual([bounded('2025-02-25', '2025-03-01')]);
  });

  test('an unknown side keeps the known one, whichever report knew it', async () => {
    await writeArticle(driver, report('unbounded', '2025-03-04', { earliest: null, latest: null }));
    expect(await pairWhen()).toEqual([{ earliest: null, latest: null, precision: null, bounded: false }]);
    await writeArticle(driver, report('after', '2025-03-04', { earliest: '2025-02-18', latest: null }));
    expect(await pairWhen()).toEqual([bounded('2025-02-18', null)]);
    await writeArticle(driver, report('before', '2025-03-04', { earliest: null, latest: '2025-03-04' }));
    expect(await pairWhen()).toEqual([bounded('2025-02-18', '2025-03-04')]);
  });

  test('reports whose bounds share no day are two events, each with its own id and bounds, in either order', async () => {
    const late = report('late', '2025-03-04', { earliest: '2025-02-18', latest: '2025-03-04' });
    const early = report('early', '2025-02-10', { earliest: '2025-01-20', latest: '2025-02-10' });
    const twoMeetings = [bounded('2025-01-20', '2025-02-10'), bounded('2025-02-18', '2025-03-04')];
    for (const order of [
      [late, early],
      [early, late],
    ]) {
      await resetGraph(driver);
      const reports = [];
      for (const graph of order) reports.push(await writeArticle(driver, graph));
      expect(reports.map((r) => [r.createdEventIds.length, r.mergedEventIds.length])).toEqual([
        [1, 0],
        [1, 0],
      ]);
      expect(new Set(reports.flatMap((r) => r.createdEventIds)).size).toBe(2);
      expect(await pairWhen()).toEqual(twoMeetings);
      // Each event keeps its own source and its own derived edge, with its own bounds.
      const { records } = await driver.executeQuery(
        `MATCH (e:Event)-[:REPORTED_IN]->(art:Article), (:Actor)-[r:MEETING {event: e.id}]->(:Actor)
         RETURN art.title AS article, r.earliest AS earliest, r.latest AS latest ORDER BY earliest`,
      );
      expect(records.map((r) => [r.get('article'), r.get('earliest'), r.get('latest')])).toEqual([
        ['early', '2025-01-20', '2025-02-10'],
        ['late', '2025-02-18', '2025-03-04'],
      ]);
    }
  });

  test('a third report joins the one of two disjoint events its bounds meet, in a batch as one by one', async () => {
    const reports = [
      report('early', '2025-02-10', { earliest: '2025-01-20', latest: '2025-02-10' }),
      report('late', '2025-03-04', { earliest: '2025-02-18', latest: '2025-03-04' }),
      report('third', '2025-03-20', { earliest: '2025-02-25', latest: '2025-03-20' }),
    ];
    const written = [];
    for (const graph of reports) written.push(await writeArticle(driver, graph));
    expect(written[2]?.mergedEventIds).toEqual(written[1]?.createdEventIds);
    expect(await pairWhen()).toEqual([bounded('2025-01-20', '2025-02-10'), bounded('2025-02-25', '2025-03-04')]);
    const oneByOne = await dumpGraph(driver);
    await resetGraph(driver);
    await writeArticles(
      driver,
      reports.map((graph) => ({ graph, contentHash: null })),
    );
    expect(await dumpGraph(driver)).toEqual(oneByOne);
  });

  test('a batch leaves the bounds that writing its reports one by one leaves', async () => {
    const reports = [
      report('first', '2025-03-04', { earliest: '2025-02-18', latest: '2025-03-04' }),
      report('later', '2025-03-10', { earliest: null, latest: '2025-03-10' }),
      report('narrower', '2025-03-20', { earliest: '2025-02-25', latest: '2025-03-20' }),
    ];
    for (const graph of reports) await writeArticle(driver, graph);
    const oneByOne = await dumpGraph(driver);
    await resetGraph(driver);
    await writeArticles(
      driver,
      reports.map((graph) => ({ graph, contentHash: null })),
    );
    expect(await dumpGraph(driver)).toEqual(oneByOne);
    expect(await pairWhen()).toEqual([bounded('2025-02-25', '2025-03-04')]);
  });

  test('an event written without bounds spans its date; a refined date narrows them to its day', async () => {
    const call = (name: string, date: string) =>
      articleOf(name, PEOPLE, [pairEvent('CALL', 'Ann North', 'Ben East', date)], '2025-03-04');
    await writeArticle(driver, call('month', '2025-02'));
    expect(await pairWhen()).toEqual([
      { earliest: '2025-02-01', latest: '2025-02-28', precision: 'MONTH', bounded: false },
    ]);
    await writeArticle(driver, call('day', '2025-02-12'));
    expect(await pairWhen()).toEqual([
      { earliest: '2025-02-12', latest: '2025-02-12', precision: 'DAY', bounded: false },
    ]);
  });
});
