import { boundsInterval, dayInterval, dayNumber, isoDay, sliderRange, withinRange } from '../../explorer/dates';

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

test('a day, a month and a year cover their days, leap years included', () => {
  expect(dayInterval('2025-02-12')).toEqual({ start: day('2025-02-12'), end: day('2025-02-12') });
  expect(dayInterval('2024-02')).toEqual({ start: day('2024-02-01'), end: day('2024-02-29') });
  expect(dayInterval('2025-12')).toEqual({ start: day('2025-12-01'), end: day('2025-12-31') });
  expect(dayInterval('2022')).toEqual({ start: day('2022-01-01'), end: day('2022-12-31') });
});

test('no date, or a date without its year, has no span', () => {
  expect(dayInterval(null)).toBeNull();
  expect(dayInterval('--02-12')).toBeNull();
});

test('isoDay and dayNumber turn day numbers and dates into each other; a non-day is refused by name', () => {
  expect(isoDay(day('2025-02-14'))).toBe('2025-02-14');
  expect(dayNumber('2024-02-29')).toBe(day('2024-02-29'));
  expect(() => dayNumber('2025-02')).toThrow('dayNumber: a day is "YYYY-MM-DD", received "2025-02"');
});

test('bounds become an interval open on an unknown side; no bound at all cannot be placed', () => {
  expect(boundsInterval({ earliest: '2025-02-18', latest: '2025-03-04' })).toEqual({
    start: day('2025-02-18'),
    end: day('2025-03-04'),
  });
  expect(boundsInterval({ earliest: null, latest: '2025-03-04' })).toEqual({ start: null, end: day('2025-03-04') });
  expect(boundsInterval({ earliest: '2025-02-18', latest: null })).toEqual({ start: day('2025-02-18'), end: null });
  expect(boundsInterval({ earliest: null, latest: null })).toBeNull();
});

test('an event shows when its bounds touch the range; unplaced ones only when asked', () => {
  const meeting = dayInterval('2025-02-18');
  expect(withinRange(meeting, day('2022-01-01'), day('2025-02-14'), true)).toBe(false);
  expect(withinRange(meeting, day('2022-01-01'), day('2025-02-18'), true)).toBe(true);
  expect(withinRange(dayInterval('2025-02'), day('2025-02-28'), day('2025-03-02'), true)).toBe(true);
  expect(withinRange(null, 0, 1, true)).toBe(true);
  expect(withinRange(null, 0, 1, false)).toBe(false);
});

test('a briefing between Feb. 18 and Mar. 4 is in any range it overlaps, an open side reaching as far as it goes', () => {
  const briefing = boundsInterval({ earliest: '2025-02-18', latest: '2025-03-04' });
  expect(withinRange(briefing, day('2025-03-04'), day('2025-03-10'), false)).toBe(true);
  expect(withinRange(briefing, day('2025-03-05'), day('2025-03-10'), false)).toBe(false);
  expect(withinRange(briefing, day('2025-01-01'), day('2025-02-17'), false)).toBe(false);
  const beforeReport = boundsInterval({ earliest: null, latest: '2025-03-04' });
  expect(withinRange(beforeReport, day('1990-01-01'), day('1990-01-01'), false)).toBe(true);
  expect(withinRange(beforeReport, day('2025-03-05'), day('2030-01-01'), false)).toBe(false);
  const afterMeeting = boundsInterval({ earliest: '2025-02-18', latest: null });
  expect(withinRange(afterMeeting, day('2030-01-01'), day('2030-01-01'), false)).toBe(true);
  expect(withinRange(afterMeeting, day('2025-01-01'), day('2025-02-17'), false)).toBe(false);
});

test('a handle at its end of the track sets no limit, for the filter as for the API', () => {
  const track = { first: day('2022-01-01'), last: day('2025-03-02') };
  expect(sliderRange(track.first, track.last, track)).toEqual({
    from: -Infinity,
    to: Infinity,
    since: null,
    until: null,
  });
  expect(sliderRange(track.first, day('2025-02-14'), track)).toEqual({
    from: -Infinity,
    to: day('2025-02-14'),
    since: null,
    until: '2025-02-14',
  });
  expect(sliderRange(day('2024-06-01'), track.last, track)).toEqual({
    from: day('2024-06-01'),
    to: Infinity,
    since: '2024-06-01',
    until: null,
  });
  expect(sliderRange(5, 10, null)).toEqual({ from: -Infinity, to: Infinity, since: null, until: null });
});
