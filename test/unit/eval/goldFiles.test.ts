/**
 * Every gold file of every labelled set is one the scorer can trust: it parses, it has
 * its article beside it, each edge's type is one of the ontology's, each end (source,
 * target, parties) is a name or alias of one of its actors, and each evidence sentence
 * is in the article as written (white space aside). A slip in any of them would score
 * a right prediction as wrong, or a wrong one as right, without a word.
 *
 * A failure names the file and the edge's index only, never the text: the held-out and
 * validation sets are not read by whoever writes rules, and a test report must not read
 * them out either.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RELATION_TYPES } from '../../../src/domain/ontology';
import { readGold, type Gold } from '../../../src/eval/formats';
import { LABELLED_SETS } from '../../../scripts/lib/labelledSets';

const inOneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What is wrong with a gold file against its article, as "edge N: what" (no text quoted). */
function faultsOf(gold: Gold, article: string): string[] {
  const text = inOneLine(article);
  const names = new Set(gold.actors.flatMap((actor) => [actor.name, ...actor.aliases]));
  const types: readonly string[] = RELATION_TYPES;
  return gold.edges.flatMap((edge, i) => [
    ...(types.includes(edge.type) ? [] : [`edge ${i}: type not in the ontology`]),
    ...[edge.source, edge.target, ...edge.parties]
      .filter((end) => !names.has(end))
      .map(() => `edge ${i}: an end that names no actor of the file`),
    ...(edge.evidence === '' || text.includes(inOneLine(edge.evidence))
      ? []
      : [`edge ${i}: evidence not in the article`]),
  ]);
}

const presentSets = LABELLED_SETS.filter((set) => existsSync(set.gold));

describe.each(presentSets.map((set) => [set.id, set] as const))('gold files of the %s set', (_id, set) => {
  const files = readdirSync(set.gold).filter((file) => file.endsWith('.json'));

  it('has gold files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses, has its article, and every edge is well formed', (file) => {
    const where = path.join(path.relative(process.cwd(), set.gold), file);
    const gold = readGold(JSON.parse(readFileSync(path.join(set.gold, file), 'utf8')), where);
    const articlePath = path.join(set.articles, file.replace(/\.json$/, '.txt'));
    expect(existsSync(articlePath)).toBe(true);
    expect(faultsOf(gold, readFileSync(articlePath, 'utf8'))).toEqual([]);
  });
});

describe('faultsOf', () => {
  const gold: Gold = {
    actors: [
      { name: 'Emmanuel Macron', aliases: ['Macron'], affiliation: 'France' },
      { name: 'Volodymyr Zelensky', aliases: [], affiliation: 'Ukraine' },
    ],
    edges: [],
    acceptable: [],
  };
  const article = 'Macron welcomed Zelensky\nto the Elysee on Monday.';
  const edge = (fields: Partial<Gold['edges'][number]>) => ({
    type: 'MEETING',
    source: 'Macron',
    target: 'Volodymyr Zelensky',
    parties: [],
    date: null,
    evidence: 'Macron welcomed Zelensky to the Elysee on Monday.',
    ...fields,
  });

  it('accepts an edge whose ends are a name and an alias and whose evidence spans a line break', () => {
    expect(faultsOf({ ...gold, edges: [edge({})] }, article)).toEqual([]);
  });

  it('names each fault by the edge index', () => {
    const edges = [edge({ type: 'HUG' }), edge({ target: 'Zelenskyy' }), edge({ evidence: 'Macron met Zelensky.' })];
    expect(faultsOf({ ...gold, edges }, article)).toEqual([
      'edge 0: type not in the ontology',
      'edge 1: an end that names no actor of the file',
      'edge 2: evidence not in the article',
    ]);
  });
});
