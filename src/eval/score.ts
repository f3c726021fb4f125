/**
 * Scores one article's prediction against its gold file, and sums articles into the
 * figures the eval prints: precision, recall and F1 for the core types, for all
 * types and per type; date accuracy on the right edges; actor recall; duplicates.
 */
import { EMPTY_PREDICTION, type Gold, type GoldEdge, type Prediction, type PredictedEdge } from './formats';
import { isDateRight, isRollUp, isSameEdge } from './match';
import { endpointResolver, goldNameLookup, spellingsOf } from './names';

/** The types whose figures lead the report: who talked to, met, mediated for or allied with whom. */
export const CORE_TYPES: readonly string[] = ['CALL', 'MEETING', 'MEDIATION', 'ALLIANCE'];

export function isCoreType(type: string): boolean {
  return CORE_TYPES.includes(type);
}

export interface RightEdge {
  gold: GoldEdge;
  /** With its ends resolved to gold names. */
  predicted: PredictedEdge;
}

export interface WrongEdge {
  edge: PredictedEdge;
  /** A second edge for a gold event already matched. */
  isDuplicate: boolean;
}

export interface ArticleScore {
  name: string;
  /** No prediction was found for the article; it was scored as predicting nothing. */
  isMissing: boolean;
  right: RightEdge[];
  wrong: WrongEdge[];
  missed: GoldEdge[];
  /** Acceptable edges and roll-ups: neither right nor wrong. */
  ignored: PredictedEdge[];
  /** Every predicted edge, ends resolved to gold names, in prediction order. */
  predicted: PredictedEdge[];
  datesRight: number;
  actorsFound: number;
  actorsGold: number;
  actorsPredicted: number;
}

function resolvedEdges(gold: Gold, prediction: Prediction): PredictedEdge[] {
  const resolve = endpointResolver(prediction.actors, goldNameLookup(gold.actors));
  return prediction.edges.map((edge) => ({
    ...edge,
    source: resolve(edge.source),
    target: resolve(edge.target),
    parties: edge.parties.map(resolve),
  }));
}

/**
 * Pairs gold edges with predicted ones, gold edges in file order: each takes the first
 * unmatched predicted edge for its event with a right date, else the first with any.
 */
function matchEdges(goldEdges: readonly GoldEdge[], predicted: readonly PredictedEdge[]) {
  const taken = new Set<PredictedEdge>();
  const right: RightEdge[] = [];
  const missed: GoldEdge[] = [];
  for (const gold of goldEdges) {
    const candidates = predicted.filter((edge) => !taken.has(edge) && isSameEdge(gold, edge));
    const match = candidates.find((edge) => isDateRight(gold.date, edge.date)) ?? candidates.at(0);
    if (match === undefined) {
      missed.push(gold);
    } else {
      taken.add(match);
      right.push({ gold, predicted: match });
    }
  }
  return { right, missed, taken };
}

/** Sorts the predicted edges no gold edge took: duplicates and plain mistakes, or ignored. */
function sortLeftovers(gold: Gold, predicted: readonly PredictedEdge[], taken: ReadonlySet<PredictedEdge>) {
  const affiliations = new Map(gold.actors.map((actor) => [actor.name, actor.affiliation]));
  const wrong: WrongEdge[] = [];
  const ignored: PredictedEdge[] = [];
  for (const edge of predicted) {
    if (taken.has(edge)) continue;
    if (gold.edges.some((goldEdge) => isSameEdge(goldEdge, edge))) wrong.push({ edge, isDuplicate: true });
    else if (gold.acceptable.some((acceptable) => isSameEdge(acceptable, edge))) ignored.push(edge);
    else if (isRollUp(edge, gold.edges, (name) => affiliations.get(name))) ignored.push(edge);
    else wrong.push({ edge, isDuplicate: false });
  }
  return { wrong, ignored };
}

/** How many gold actors some predicted actor spells (by name or alias). */
function countActorsFound(gold: Gold, prediction: Prediction): number {
  const toGold = goldNameLookup(gold.actors);
  const found = new Set(
    prediction.actors.flatMap((actor) => spellingsOf(actor).map(toGold)).filter((name) => name !== undefined),
  );
  return gold.actors.filter((actor) => found.has(actor.name)).length;
}

/** `prediction` null: no prediction file, scored as predicting nothing. */
export function scoreArticle(name: string, gold: Gold, prediction: Prediction | null): ArticleScore {
  const predictedFile = prediction ?? EMPTY_PREDICTION;
  const predicted = resolvedEdges(gold, predictedFile);
  const { right, missed, taken } = matchEdges(gold.edges, predicted);
  const { wrong, ignored } = sortLeftovers(gold, predicted, taken);
  return {
    name,
    isMissing: prediction === null,
    right,
    wrong,
    missed,
    ignored,
    predicted,
    datesRight: right.filter(({ gold: g, predicted: p }) => isDateRight(g.date, p.date)).length,
    actorsFound: countActorsFound(gold, predictedFile),
    actorsGold: gold.actors.length,
    actorsPredicted: predictedFile.actors.length,
  };
}

/** Precision, recall and F1 (fractions; 0 when undefined) with the counts they come from. */
export interface Figures {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function figures(tp: number, fp: number, fn: number): Figures {
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, tp, fp, fn };
}

export interface Summary {
  articles: number;
  core: Figures;
  all: Figures;
  /** Every type that is right, wrong or missed somewhere, in alphabetical order. */
  byType: Record<string, Figures>;
  /** Of the right edges, the fraction with a right date. */
  dateAccuracy: number;
  /** Of the gold actors, the fraction some predicted actor spells. */
  actorRecall: number;
  duplicates: number;
}

/** The figures for the edges whose type passes `keep`. */
function figuresFor(articles: readonly ArticleScore[], keep: (type: string) => boolean): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const article of articles) {
    tp += article.right.filter(({ gold }) => keep(gold.type)).length;
    fp += article.wrong.filter(({ edge }) => keep(edge.type)).length;
    fn += article.missed.filter((gold) => keep(gold.type)).length;
  }
  return figures(tp, fp, fn);
}

function typesScored(articles: readonly ArticleScore[]): string[] {
  const types = new Set<string>();
  for (const article of articles) {
    for (const { gold } of article.right) types.add(gold.type);
    for (const { edge } of article.wrong) types.add(edge.type);
    for (const gold of article.missed) types.add(gold.type);
  }
  return [...types].sort();
}

const sum = (articles: readonly ArticleScore[], count: (article: ArticleScore) => number): number =>
  articles.reduce((total, article) => total + count(article), 0);

export function summarise(articles: readonly ArticleScore[]): Summary {
  const byType: Record<string, Figures> = {};
  for (const type of typesScored(articles)) byType[type] = figuresFor(articles, (t) => t === type);
  const rightEdges = sum(articles, (a) => a.right.length);
  return {
    articles: articles.length,
    core: figuresFor(articles, isCoreType),
    all: figuresFor(articles, () => true),
    byType,
    dateAccuracy: rightEdges > 0 ? sum(articles, (a) => a.datesRight) / rightEdges : 0,
    actorRecall:
      sum(articles, (a) => a.actorsFound) /
      Math.max(
        1,
        sum(articles, (a) => a.actorsGold),
      ),
    duplicates: sum(articles, (a) => a.wrong.filter((w) => w.isDuplicate).length),
  };
}
