import { dayInterval, isoDay, withinRange } from '../../explorer/dates';

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

test('a day, a month and a year cover their days, leap years included', () => {
  expect(dayInterval('2025-02-12')).toEqual({ start: day('2025-02-12'), end: day('2025-02-12') });
  expect(dayInterval('2024-02')).toEqual({ start: day('2024-02-01'), end: day('2024-02-29') });
  expect(dayInterval('2025-12')).toEqual({ start: day('2025-12-01'), end: day('2025-12-31') });
  expect(dayInterval('2022')).toEqual({ start: day('2022-01-01'), end: day('2022-12-31') });
});

test('no date, or a date without its year, cannot be placed on the slider', () => {
  expect(dayInterval(null)).toBeNull();
  expect(dayInterval('--02-12')).toBeNull();
});

test('isoDay turns a day number back into its date', () => {
  expect(isoDay(day('2025-02-14'))).toBe('2025-02-14');
});

test('an event shows when its days touch the range; undated ones only when asked', () => {
  const meeting = dayInterval('2025-02-18');
  expect(withinRange(meeting, day('2022-01-01'), day('2025-02-14'), true)).toBe(false);
  expect(withinRange(meeting, day('2022-01-01'), day('2025-02-18'), true)).toBe(true);
  expect(withinRange(dayInterval('2025-02'), day('2025-02-28'), day('2025-03-02'), true)).toBe(true);
  expect(withinRange(null, 0, 1, true)).toBe(true);
  expect(withinRange(null, 0, 1, false)).toBe(false);
});
