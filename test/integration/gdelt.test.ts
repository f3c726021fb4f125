/**
 * GDELT import against the real Neo4j: the real sample goes in, its events answer
 * whoTalkedTo over HTTP, importing again changes nothing, and an event we already
 * hold from an article gains the GDELT source instead of a twin.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { actorId, articleId, eventId } from '../../src/domain/ids';
import type { ExtractedActor, Participant } from '../../src/domain/types';
import { writeArticle } from '../../src/graph/writer';
import { importGdeltFiles } from '../../src/ingest/gdelt';
import { dumpGraph, graphCounts, resetGraph, testDriver } from './db';
import { startTestServer, type TestServer } from './http';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'gdelt');
const SAMPLE = path.join(DIR, '20250807220000.sample.export.CSV');
const ZIPPED = `${SAMPLE}.zip`;

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  server = await startTestServer(driver);
});
beforeEach(() => resetGraph(driver));
afterAll(async () => {
  await server?.close();
  await driver.close();
});

const lineNumbers = (problems: { line: number }[]) => problems.map((p) => p.line);

test('the sample goes in: mapped rows as events, the others counted with their line numbers', async () => {
  const report = await importGdeltFiles(driver, [SAMPLE]);
  expect(report).toMatchObject({
    rows: 19,
    coded: 9,
    articles: 6,
    eventsCreated: 7,
    eventsMerged: 0,
    malformed: [],
    unreadable: [],
  });
  expect(lineNumbers(report.skipped['unmapped-code'])).toEqual([1, 2, 10, 11, 18]);
  expect(lineNumbers(report.skipped['missing-actor'])).toEqual([3, 6, 12]);
  expect(lineNumbers(report.skipped['unresolved-actor'])).toEqual([5]);
  expect(lineNumbers(report.skipped['same-actor'])).toEqual([8]);
  const { records } = await driver.executeQuery('MATCH (e:Event) RETURN e.type AS type, count(*) AS n ORDER BY type');
  expect(records.map((r) => `${r.get('type')} ${r.get('n')}`)).toEqual([
    'CONFLICT 2',
    'MEETING 2',
    'NEGOTIATION 1',
    'SUPPLY 2',
  ]);
});

test('imported events answer whoTalkedTo over the API, with the article URL, a no-sentence note, CAMEO codes and Goldstein', async () => {
  await importGdeltFiles(driver, [SAMPLE]);
  const { data, errors } = await server.graphql<{ whoTalkedTo: unknown[] }>(
    `{ whoTalkedTo(actor: "United States") { actor { name kind } types events { type date precision cameo goldstein confidence
         sources { sentence article { url source title } } } } }`,
  );
  expect(errors).toBeUndefined();
  expect(data?.whoTalkedTo).toEqual([
    {
      actor: { name: 'Greece', kind: 'STATE' },
      types: ['NEGOTIATION'],
      events: [
        {
          type: 'NEGOTIATION',
          date: '2025-08-07',
          precision: 'DAY',
          cameo: ['046'],
          goldstein: 7,
          confidence: null,
          sources: [
            {
              sentence:
                'No sentence: GDELT event 1256323592, coded from this article as CAMEO 046 "Engage in negotiation" by United States (USA) with Greece (GRC).',
              article: {
                url: 'https://relix.com/news/detail/primus-welcome-matt-stone-bill-burr-ty-segall-mononeon-and-tool-members-at-greek-theatre/',
                source: 'relix.com',
                title: null,
              },
            },
          ],
        },
      ],
    },
    {
      actor: { name: 'Turkey', kind: 'STATE' },
      types: ['MEETING'],
      events: [
        {
          type: 'MEETING',
          date: '2025-08-07',
          precision: 'DAY',
          cameo: ['042', '043', '044'],
          goldstein: 1.9,
          confidence: null,
          sources: [
            {
              sentence:
                'No sentence: GDELT event 1256323469, coded from this article as CAMEO 042 "Make a visit" by Turkey (TUR) with United States (USA).',
              article: {
                url: 'https://bhamnow.com/2025/08/07/turkey-creek-nature-preserve-could-soon-add-300-acres/',
                source: 'bhamnow.com',
                title: null,
              },
            },
          ],
        },
      ],
    },
  ]);
  const romania = await server.graphql<{ whoTalkedTo: { actor: { name: string; kind: string } }[] }>(
    '{ whoTalkedTo(actor: "Romania") { actor { name kind } } }',
  );
  expect(romania.data?.whoTalkedTo).toEqual([{ actor: { name: 'Theodor Stolojan', kind: 'PERSON' } }]);
});

test('importing the sample again, plain or zipped, changes nothing', async () => {
  await importGdeltFiles(driver, [SAMPLE]);
  const counts = await graphCounts(driver);
  const dump = await dumpGraph(driver);
  const again = await importGdeltFiles(driver, [SAMPLE, ZIPPED]);
  expect(again).toMatchObject({ rows: 38, eventsCreated: 0, eventsMerged: 14, unreadable: [] });
  expect(await graphCounts(driver)).toEqual(counts);
  expect(await dumpGraph(driver)).toEqual(dump);
});

test('an event an article already reported gains the GDELT source: one event, the more precise date, the sentence kept', async () => {
  const states: ExtractedActor[] = ['United States', 'Greece'].map((name) => ({
    id: actorId(name),
    name,
    kind: 'STATE',
    aliases: [],
    role: null,
    affiliation: null,
  }));
  const participants: Participant[] = states.map((s) => ({ actorId: s.id, role: 'PARTICIPANT' }));
  const sentence = 'The United States and Greece held talks in August.';
  await writeArticle(driver, {
    article: {
      id: articleId('talks'),
      origin: 'talks.txt',
      title: 'Talks',
      url: null,
      source: 'fixture',
      published: '2025-08-20',
    },
    actors: states,
    events: [
      {
        id: eventId('NEGOTIATION', participants, '2025-08'),
        type: 'NEGOTIATION',
        participants,
        date: '2025-08',
        location: null,
        confidence: 0.8,
        evidence: [{ sentence }],
      },
    ],
  });
  const report = await importGdeltFiles(driver, [SAMPLE]);
  expect(report.eventsMerged).toBe(1);
  const { records } = await driver.executeQuery(
    `MATCH (e:Event {type: 'NEGOTIATION'})-[s:REPORTED_IN]->(a:Article)
     RETURN e.id AS id, e.date AS date, e.confidence AS confidence, s.sentence AS sentence ORDER BY a.title IS NULL`,
  );
  expect(records.map((r) => r.toObject())).toEqual([
    { id: eventId('NEGOTIATION', participants, '2025-08-07'), date: '2025-08-07', confidence: 0.8, sentence },
    {
      id: eventId('NEGOTIATION', participants, '2025-08-07'),
      date: '2025-08-07',
      confidence: 0.8,
      sentence: expect.stringMatching(/^No sentence: GDELT event 1256323592/),
    },
  ]);
});

test('malformed lines are reported with their line numbers and the rest goes in', async () => {
  const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gdelt-')), 'broken.export.CSV');
  const negotiation = lines.find((l) => l.startsWith('1256323592\t')) as string;
  writeFileSync(file, ['not a GDELT line', negotiation, negotiation.split('\t').slice(0, 40).join('\t')].join('\n'));
  const report = await importGdeltFiles(driver, [file, path.join(DIR, 'missing.export.CSV')]);
  expect(report.malformed).toEqual([
    { file, line: 1, reason: '1 columns, expected 61 (a GDELT 2.0 event export)' },
    { file, line: 3, reason: '40 columns, expected 61 (a GDELT 2.0 event export)' },
  ]);
  expect(report.unreadable).toEqual([{ file: path.join(DIR, 'missing.export.CSV'), reason: 'no such file' }]);
  expect(report.eventsCreated).toBe(1);
});
