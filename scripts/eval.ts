/**
 * npm run eval: extracts every labelled article set and scores the predictions against
 * the set's gold files with the scorer in src/eval. Formats, matching rules and the
 * sets are described in docs/EVALUATION.md.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXTRACTOR_NAMES, isExtractorName, type Extractor, type ExtractorName } from '../src/extract/extractor';
import { collectArticleFiles } from '../src/ingest/files';
import { tallyByRule } from '../src/eval/byRule';
import { readGold, readPrediction, type Prediction } from '../src/eval/formats';
import { articleLines, ruleTable, summaryLines, typeTable } from '../src/eval/report';
import { scoreArticle, summarise, type ArticleScore } from '../src/eval/score';
import { predict, writePrediction } from './lib/predictions';
import { addExtractorOptions, EXTRACTOR_HELP, extractorFor, type ExtractorOptions } from './lib/extractorOptions';
import { isHeldOut, LABELLED_SETS as SETS, type LabelledSet } from './lib/labelledSets';

const ROOT = path.resolve(__dirname, '..');

interface Options extends Omit<ExtractorOptions, 'extractor'> {
  json?: boolean;
  keep?: string;
  set?: string[];
  dir?: string[];
  byRule?: boolean;
  extractor: ExtractorName[];
}

const HELP_AFTER = `
Sets (--set): ${SETS.map((set) => `${set.id} (${path.relative(ROOT, set.gold)})`).join(', ')}.
A set of your own (--dir FOLDER): FOLDER/articles/*.txt and FOLDER/gold/*.json in
the formats of docs/EVALUATION.md; given alone, only those folders are scored.

The text report gives, per set, each article's right, wrong, missed and ignored edges
with its misses, mistakes and wrong dates, then P, R and F1 per type and two summary
lines. Never read the held-out set's texts or misses: look at its summary lines only,
e.g.  npm run eval -- --set heldout | grep -E '^#|core F1|actor recall'

Side by side: --extractor rules,llm scores each extractor in turn and prints the
same report for each, headed "## extractor: NAME" (with --json, one document with a
key per extractor). One extractor other than the rules is headed the same way; the
rules alone print as before. An article the llm extractor cannot extract counts as
having no prediction (all its edges missed) and is named on stderr.
${EXTRACTOR_HELP}

Formats and matching rules: docs/EVALUATION.md.`;

/** --extractor: one name or several, comma-separated ("rules,llm"), each once. */
function extractorNames(value: string): ExtractorName[] {
  const names = value.split(',').map((n) => n.trim());
  const wrong = names.find((n) => !isExtractorName(n));
  if (wrong !== undefined)
    throw new InvalidArgumentError(
      `expected ${EXTRACTOR_NAMES.join(', ')} or a comma-separated list of them, got ${JSON.stringify(wrong)}`,
    );
  return [...new Set(names)].filter(isExtractorName);
}

function parseOptions(): Options {
  const command = new Command()
    .name('npm run eval --')
    .description('Extract the labelled article sets and score the predictions against their gold files.')
    .option(
      '--json',
      'print one JSON document (summary, per-article results, per-rule tallies) instead of the text report',
    )
    .option(
      '--keep <dir>',
      'also write the predictions to <dir>/<set id>/<article>.json (<dir>/<extractor>/<set id>/… side by side)',
    )
    .addOption(new Option('--set <id...>', 'score only these sets').choices(SETS.map((set) => set.id)))
    .option('--dir <folder...>', 'score a labelled set of your own: a folder holding articles/ and gold/')
    .option('--by-rule', 'add right, wrong and missed edges per extraction rule id');
  const extractor = new Option(
    '--extractor <names>',
    `who finds the events: ${EXTRACTOR_NAMES.join(', ')}, or both side by side (rules,llm)`,
  )
    .argParser(extractorNames)
    .default(['rules'], 'rules');
  return addExtractorOptions(command, extractor).addHelpText('after', HELP_AFTER).parse().opts<Options>();
}

