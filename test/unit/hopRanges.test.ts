import type { Bounds } from '../../src/domain/dayBounds';
import { hopRanges, isUnplaceable, type HopBounds } from '../../src/graph/hopRanges';

const event = (earliest: string | null, latest: string | null): HopBounds => ({ kind: 'EVENT', earliest, latest });
const role = (earliest: string | null, latest: string | null): HopBounds => ({ kind: 'ROLE', earliest, latest });
const range = (earliest: string | null, latest: string | null): Bounds => ({ earliest, latest });
const day = (d: string) => event(d, d);

describe('hopRanges', () => {
  test.each<[string, HopBounds[], Bounds[] | null]>([
    ['no hop: nothing to place', [], []],
    ['one dated hop: its day', [day('2025-02-18')], [range('2025-02-18', '2025-02-18')]],
    [
      'a day, then a hop bounded after it (the seed: Rubio met Lavrov, Lavrov later briefed Araghchi)',
      [day('2025-02-18'), event('2025-02-18', '2025-03-04')],
      [range('2025-02-18', '2025-02-18'), range('2025-02-18', '2025-03-04')],
    ],
    [
      'a hop known only to precede a report narrows nothing before it, and starts at the hop before',
      [day('2025-02-18'), event(null, '2025-03-04')],
      [range('2025-02-18', '2025-02-18'), range('2025-02-18', '2025-03-04')],
    ],
    [
      'a later hop caps the earlier ones: a hop before Mar. 4, then a day of Feb. 20',
      [event(null, '2025-03-04'), day('2025-02-20')],
      [range(null, '2025-02-20'), range('2025-02-20', '2025-02-20')],
    ],
    [
      'months are their days: a February hop, then a hop of Feb. 10, then one of March',
      [event('2025-02-01', '2025-02-28'), day('2025-02-10'), event('2025-03-01', '2025-03-31')],
      [range('2025-02-01', '2025-02-10'), range('2025-02-10', '2025-02-10'), range('2025-03-01', '2025-03-31')],
    ],
    [
      'two hops of one day: in order, on that day',
      [day('2025-01-05'), day('2025-01-05')],
      [range('2025-01-05', '2025-01-05'), range('2025-01-05', '2025-01-05')],
    ],
    ['out of order: Jan. 10 then Jan. 5', [day('2025-01-10'), day('2025-01-05')], null],
    [
      'out of order through a middle hop: its bounds end before the first hop starts',
      [event('2025-02-18', null), event(null, '2025-02-10'), day('2025-03-01')],
      null,
    ],
    ['an event hop with no bound at all cannot be placed', [day('2025-02-18'), event(null, null)], null],
    [
      'a role hop with no bound was held at any time: not a break',
      [role(null, null), day('2025-02-18')],
      [range(null, '2025-02-18'), range('2025-02-18', '2025-02-18')],
    ],
    [
      'a role held from Jan. 20, 2025, between a day of 2024 and one of 2025: Jan. 20 to Feb. 18',
      [day('2024-11-12'), role('2025-01-20', null), day('2025-02-18')],
      [range('2024-11-12', '2024-11-12'), range('2025-01-20', '2025-02-18'), range('2025-02-18', '2025-02-18')],
    ],
    ['a role first held after the next event: out of order', [role('2025-01-20', null), day('2024-11-12')], null],
    ['a hop with empty bounds of its own fits nowhere', [event('2025-03-04', '2025-02-18')], null],
  ])('%s', (_, hops, expected) => {
    expect(hopRanges(hops)).toEqual(expected);
  });

  // Against brute force: over the days of January, every hop list of three drawn from a pool, the days
  // on which each hop can happen in some non-decreasing choice within every hop's bounds.
  test('each range is exactly the days on which its hop can happen, against brute force', () => {
    const jan = (d: number) => `2025-01-${String(d).padStart(2, '0')}`;
    const pool = [event(null, null), event(jan(3), null), event(null, jan(20)), event(jan(5), jan(12))];
    pool.push(day(jan(10)), role(null, null), role(jan(15), null), event(jan(12), jan(25)));
    const days = Array.from({ length: 31 }, (_, i) => jan(i + 1));
    const within = (d: string, h: HopBounds) =>
      !isUnplaceable(h) && (h.earliest === null || d >= h.earliest) && (h.latest === null || d <= h.latest);
    let checked = 0;
    for (const a of pool)
      for (const b of pool)
        for (const c of pool) {
          const hops = [a, b, c];
          const feasible: Set<string>[] = hops.map(() => new Set());
          for (const x of days)
            for (const y of days.filter((d) => d >= x))
              for (const z of days.filter((d) => d >= y))
                if ([x, y, z].every((d, i) => within(d, hops[i] as HopBounds)))
                  [x, y, z].forEach((d, i) => feasible[i]?.add(d));
          const ranges = hopRanges(hops);
          if (feasible.some((f) => f.size === 0)) {
            expect(ranges).toBeNull();
            continue;
          }
          // Open sides stand for the days beyond January: clip them to the month to compare.
          const clipped = ranges?.map((r) =>
            days.filter((d) => d >= (r.earliest ?? jan(1)) && d <= (r.latest ?? jan(31))),
          );
          expect(clipped).toEqual(feasible.map((f) => [...f].sort()));
          checked++;
        }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('isUnplaceable', () => {
  test.each<[HopBounds, boolean]>([
    [event(null, null), true],
    [event('2025-02-18', null), false],
    [event(null, '2025-03-04'), false],
    [role(null, null), false],
  ])('%o: %s', (hop, expected) => {
    expect(isUnplaceable(hop)).toBe(expected);
  });
});
