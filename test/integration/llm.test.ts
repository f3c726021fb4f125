/**
 * The LLM extractor end to end, against the local OpenAI-compatible test server (llmServer.ts) and the real test
 * Neo4j: answers are validated, grounded, linked, written and queried through the GraphQL API. Each article of
 * test/fixtures/llm is one case (its name says which); each failure ends with nothing of the article written, each
 * dropped event with nothing of it written, and the run's report counts both. A second run asks nothing: the cache.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parseArticle } from '../../src/extract';
import { LlmExtractor, type LlmSettings } from '../../src/llm';
import type { Answer } from '../../src/llm/schema';
import { ingestFiles, type IngestSummary } from '../../src/ingest/ingest';
import { dumpGraph, resetGraph, testDriver } from './db';
import { startTestServer, type TestServer } from './http';
import { startLlmServer, type LlmTestServer, type Script } from './llmServer';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'llm');
const file = (name: string) => path.join(FIXTURES, name);

const answer =
  (a: Answer): Script =>
  () => ({ content: JSON.stringify(a) });
const person = (name: string, title: string, affiliation: string) => ({
  name,
  kind: 'PERSON' as const,
  title,
  affiliation,
});
const pair = (type: Answer['events'][number]['type'], a: string, b: string, evidence: string, datePhrase: string) => ({
  type,
  participants: [
    { name: a, role: 'PARTICIPANT' as const },
    { name: b, role: 'PARTICIPANT' as const },
  ],
  datePhrase,
  evidence,
});

/** What the test server answers, by a phrase of each article. */
const SCRIPTS = new Map<string, Script>([
  [
    'held a phone call with India',
    answer({
      actors: [
        person('Luiz Inacio Lula da Silva', 'President', 'Brazil'),
        person('Narendra Modi', 'Prime Minister', 'India'),
      ],
      // Curly quote and doubled spaces where the article has a straight quote and single ones: normalised away.
      events: [
        pair(
          'CALL',
          'Lula',
          'Narendra Modi',
          'Brazil’s President Luiz Inacio Lula da Silva held a phone call with India’s  Prime Minister Narendra Modi on Monday, officials in Brasilia said.',
          'on Monday',
        ),
      ],
    }),
  ],
  [
    'received German Chancellor',
    answer({
      actors: [person('Emmanuel Macron', 'President', 'France'), person('Olaf Scholz', 'Chancellor', 'Germany')],
      events: [
        pair('MEETING', 'Emmanuel Macron', 'Olaf Scholz', 'Macron and Scholz met in Berlin on Tuesday.', 'on Tuesday'),
      ],
    }),
  ],
  [
    'met South Korean President',
    answer({
      actors: [
        person('Shigeru Ishiba', 'Prime Minister', 'Japan'),
        person('Yoon Suk Yeol', 'President', 'South Korea'),
        person('Angela Merkel', 'Chancellor', 'Germany'),
      ],
      events: [
        {
          ...pair(
            'MEETING',
            'Shigeru Ishiba',
            'Yoon Suk Yeol',
            'Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Tokyo on Friday.',
            'on Friday',
          ),
          participants: [
            { name: 'Shigeru Ishiba', role: 'PARTICIPANT' },
            { name: 'Yoon Suk Yeol', role: 'PARTICIPANT' },
            { name: 'Angela Merkel', role: 'PARTICIPANT' },
          ],
        },
      ],
    }),
  ],
  ['Abdel Fattah el-Sisi', () => ({ content: '{"actors": [{"name": "Recep Tayyip Erdogan", "kind": "PER' })],
  [
    'Samia Suluhu Hassan',
    () => ({
      content: JSON.stringify({
        actors: [],
        events: [
          { ...pair('MEETING', 'William Ruto', 'Samia Suluhu Hassan', 'x y z', 'on Thursday'), type: 'FRIENDSHIP' },
        ],
      }),
    }),
  ],
  [
    'Christopher Luxon',
    (attempt) =>
      attempt === 0
        ? { status: 429, retryAfter: '1' }
        : {
            content: JSON.stringify({
              actors: [],
              events: [
                pair(
                  'MEETING',
                  'Anthony Albanese',
                  'Christopher Luxon',
                  'Australian Prime Minister Anthony Albanese met New Zealand Prime Minister Christopher Luxon in Canberra on Wednesday.',
                  'on Wednesday',
                ),
              ],
            }),
          },
  ],
  ['Claudia Sheinbaum', () => ({ status: 500 })],
  ['Javier Milei met Chilean', () => ({ content: 'The leaders met; here is the JSON: {' })],
  ['Prabowo Subianto', () => ({ hang: true })],
  [
    'Mohammed bin Salman met',
    answer({
      actors: [],
      events: [
        pair(
          'MEETING',
          'Mohammed bin Salman',
          'Tamim bin Hamad Al Thani',
          'Saudi Crown Prince Mohammed bin Salman met Qatari Emir Tamim bin Hamad Al Thani in Riyadh on Tuesday.',
          'on Tuesday',
        ),
      ],
    }),
  ],
]);

