/**
 * npm run eval: extracts every labelled article set and scores the predictions against
 * the set's gold files with the scorer in src/eval. Formats, matching rules and the
 * sets are described in docs/EVALUATION.md.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { collectArticleFiles } from '../src/ingest/files';
import { tallyByRule } from '../src/eval/byRule';
import { readGold, readPrediction, type Prediction } from '../src/eval/formats';
import { articleLines, ruleTable, summaryLines, typeTable } from '../src/eval/report';
import { scoreArticle, summarise, type ArticleScore } from '../src/eval/score';
import { predict, writePrediction } from './lib/predictions';

const ROOT = path.resolve(__dirname, '..');

interface LabelledSet {
  id: string;
  name: string;
  articles: string;
  gold: string;
}

const SETS: readonly LabelledSet[] = [
  // The seed article is read where `npm start` ingests it, so the text labelled is the text shown.
  {
    id: 'seed',
    name: 'seed article',
    articles: path.join(ROOT, 'seeds', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'seed', 'gold'),
  },
  {
    id: 'dev',
    name: 'own labelled set',
    articles: path.join(ROOT, 'test', 'fixtures', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'gold'),
  },
  // Labelled after the rules were written and never used to write one: how the rules fare on news they were not fitted to.
  {
    id: 'heldout',
    name: 'held-out set',
    articles: path.join(ROOT, 'test', 'fixtures', 'heldout', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'heldout', 'gold'),
  },
  // Labelled in 2026 by readers who never ran the extractor, and scored only before and after a round of rule work.
  {
    id: 'heldout-2026',
    name: 'held-out set, 2026 batch',
    articles: path.join(ROOT, 'test', 'fixtures', 'heldout', '2026', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'heldout', '2026', 'gold'),
  },
];

/** The held-out sets, whose figures are also given together: the measure of how the rules fare on unseen news. */
const isHeldOut = (set: LabelledSet): boolean => set.id.startsWith('heldout');

interface Options {
  json?: boolean;
  keep?: string;
  set?: string[];
  byRule?: boolean;
}

const HELP_AFTER = `
Sets (--set): ${SETS.map((set) => `${set.id} (${path.relative(ROOT, set.gold)})`).join(', ')}.

The text report gives, per set, each article's right, wrong, missed and ignored edges
with its misses, mistakes and wrong dates, then P, R and F1 per type and two summary
lines. Never read the held-out set's texts or misses: look at its summary lines only,
e.g.  npm run eval -- --set heldout | grep -E '^#|core F1|actor recall'

Formats and matching rules: docs/EVALUATION.md.`;

function parseOptions(): Options {
  return new Command()
    .name('npm run eval --')
    .description('Extract the labelled article sets and score the predictions against their gold files.')
    .option(
      '--json',
      'print one JSON document (summary, per-article results, per-rule tallies) instead of the text report',
    )
    .option('--keep <dir>', 'also write the predictions to <dir>/<set id>/<article>.json')
    .addOption(new Option('--set <id...>', 'score only these sets').choices(SETS.map((set) => set.id)))
    .option('--by-rule', 'add right, wrong and missed edges per extraction rule id')
    .addHelpText('after', HELP_AFTER)
    .parse()
    .opts<Options>();
}

/** The predictions for a set's articles by article base name, written to `keepDir` when given. */
async function predictSet(set: LabelledSet, keepDir: string | undefined): Promise<Map<string, Prediction>> {
  const { files, problems } = await collectArticleFiles([set.articles]);
  for (const problem of problems) process.stderr.write(`eval: ${problem.file}: ${problem.reason}\n`);
  const predictions = new Map<string, Prediction>();
  for (const file of files) {
    const prediction = predict(file);
    if (keepDir !== undefined) writePrediction(prediction, keepDir);
    predictions.set(path.basename(file, path.extname(file)), readPrediction(prediction.json, file));
  }
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

async function main(): Promise<void> {
  const opts = parseOptions();
  const chosen = SETS.filter((set) => opts.set === undefined || opts.set.includes(set.id));
  const results: ReturnType<typeof setJson>[] = [];
  const heldOut: ArticleScore[] = [];
  let heldOutSets = 0;
  for (const set of chosen) {
    if (!existsSync(set.gold)) {
      if (!opts.json) console.log(`\n# ${set.name}: none (${path.relative(process.cwd(), set.gold)} is absent)`);
      continue;
    }
    const keepDir = opts.keep === undefined ? undefined : path.join(opts.keep, set.id);
    const predictions = await predictSet(set, keepDir);
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
  if (opts.json) {
    console.log(JSON.stringify({ sets: results, ...(together ? { heldOutTogether: together } : {}) }, null, 1));
  } else if (together) {
    console.log(`\n# held-out sets together: ${together.articles} article(s)`);
    console.log(summaryLines(together).join('\n'));
  }
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
