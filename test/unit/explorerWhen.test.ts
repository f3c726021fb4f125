import { boundsText, dayText, lineTiming, pathRangeText, timingOf, whenText } from '../../explorer/when';

const bounds = (earliest: string | null, latest: string | null) => ({ earliest, latest });

test('a day reads as the month abbreviated, the day and the year', () => {
  expect(dayText('2025-03-04')).toBe('Mar. 4, 2025');
  expect(dayText('2025-02-18', false)).toBe('Feb. 18');
  expect(dayText('2024-05-01')).toBe('May 1, 2024');
  expect(dayText('2023-09-30')).toBe('Sept. 30, 2023');
});

test('a day not in ISO form is refused, naming what it received', () => {
  expect(() => dayText('2025-13-01')).toThrow('"2025-13-01"');
  expect(() => dayText('2025-02')).toThrow('ISO day');
});

test('bounds on both sides read "between", the year said once when both share it', () => {
  expect(boundsText(bounds('2025-02-18', '2025-03-04'))).toBe('between Feb. 18 and Mar. 4, 2025');
  expect(boundsText(bounds('2024-12-30', '2025-01-04'))).toBe('between Dec. 30, 2024 and Jan. 4, 2025');
  expect(boundsText(bounds('2025-02-18', '2025-02-18'))).toBe('on Feb. 18, 2025');
});

test('a bound on one side only reads "no earlier than" or "no later than"; none at all is no text', () => {
  expect(boundsText(bounds(null, '2025-03-04'))).toBe('no later than Mar. 4, 2025');
  expect(boundsText(bounds('2025-02-18', null))).toBe('no earlier than Feb. 18, 2025');
  expect(boundsText(bounds(null, null))).toBeNull();
});

test('a dated event keeps its date; an undated one says its bounds, or "undated" without any', () => {
  expect(whenText({ date: '2025-02-12', when: bounds('2025-02-12', '2025-02-12') })).toBe('2025-02-12');
  expect(whenText({ date: '2025-02', when: bounds('2025-02-01', '2025-02-28') })).toBe('2025-02');
  expect(whenText({ date: null, when: bounds('2025-02-18', '2025-03-04') })).toBe('between Feb. 18 and Mar. 4, 2025');
  expect(whenText({ date: null, when: bounds(null, null) })).toBe('undated');
});

test("an event's timing: dated, bounded (no date but bounds) or undated", () => {
  expect(timingOf({ date: '2025-02-18', when: { bounded: false } })).toBe('dated');
  expect(timingOf({ date: null, when: { bounded: true } })).toBe('bounded');
  expect(timingOf({ date: null, when: { bounded: false } })).toBe('undated');
});

test('a line is dashed (bounded) only when none of its events has a date and one has bounds', () => {
  expect(lineTiming(['bounded', 'dated'])).toBe('dated');
  expect(lineTiming(['undated', 'bounded'])).toBe('bounded');
  expect(lineTiming(['bounded'])).toBe('bounded');
  expect(lineTiming(['undated'])).toBe('undated');
  expect(lineTiming([])).toBe('undated');
});

test("a hop's range on a time-respecting path reads after the event; absent or open, nothing", () => {
  expect(pathRangeText(bounds('2025-02-18', '2025-03-04'))).toBe('on this path: between Feb. 18 and Mar. 4, 2025');
  expect(pathRangeText(bounds('2025-02-18', null))).toBe('on this path: no earlier than Feb. 18, 2025');
  expect(pathRangeText(bounds('2025-02-18', '2025-02-18'))).toBe('on this path: Feb. 18, 2025');
  expect(pathRangeText(bounds(null, null))).toBeNull();
  expect(pathRangeText(null)).toBeNull();
  expect(pathRangeText(undefined)).toBeNull();
});
