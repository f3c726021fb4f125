import fc from 'fast-check';
import { splitArticle } from '../../../src/llm/split';

const paragraph = (k: number, length: number) => `P${k} ${'x'.repeat(Math.max(0, length - 4))}.`;

describe('long articles are split at paragraph ends, with overlap', () => {
  test('an article that fits is one piece, itself', () => {
    expect(splitArticle('Short.\n\nArticle.', 100, 10)).toEqual([{ index: 0, start: 0, text: 'Short.\n\nArticle.' }]);
  });

  test('pieces end at paragraph ends, fit the limit, and each after the first opens with the last paragraph before it', () => {
    const body = Array.from({ length: 10 }, (_, k) => paragraph(k, 30)).join('\n\n');
    const pieces = splitArticle(body, 100, 40);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(100);
      expect(body.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
      expect(piece.text.endsWith('.')).toBe(true);
    }
    for (let k = 1; k < pieces.length; k++) {
      const lastBefore = pieces[k - 1]?.text.split('\n\n').at(-1);
      expect(pieces[k]?.text.startsWith(lastBefore ?? '?')).toBe(true);
    }
  });

  test('a paragraph longer than the limit is a piece of its own', () => {
    const body = [paragraph(0, 20), paragraph(1, 300), paragraph(2, 20)].join('\n\n');
    const pieces = splitArticle(body, 100, 30);
    expect(pieces.map((p) => p.text)).toContain(paragraph(1, 300));
  });

  test('an overlap as large as the limit is refused', () => {
    expect(() => splitArticle('x', 100, 100)).toThrow(/overlapChars < maxChars/);
  });

  test('any article: every paragraph is in some piece, and every piece brings a paragraph the one before lacked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 5, max: 250 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 50, max: 400 }),
        (lengths, maxChars) => {
          const paras = lengths.map((length, k) => paragraph(k, length));
          const pieces = splitArticle(paras.join('\n\n'), maxChars, Math.floor(maxChars / 3));
          for (const p of paras) expect(pieces.some((piece) => piece.text.includes(p))).toBe(true);
          for (let k = 1; k < pieces.length; k++) {
            const before = pieces[k - 1];
            const piece = pieces[k];
            if (before === undefined || piece === undefined) continue;
            expect(piece.start + piece.text.length).toBeGreaterThan(before.start + before.text.length);
          }
        },
      ),
    );
  });
});
