import { compatible, formatPartialDate, isPartialDate, morePrecise, precisionOf } from '../../src/domain/partialDate';

describe('partial dates', () => {
  test.each<[string, boolean]>([
    ['2025', true],
    ['2025-02', true],
    ['2025-02-12', true],
    ['--02-12', true],
    ['--02', true],
    ['2025-13', false],
    ['2025-02-32', false],
    ['25-02-12', false],
    ['', false],
    ['-', false],
    ['2025-2-1', false],
  ])('isPartialDate(%p) is %p', (value, expected) => {
    expect(isPartialDate(value)).toBe(expected);
  });

  test.each([
    ['2025', 'YEAR'],
    ['2025-02', 'MONTH'],
    ['2025-02-12', 'DAY'],
    ['--02', 'MONTH'],
    ['--02-12', 'DAY'],
  ])('precisionOf(%p) is %p', (value, expected) => {
    expect(precisionOf(value)).toBe(expected);
  });

  test.each<[number | null, number | undefined, number | undefined, string]>([
    [2025, undefined, undefined, '2025'],
    [2025, 2, undefined, '2025-02'],
    [2025, 2, 12, '2025-02-12'],
    [null, 2, 12, '--02-12'],
  ])('formatPartialDate(%p, %p, %p) is %p', (y, m, d, expected) => {
    expect(formatPartialDate(y, m, d)).toBe(expected);
  });

  test('a date needs a year or a month', () => {
    expect(() => formatPartialDate(null)).toThrow(/needs a year or a month/);
  });

  test.each<[string, string, boolean, string]>([
    ['2025-02', '2025-02-12', true, '2025-02-12'],
    ['2025', '2025-02-12', true, '2025-02-12'],
    ['2025-02-12', '2025-02-12', true, '2025-02-12'],
    ['2025-02-12', '2025-02-13', false, ''],
    ['2025-02', '2025-03', false, ''],
  ])('%p and %p: compatible %p, more precise %p', (a, b, ok, precise) => {
    expect(compatible(a, b)).toBe(ok);
    if (ok) expect(morePrecise(a, b)).toBe(precise);
  });
});
