/**
 * npm run extract -- --json FILE|DIR [--out DIR]
 * Prints (or writes) the prediction JSON of docs/EVALUATION.md per article.
 */
import { statSync } from 'node:fs';
import { Command } from 'commander';
import type { Extractor } from '../src/extract/extractor';
import { collectArticleFiles } from '../src/ingest/files';
import { predict, writePrediction, type Prediction } from './lib/predictions';
import { addExtractorOptions, EXTRACTOR_HELP, extractorFor, type ExtractorOptions } from './lib/extractorOptions';

type Outcome = Prediction | { file: string; error: unknown };

/**
 * The predictions in file order. The rules extract one file at a time; the llm extractor is asked about every file
 * at once, its client keeping --llm-concurrency requests in flight.
 */
async function* predictions(files: readonly string[], extractor: Extractor): AsyncGenerator<Outcome> {
  const run = (file: string): Promise<Outcome> => predict(file, extractor).catch((error: unknown) => ({ file, error }));
  if (extractor.name === 'rules') {
    for (const file of files) yield await run(file);
    return;
  }
  const pending = files.map(run);
  for (const next of pending) yield await next;
}

async function main(): Promise<void> {
  const command = new Command()
    .name('npm run extract --')
    .description('Extract actors and dated relationships from news articles (front matter + body).')
    .requiredOption('--json <path>', 'an article file, or a folder of articles, to extract as evaluation JSON')
    .option('--out <dir>', 'write <article base name>.json per article into this folder instead of printing');
  const program = addExtractorOptions(command)
    .addHelpText(
      'after',
      `\nA folder without --out prints one JSON document per line. An article the extractor
cannot extract is named on stderr with its reason, and the exit status is 1.
${EXTRACTOR_HELP}\n\nExample:\n  npm run extract -- --json test/fixtures/articles --out /tmp/pred`,
    )
    .parse();
  const opts = program.opts<{ json: string; out?: string } & ExtractorOptions>();
  const extractor = extractorFor(opts.extractor, opts);

  const { files, problems } = await collectArticleFiles([opts.json]);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`extract: ${p.file}: ${p.reason}\n`);
    process.exitCode = 1;
    return;
  }
  const oneFile = !statSync(opts.json).isDirectory();
  const print = (prediction: Prediction) => {
    for (const w of prediction.warnings) process.stderr.write(`warning: ${prediction.file}: ${w}\n`);
    if (opts.out) writePrediction(prediction, opts.out);
    else process.stdout.write(`${JSON.stringify(prediction.json, null, oneFile ? 1 : undefined)}\n`);
  };
  for await (const outcome of predictions(files, extractor)) {
    if ('error' in outcome) {
      const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      process.stderr.write(`extract: ${outcome.file}: ${reason}\n`);
      process.exitCode = 1;
    } else print(outcome);
  }
  for (const line of extractor.reportLines()) process.stderr.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
