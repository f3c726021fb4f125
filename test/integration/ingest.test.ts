/**
 * The ingest command on hostile input and interruptions, run as a user runs it (a
 * child process on the test Neo4j): bad files get a reason and nothing written, good
 * ones all go in, and a run killed halfway and run again ends as one clean run.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { dumpGraph, graphCounts, resetGraph, testDriver } from './db';

const ROOT = path.resolve(__dirname, '..', '..');
const BAD = path.join(ROOT, 'test', 'fixtures', 'bad');
const GOOD = path.join(ROOT, 'test', 'fixtures', 'timeline');
const ARTICLES = path.join(ROOT, 'test', 'fixtures', 'articles');

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run ingest -- args`; `killAfter` sends SIGKILL once that many articles are in. */
function ingest(args: string[], killAfter?: number): Promise<Run> {
  return new Promise((resolve) => {
    // One process (node with tsx's loader), so that SIGKILL hits the ingest itself, not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
      cwd: ROOT,
      env: process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (killAfter !== undefined && (stderr.match(/^ingested /gm)?.length ?? 0) >= killAfter) child.kill('SIGKILL');
    });
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

let driver: Driver;
let work: string;

beforeAll(() => {
  driver = testDriver();
  work = mkdtempSync(path.join(tmpdir(), 'actor-graph-ingest-'));
});

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await driver.close();
});

describe('a folder of hostile inputs beside good articles', () => {
  let folder: string;
  const refused: [string, RegExp][] = [
    ['empty.txt', /no text/],
    ['only-whitespace.txt', /no text/],
    ['png-bytes.txt', /binary data/],
    ['latin1.txt', /not UTF-8/],
    ['bad-front-matter.txt', /front matter is not valid YAML/],
    ['published-not-a-date.txt', /"published" must be a date/],
    ['published-in-the-future.txt', /publication date 2099-01-01 lies in the future/],
    ['no-actors.txt', /no actors found/],
    ['huge.txt', /more than one article/],
    ['unreadable.txt', /permission denied|no such file/],
  ];

  beforeAll(async () => {
    await resetGraph(driver);
    folder = path.join(work, 'mixed');
    cpSync(BAD, folder, { recursive: true });
    cpSync(GOOD, path.join(folder, 'good'), { recursive: true });
    writeFileSync(path.join(folder, 'huge.txt'), 'Putin met Xi in Moscow on Monday. '.repeat(600_000)); // 20 MB
    symlinkSync('..', path.join(folder, 'good', 'loop')); // a directory loop
    if (process.getuid?.() === 0) {
      // root reads any file whatever its mode: a dangling link is what root cannot read.
      symlinkSync(path.join(folder, 'gone.txt'), path.join(folder, 'unreadable.txt'));
    } else {
      writeFileSync(path.join(folder, 'unreadable.txt'), 'Putin met Xi.');
      chmodSync(path.join(folder, 'unreadable.txt'), 0o000);
    }
  });

  test('each bad file gets a one-line reason naming it, the good ones all go in, and the exit status says some failed', async () => {
    const run = await ingest([folder]);
    expect(run.status).toBe(1);
    const output = run.stdout + run.stderr;
    for (const [file, reason] of refused) {
      const line = output.split('\n').find((l) => l.includes(`${file}:`) && reason.test(l));
      expect({ file, line }).toEqual({ file, line: expect.any(String) });
    }
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN a.origin AS origin ORDER BY origin');
    expect(records.map((r) => r.get('origin'))).toEqual([
      '01-macron-scholz.txt',
      '02-scholz-meloni.txt',
      '03-meloni-sanchez.txt',
      'page-with-scripts.html',
      'utf16-with-bom.txt',
    ]);
    // Nothing of a refused article is written: none of their people is in the graph.
    const { records: refusedPeople } = await driver.executeQuery(
      `MATCH (a:Actor) WHERE a.id IN ['narendra-modi', 'shigeru-ishiba', 'xi-jinping', 'kim-jong-un'] RETURN a.id AS id`,
    );
    expect(refusedPeople).toEqual([]);
  }, 120_000);

  test('--strict stops at the first failure', async () => {
    await resetGraph(driver);
    const run = await ingest(['--strict', path.join(BAD, 'bad-front-matter.txt'), GOOD]);
    expect(run.status).toBe(1);
    expect((await graphCounts(driver)).nodes).toBe(0);
  }, 120_000);

  test('--help documents the exit status', async () => {
    const run = await ingest(['--help']);
    expect(run.stdout).toMatch(/Exit status: 0 when every file was ingested; 1 when some failed/);
  }, 60_000);
});

test('killed with SIGKILL halfway and run again, the graph is what one clean run gives', async () => {
  await resetGraph(driver);
  const clean = await ingest([ARTICLES]);
  expect(clean.status).toBe(0);
  const expected = await dumpGraph(driver);

  await resetGraph(driver);
  // One article per transaction, so that the kill lands between writes halfway through.
  const killed = await ingest(['--batch', '1', ARTICLES], 5);
  expect(killed.signal).toBe('SIGKILL');
  const partial = await graphCounts(driver);
  expect(partial.nodes).toBeGreaterThan(0);
  expect(partial.nodes).toBeLessThan(expected.filter((l) => l.startsWith('node ')).length);

  const resumed = await ingest([ARTICLES]);
  expect(resumed.status).toBe(0);
  expect(await dumpGraph(driver)).toEqual(expected);
}, 240_000);

test('in batches of two, extracted by two workers ahead of the writes, the graph is what one batch gives', async () => {
  await resetGraph(driver);
  const oneBatch = await ingest([ARTICLES]);
  expect(oneBatch.status).toBe(0);
  const expected = await dumpGraph(driver);

  await resetGraph(driver);
  const batches = await ingest(['--batch', '2', '--workers', '2', ARTICLES]);
  expect(batches.status).toBe(0);
  expect(await dumpGraph(driver)).toEqual(expected);
}, 240_000);
