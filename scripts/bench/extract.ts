/**
 * npm run bench:extract: the cost of our whole extraction (parse, sentences,
 * mentions, linking, dates, events, merge) against compromise's own `nlp(text)` over
 * the same texts, in one process, alternating rounds so that drift hits both alike.
 * The corpus is the repository's real articles, cycled until it passes --min-bytes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import nlp from 'compromise';
import { elementAt } from '../../src/domain/guaranteed';
import { extract, parseArticle } from '../../src/extract';
import { collectArticleFiles } from '../../src/ingest/files';

const ROOT = path.resolve(__dirname, '..', '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return elementAt(sorted, Math.floor(sorted.length / 2), 'median: at least one value');
}

function timeMs(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface ExtractResult {
  oursMs: number;
  baselineMs: number;
  articles: number;
  bytes: number;
  realArticles: number;
}

/** Median times of our extraction and of compromise's nlp(text) over the same 1 MB+ corpus. */
export async function benchExtract(minBytes: number, rounds: number): Promise<ExtractResult> {
  const { files } = await collectArticleFiles([
    path.join(ROOT, 'seeds', 'articles'),
    path.join(ROOT, 'test', 'fixtures', 'articles'),
  ]);
  const articles = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const corpus: { file: string; text: string }[] = [];
  let bytes = 0;
  // Whole passes over the repository's articles until the corpus reaches minBytes, so that every article weighs the
  // same (the ratio moved by 0.1 with the mix when the last pass was cut). Below one pass (--quick's 96 KB, about half
  // of one), the first articles up to minBytes: a whole pass had doubled the quick run's extraction time.
  const passBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const wholePasses = minBytes >= passBytes;
  for (let i = 0; bytes < minBytes || (wholePasses && i % articles.length !== 0); i++) {
    const a = elementAt(articles, i % articles.length, 'benchExtract: the repository has articles');
    corpus.push(a);
    bytes += Buffer.byteLength(a.text);
  }
  // The baseline reads the same article bodies our pipeline reads (front matter and boilerplate removed).
  const bodies = corpus.map((a) => parseArticle(a.text, path.basename(a.file)).body);

  const ours = () => corpus.forEach((a) => extract(parseArticle(a.text, path.basename(a.file))));
  const baseline = () => bodies.forEach((body) => nlp(body));
  ours();
  baseline(); // warm-up: JIT and compromise's lazy lexicon

  const oursMs: number[] = [];
  const baselineMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    baselineMs.push(timeMs(baseline));
    oursMs.push(timeMs(ours));
  }
  return {
    oursMs: median(oursMs),
    baselineMs: median(baselineMs),
    articles: corpus.length,
    bytes,
    realArticles: articles.length,
  };
}

async function main(): Promise<void> {
  const opts = new Command()
    .name('npm run bench:extract --')
    .description('Time the extractor against compromise alone on 1 MB+ of real article text.')
    .option('--min-bytes <n>', 'corpus size to reach by cycling the articles', (v) => Number(v), 1_048_576)
    .option('--rounds <n>', 'timed rounds of each (the median is reported)', (v) => Number(v), 5)
    .option('--max-ratio <r>', 'exit with status 1 when ours ÷ baseline exceeds this', (v) => Number(v))
    .parse()
    .opts<{ minBytes: number; rounds: number; maxRatio?: number }>();

  const { oursMs: o, baselineMs: b, articles, bytes, realArticles } = await benchExtract(opts.minBytes, opts.rounds);
  const ratio = o / b;
  console.log(
    `corpus: ${articles} articles, ${(bytes / 1_048_576).toFixed(2)} MB (${realArticles} real articles cycled)`,
  );
  console.log(`rounds: ${opts.rounds}, median of each`);
  console.log('');
  console.log('benchmark   ours (ms)   baseline: compromise nlp(text) (ms)   ratio');
  console.log(`extract     ${o.toFixed(0).padStart(9)}   ${b.toFixed(0).padStart(35)}   ${ratio.toFixed(2)}`);
  console.log(`throughput: ${(bytes / 1_048_576 / (o / 1000)).toFixed(2)} MB/s`);
  if (opts.maxRatio !== undefined && ratio > opts.maxRatio) {
    console.error(`ratio ${ratio.toFixed(2)} exceeds --max-ratio ${opts.maxRatio}`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
