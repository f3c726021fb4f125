/**
 * npm run eval: extracts every labelled article set (the shared dev set and our own
 * under test/fixtures) and prints the scorer's table for each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { collectArticleFiles } from '../src/ingest/files';
import { predict, writePrediction } from './lib/predictions';

const ROOT = path.resolve(__dirname, '..');
const SHARED_EVAL = path.resolve(ROOT, '..', 'shared', 'eval');
const SETS = [
  {
    name: 'shared dev set',
    articles: path.join(SHARED_EVAL, 'dev', 'articles'),
    gold: path.join(SHARED_EVAL, 'dev', 'gold'),
  },
  {
    name: 'own labelled set',
    articles: path.join(ROOT, 'test', 'fixtures', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'gold'),
  },
  // Labelled after the rules were written and never used to write one: how the rules fare on news they were not fitted to.
  {
    name: 'held-out set',
    articles: path.join(ROOT, 'test', 'fixtures', 'heldout', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'heldout', 'gold'),
  },
];

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run eval --')
    .description(`Score the extractor on the labelled article sets with ${path.join(SHARED_EVAL, 'score.mjs')}.`)
    .option('--json', "print the scorer's JSON instead of its table")
    .option('--keep <dir>', 'keep the predictions in <dir>/<set>/ instead of a temporary folder')
    .parse();
  const opts = program.opts<{ json?: boolean; keep?: string }>();
  const scorer = path.join(SHARED_EVAL, 'score.mjs');
  if (!existsSync(scorer))
    throw new Error(`the scorer is missing: ${scorer} (the eval needs ../shared next to this repository)`);

  let failed = false;
  for (const set of SETS) {
    if (!existsSync(set.gold)) {
      console.log(`\n# ${set.name}: none (${path.relative(process.cwd(), set.gold)} is absent)`);
      continue;
    }
    const out = opts.keep
      ? path.join(opts.keep, path.basename(path.dirname(set.articles)))
      : mkdtempSync(path.join(tmpdir(), 'eval-'));
    try {
      const { files } = await collectArticleFiles([set.articles]);
      for (const file of files) writePrediction(predict(file), out);
      console.log(`\n# ${set.name}: ${files.length} article(s) from ${path.relative(process.cwd(), set.articles)}`);
      const run = spawnSync(
        process.execPath,
        [scorer, '--gold', set.gold, '--pred', out, ...(opts.json ? ['--json'] : [])],
        { stdio: 'inherit' },
      );
      failed ||= run.status !== 0;
    } finally {
      if (!opts.keep) rmSync(out, { recursive: true, force: true });
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
