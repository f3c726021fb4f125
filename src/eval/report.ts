/**
 * The eval's text report: per article, what was right, wrong and missed; then the
 * per-type table and the two summary lines (actor recall, date accuracy and
 * duplicates; core and all-types F1).
 */
import type { GoldEdge, PredictedEdge } from './formats';
import { isDateRight } from './match';
import type { RuleTally } from './byRule';
import type { ArticleScore, Figures, Summary } from './score';

/** A fraction as a percentage, one decimal, right-aligned in five characters. */
export function percent(fraction: number): string {
  return (100 * fraction).toFixed(1).padStart(5);
}

function edgeText(edge: GoldEdge | PredictedEdge): string {
  return `${edge.type} ${edge.source} -> ${edge.target} ${edge.date ?? ''}`;
}

/** A blank line, the article's counts, then its misses, mistakes and wrong dates. */
export function articleLines(article: ArticleScore): string[] {
  const missing = article.isMissing ? ' (no prediction file)' : '';
  const counts =
    `${article.right.length} right, ${article.wrong.length} wrong, ${article.missed.length} missed, ` +
    `${article.ignored.length} ignored; actors ${article.actorsFound}/${article.actorsGold}`;
  const lines = ['', `== ${article.name}${missing}: ${counts}`];
  for (const gold of article.missed) lines.push(`  missed ${edgeText(gold)}`);
  for (const { edge, isDuplicate } of article.wrong) {
    lines.push(`  wrong  ${edgeText(edge)}${isDuplicate ? ' (duplicate)' : ''}`);
  }
  for (const { gold, predicted } of article.right) {
    if (isDateRight(gold.date, predicted.date)) continue;
    const got = predicted.date ?? 'none';
    lines.push(`  date   ${gold.type} ${gold.source} -> ${gold.target}: gold ${gold.date ?? ''}, got ${got}`);
  }
  return lines;
}

function countColumns(counts: readonly number[]): string {
  return counts.map((count) => String(count).padStart(4)).join('');
}

function figuresRow(label: string, row: Figures): string {
  return `${label.padEnd(12)} ${percent(row.p)} ${percent(row.r)} ${percent(row.f1)} ${countColumns([row.tp, row.fp, row.fn])}`;
}

/** A blank line, then P, R, F1 and the counts per type. */
export function typeTable(summary: Summary): string[] {
  const header = 'type           P      R     F1   tp  fp  fn';
  return ['', header, ...Object.entries(summary.byType).map(([type, row]) => figuresRow(type, row))];
}

/** A blank line, then the actor/date/duplicates line and the core/all F1 line. */
export function summaryLines(summary: Summary): string[] {
  const { core, all } = summary;
  return [
    '',
    `actor recall ${percent(summary.actorRecall)}%   date accuracy on matched edges ${percent(summary.dateAccuracy)}%` +
      `   duplicate edges ${summary.duplicates}`,
    `core F1 ${percent(core.f1)}% (P ${percent(core.p)} R ${percent(core.r)})` +
      `   all F1 ${percent(all.f1)}% (P ${percent(all.p)} R ${percent(all.r)})`,
  ];
}

/** A blank line, then right, wrong and missed per rule id. */
export function ruleTable(tallies: ReadonlyMap<string, RuleTally>): string[] {
  const width = Math.max(4, ...[...tallies.keys()].map((rule) => rule.length));
  const header = `${'rule'.padEnd(width)}  right wrong missed`;
  const rows = [...tallies].map(
    ([rule, t]) =>
      `${rule.padEnd(width)}  ${String(t.right).padStart(5)} ${String(t.wrong).padStart(5)} ${String(t.missed).padStart(6)}`,
  );
  return ['', header, ...rows];
}
