/**
 * The seed storyline that `npm start` loads (seeds/articles): every article goes in
 * (start.ts would only warn about one that does not), says where it comes from, and
 * seeds/README.md lists it with its source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/extract';
import { extractArticle } from '../../src/ingest/extractArticle';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
/** The first seed, kept as it was: its source is a reprint without an address of its own. */
const ORIGINAL = '00-russia-us-iran-mediation.txt';

const files = readdirSync(path.join(SEEDS, 'articles'))
  .filter((file) => file.endsWith('.txt'))
  .sort();
const readme = readFileSync(path.join(SEEDS, 'README.md'), 'utf8');
const read = (file: string) => readFileSync(path.join(SEEDS, 'articles', file), 'utf8');

test('the storyline holds at least 40 articles besides the original seed', () => {
  expect(files.filter((file) => file !== ORIGINAL).length).toBeGreaterThanOrEqual(40);
});

test('no two articles come from the same address', () => {
  const urls = files.map((file) => parseArticle(read(file), file).url).filter((url) => url !== null);
  expect(new Set(urls).size).toBe(urls.length);
});

describe.each(files)('%s', (file) => {
  const text = read(file);

  test('is extracted and not rejected', () => {
    expect(extractArticle({ name: file, text })).toMatchObject({ ok: true });
  });

  test('names its title, source and day of publication', () => {
    const article = parseArticle(text, file);
    expect(article.title).toEqual(expect.any(String));
    expect(article.source).toEqual(expect.any(String));
    expect(article.published).toMatch(/^\d{4}-\d\d-\d\d$/);
    if (file !== ORIGINAL) expect(article.url).toMatch(/^https?:\/\//);
  });

  test('is listed in seeds/README.md', () => {
    expect(readme).toContain(`\`${file}\``);
  });
});