/** The predictions for a set's articles by article base name, written to `keepDir` when given. */
async function predictSet(
  set: LabelledSet,
  extractor: Extractor,
  keepDir: string | undefined,
): Promise<Map<string, Prediction>> {
  const { files, problems } = await collectArticleFiles([set.articles]);
  for (const problem of problems) process.stderr.write(`eval: ${problem.file}: ${problem.reason}\n`);
  const predictions = new Map<string, Prediction>();
  const add = async (file: string) => {
    try {
      const prediction = await predict(file, extractor);
      if (keepDir !== undefined) writePrediction(prediction, keepDir);
      predictions.set(path.basename(file, path.extname(file)), readPrediction(prediction.json, file));
    } catch (error) {
      process.stderr.write(`eval: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  };
  // The rules extract one file at a time; the llm extractor's client bounds the requests in flight itself.
  if (extractor.name === 'rules') for (const file of files) await add(file);
  else await Promise.all(files.map(add));
  return predictions;
}

/** Every gold file of the set, in name order, scored against the prediction of its article. */
function scoreSet(set: LabelledSet, predictions: ReadonlyMap<string, Prediction>): ArticleScore[] {
  const goldFiles = readdirSync(set.gold)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return goldFiles.map((file) => {
    const where = path.join(set.gold, file);
    const gold = readGold(JSON.parse(readFileSync(where, 'utf8')), where);
    const name = path.basename(file, '.json');
    return scoreArticle(name, gold, predictions.get(name) ?? null);
  });
}

function printText(articles: readonly ArticleScore[], byRule: boolean): void {
  const summary = summarise(articles);
  const lines = [
    ...articles.flatMap(articleLines),
    ...typeTable(summary),
    ...summaryLines(summary),
    ...(byRule ? ruleTable(tallyByRule(articles)) : []),
  ];
  console.log(lines.join('\n'));
}

/** The JSON of one set; each article without its full list of predicted edges. */
function setJson(set: LabelledSet, articles: readonly ArticleScore[], byRule: boolean) {
  return {
    id: set.id,
    name: set.name,
    summary: summarise(articles),
    ...(byRule ? { byRule: Object.fromEntries(tallyByRule(articles)) } : {}),
    perArticle: articles.map((article) => ({
      name: article.name,
      isMissing: article.isMissing,
      right: article.right,
      wrong: article.wrong,
      missed: article.missed,
      ignored: article.ignored,
      datesRight: article.datesRight,
      actorsFound: article.actorsFound,
      actorsGold: article.actorsGold,
      actorsPredicted: article.actorsPredicted,
    })),
  };
}

/** A folder given with --dir, as a set: its articles/ and gold/ subfolders, named by the folder. */
function ownSet(folder: string): LabelledSet {
  const articles = path.resolve(folder, 'articles');
  if (!existsSync(articles))
    throw new InvalidArgumentError(`--dir expects a folder holding articles/ and gold/, got ${JSON.stringify(folder)}`);
  return {
    id: path.basename(path.resolve(folder)),
    name: `set ${folder}`,
    articles,
    gold: path.resolve(folder, 'gold'),
  };
}

/** The sets to score: those named by --set, then the --dir folders; every built-in set when neither is given. */
function chosenSets(opts: Options): LabelledSet[] {
  const own = (opts.dir ?? []).map(ownSet);
  if (opts.set === undefined) return own.length > 0 ? own : [...SETS];
  return [...SETS.filter((set) => opts.set?.includes(set.id)), ...own];
}

/** Scores one extractor on the chosen sets: prints the text report, or returns the JSON document. */
async function evaluate(extractor: Extractor, opts: Options) {
  const chosen = chosenSets(opts);
  const results: ReturnType<typeof setJson>[] = [];
  const heldOut: ArticleScore[] = [];
  let heldOutSets = 0;
  for (const set of chosen) {
    if (!existsSync(set.gold)) {
      if (!opts.json) console.log(`\n# ${set.name}: none (${path.relative(process.cwd(), set.gold)} is absent)`);
      continue;
    }
    const predictions = await predictSet(set, extractor, keepDirOf(opts, extractor, set));
    const articles = scoreSet(set, predictions);
    if (isHeldOut(set)) {
      heldOut.push(...articles);
      heldOutSets++;
    }
    if (opts.json) {
      results.push(setJson(set, articles, opts.byRule === true));
    } else {
      console.log(`\n# ${set.name}: ${predictions.size} article(s) from ${path.relative(process.cwd(), set.articles)}`);
      printText(articles, opts.byRule === true);
    }
  }
  const together = heldOutSets > 1 ? summarise(heldOut) : undefined;
  if (!opts.json && together) {
    console.log(`\n# held-out sets together: ${together.articles} article(s)`);
    console.log(summaryLines(together).join('\n'));
  }
  const report = extractor.reportLines();
  if (!opts.json && report.length > 0) console.log(['', ...report].join('\n'));
  return {
    sets: results,
    ...(together ? { heldOutTogether: together } : {}),
    ...(report.length > 0 ? { report } : {}),
  };
}

/** Where --keep writes a set's predictions: <dir>/<set id>, or <dir>/<extractor>/<set id> side by side. */
function keepDirOf(opts: Options, extractor: Extractor, set: LabelledSet): string | undefined {
  if (opts.keep === undefined) return undefined;
  return opts.extractor.length > 1 ? path.join(opts.keep, extractor.name, set.id) : path.join(opts.keep, set.id);
}

async function main(): Promise<void> {
  const opts = parseOptions();
  const extractors = opts.extractor.map((name) => extractorFor(name, { ...opts, extractor: name }));
  const onlyRules = extractors.length === 1 && extractors[0]?.name === 'rules';
  const documents: Record<string, Awaited<ReturnType<typeof evaluate>>> = {};
  for (const extractor of extractors) {
    if (!opts.json && !onlyRules) console.log(`\n## extractor: ${extractor.name}`);
    documents[extractor.name] = await evaluate(extractor, opts);
  }
  if (!opts.json) return;
  // The rules alone print the document they always have; several extractors, one key each.
  console.log(
    JSON.stringify(extractors.length === 1 ? Object.values(documents)[0] : { byExtractor: documents }, null, 1),
  );
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
