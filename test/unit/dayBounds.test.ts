import {
  addDays,
  boundsOf,
  daysInMonth,
  doOverlap,
  intersect,
  isEmpty,
  loosest,
  spanOf,
  UNBOUNDED,
} from '../../src/domain/dayBounds';

describe('spanOf', () => {
  it.each([
    ['2025-02-18', '2025-02-18', '2025-02-18'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2025-04', '2025-04-01', '2025-04-30'],
    ['2025-12', '2025-12-01', '2025-12-31'],
    ['2022', '2022-01-01', '2022-12-31'],
  ])('%s spans %s to %s', (date, earliest, latest) => {
    expect(spanOf(date)).toEqual({ earliest, latest });
  });

  it.each([['--02-12'], ['--02'], [null]])('%s (no year) bounds nothing', (date) => {
    expect(spanOf(date)).toEqual(UNBOUNDED);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2025-02-18', 7, '2025-02-25'],
    ['2025-02-25', 7, '2025-03-04'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('%s plus %d days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('refuses what is not a day, naming it', () => {
    expect(() => addDays('2025-02', 1)).toThrow(/"2025-02"/);
    expect(() => daysInMonth(2025, 13)).toThrow(/13/);
  });
});

describe('intersect, isEmpty, doOverlap, loosest', () => {
  const feb = spanOf('2025-02');
  const feb18 = spanOf('2025-02-18');
  const march = spanOf('2025-03');

  it('keeps the later earliest and the sooner latest; unknown sides take the other', () => {
    expect(intersect(feb, { earliest: '2025-02-18', latest: null })).toEqual({
      earliest: '2025-02-18',
      latest: '2025-02-28',
    });
    expect(intersect(UNBOUNDED, feb18)).toEqual(feb18);
  });

  it('tells bounds that no day satisfies: two reports that cannot be one event', () => {
    expect(isEmpty(intersect(feb, march))).toBe(true);
    expect(doOverlap(feb, march)).toBe(false);
    expect(doOverlap(feb, feb18)).toBe(true);
    expect(doOverlap(UNBOUNDED, march)).toBe(true);
  });

  it('loosest holds whichever is meant: the soonest earliest, the latest latest, unknown if any is', () => {
    expect(loosest([feb18, march])).toEqual({ earliest: '2025-02-18', latest: '2025-03-31' });
    expect(loosest([feb18, { earliest: null, latest: '2025-03-04' }])).toEqual({
      earliest: null,
      latest: '2025-03-04',
    });
    expect(loosest([])).toEqual(UNBOUNDED);
  });
});

describe('boundsOf', () => {
  it('reads absent sides as unknown', () => {
    expect(boundsOf({})).toEqual(UNBOUNDED);
    expect(boundsOf({ earliest: '2025-02-18' })).toEqual({ earliest: '2025-02-18', latest: null });
  });
});