const LLM_FILES = [
  'llm-call.txt',
  'evidence-missing.txt',
  'invented.txt',
  'malformed.txt',
  'schema-violation.txt',
  'rate-limited.txt',
  'server-error.txt',
  'hang.txt',
].map(file);
/** The files the first run gets a valid answer for: the second run finds them all in the cache. */
const ANSWERED = ['llm-call.txt', 'evidence-missing.txt', 'invented.txt', 'rate-limited.txt'].map(file);

let driver: Driver;
let llm: LlmTestServer;
let api: TestServer;
let work: string;

function settings(overrides: Partial<LlmSettings> = {}): LlmSettings {
  return {
    baseUrl: llm.baseUrl,
    model: 'test-model',
    apiKey: 'test-key',
    timeoutMs: 2_000,
    retries: 1,
    concurrency: 2,
    backoffMs: 50,
    maxWaitMs: 5_000,
    cacheDir: path.join(work, 'llm-cache'),
    maxChars: 12_000,
    overlapChars: 1_500,
    ...overrides,
  };
}

beforeAll(async () => {
  driver = testDriver();
  work = mkdtempSync(path.join(tmpdir(), 'llm-'));
  llm = await startLlmServer(SCRIPTS);
  api = await startTestServer(driver);
});

afterAll(async () => {
  await api.close();
  await llm.close();
  await driver.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a run of the llm extractor over every case', () => {
  let extractor: LlmExtractor;
  let summary: IngestSummary;

  beforeAll(async () => {
    await resetGraph(driver);
    await ingestFiles(driver, [file('rule-call.txt')]);
    extractor = new LlmExtractor(settings());
    summary = await ingestFiles(driver, LLM_FILES, { extractor, batchSize: 3 });
  });

  test('the failed articles are listed with their reasons; the others go in', () => {
    const reasons = Object.fromEntries(summary.failures.map((f) => [path.basename(f.file), f.reason]));
    expect(reasons).toEqual({
      'malformed.txt': expect.stringMatching(/^llm: malformed JSON: /),
      'schema-violation.txt': expect.stringMatching(
        /^llm: schema violation: \/events\/0\/type must be equal to one of/,
      ),
      'server-error.txt': expect.stringMatching(/^llm: request failed: HTTP 500 from /),
      'hang.txt': expect.stringMatching(/^llm: request failed: [^ ]+: no answer within 2000 ms$/),
    });
    expect(summary.articles).toBe(4);
  });

  test('the run’s report counts requests, retries, tokens, failures and drops, each with its reason', () => {
    const { report } = extractor;
    // One request per article, one more after the 429, one more after the 500 (retries: 1); the hang is not retried.
    expect(report.requests).toBe(10);
    expect(report.retries).toBe(2);
    expect(llm.count()).toBe(10);
    expect(report.cached).toBe(0);
    // Tokens of the 6 completions (the test server counts 100 + 20 for each); the 429, 500s and hang have none.
    expect(report.promptTokens).toBe(600);
    expect(report.completionTokens).toBe(120);
    expect(report.failed).toEqual({ 'request failed': 2, 'malformed JSON': 1, 'schema violation': 1 });
    expect(report.eventsKept).toBe(2);
    expect(report.dropped).toEqual({
      'evidence not found': 1,
      'unknown participant': 1,
      'roles do not fit the type': 0,
    });
    expect(report.lines().join('\n')).toMatch(/10 request\(s\) \(2 retried\), 0 answer\(s\) from the cache/);
  });

  test('the client waited what Retry-After asked, sent its bearer token and asked for json_schema output', () => {
    const [first, second] = llm.requests.filter((r) => r.article === 'Christopher Luxon');
    expect(second && first && second.at - first.at).toBeGreaterThanOrEqual(950);
    expect(new Set(llm.requests.map((r) => r.authorization))).toEqual(new Set(['Bearer test-key']));
    expect(new Set(llm.requests.map((r) => r.responseFormat))).toEqual(new Set(['json_schema']));
  });

  test('nothing of a failed article is written: no article node, none of its people', async () => {
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN a.origin AS origin ORDER BY origin');
    expect(records.map((r) => r.get('origin'))).toEqual([
      'evidence-missing.txt',
      'invented.txt',
      'llm-call.txt',
      'rate-limited.txt',
      'rule-call.txt',
    ]);
    const { records: people } = await driver.executeQuery(
      `MATCH (a:Actor) WHERE any(w IN ['erdogan', 'sisi', 'ruto', 'hassan', 'sheinbaum', 'trudeau', 'prabowo', 'anwar', 'merkel']
         WHERE a.id CONTAINS w) RETURN a.id AS id`,
    );
    expect(people.map((r) => r.get('id'))).toEqual([]);
  });

  test('a dropped event is not written, while its article and its grounded actors are', async () => {
    const result = await api.graphql<{
      articles: { edges: { node: { title: string; events: { type: string }[] } }[] };
    }>('{ articles(first: 10) { edges { node { title events { type } } } } }');
    const events = Object.fromEntries(
      (result.data?.articles.edges ?? []).map(({ node }) => [node.title, node.events.map((e) => e.type)]),
    );
    expect(events).toEqual({
      'Macron hosts Scholz': [],
      'Ishiba and Yoon meet': [],
      'Lula and Modi discuss trade': ['CALL'],
      'Albanese and Luxon meet': ['MEETING'],
      'Modi and Lula speak by phone': ['CALL'],
    });
    const macron = await api.graphql<{ actor: { name: string } | null }>('{ actor(name: "Emmanuel Macron") { name } }');
    expect(macron.data?.actor?.name).toBe('Emmanuel Macron');
  });

  test('the rules’ and the model’s reports of one call are one event with two sources, dated by our date stage', async () => {
    const result = await api.graphql<{
      interactions: {
        type: string;
        date: string;
        participants: { actor: { id: string } }[];
        sources: { article: { title: string }; sentence: string }[];
      }[];
    }>(
      `{ interactions(between: ["Narendra Modi", "Luiz Inacio Lula da Silva"]) {
           type date participants { actor { id } } sources { article { title } sentence } } }`,
    );
    expect(result.errors).toBeUndefined();
    const [call, ...others] = result.data?.interactions ?? [];
    expect(others).toEqual([]);
    expect(call?.type).toBe('CALL');
    expect(call?.date).toBe('2025-03-10');
    expect(call?.participants.map((p) => p.actor.id).sort()).toEqual(['luiz-inacio-lula-da-silva', 'narendra-modi']);
    expect(call?.sources.map((s) => s.article.title).sort()).toEqual([
      'Lula and Modi discuss trade',
      'Modi and Lula speak by phone',
    ]);
    // The model's source is the article's own sentence, not the model's copy of it.
    const text = readFileSync(file('llm-call.txt'), 'utf8');
    const llmSource = call?.sources.find((s) => s.article.title === 'Lula and Modi discuss trade');
    expect(text).toContain(llmSource?.sentence);
  });

  test('a second run over the answered files makes no request: every answer comes from the cache', async () => {
    const before = await dumpGraph(driver);
    const requests = llm.count();
    const run = await ingestCommand(['--extractor', 'llm', '--force', '--no-progress', ...ANSWERED]);
    expect(run.status).toBe(0);
    expect(llm.count() - requests).toBe(0);
    expect(run.stdout).toMatch(/LLM: 4 article\(s\), 0 request\(s\) \(0 retried\), 4 answer\(s\) from the cache/);
    expect(run.stdout).toMatch(
      /LLM: of the model's event\(s\), 2 kept, 2 dropped \(1 evidence not found, 1 unknown participant, 0 roles do not fit the type\)/,
    );
    expect(await dumpGraph(driver)).toEqual(before);
  }, 120_000);
});

