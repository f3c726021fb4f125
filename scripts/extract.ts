import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Command } from 'commander';
import { extract, parseArticle, toEvalJson } from '../src/extract';

/**
 * npm run extract -- --json FILE|DIR [--out DIR]
 * Prints (or writes) the evaluation JSON of ../shared/eval/README.md per article.
 */

function articleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort().map((f) => join(path, f));
}

const program = new Command()
  .name('extract')
  .description('Extract actors and dated relationships from news articles (front matter + body).')
  .requiredOption('--json <path>', 'an article file, or a directory of .txt/.md articles, to extract as evaluation JSON')
  .option('--out <dir>', 'write <article base name>.json per article into this directory instead of printing')
  .addHelpText('after', '\nExample:\n  npm run extract -- --json ../shared/eval/dev/articles --out /tmp/pred');

program.parse();
const opts = program.opts<{ json: string; out?: string }>();

if (!existsSync(opts.json)) {
  process.stderr.write(`extract: no such file or directory: ${opts.json}\n`);
  process.exit(1);
}
const isDirectory = statSync(opts.json).isDirectory();
const files = articleFiles(opts.json);
if (opts.out) mkdirSync(opts.out, { recursive: true });
for (const file of files) {
  const name = basename(file);
  const graph = extract(parseArticle(readFileSync(file, 'utf8'), name));
  for (const w of graph.warnings) process.stderr.write(`warning: ${w}\n`);
  const json = toEvalJson(graph, name);
  if (opts.out) writeFileSync(join(opts.out, `${basename(file, extname(file))}.json`), `${JSON.stringify(json, null, 1)}\n`);
  else process.stdout.write(`${JSON.stringify(json, null, isDirectory ? undefined : 1)}\n`); // a directory: one JSON per line
}
