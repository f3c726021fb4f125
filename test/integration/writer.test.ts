/**
 * The writer against a real Neo4j, with hand-built extractions (so that these tests
 * say what the graph layer does, whatever the extractor finds).
 */
import type { Driver } from 'neo4j-driver';
import { eventId } from '../../src/domain/ids';
import type { ExtractedEvent } from '../../src/domain/types';
import { writeArticle, writeArticles } from '../../src/graph/writer';
import { dumpGraph, graphCounts, resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';

const call = (a: string, b: string, date: string | null, sentence: string) => pairEvent('CALL', a, b, date, sentence);
const article = (name: string, events: ExtractedEvent[]) => articleOf(name, ['Donald Trump', 'Vladimir Putin'], events);

async function calls(driver: Driver) {
  const { records } = await driver.executeQuery(
    `MATCH (e:Event {type: 'CALL'}) OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
     RETURN e.id AS id, e.date AS date, e.precision AS precision, count(a) AS sources`,
  );
  return records.map((r) => r.toObject());
}

describe('writeArticle', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => resetGraph(driver));
  afterAll(() => driver.close());

  test('writing the same article twice changes nothing', async () => {
    const a = article('one', [call('Donald Trump', 'Vladimir Putin', '2025-02-12', 'Trump called Putin on Feb. 12.')]);
    await writeArticle(driver, a);
    const first = await graphCounts(driver);
    await writeArticle(driver, a);
    expect(await graphCounts(driver)).toEqual(first);
    expect(first.nodes).toBe(4); // two actors, one event, one article
  });

  test('three articles reporting one call leave one CALL with three sources and the most precise date', async () => {
    await writeArticle(
      driver,
      article('month', [call('Donald Trump', 'Vladimir Putin', '2025-02', 'They spoke in February.')]),
    );
    await writeArticle(
      driver,
      article('day', [call('Vladimir Putin', 'Donald Trump', '2025-02-12', 'The Feb. 12 call.')]),
    );
    await writeArticle(
      driver,
      article('again', [call('Donald Trump', 'Vladimir Putin', '2025-02', 'A call in February.')]),
    );
    const rows = await calls(driver);
    expect(rows).toEqual([
      {
        id: eventId(
          'CALL',
          [
            { actorId: 'donald-trump', role: 'PARTICIPANT' },
            { actorId: 'vladimir-putin', role: 'PARTICIPANT' },
          ],
          '2025-02-12',
        ),
        date: '2025-02-12',
        precision: 'DAY',
        sources: 3,
      },
    ]);
    const { records } = await driver.executeQuery(
      'MATCH (:Actor)-[r:CALL]->(:Actor) RETURN r.event AS event, r.date AS date',
    );
    expect(records.map((r) => r.toObject())).toEqual([{ event: rows[0]?.id, date: '2025-02-12' }]);
  });

  test('calls on different days stay two events', async () => {
    await writeArticle(driver, article('one', [call('Donald Trump', 'Vladimir Putin', '2025-02-12', 'First call.')]));
    await writeArticle(driver, article('two', [call('Donald Trump', 'Vladimir Putin', '2025-03-18', 'Second call.')]));
    expect((await calls(driver)).map((r) => r.date).sort()).toEqual(['2025-02-12', '2025-03-18']);
  });
  test('a batch leaves the graph that writing its articles one by one leaves', async () => {
    // New events (created outright), repeats within the batch, a refined date and a mediation's edges.
    const participants: ExtractedEvent['participants'] = [
      { actorId: 'donald-trump', role: 'MEDIATOR' },
      { actorId: 'vladimir-putin', role: 'PARTY' },
      { actorId: 'volodymyr-zelensky', role: 'PARTY' },
    ];
    const mediation: ExtractedEvent = {
      ...pairEvent('MEDIATION', 'Donald Trump', 'Vladimir Putin', '2025-03', 'Trump mediated.'),
      id: eventId('MEDIATION', participants, '2025-03'),
      participants,
    };
    const batch = [
      articleOf(
        'a',
        ['Donald Trump', 'Vladimir Putin'],
        [call('Donald Trump', 'Vladimir Putin', '2025-02', 'They spoke in February.')],
      ),
      articleOf(
        'b',
        ['Donald Trump', 'Vladimir Putin', 'Volodymyr Zelensky'],
        [
          call('Vladimir Putin', 'Donald Trump', '2025-02-12', 'The Feb. 12 call.'),
          mediation,
          pairEvent('MEETING', 'Donald Trump', 'Volodymyr Zelensky', null, 'They met.'),
        ],
      ),
      articleOf(
        'c',
        ['Donald Trump', 'Vladimir Putin', 'Volodymyr Zelensky'],
        [mediation, call('Donald Trump', 'Vladimir Putin', '2025-03-18', 'Again.')],
      ),
    ];
    for (const graph of batch) await writeArticle(driver, graph);
    const oneByOne = await dumpGraph(driver);
    await resetGraph(driver);
    await writeArticles(
      driver,
      batch.map((graph) => ({ graph, contentHash: null })),
    );
    expect(await dumpGraph(driver)).toEqual(oneByOne);
    expect(oneByOne.filter((line) => line.startsWith('rel MEDIATION'))).toHaveLength(2);
  });
});
