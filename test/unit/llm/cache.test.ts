import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AnswerCache, type CacheKey } from '../../../src/llm/cache';
import { LlmRunReport } from '../../../src/llm/report';
import { llmSettings, LLM_DEFAULTS } from '../../../src/llm/settings';

const key: CacheKey = {
  model: 'llama3.1:8b',
  promptVersion: 'events-v1',
  schemaDigest: 'abc123',
  articleHash: 'f00d',
  piece: 0,
  pieceText: 'Putin met Xi.',
};

describe('the answer cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'llm-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('gives back what was written, under the same key only', () => {
    const cache = new AnswerCache(dir);
    expect(cache.read(key)).toBeNull();
    cache.write(key, '{"actors": [], "events": []}');
    expect(cache.read(key)).toBe('{"actors": [], "events": []}');
    for (const changed of [
      { model: 'qwen2.5:7b' },
      { promptVersion: 'events-v2' },
      { schemaDigest: 'def456' },
      { articleHash: 'beef' },
      { piece: 1 },
      { pieceText: 'Putin met Modi.' },
    ])
      expect(cache.read({ ...key, ...changed })).toBeNull();
  });

  test('leaves one file per answer and no temporary file behind', () => {
    const cache = new AnswerCache(dir);
    cache.write(key, 'a');
    cache.write(key, 'b');
    cache.write({ ...key, piece: 1 }, 'c');
    const files = readdirSync(dir);
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^[0-9a-f]{64}\.json$/.test(f))).toBe(true);
    expect(cache.read(key)).toBe('b');
  });

  test('a file that cannot be read is a miss, not an error', () => {
    const cache = new AnswerCache(dir);
    cache.write(key, 'a');
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file ?? 'x'), '{"content": ');
    expect(cache.read(key)).toBeNull();
  });

  test('without a folder nothing is kept', () => {
    const cache = new AnswerCache(null);
    cache.write(key, 'a');
    expect(cache.read(key)).toBeNull();
  });
});

describe('the settings of a run', () => {
  test('the endpoint comes from the environment, a missing one named', () => {
    expect(() => llmSettings({ LLM_MODEL: 'm' })).toThrow(/needs LLM_BASE_URL/);
    expect(() => llmSettings({ LLM_BASE_URL: 'http://localhost:11434/v1' })).toThrow(/needs LLM_MODEL/);
    const s = llmSettings({ LLM_BASE_URL: 'http://x/v1', LLM_MODEL: 'm', LLM_CACHE_DIR: '/tmp/c' });
    expect(s).toMatchObject({ ...LLM_DEFAULTS, baseUrl: 'http://x/v1', model: 'm', cacheDir: '/tmp/c' });
    expect(s.apiKey).toBeUndefined();
  });

  test('options given override the defaults; options not given leave them', () => {
    const env = { LLM_BASE_URL: 'http://x/v1', LLM_MODEL: 'm', LLM_API_KEY: 'k' };
    const s = llmSettings(env, { concurrency: 5, timeoutMs: undefined, cacheDir: null });
    expect(s).toMatchObject({ concurrency: 5, timeoutMs: LLM_DEFAULTS.timeoutMs, cacheDir: null, apiKey: 'k' });
  });
});

describe('the run report', () => {
  test('names every reason, with a count of zero where nothing happened', () => {
    const report = new LlmRunReport();
    report.articles = 3;
    report.requests = 4;
    report.retries = 1;
    report.failed['malformed JSON']++;
    report.eventsKept = 2;
    report.dropped['unknown participant'] += 2;
    expect(report.lines()).toEqual([
      'LLM: 3 article(s), 4 request(s) (1 retried), 0 answer(s) from the cache; tokens: 0 prompt, 0 completion',
      'LLM: 1 article(s) failed (0 request failed, 1 malformed JSON, 0 schema violation)',
      "LLM: of the model's event(s), 2 kept, 2 dropped (0 evidence not found, 2 unknown participant, 0 roles do not fit the type)",
    ]);
  });
});