describe('the ingest mutation with the llm extractor (EXTRACTOR=llm)', () => {
  test('an article submitted over GraphQL is extracted by the model, checked and written', async () => {
    await resetGraph(driver);
    const server = await startTestServer(driver, {
      ingestToken: 'token',
      extractor: new LlmExtractor(settings({ cacheDir: null })),
    });
    try {
      const result = await server.graphql<{
        ingestArticle: { created: { type: string; date: string; participants: { actor: { id: string } }[] }[] };
      }>(
        `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
           created { type date participants { actor { id } } } } }`,
        {
          input: {
            published: '2025-03-14',
            text: 'Saudi Crown Prince Mohammed bin Salman met Qatari Emir Tamim bin Hamad Al Thani in Riyadh on Tuesday.',
          },
        },
        { authorization: 'Bearer token' },
      );
      expect(result.errors).toBeUndefined();
      const [meeting] = result.data?.ingestArticle.created ?? [];
      expect(meeting?.type).toBe('MEETING');
      expect(meeting?.date).toBe('2025-03-11');
      expect(meeting?.participants.map((p) => p.actor.id).sort()).toEqual([
        'mohammed-bin-salman',
        'tamim-bin-hamad-al-thani',
      ]);
      expect(llm.count('Mohammed bin Salman met')).toBe(1);
    } finally {
      await server.close();
    }
  });

  test('an article the model answers with malformed JSON is refused with EXTRACTION_FAILED and nothing written', async () => {
    await resetGraph(driver);
    const server = await startTestServer(driver, {
      ingestToken: 'token',
      extractor: new LlmExtractor(settings({ cacheDir: null })),
    });
    try {
      const result = await server.graphql(
        'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { created { type } } }',
        {
          input: {
            published: '2025-03-14',
            text: 'Argentine President Javier Milei met Chilean President Gabriel Boric in Santiago on Monday.',
          },
        },
        { authorization: 'Bearer token' },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('EXTRACTION_FAILED');
      expect(result.errors?.[0]?.message).toMatch(
        /^The llm extractor could not extract the article \(llm: malformed JSON: /,
      );
      const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
      expect(records[0]?.get('nodes')).toEqual(0);
    } finally {
      await server.close();
    }
  });
});

describe('the client, without a database', () => {
  const article = (n: number) =>
    parseArticle(
      `---\npublished: 2025-03-14\n---\nConcurrency case ${n}: Putin met Xi in Moscow on Monday.\n`,
      `c${n}.txt`,
    );

  test('never has more requests in flight than --llm-concurrency', async () => {
    const scripts = new Map<string, Script>(
      Array.from({ length: 6 }, (_, n) => [
        `Concurrency case ${n}:`,
        () => ({ content: JSON.stringify({ actors: [], events: [] }), delayMs: 200 }),
      ]),
    );
    const server = await startLlmServer(scripts);
    try {
      const extractor = new LlmExtractor({ ...settings({ cacheDir: null, concurrency: 2 }), baseUrl: server.baseUrl });
      await Promise.all(Array.from({ length: 6 }, (_, n) => extractor.extract(article(n))));
      expect(server.count()).toBe(6);
      expect(server.maxInFlight).toBe(2);
    } finally {
      await server.close();
    }
  });

  test('asks in JSON mode from the first refusal of a json_schema response format on', async () => {
    const scripts = new Map<string, Script>(
      [0, 1].map((n) => [`Concurrency case ${n}:`, () => ({ content: '{"actors": [], "events": []}' })]),
    );
    const server = await startLlmServer(scripts);
    server.refuseJsonSchema = true;
    try {
      const extractor = new LlmExtractor({ ...settings({ cacheDir: null, concurrency: 1 }), baseUrl: server.baseUrl });
      await extractor.extract(article(0));
      await extractor.extract(article(1));
      expect(server.requests.map((r) => r.responseFormat)).toEqual(['json_schema', 'json_object', 'json_object']);
    } finally {
      await server.close();
    }
  });

  test('a long article is asked in pieces at paragraph ends; the overlap’s copies merge into one event', async () => {
    const lead = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.';
    const filler = (k: number) =>
      `Paragraph ${k} of background on trade between the two countries, long enough to count.`;
    const body = [lead, ...Array.from({ length: 12 }, (_, k) => filler(k))].join('\n\n');
    const event = pair('MEETING', 'Vladimir Putin', 'Xi Jinping', lead, 'on Monday');
    const server = await startLlmServer(
      new Map([['Article', () => ({ content: JSON.stringify({ actors: [], events: [event] }) })]]),
    );
    try {
      const extractor = new LlmExtractor({
        ...settings({ cacheDir: null, maxChars: 400, overlapChars: 150 }),
        baseUrl: server.baseUrl,
      });
      const graph = await extractor.extract(parseArticle(`---\npublished: 2025-03-14\n---\n${body}\n`, 'long.txt'));
      expect(server.count()).toBeGreaterThan(3);
      // Every piece "found" the lead's meeting (the server answers alike): one event, whose evidence the lead is.
      expect(graph.events).toHaveLength(1);
      expect(graph.events[0]).toMatchObject({ type: 'MEETING', date: '2025-03-10' });
      expect(extractor.report.eventsKept).toBe(server.count());
    } finally {
      await server.close();
    }
  });
});

describe('extract and eval with --extractor llm, as a user runs them', () => {
  const SEED = path.join(ROOT, 'seeds', 'articles', '00-russia-us-iran-mediation.txt');
  const evidence =
    'According to Bloomberg, citing sources in Moscow familiar with the matter, Trump personally raised the issue with Russian leader Vladimir Putin during a phone call in February, and top US officials followed up with Russian counterparts at talks in Saudi Arabia days later.';
  let seedServer: LlmTestServer;

  beforeAll(async () => {
    const call = pair('CALL', 'Donald Trump', 'Vladimir Putin', evidence, 'in February');
    // The one article of the seed set, whatever its piece says: the phrase is in its every prompt.
    seedServer = await startLlmServer(new Map([['Published: 2025-03-04', answer({ actors: [], events: [call] })]]));
  });

  afterAll(() => seedServer.close());

  test('extract prints the model’s checked events in the evaluation format, and the run’s report on stderr', async () => {
    const run = await command('extract', ['--extractor', 'llm', '--no-llm-cache', '--json', SEED], seedServer);
    expect(run.status).toBe(0);
    const prediction = JSON.parse(run.stdout) as { edges: { type: string; date: string; rule: string }[] };
    expect(prediction.edges).toEqual([
      expect.objectContaining({
        type: 'CALL',
        source: 'donald-trump',
        target: 'vladimir-putin',
        date: '2025-02',
        rule: 'llm',
      }),
    ]);
    expect(run.stderr).toMatch(/LLM: 1 article\(s\), 1 request\(s\)/);
  }, 120_000);

  test('eval --extractor rules,llm prints the same tables for each, one after the other', async () => {
    const run = await command('eval', ['--set', 'seed', '--extractor', 'rules,llm', '--no-llm-cache'], seedServer);
    expect(run.status).toBe(0);
    const [before, rules, llmBlock] = run.stdout.split(/^## extractor: (?:rules|llm)$/m);
    expect(before?.trim()).toBe('');
    const shape = (block: string | undefined) =>
      (block ?? '')
        .split('\n')
        .filter((line) => /^(?:#|type |[A-Z]+ {2,}|actor recall|core F1)/.test(line))
        .map((line) => line.replace(/[\d.]+/g, 'N').replace(/\s+/g, ' '));
    expect(shape(llmBlock)).toEqual(shape(rules));
    expect(shape(rules).length).toBeGreaterThan(10);
    expect(llmBlock).toMatch(/^CALL +[\d.]+ +[\d.]+ +[\d.]+ +1 +/m);
    expect(llmBlock).toMatch(/LLM: of the model's event\(s\), 1 kept, 0 dropped/);
  }, 120_000);

  test.each(['ingest', 'extract', 'eval'])(
    '%s --help lists the extractor and every --llm option',
    async (name) => {
      const run = await command(name, ['--help'], seedServer);
      for (const option of [
        '--extractor',
        '--llm-concurrency',
        '--llm-timeout',
        '--llm-retries',
        '--llm-max-chars',
        '--llm-cache',
        '--no-llm-cache',
      ])
        expect(run.stdout).toContain(option);
      for (const variable of ['LLM_BASE_URL', 'LLM_MODEL', 'LLM_API_KEY', 'LLM_CACHE_DIR'])
        expect(run.stdout).toContain(variable);
    },
    120_000,
  );
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run ingest -- args` as a user does, its llm extractor pointed at the test server and cache. */
function ingestCommand(args: string[]): Promise<Run> {
  return command('ingest', args, llm);
}

/** Runs `npm run <name> -- args` as a user does, its llm extractor pointed at `server` and the test's cache. */
function command(name: string, args: string[], server: LlmTestServer): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        LLM_BASE_URL: server.baseUrl,
        LLM_MODEL: 'test-model',
        LLM_API_KEY: 'test-key',
        LLM_CACHE_DIR: path.join(work, 'llm-cache'),
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
