/**
 * No input crashes the extractor: hostile fixed cases and random texts each give a
 * well-formed graph or a typed ExtractionError, within the test's time bound (a hang
 * fails the test by its timeout; speed itself is measured by npm run bench:extract).
 */
import fc from 'fast-check';
import { isPartialDate } from '../../../src/domain/partialDate';
import type { ExtractedGraph } from '../../../src/domain/types';
import { extract, parseArticle } from '../../../src/extract';
import { ExtractionError } from '../../../src/extract/errors';

/** What every graph must satisfy, whatever the text. */
function expectWellFormed(graph: ExtractedGraph): void {
  const actorIds = new Set(graph.actors.map((a) => a.id));
  expect(actorIds.size).toBe(graph.actors.length);
  expect(new Set(graph.events.map((e) => e.id)).size).toBe(graph.events.length);
  for (const event of graph.events) {
    for (const p of event.participants) expect(actorIds).toContain(p.actorId);
    expect(event.participants.length).toBeGreaterThanOrEqual(2);
    if (event.date !== null) expect(isPartialDate(event.date)).toBe(true);
    expect(event.confidence).toBeGreaterThan(0);
    expect(event.confidence).toBeLessThanOrEqual(1);
    for (const e of event.evidence) expect(graph.article.body.slice(e.start, e.end)).toBe(e.sentence);
  }
}

type Outcome = { graph: ExtractedGraph } | { error: ExtractionError };

function run(text: string): Outcome {
  try {
    const graph = extract(parseArticle(text, 'fuzz.txt'));
    expectWellFormed(graph);
    return { graph };
  } catch (error) {
    if (error instanceof ExtractionError) return { error };
    throw error;
  }
}

const capitalisedWords = Array.from({ length: 10_000 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}${i}`).join(
  ' ',
);

describe('the extractor on hostile input', () => {
  test.each<[string, () => string, 'graph' | ExtractionError['code']]>([
    ['empty text', () => '', 'graph'],
    ['only whitespace', () => ' \n\t\n '.repeat(1000), 'graph'],
    ['only punctuation', () => '!?.,;:—…"“”«»()[]'.repeat(5000), 'graph'],
    [
      'right-to-left scripts',
      () => 'تحدث الرئيس فلاديمير بوتين هاتفيا مع نظيره. השיחה נערכה ביום שלישי. '.repeat(500),
      'graph',
    ],
    ['10,000 capitalised words', () => capitalisedWords, 'graph'],
    [
      '10,000 capitalised words in sentences with triggers',
      () => capitalisedWords.replace(/ (Name\w*0) /g, ' met $1 on Feb. 12. '),
      'graph',
    ],
    [
      '5 MB of text',
      () => 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday. '.repeat(60_000),
      'TOO_LARGE',
    ],
    [
      'binary bytes (a PNG header and noise)',
      () =>
        Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)),
        ]).toString('latin1'),
      'NOT_TEXT',
    ],
    [
      'UTF-16 read as UTF-8',
      () => Buffer.from('\ufeffTrump called Putin on Feb. 12.', 'utf16le').toString('utf8'),
      'NOT_TEXT',
    ],
    [
      'front matter that is not YAML',
      () => '---\ntitle: [unclosed\npublished: : :\n---\nTrump met Putin.',
      'BAD_FRONT_MATTER',
    ],
    [
      'a publication date that is not a date',
      () => '---\npublished: last Tuesday-ish\n---\nTrump met Putin.',
      'BAD_FRONT_MATTER',
    ],
  ])(
    '%s',
    (_, make, expected) => {
      const outcome = run(make());
      expect('graph' in outcome ? 'graph' : outcome.error.code).toBe(expected);
    },
    30_000,
  );

  test('random Unicode text gives a well-formed graph or a typed error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => void run(text)),
      { numRuns: 150 },
    );
  }, 60_000);

  test('random news-like word salad gives a well-formed graph', () => {
    const word = fc.constantFrom(
      'Trump',
      'Putin',
      'Russian',
      'President',
      'Foreign',
      'Minister',
      'Sergei',
      'Lavrov',
      'met',
      'called',
      'spoke',
      'by',
      'phone',
      'with',
      'and',
      'between',
      'in',
      'Riyadh',
      'Iran',
      'Iran’s',
      'mediated',
      'talks',
      'on',
      'Feb.',
      '12',
      'Tuesday',
      'last',
      'week',
      'the',
      'sanctions',
      'war',
      'against',
      'Ukraine',
      'not',
      'will',
      'ally',
      'Hamas',
      'UN',
      '.',
      ',',
      '“',
      '”',
      'Kremlin',
      'said',
    );
    const text = fc.array(word, { maxLength: 400 }).map((words) => words.join(' '));
    const published = fc.option(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(text, published, (body, date) => {
        const front = date === undefined ? '' : `---\npublished: ${date.toISOString().slice(0, 10)}\n---\n`;
        const outcome = run(front + body);
        expect('graph' in outcome).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
