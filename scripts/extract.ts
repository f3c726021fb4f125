/**
 * npm run extract -- --json FILE|DIR [--out DIR]
 * Prints (or writes) the prediction JSON of docs/EVALUATION.md per article.
 */
import { statSync } from 'node:fs';
import { Command } from 'commander';
import { collectArticleFiles } from '../src/ingest/files';
import { predict, writePrediction } from './lib/predictions';

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run extract --')
    .description('Extract actors and dated relationships from news articles (front matter + body).')
    .requiredOption('--json <path>', 'an article file, or a folder of articles, to extract as evaluation JSON')
    .option('--out <dir>', 'write <article base name>.json per article into this folder instead of printing')
    .addHelpText(
      'after',
      '\nA folder without --out prints one JSON document per line.\n\nExample:\n  npm run extract -- --json test/fixtures/articles --out /tmp/pred',
    )
    .parse();
  const opts = program.opts<{ json: string; out?: string }>();

  const { files, problems } = await collectArticleFiles([opts.json]);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`extract: ${p.file}: ${p.reason}\n`);
    process.exitCode = 1;
    return;
  }
  const oneFile = !statSync(opts.json).isDirectory();
  for (const file of files) {
    const prediction = predict(file);
    for (const w of prediction.warnings) process.stderr.write(`warning: ${file}: ${w}\n`);
    if (opts.out) writePrediction(prediction, opts.out);
    else process.stdout.write(`${JSON.stringify(prediction.json, null, oneFile ? 1 : undefined)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
